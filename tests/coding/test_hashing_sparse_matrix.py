"""Dict-of-dicts sparse multiplication agrees with NumPy's dense product."""

import numpy as np
from hypothesis import given, strategies as st

from snippets.coding.hashing_sparse_matrix import main, sparse_matmul, to_dense, to_sparse


@st.composite
def sparse_pairs(draw):
    m, k, n = (draw(st.integers(1, 6)) for _ in range(3))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    density = draw(st.sampled_from([0.0, 0.2, 0.5, 1.0]))

    def make(shape):
        values = rng.integers(-3, 4, size=shape)
        return values * (rng.random(shape) < density)

    return make((m, k)), make((k, n))


@given(sparse_pairs())
def test_sparse_product_matches_numpy(pair):
    a, b = pair
    product = sparse_matmul(to_sparse(a), to_sparse(b))
    np.testing.assert_array_equal(to_dense(product, (a.shape[0], b.shape[1])), a @ b)
    assert all(v != 0 for row in product.values() for v in row.values())  # no stored zeros
    assert all(row for row in product.values())  # no empty rows either


def test_round_trip_and_cancellation():
    a = np.array([[1, 1]])
    b = np.array([[2], [-2]])
    assert sparse_matmul(to_sparse(a), to_sparse(b)) == {}  # 2 - 2 cancels to nothing
    dense = np.array([[0, 5], [0, 0]])
    assert to_sparse(dense) == {0: {1: 5.0}}
    np.testing.assert_array_equal(to_dense(to_sparse(dense), dense.shape), dense)
    assert sparse_matmul({}, {0: {0: 1.0}}) == {}


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "A as dict of dicts: {0: {0: 1.0}, 1: {0: -1.0, 2: 3.0}}",
        "A @ B as dict of dicts: {0: {0: 7.0}, 1: {0: -7.0, 2: 3.0}}",
        "equal to NumPy's A @ B: True",
    ]
