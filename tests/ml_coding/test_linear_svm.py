"""Pegasos linear SVM agrees with scikit-learn's LinearSVC (hinge loss, same C)."""

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.svm import LinearSVC

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.linear_svm import (
    SEED, add_bias_column, pegasos, predict, standardized_split, svm_objective, svm_subgradient,
    toy_data,
)

C = 0.1


@pytest.fixture(scope="module")
def run():
    """Replays main(): the same generator, used in the same order."""
    rng = np.random.default_rng(SEED)
    data = load_breast_cancer()
    X_train, y_train, X_test, y_test = standardized_split(
        data.data, np.where(data.target == 1, 1, -1), rng)
    lam = 1.0 / (C * len(y_train))
    w, _ = pegasos(add_bias_column(X_train), y_train, lam, 20_000, 8, rng)
    X_toy, y_toy = toy_data(rng)
    w_toy, history = pegasos(add_bias_column(X_toy), y_toy, 0.02, 4000, 4, rng, record_every=1)
    reference = LinearSVC(loss="hinge", C=C, dual=True, tol=1e-8, max_iter=100_000).fit(
        X_train, y_train)
    return dict(X_train=X_train, y_train=y_train, X_test=X_test, y_test=y_test, lam=lam, w=w,
                reference=reference, X_toy=X_toy, y_toy=y_toy, w_toy=w_toy, history=history)


def test_objective_close_to_linearsvc_optimum(run):
    Xb = add_bias_column(run["X_train"])
    ref = run["reference"]
    optimum = svm_objective(np.r_[ref.coef_[0], ref.intercept_[0]], Xb, run["y_train"], run["lam"])
    ours = svm_objective(run["w"], Xb, run["y_train"], run["lam"])
    # LinearSVC solves the same problem exactly (its intercept is regularized like our bias)
    assert optimum - 1e-6 <= ours <= optimum * 1.01


def test_accuracy_within_two_points_of_linearsvc(run):
    ours = (predict(run["w"], run["X_test"]) == run["y_test"]).mean()
    theirs = run["reference"].score(run["X_test"], run["y_test"])
    assert abs(ours - theirs) <= 0.02


def test_weights_close_to_linearsvc_on_toy_data(run):
    X, y = run["X_toy"], run["y_toy"]
    ref = LinearSVC(loss="hinge", C=1 / (0.02 * len(y)), dual=True, tol=1e-10,
                    max_iter=100_000).fit(X, y)
    np.testing.assert_allclose(run["w_toy"], np.r_[ref.coef_[0], ref.intercept_[0]], atol=0.05)


def test_subgradient_matches_numerical_gradient_away_from_kinks():
    rng = np.random.default_rng(3)
    Xb = add_bias_column(rng.normal(size=(40, 5)))
    y = rng.choice([-1, 1], size=40)
    w = rng.normal(size=6)
    assert np.abs(1 - y * (Xb @ w)).min() > 1e-3  # no point sits on the hinge
    analytic = svm_subgradient(w, Xb, y, lam=0.3)
    numeric = numerical_gradient(lambda v: svm_objective(v, Xb, y, 0.3), w.copy())
    assert relative_error(analytic, numeric) < 1e-6


def linearsvc_weights(X, y, lam):
    """LinearSVC's solution of our problem, as (w, b).

    LinearSVC minimizes 1/2 |w|^2 + C sum hinge; dividing by C n gives our objective with
    lam = 1 / (C n). loss="hinge" (its default is the squared hinge) and dual=True select that
    problem. With fit_intercept, liblinear appends a feature equal to intercept_scaling and
    regularizes its weight like the others; intercept_scaling=1 makes that feature our bias
    column, so the bias is penalized exactly as in svm_objective.
    """
    ref = LinearSVC(loss="hinge", dual=True, C=1 / (lam * len(y)), fit_intercept=True,
                    intercept_scaling=1.0, tol=1e-10, max_iter=1_000_000).fit(X, y)
    return np.r_[ref.coef_[0], ref.intercept_[0]]


