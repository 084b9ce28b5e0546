"""PCA by eigendecomposition and by SVD agree with each other and with scikit-learn; non-uniqueness facts."""

import numpy as np
import pytest
from sklearn.datasets import load_iris
from sklearn.decomposition import PCA

from snippets.math.eigen_svd_pca import align_signs, pca_by_eigh, pca_by_svd


@pytest.fixture
def iris():
    return load_iris().data


def test_eigh_svd_and_sklearn_agree(iris):
    val_eig, vec_eig = pca_by_eigh(iris)
    val_svd, vec_svd = pca_by_svd(iris)
    ref = PCA().fit(iris)
    np.testing.assert_allclose(val_eig, ref.explained_variance_, rtol=1e-10)
    np.testing.assert_allclose(val_svd, ref.explained_variance_, rtol=1e-10)
    np.testing.assert_allclose(align_signs(vec_eig), align_signs(ref.components_.T), atol=1e-8)
    np.testing.assert_allclose(align_signs(vec_svd), align_signs(ref.components_.T), atol=1e-8)
    np.testing.assert_allclose(val_svd, [4.2282, 0.2427, 0.0782, 0.0238], atol=5e-5)
    np.testing.assert_allclose(val_svd / val_svd.sum(), [0.9246, 0.0531, 0.0171, 0.0052], atol=5e-5)


def test_random_data_matches_sklearn():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(80, 6)) @ rng.normal(size=(6, 6))
    val, vec = pca_by_svd(X)
    ref = PCA().fit(X)
    np.testing.assert_allclose(val, ref.explained_variance_, rtol=1e-10)
    np.testing.assert_allclose(np.abs(vec.T @ ref.components_.T), np.eye(6), atol=1e-8)


def test_eigendecomposition_is_not_unique():
    D = np.diag([5.0, 2.0, 2.0])
    Q = np.eye(3)
    Q[1:, 1:] = [[np.cos(0.3), -np.sin(0.3)], [np.sin(0.3), np.cos(0.3)]]
    np.testing.assert_allclose(D @ Q, Q @ D)  # D = Q D Q^T with Q != I
    np.testing.assert_allclose(Q @ D @ Q.T, D, atol=1e-15)


def test_shear_is_not_diagonalizable_and_svd_of_symmetric():
    J = np.array([[1.0, 1.0], [0.0, 1.0]])
    _, V = np.linalg.eig(J)
    assert np.linalg.matrix_rank(V, tol=1e-8) == 1
    S = np.array([[2.0, 1.0], [1.0, -3.0]])
    eig = np.linalg.eigvalsh(S)
    np.testing.assert_allclose(np.sort(np.abs(eig))[::-1], np.linalg.svd(S, compute_uv=False))
    np.testing.assert_allclose(eig, [-3.1926, 2.1926], atol=5e-5)
