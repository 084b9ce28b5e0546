"""K-nearest neighbours from scratch agree with scikit-learn's brute-force KNeighbors* estimators."""

import numpy as np
import pytest
from sklearn.model_selection import cross_val_score
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor

from snippets.ml_coding.k_nearest_neighbors import (
    SEED, accuracy_by_k, cube_side_for_fraction, cv_accuracy, kfold_splits, knn_classify,
    knn_regress, make_moons, nearest, squared_distances,
)


def continuous_data(seed: int, n_classes: int = 3):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(150, 4))  # continuous: no two distances tie
    y = rng.integers(0, n_classes, size=150) * 10 + 5  # labels that are not 0..c-1
    return X, y, rng.normal(size=(60, 4))


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("k", [1, 4, 7, 30])
@pytest.mark.parametrize("weights", ["uniform", "distance"])
def test_classifier_matches_sklearn(seed, k, weights):
    X, y, Q = continuous_data(seed)
    ref = KNeighborsClassifier(n_neighbors=k, weights=weights, algorithm="brute").fit(X, y)
    np.testing.assert_array_equal(knn_classify(X, y, Q, k, weights), ref.predict(Q))


@pytest.mark.parametrize("k", [1, 5, 20])
@pytest.mark.parametrize("weights", ["uniform", "distance"])
def test_regressor_matches_sklearn(k, weights):
    X, _, Q = continuous_data(11)
    t = np.random.default_rng(12).normal(size=len(X))
    ref = KNeighborsRegressor(n_neighbors=k, weights=weights, algorithm="brute").fit(X, t)
    np.testing.assert_allclose(knn_regress(X, t, Q, k, weights), ref.predict(Q), rtol=1e-10)


def test_neighbours_match_sklearn_and_brute_force():
    X, _, Q = continuous_data(5)
    idx, dist = nearest(X, Q, 6)
    ref_dist, ref_idx = KNeighborsClassifier(n_neighbors=6).fit(X, np.zeros(len(X))).kneighbors(Q)
    np.testing.assert_array_equal(idx, ref_idx)
    np.testing.assert_allclose(dist, ref_dist, atol=1e-9)
    brute = ((Q[:, None, :] - X[None, :, :]) ** 2).sum(-1)
    np.testing.assert_allclose(squared_distances(Q, X), brute, atol=1e-9)


def test_vote_tie_goes_to_the_smallest_label_like_sklearn():
    # Each query has exactly two neighbours of each class among its four nearest.
    X = np.array([[-2.0], [-1.0], [1.0], [2.0]])
    for y in (np.array([1, 1, 0, 0]), np.array([0, 0, 1, 1]), np.array([7, 3, 3, 7])):
        ours = knn_classify(X, y, np.array([[0.0], [0.1]]), k=4)
        ref = KNeighborsClassifier(n_neighbors=4, algorithm="brute").fit(X, y).predict([[0.0], [0.1]])
        assert ours.tolist() == [y.min(), y.min()]
        np.testing.assert_array_equal(ours, ref)


def test_distance_weights_when_query_sits_on_a_training_point():
    X = np.array([[0.0], [1.0], [1.1]])
    y = np.array([0, 1, 1])
    assert knn_classify(X, y, np.array([[0.0]]), k=3, weights="distance")[0] == 0
    ref = KNeighborsClassifier(n_neighbors=3, weights="distance").fit(X, y).predict([[0.0]])
    assert ref[0] == 0


def test_printed_accuracy_table_matches_sklearn():
    rng = np.random.default_rng(SEED)
    X_tr, y_tr = make_moons(rng, 200, noise=0.3)
    X_te, y_te = make_moons(rng, 1000, noise=0.3)
    table = accuracy_by_k(X_tr, y_tr, X_te, y_te, [1, 5, 15, 51, 199])
    for k, train, test in table:
        ref = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X_tr, y_tr)
        assert train == pytest.approx(ref.score(X_tr, y_tr))
        assert test == pytest.approx(ref.score(X_te, y_te))
    assert table[0][1] == 1.0  # k = 1 memorizes the training set
    assert (table[0][2], table[1][2]) == pytest.approx((0.866, 0.889))
    # Balanced classes, 99 against 101: with k = 199 of n = 200 every query sees at least 100
    # points of class 1 and at most 99 of class 0, so class 1 wins everywhere.
    assert np.bincount(y_tr).tolist() == [99, 101]
    assert (knn_classify(X_tr, y_tr, X_te, 199) == 1).all()
    assert table[-1][2] == pytest.approx(np.mean(y_te == 1)) == pytest.approx(0.502)


