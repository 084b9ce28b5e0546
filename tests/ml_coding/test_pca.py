"""PCA from scratch (SVD and covariance eigendecomposition) agrees with scikit-learn's PCA."""

import numpy as np
import pytest
from sklearn.datasets import load_digits, load_wine
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

from snippets.ml_coding.pca import (
    components_for_variance, inverse_transform, pca_eig, pca_svd, standardize, transform,
)


def align_signs(ours: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """Flip each of our rows to point the same way as the reference row (signs are arbitrary)."""
    signs = np.sign((ours * reference).sum(axis=1))
    return ours * signs[:, None]


@pytest.fixture(scope="module")
def wine() -> np.ndarray:
    return standardize(load_wine().data)


@pytest.fixture(scope="module")
def digits() -> np.ndarray:
    return load_digits().data


def test_standardize_matches_standard_scaler(wine):
    np.testing.assert_allclose(wine, StandardScaler().fit_transform(load_wine().data), atol=1e-12)


@pytest.mark.parametrize("method", [pca_svd, pca_eig])
@pytest.mark.parametrize("dataset", ["wine", "digits"])
def test_matches_sklearn(method, dataset, request):
    X = request.getfixturevalue(dataset)
    k = 10
    ours = method(X, k)
    reference = PCA(n_components=k, svd_solver="full").fit(X)
    np.testing.assert_allclose(align_signs(ours.components, reference.components_),
                               reference.components_, atol=1e-6)
    np.testing.assert_allclose(ours.explained_variance, reference.explained_variance_, rtol=1e-8)
    np.testing.assert_allclose(ours.explained_variance_ratio,
                               reference.explained_variance_ratio_, rtol=1e-8)
    # projections agree column by column up to the same sign
    signs = np.sign((ours.components * reference.components_).sum(axis=1))
    np.testing.assert_allclose(transform(X, ours) * signs, reference.transform(X), atol=1e-6)


def test_components_are_orthonormal(digits):
    V = pca_svd(digits, 30).components
    np.testing.assert_allclose(V @ V.T, np.eye(30), atol=1e-10)


def test_svd_and_eig_agree_including_sign(wine):
    a, b = pca_svd(wine, 13), pca_eig(wine, 13)
    np.testing.assert_allclose(a.components, b.components, atol=1e-8)
    np.testing.assert_allclose(a.explained_variance, b.explained_variance, rtol=1e-10)


def test_full_rank_reconstruction_is_exact(wine):
    pca = pca_svd(wine, 13)
    np.testing.assert_allclose(inverse_transform(transform(wine, pca), pca), wine, atol=1e-10)


def test_components_for_variance_matches_sklearn(digits):
    ratio = pca_svd(digits, 64).explained_variance_ratio
    reference = np.cumsum(PCA(svd_solver="full").fit(digits).explained_variance_ratio_)
    for target in (0.80, 0.90, 0.95, 0.99):
        # scikit-learn's rule for a float n_components: the first k whose cumulative ratio > target
        expected = int(np.argmax(reference > target)) + 1
        assert components_for_variance(ratio, target) == expected
    assert PCA(n_components=0.95, svd_solver="full").fit(digits).n_components_ == 29


def test_numbers_on_the_page(wine, digits):
    ratio = pca_svd(wine, 13).explained_variance_ratio
    np.testing.assert_allclose(ratio[:5], [0.3620, 0.1921, 0.1112, 0.0707, 0.0656], atol=5e-5)
    assert ratio[:2].sum() == pytest.approx(0.5541, abs=5e-5)
    raw = pca_svd(load_wine().data, 1)
    assert raw.explained_variance_ratio[0] == pytest.approx(0.9981, abs=5e-5)
    assert load_wine().feature_names[np.abs(raw.components[0]).argmax()] == "proline"
    ratio_digits = pca_svd(digits, 64).explained_variance_ratio
    counts = [components_for_variance(ratio_digits, t) for t in (0.80, 0.90, 0.95, 0.99)]
    assert counts == [13, 21, 29, 41]
    pca20 = pca_svd(digits, 20)
    error = ((digits - inverse_transform(transform(digits, pca20), pca20)) ** 2).sum(axis=1).mean()
    total = ((digits - digits.mean(axis=0)) ** 2).sum(axis=1).mean()
    assert error == pytest.approx(126.99, abs=5e-3)
    # the reconstruction error is exactly the variance left in the discarded components
    assert error / total == pytest.approx(1 - ratio_digits[:20].sum(), rel=1e-9)
    assert error / total == pytest.approx(0.1057, abs=5e-5)
