"""k-means from scratch agrees with scikit-learn's KMeans started from the same centers."""

import numpy as np
import pytest
from sklearn.cluster import KMeans

from snippets.ml_coding.kmeans import (
    SEED, kmeans, kmeans_plus_plus, make_blobs, squared_distances,
)


@pytest.fixture
def blobs() -> np.ndarray:
    return make_blobs(np.random.default_rng(SEED))


def test_matches_sklearn_from_the_same_initial_centers(blobs):
    init = kmeans_plus_plus(blobs, 3, np.random.default_rng(0))
    ours = kmeans(blobs, 3, np.random.default_rng(0), init=init, tol=1e-8)
    reference = KMeans(n_clusters=3, init=init, n_init=1, algorithm="lloyd", tol=1e-8).fit(blobs)

    np.testing.assert_array_equal(ours.labels, reference.labels_)
    np.testing.assert_allclose(ours.centers, reference.cluster_centers_, atol=1e-9)
    final_inertia = squared_distances(blobs, ours.centers).min(axis=1).sum()
    assert final_inertia == pytest.approx(reference.inertia_, rel=1e-9)


@pytest.mark.parametrize("seed", range(5))
def test_matches_sklearn_on_random_data_and_k(seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(200, 4))
    k = int(rng.integers(2, 7))
    init = X[rng.choice(len(X), size=k, replace=False)]
    ours = kmeans(X, k, rng, init=init, tol=1e-10)
    reference = KMeans(n_clusters=k, init=init, n_init=1, algorithm="lloyd", tol=1e-10).fit(X)
    np.testing.assert_allclose(ours.centers, reference.cluster_centers_, atol=1e-8)


def test_inertia_never_increases(blobs):
    history = kmeans(blobs, 5, np.random.default_rng(1)).inertia_history
    assert all(later <= earlier + 1e-9 for earlier, later in zip(history, history[1:]))


def test_distances_match_brute_force(blobs):
    centers = blobs[:4]
    brute = ((blobs[:, None, :] - centers[None, :, :]) ** 2).sum(axis=-1)
    np.testing.assert_allclose(squared_distances(blobs, centers), brute, atol=1e-9)


def test_kmeans_plus_plus_prefers_far_points():
    # Two tight groups far apart: the second center must land in the group without the first.
    X = np.vstack([np.zeros((50, 2)), np.full((50, 2), 100.0)])
    for seed in range(20):
        centers = kmeans_plus_plus(X, 2, np.random.default_rng(seed))
        assert abs(centers[0, 0] - centers[1, 0]) == pytest.approx(100.0)


def test_empty_cluster_is_reseeded():
    X = np.array([[0.0], [0.1], [10.0], [10.1]])
    init = np.array([[0.05], [10.05], [500.0]])  # the third center attracts no point
    result = kmeans(X, 3, np.random.default_rng(0), init=init)
    assert np.isfinite(result.centers).all()
    assert len(np.unique(result.labels)) == 3


def test_rejects_invalid_k(blobs):
    with pytest.raises(ValueError, match="k must be between 1"):
        kmeans(blobs, 0, np.random.default_rng(0))
