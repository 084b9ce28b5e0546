"""Bagging, random forest and extra trees over the project's CART agree with
scikit-learn's ensembles on the same splits, and the OOB error tracks the test error."""

import numpy as np
import pytest
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier

from snippets.ml_breadth.random_forest import (
    N_SPLITS,
    SEED,
    average_variance,
    fit_forest,
    grow_random,
    main,
    run,
    split_data,
    staged_error,
)
from snippets.ml_coding.decision_tree import grow, predict

MARGIN = 0.02  # allowed gap in mean test error over the 3 splits (about 2 standard errors)


@pytest.fixture(scope="module")
def runs():
    split_rngs = np.random.default_rng(SEED).spawn(1 + N_SPLITS)[1:]
    return [run(r) for r in split_rngs]


@pytest.fixture(scope="module")
def splits():
    split_rngs = np.random.default_rng(SEED).spawn(1 + N_SPLITS)[1:]
    return [split_data(r) for r in split_rngs]


@pytest.mark.parametrize("rho", [0.0, 0.3, 0.7])
@pytest.mark.parametrize("B", [1, 10, 100])
def test_variance_of_correlated_average_matches_formula(rho, B):
    # the sample variance of 20,000 draws has a relative standard error of about 1%
    sim = average_variance(rho, B, np.random.default_rng(1))
    assert sim == pytest.approx(rho + (1 - rho) / B, rel=0.05)


def test_all_features_without_bootstrap_is_plain_cart():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(200, 4))
    y = (X[:, 0] + X[:, 1] ** 2 + rng.normal(0, 0.5, 200) > 1).astype(int)
    plain = grow(X, np.eye(2)[y])
    class InOrder:  # "samples" all features in their own order, so ties break alike
        def choice(self, n, size, replace):
            return np.arange(size)

    randomized = grow_random(X, np.eye(2)[y], InOrder(), max_features=4)
    X_new = rng.normal(size=(500, 4))
    np.testing.assert_array_equal(predict(plain, X_new), predict(randomized, X_new))


def test_staged_error_matches_brute_force():
    rng = np.random.default_rng(4)
    votes = np.eye(3)[rng.integers(0, 3, (7, 20))]
    y, mask = rng.integers(0, 3, 20), rng.random((7, 20)) < 0.4
    staged = staged_error(votes, y, mask)
    for b in range(7):
        rows = [i for i in range(20) if mask[: b + 1, i].any()]
        wrong = [votes[: b + 1][mask[: b + 1, i], i].sum(axis=0).argmax() != y[i]
                 for i in rows]
        assert staged[b] == pytest.approx(np.mean(wrong) if rows else 0.0)


def test_oob_rows_are_out_of_bag():
    X, y, _, _ = split_data(np.random.default_rng(5))
    _, inbag = fit_forest(X, y, 30, 5, np.random.default_rng(6))
    assert inbag.sum(axis=1).tolist() == [len(X)] * 30
    # about e^-1 = 36.8% of rows are out of each bootstrap sample
    assert np.mean(inbag == 0) == pytest.approx(np.exp(-1), abs=0.02)


@pytest.mark.parametrize("name,max_features,cls", [
    ("bagging", None, RandomForestClassifier), ("forest", 5, RandomForestClassifier),
    ("extra", 5, ExtraTreesClassifier)])
def test_test_error_close_to_sklearn(runs, splits, name, max_features, cls):
    ours = np.mean([r[name][-1] for r in runs])
    theirs = np.mean([
        1 - cls(n_estimators=100, max_features=max_features, random_state=k)
        .fit(X, y).score(X_test, y_test)
        for k, (X, y, X_test, y_test) in enumerate(splits)])
    assert abs(ours - theirs) <= MARGIN


@pytest.mark.parametrize("name", ["bagging", "forest"])
def test_oob_error_close_to_test_error_and_to_sklearn_oob(runs, splits, name):
    oob = np.mean([r[name + " oob"][-1] for r in runs])
    test = np.mean([r[name][-1] for r in runs])
    assert abs(oob - test) <= 0.02
    sk_oob = np.mean([
        1 - RandomForestClassifier(
            n_estimators=100, max_features=None if name == "bagging" else 5,
            oob_score=True, random_state=k).fit(X, y).oob_score_
        for k, (X, y, _, _) in enumerate(splits)])
    assert abs(oob - sk_oob) <= MARGIN


def test_ensembles_beat_a_single_tree_and_decorrelate(runs):
    mean = {k: np.mean([r[k] for r in runs], axis=0) for k in runs[0]}
    for name in ("bagging", "forest", "extra"):
        assert mean[name][-1] < mean["tree"][0]
    assert mean["bagging rho"][0] > mean["forest rho"][0] > mean["extra rho"][0]


def test_printed_numbers(capsys, monkeypatch):
    monkeypatch.setattr("matplotlib.pyplot.show", lambda: None)
    main()
    out = capsys.readouterr().out
    for line in ["  0.3   10    0.370      0.368", "  0.7  100    0.703      0.697",
                 "single CART test error 0.055",
                 "bagging           0.091 0.059  0.036      0.049       0.394",
                 "forest            0.091 0.041  0.032      0.043       0.343",
                 "extra             0.085 0.034  0.036        n/a       0.299"]:
        assert line in out
