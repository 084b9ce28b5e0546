"""Discrete AdaBoost with stumps follows scikit-learn's AdaBoostClassifier (SAMME,
depth-1 trees) round by round, and its exponential-loss identities hold."""

import numpy as np
import pytest
from sklearn.ensemble import AdaBoostClassifier
from sklearn.tree import DecisionTreeClassifier

from snippets.ml_breadth.adaboost import (
    SEED,
    adaboost,
    fit_stump,
    main,
    make_data,
    sign,
    staged_scores,
    stump_predict,
)


def sklearn_adaboost(X, y, n_rounds):
    # scikit-learn 1.9 has only the discrete SAMME algorithm, so no `algorithm=`
    return AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), n_estimators=n_rounds,
                              random_state=0).fit(X, y)


@pytest.mark.parametrize("seed", [SEED, 1, 2])
def test_staged_training_predictions_match_sklearn(seed):
    X, y = make_data(np.random.default_rng(seed), 300)
    stumps, alphas, errors, _ = adaboost(X, y, 60)
    ref = sklearn_adaboost(X, y, 60)
    ours = sign(staged_scores(stumps, alphas, X))
    for t, staged in enumerate(ref.staged_predict(X)):
        np.testing.assert_array_equal(ours[t], staged, err_msg=f"round {t + 1}")
    np.testing.assert_allclose(errors, ref.estimator_errors_, rtol=1e-9)
    # SAMME's weight for K = 2 is log((1 - err) / err), twice the classic alpha
    np.testing.assert_allclose(2 * alphas, ref.estimator_weights_, rtol=1e-9)
    for stump, tree in zip(stumps, ref.estimators_):
        assert stump[0] == tree.tree_.feature[0]
        assert stump[1] == pytest.approx(tree.tree_.threshold[0], abs=1e-6)


def brute_force_stump(X, y, w):
    """Weighted error of the best stump over all features, cuts and leaf labels."""
    best = np.inf
    for j in range(X.shape[1]):
        for t in np.unique(X[:, j]):
            for left in (-1, 1):
                for right in (-1, 1):
                    h = np.where(X[:, j] <= t, left, right)
                    best = min(best, w[h != y].sum())
    return best


@pytest.mark.parametrize("seed", range(3))
def test_error_stump_is_the_weighted_error_minimizer(seed):
    rng = np.random.default_rng(seed)
    X, y = make_data(rng, 60)
    w = rng.dirichlet(np.ones(60))
    h = stump_predict(fit_stump(X, y, w, "error"), X)
    assert w[h != y].sum() == pytest.approx(brute_force_stump(X, y, w), abs=1e-12)


def test_alpha_minimizes_exponential_loss_and_identities_hold():
    X, y = make_data(np.random.default_rng(SEED), 300)
    stumps, alphas, errors, history = adaboost(X, y, 30)
    for t in range(30):
        h, w = stump_predict(stumps[t], X), history[t]
        grid = alphas[t] + np.linspace(-0.2, 0.2, 401)
        loss = [np.sum(w * np.exp(-a * y * h)) for a in grid]
        assert grid[int(np.argmin(loss))] == pytest.approx(alphas[t], abs=1e-3)
        # the new weights give the last stump a weighted error of exactly 1/2
        assert history[t + 1][h != y].sum() == pytest.approx(0.5)
    F = staged_scores(stumps, alphas, X)
    Z = 2 * np.sqrt(errors * (1 - errors))
    np.testing.assert_allclose(np.exp(-y * F).mean(axis=1), np.cumprod(Z), rtol=1e-10)
    assert np.all((sign(F) != y).mean(axis=1) <= np.cumprod(Z))


def test_printed_numbers(capsys, monkeypatch):
    monkeypatch.setattr("matplotlib.pyplot.show", lambda: None)
    main()
    out = capsys.readouterr().out
    for line in ["    1         0.397  0.210      0.397     0.978     0.446",
                 "   50         0.462  0.077      0.087     0.468     0.122",
                 "  200         0.488  0.024      0.067     0.331     0.159",
                 "product of Z_t after 200 rounds 0.3313",
                 "17 flipped labels (5.7% of rows) hold", "29.4% of the weight"]:
        assert line in out