def test_weights_match_linearsvc_when_the_bias_is_large():
    # Shifted toy data: the optimal bias is about -1.9, so regularizing it or not changes the
    # solution a lot (an unregularized bias lands about 80% away from LinearSVC's weights).
    X, y = toy_data(np.random.default_rng(1))
    X = X + 2.0
    lam = 0.05
    w_ref = linearsvc_weights(X, y, lam)
    Xb = add_bias_column(X)
    w, _ = pegasos(Xb, y, lam, 20_000, 8, np.random.default_rng(5))
    # The measured relative error is about 0.3%; 2% leaves room for mini-batch noise.
    assert np.linalg.norm(w - w_ref) / np.linalg.norm(w_ref) < 0.02
    # LinearSVC really minimizes svm_objective: no perturbation and not Pegasos does better.
    best = svm_objective(w_ref, Xb, y, lam)
    assert best <= svm_objective(w, Xb, y, lam) + 1e-12
    for delta in np.random.default_rng(6).normal(scale=1e-3, size=(20, 3)):
        assert best <= svm_objective(w_ref + delta, Xb, y, lam) + 1e-12


def test_every_iterate_stays_in_the_ball_that_holds_the_optimum():
    # The projection matters in the first steps, when 1/(lam t) is huge: without it the first
    # iterate alone has norm |mean y x| / lam, far outside 1/sqrt(lam). The final iterate does not
    # show the difference (with or without the projection Pegasos converges to the same point), so
    # every iterate is checked: running t steps from the same seed replays the first t steps.
    X, y = toy_data(np.random.default_rng(4))
    Xb = add_bias_column(X)
    lam = 1e-3
    for t in range(1, 31):
        w, _ = pegasos(Xb, y, lam, t, 2, np.random.default_rng(9))
        assert np.linalg.norm(w) <= 1 / np.sqrt(lam) + 1e-9


def test_separable_data_is_separated():
    rng = np.random.default_rng(5)
    X = np.vstack([rng.normal(-3, 0.5, (50, 2)), rng.normal(3, 0.5, (50, 2))])
    y = np.repeat([-1, 1], 50)
    w, _ = pegasos(add_bias_column(X), y, 1e-3, 3000, 4, rng)
    assert (predict(w, X) == y).all()


def test_numbers_on_the_page(run):
    Xb = add_bias_column(run["X_train"])
    assert (len(run["y_train"]), len(run["y_test"])) == (398, 171)
    assert run["lam"] == pytest.approx(0.025126, abs=5e-7)
    assert svm_objective(run["w"], Xb, run["y_train"], run["lam"]) == pytest.approx(0.0779, abs=5e-5)
    assert (predict(run["w"], run["X_test"]) == run["y_test"]).mean() == pytest.approx(0.9766, abs=5e-5)
    ref = run["reference"]
    ref_objective = svm_objective(np.r_[ref.coef_[0], ref.intercept_[0]], Xb, run["y_train"], run["lam"])
    assert ref_objective == pytest.approx(0.0778, abs=5e-5)
    assert ref.score(run["X_test"], run["y_test"]) == pytest.approx(0.9766, abs=5e-5)
    assert int((run["y_train"] * (Xb @ run["w"]) <= 1).sum()) == 38  # the Pegasos iterate
    # The exact solution: 14 points on the margin, 32 inside, 46 support vectors.
    ref_margins = run["y_train"] * (Xb @ np.r_[ref.coef_[0], ref.intercept_[0]])
    on = np.abs(ref_margins - 1) <= 1e-6
    assert (on.sum(), (ref_margins < 1 - 1e-6).sum()) == (14, 32)
    assert not (np.abs(ref_margins - 1) > 1e-6)[np.abs(ref_margins - 1) < 1e-3].any()  # clear gap
    w_toy = run["w_toy"]
    np.testing.assert_allclose(w_toy, [1.339, 0.994, 0.138], atol=5e-4)
    assert 2 / np.linalg.norm(w_toy[:2]) == pytest.approx(1.199, abs=5e-4)
    toy_margins = run["y_toy"] * (add_bias_column(run["X_toy"]) @ w_toy)
    assert int((toy_margins <= 1).sum()) == 14


def test_which_logistic_loss_bounds_the_zero_one_loss():
    # The page: hinge and log2(1 + e^-m) are upper bounds of the 0-1 loss; ln(1 + e^-m) is not.
    m = np.linspace(-5, 5, 2001)
    zero_one = (m <= 0).astype(float)
    assert (np.maximum(0, 1 - m) >= zero_one).all()
    assert (np.log2(1 + np.exp(-m)) >= zero_one).all()
    assert np.log(2.0) == pytest.approx(0.693, abs=5e-4)  # ln(1 + e^0) < 1 = 0-1 loss at m = 0
