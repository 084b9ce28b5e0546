"""PCA on raw versus standardized wine data agrees with scikit-learn's PCA and StandardScaler pipeline."""

import numpy as np
import pytest
from sklearn.datasets import load_wine
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

from snippets.math.pca_scaling import principal_components, standardize


@pytest.fixture
def wine():
    return load_wine()


def test_matches_sklearn(wine):
    X = wine.data
    for data in (X, standardize(X)):
        scores, dirs, ratio = principal_components(data, 2)
        ref = PCA(n_components=2).fit(data)
        np.testing.assert_allclose(ratio, ref.explained_variance_ratio_, rtol=1e-10)
        np.testing.assert_allclose(np.abs(dirs.T @ ref.components_.T), np.eye(2), atol=1e-8)
        np.testing.assert_allclose(np.abs(scores), np.abs(ref.transform(data)), atol=1e-8)
    np.testing.assert_allclose(standardize(X), StandardScaler().fit_transform(X), atol=1e-12)


def test_standardized_pca_is_correlation_eigendecomposition(wine):
    _, dirs, ratio = principal_components(standardize(wine.data), 2)
    values, vectors = np.linalg.eigh(np.corrcoef(wine.data, rowvar=False))
    np.testing.assert_allclose(ratio, values[::-1][:2] / values.sum(), rtol=1e-10)
    np.testing.assert_allclose(np.abs(dirs.T @ vectors[:, ::-1][:, :2]), np.eye(2), atol=1e-8)


def test_page_numbers(wine):
    X, names = wine.data, wine.feature_names
    stds = X.std(axis=0)
    assert stds.min() == pytest.approx(0.124, abs=5e-4) and names[stds.argmin()] == "nonflavanoid_phenols"
    assert stds.max() == pytest.approx(314.0, abs=0.05) and names[stds.argmax()] == "proline"
    _, raw_dirs, raw_ratio = principal_components(X, 2)
    assert raw_ratio[0] == pytest.approx(0.9981, abs=5e-5)
    assert names[np.abs(raw_dirs[:, 0]).argmax()] == "proline"
    assert np.abs(raw_dirs[:, 0]).max() == pytest.approx(0.9998, abs=5e-5)
    _, sc_dirs, sc_ratio = principal_components(standardize(X), 2)
    np.testing.assert_allclose(sc_ratio, [0.3620, 0.1921], atol=5e-5)
    top = np.argsort(-np.abs(sc_dirs[:, 0]))[:3]
    assert [names[i] for i in top] == ["flavanoids", "total_phenols", "od280/od315_of_diluted_wines"]
    np.testing.assert_allclose(sc_dirs[top, 0], [0.423, 0.395, 0.376], atol=5e-4)