def test_cv_accuracy_matches_sklearn_cross_val_score():
    X, y, _ = continuous_data(4)
    splits = kfold_splits(len(X), 5, np.random.default_rng(0))
    assert sorted(np.concatenate([va for _, va in splits]).tolist()) == list(range(len(X)))
    for tr, va in splits:
        assert len(np.intersect1d(tr, va)) == 0 and len(tr) + len(va) == len(X)
    for k in (1, 5, 15):
        ref = cross_val_score(KNeighborsClassifier(n_neighbors=k, algorithm="brute"), X, y,
                              cv=splits)
        assert cv_accuracy(X, y, k, splits) == pytest.approx(ref.mean())


def test_k_is_chosen_by_cross_validation_not_on_the_test_set():
    # Replays main(): same generator, same draws, then the CV choice the page reports.
    rng = np.random.default_rng(SEED)
    X_tr, y_tr = make_moons(rng, 200, noise=0.3)
    X_te, y_te = make_moons(rng, 1000, noise=0.3)
    splits = kfold_splits(len(X_tr), 5, rng)
    grid = list(range(1, 52, 2))
    cv = [cross_val_score(KNeighborsClassifier(n_neighbors=k, algorithm="brute"), X_tr, y_tr,
                          cv=splits).mean() for k in grid]
    best = grid[int(np.argmax(cv))]
    assert best == 7 and max(cv) == pytest.approx(0.930, abs=5e-4)
    assert cv_accuracy(X_tr, y_tr, best, splits) == pytest.approx(max(cv))
    test_acc = (knn_classify(X_tr, y_tr, X_te, best) == y_te).mean()
    assert test_acc == pytest.approx(0.892, abs=5e-4)


def test_rejects_invalid_k():
    X, y, Q = continuous_data(0)
    with pytest.raises(ValueError, match="k must be between 1"):
        knn_classify(X, y, Q, k=0)


def test_cube_side_against_monte_carlo():
    # Uniform points in [0, 1]^10: the fraction inside a corner cube of the computed side is 1%.
    side = cube_side_for_fraction(0.01, 10)
    assert f"{side:.2f}" == "0.63"
    assert f"{cube_side_for_fraction(0.01, 2):.2f}" == "0.10"
    assert f"{cube_side_for_fraction(0.01, 100):.2f}" == "0.95"
    points = np.random.default_rng(0).uniform(size=(400_000, 10))
    inside = (points < side).all(axis=1).mean()
    assert inside == pytest.approx(0.01, abs=0.001)  # standard error is about 0.00016


@pytest.mark.parametrize("scale, offset", [(0.01, 1e5), (0.01, 1e6), (1.0, 1e8)])
def test_exact_neighbours_far_from_the_origin(scale, offset):
    # Without centring, each term of |a|^2 - 2 a.b + |b|^2 is about offset^2 while the result is
    # about scale^2: at these offsets the expansion ranks neighbours by rounding noise.
    X, y, Q = continuous_data(8)
    X, Q = X * scale + offset, Q * scale + offset
    brute = ((Q[:, None, :] - X[None, :, :]) ** 2).sum(-1)  # differences first: exact
    idx, dist = nearest(X, Q, 5)
    np.testing.assert_array_equal(idx, np.argsort(brute, axis=1)[:, :5])
    np.testing.assert_allclose(dist, np.sqrt(np.sort(brute, axis=1)[:, :5]), rtol=1e-6)
    ref = KNeighborsClassifier(n_neighbors=5, algorithm="kd_tree").fit(X, y)  # exact distances
    np.testing.assert_array_equal(knn_classify(X, y, Q, 5), ref.predict(Q))


def test_without_centring_the_expansion_gets_neighbours_wrong():
    # The page's claim: spread 0.01 around 1e5 already breaks the unshifted expansion.
    X, _, Q = continuous_data(8)
    X, Q = X * 0.01 + 1e5, Q * 0.01 + 1e5
    naive = (Q**2).sum(axis=1)[:, None] - 2.0 * Q @ X.T + (X**2).sum(axis=1)[None, :]
    brute = ((Q[:, None, :] - X[None, :, :]) ** 2).sum(-1)
    wrong = [set(a) != set(b) for a, b in zip(np.argsort(naive, axis=1)[:, :5],
                                              np.argsort(brute, axis=1)[:, :5])]
    assert any(wrong)
    assert not any(set(a) != set(b) for a, b in zip(nearest(X, Q, 5)[0],
                                                    np.argsort(brute, axis=1)[:, :5]))
