"""k-means from scratch agrees with scikit-learn's KMeans started from the same centers."""

import numpy as np
import pytest
from scipy.stats import chisquare
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


@pytest.mark.parametrize("scale, offset", [(0.01, 1e5), (0.01, 1e6), (1.0, 1e8)])
def test_distances_stay_exact_far_from_the_origin(blobs, scale, offset):
    # Without centring, each term of |x|^2 - 2 x.c + |c|^2 is about offset^2 while the result is
    # about scale^2, so the relative error is about 1e-16 * (offset / scale)^2.
    X = blobs * scale + offset
    centers = X[:4]
    brute = ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=-1)  # differences first: exact
    np.testing.assert_allclose(squared_distances(X, centers), brute, rtol=0,
                               atol=1e-6 * scale**2)


@pytest.mark.parametrize("scale, offset", [(0.01, 1e6), (1.0, 1e8)])
def test_matches_sklearn_far_from_the_origin(blobs, scale, offset):
    X = blobs * scale + offset
    init = kmeans_plus_plus(blobs, 3, np.random.default_rng(0)) * scale + offset
    ours = kmeans(X, 3, np.random.default_rng(0), init=init, tol=1e-8)
    reference = KMeans(n_clusters=3, init=init, n_init=1, algorithm="lloyd", tol=1e-8).fit(X)
    np.testing.assert_array_equal(ours.labels, reference.labels_)
    np.testing.assert_allclose(ours.centers - offset, reference.cluster_centers_ - offset,
                               rtol=0, atol=1e-6 * scale)
    brute = ((X[:, None, :] - ours.centers[None, :, :]) ** 2).sum(axis=-1)
    np.testing.assert_array_equal(ours.labels, brute.argmin(axis=1))


# Five points on a line; from the first center at 0 the squared distances are 1, 4, 9, 25.
LINE = np.array([[0.0], [1.0], [2.0], [3.0], [5.0]])


def second_center_counts(seeder, runs: int = 3000) -> np.ndarray:
    """How often each point becomes the second center, among runs whose first center is LINE[0].

    The first center is uniform over the five points, so about a fifth of the runs are kept:
    conditioning on it is the same as fixing the first center.
    """
    rng = np.random.default_rng(2024)
    counts = np.zeros(len(LINE), dtype=int)
    for _ in range(runs):
        centers = seeder(LINE, 2, rng)
        if centers[0, 0] == 0.0:
            counts[np.flatnonzero(LINE[:, 0] == centers[1, 0])[0]] += 1
    return counts


def farthest_point_seeding(X, k, rng):
    """The deterministic alternative: after a random first center, always the farthest point."""
    centers = [X[rng.integers(len(X))]]
    for _ in range(1, k):
        centers.append(X[squared_distances(X, np.array(centers)).min(axis=1).argmax()])
    return np.array(centers)


def d_power_seeding(X, k, rng, power):
    """Sampling with probability proportional to D(x)^power (k-means++ is power = 2)."""
    centers = [X[rng.integers(len(X))]]
    for _ in range(1, k):
        weight = squared_distances(X, np.array(centers)).min(axis=1) ** (power / 2)
        centers.append(X[rng.choice(len(X), p=weight / weight.sum())])
    return np.array(centers)


def d2_goodness_of_fit(counts: np.ndarray) -> float:
    """p-value of a chi-square test of the second-center counts against the D^2 probabilities."""
    d2 = (LINE[1:, 0] - LINE[0, 0]) ** 2
    assert counts[0] == 0  # the first center itself has D = 0: never chosen again
    return float(chisquare(counts[1:], counts[1:].sum() * d2 / d2.sum()).pvalue)


def test_kmeans_plus_plus_samples_the_second_center_with_d_squared_probabilities():
    counts = second_center_counts(kmeans_plus_plus)
    assert counts.sum() > 500  # expected counts of at least 13 per point
    assert d2_goodness_of_fit(counts) > 0.01


@pytest.mark.parametrize("seeder", [farthest_point_seeding,
                                    lambda X, k, rng: d_power_seeding(X, k, rng, power=1)],
                         ids=["farthest point", "proportional to D"])
def test_d_squared_check_rejects_other_seedings(seeder):
    # The same test has the power to reject both a deterministic rule and the wrong power of D.
    assert d2_goodness_of_fit(second_center_counts(seeder)) < 1e-6


def test_printed_run_and_where_the_big_drop_happens():
    # Replays main(): the first recorded inertia is measured after the first assignment, with
    # the centers still at the seeds; the first update step then removes most of it.
    rng = np.random.default_rng(SEED)
    X = make_blobs(rng)
    seeds = kmeans_plus_plus(X, 3, rng)
    result = kmeans(X, 3, rng, init=seeds)
    assert result.n_iter == 6
    assert [round(v, 1) for v in result.inertia_history[:2]] == [1494.5, 667.9]
    labels = squared_distances(X, seeds).argmin(axis=1)
    after_update = KMeans(3, init=seeds, n_init=1, max_iter=1).fit(X).cluster_centers_
    update_inertia = ((X - after_update[labels]) ** 2).sum()
    assert round(update_inertia, 1) == 753.1
    first_update_drop = result.inertia_history[0] - update_inertia
    second_assignment_drop = update_inertia - result.inertia_history[1]
    later = -np.diff(result.inertia_history[1:])
    assert first_update_drop > 5 * max(second_assignment_drop, later.max())
    assert later.max() < 22  # later iterations only move boundary points


@pytest.mark.parametrize("tol", [1e-1, 1e-2, 1e-3, 1e-4])
def test_stopping_rule_is_summed_squared_shift_against_tol_times_mean_variance(blobs, tol):
    seeds = kmeans_plus_plus(blobs, 3, np.random.default_rng(0))
    ours = kmeans(blobs, 3, np.random.default_rng(0), init=seeds, tol=tol)
    reference = KMeans(n_clusters=3, init=seeds, n_init=1, algorithm="lloyd", tol=tol).fit(blobs)
    assert ours.n_iter == reference.n_iter_
    # Replay the iterations with scikit-learn one step at a time and apply the rule directly.
    threshold = tol * blobs.var(axis=0).mean()
    centers, shifts = seeds, []
    for _ in range(ours.n_iter):
        new = KMeans(3, init=centers, n_init=1, max_iter=1).fit(blobs).cluster_centers_
        shifts.append(((new - centers) ** 2).sum())
        centers = new
    assert shifts[-1] <= threshold and all(s > threshold for s in shifts[:-1])


def test_without_centring_the_expansion_breaks_far_from_the_origin(blobs):
    # The page's claim: blobs shrunk to spread 0.01 and moved to 1e6 defeat the plain expansion.
    X = blobs * 0.01 + 1e6
    centers = X[:4]
    naive = (X**2).sum(axis=1)[:, None] - 2.0 * X @ centers.T + (centers**2).sum(axis=1)[None, :]
    brute = ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=-1)
    assert np.mean(np.abs(naive - brute) > 0.1 * brute.mean()) > 0.5  # most entries are off
    assert 0.25 < np.mean(naive.argmin(axis=1) != brute.argmin(axis=1)) < 0.4  # about a third
    np.testing.assert_array_equal(squared_distances(X, centers).argmin(axis=1),
                                  brute.argmin(axis=1))
