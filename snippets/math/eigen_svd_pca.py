"""Eigendecomposition, SVD and PCA: when the eigendecomposition is not unique, and how the three are related.

Used by docs/math/dimensionality-reduction.md.
"""

from __future__ import annotations

import numpy as np
from sklearn.datasets import load_iris


# --8<-- [start:pca]
def pca_by_eigh(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues (descending) and eigenvectors (columns) of the sample covariance."""
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    return values[::-1], vectors[:, ::-1]


def pca_by_svd(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Same result from the SVD of the centered data: Xc = U S V^T, variances s^2 / (n - 1),
    directions = rows of V^T. Never forms X^T X, so it is more accurate."""
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return s**2 / (len(X) - 1), Vt.T


def align_signs(vectors: np.ndarray) -> np.ndarray:
    """Eigenvectors are defined up to sign: make the largest-magnitude entry of each positive."""
    idx = np.abs(vectors).argmax(axis=0)
    return vectors * np.sign(vectors[idx, np.arange(vectors.shape[1])])
# --8<-- [end:pca]


# --8<-- [start:main]
def main() -> None:
    X = load_iris().data
    val_eig, vec_eig = pca_by_eigh(X)
    val_svd, vec_svd = pca_by_svd(X)
    print("variances, eigh:", np.round(val_eig, 4))
    print("variances, SVD: ", np.round(val_svd, 4))
    print("same directions up to sign:",
          np.allclose(align_signs(vec_eig), align_signs(vec_svd)))
    print("explained variance ratio:", np.round(val_svd / val_svd.sum(), 4))
    v = vec_eig[:, 0]
    C = np.cov(X, rowvar=False)
    print("v and -v are both eigenvectors:", np.allclose(C @ -v, val_eig[0] * -v))
    D = np.diag([5.0, 2.0, 2.0])  # eigenvalue 2 is repeated
    Q = np.eye(3)
    Q[1:, 1:] = [[np.cos(0.3), -np.sin(0.3)], [np.sin(0.3), np.cos(0.3)]]  # rotate inside its eigenspace
    print("diag(5, 2, 2): a rotated basis of the repeated eigenspace is another eigenbasis:",
          np.allclose(D @ Q, Q @ D), "| Q == I:", np.allclose(Q, np.eye(3)))
    J = np.array([[1.0, 1.0], [0.0, 1.0]])
    _, J_vectors = np.linalg.eig(J)
    print(f"shear [[1,1],[0,1]]: eigenvalues {np.linalg.eigvals(J).tolist()}, "
          f"rank of the eigenvector matrix = {np.linalg.matrix_rank(J_vectors, tol=1e-8)} (not diagonalizable)")
    S = np.array([[2.0, 1.0], [1.0, -3.0]])
    print("symmetric indefinite S: eigenvalues", np.round(np.linalg.eigvalsh(S), 4),
          "| singular values", np.round(np.linalg.svd(S, compute_uv=False), 4))
# --8<-- [end:main]


if __name__ == "__main__":
    main()
