"""Sparse matrix multiplication with a dict-of-dicts representation.

Used by docs/coding/hashing-and-counting.md.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

Sparse = dict[int, dict[int, float]]  # row -> {column -> non-zero value}


# --8<-- [start:sparse]
def to_sparse(dense: np.ndarray) -> Sparse:
    """Keep only the non-zero entries, row by row; empty rows are left out."""
    rows, cols = np.nonzero(dense)
    sparse: Sparse = defaultdict(dict)
    for i, j in zip(rows.tolist(), cols.tolist()):
        sparse[i][j] = float(dense[i, j])
    return dict(sparse)


def to_dense(sparse: Sparse, shape: tuple[int, int]) -> np.ndarray:
    """The dense array of the given shape, zeros where `sparse` has no entry."""
    dense = np.zeros(shape)
    for i, row in sparse.items():
        for j, value in row.items():
            dense[i, j] = value
    return dense


def sparse_matmul(a: Sparse, b: Sparse) -> Sparse:
    """Product of two sparse matrices: only non-zero pairs a[i][k] * b[k][j] meet."""
    product: Sparse = {}
    for i, a_row in a.items():
        out_row: dict[int, float] = defaultdict(float)
        for k, a_ik in a_row.items():
            for j, b_kj in b.get(k, {}).items():  # row k of b, empty if b has none
                out_row[j] += a_ik * b_kj
        out_row = {j: v for j, v in out_row.items() if v != 0}  # drop cancellations
        if out_row:
            product[i] = out_row
    return product
# --8<-- [end:sparse]


def main() -> None:
    a = np.array([[1, 0, 0], [-1, 0, 3]])
    b = np.array([[7, 0, 0], [0, 0, 0], [0, 0, 1]])
    product = sparse_matmul(to_sparse(a), to_sparse(b))
    print("A as dict of dicts:", to_sparse(a))
    print("A @ B as dict of dicts:", product)
    print("equal to NumPy's A @ B:", np.array_equal(to_dense(product, (2, 3)), a @ b))


if __name__ == "__main__":
    main()
