"""L2-penalized logistic regression from scratch agrees with scikit-learn and with a numerical gradient."""

import warnings

import numpy as np
import pytest
from scipy.special import expit
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.logistic_regression import (
    SEED, fit, gradient, log_loss_from_logits, make_two_blobs, objective, predict_proba, sigmoid,
    sklearn_C,
)


def blobs():
    return make_two_blobs(np.random.default_rng(SEED), 400)


def breast_cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return (X - X.mean(axis=0)) / X.std(axis=0), y


@pytest.mark.parametrize("data, lam", [(blobs, 0.01), (blobs, 1.0), (breast_cancer, 0.01),
                                       (breast_cancer, 0.1)])
def test_matches_sklearn_with_the_same_penalty(data, lam):
    X, y = data()
    w, b, _ = fit(X, y, lam)
    reference = LogisticRegression(C=sklearn_C(lam, len(y)), tol=1e-12, max_iter=10_000).fit(X, y)
    np.testing.assert_allclose(w, reference.coef_[0], atol=1e-5)
    assert b == pytest.approx(reference.intercept_[0], abs=1e-5)
    np.testing.assert_allclose(predict_proba(X, w, b), reference.predict_proba(X)[:, 1], atol=1e-6)


def test_gradient_matches_numerical_gradient():
    rng = np.random.default_rng(1)
    X, y = rng.normal(size=(50, 4)), rng.integers(0, 2, 50).astype(float)
    theta = rng.normal(size=5)  # four weights and the intercept
    analytic = np.r_[gradient(theta[:4], theta[4], X, y, lam=0.3)]
    numeric = numerical_gradient(lambda t: objective(t[:4], t[4], X, y, lam=0.3), theta.copy())
    assert relative_error(analytic, numeric) < 1e-7


def test_sigmoid_is_accurate_and_never_overflows():
    z = np.array([-1e4, -745.0, -40.0, -1.0, 0.0, 1.0, 40.0, 745.0, 1e4])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow warning would fail the test
        np.testing.assert_allclose(sigmoid(z), expit(z), rtol=1e-15, atol=1e-300)  # 5e-324 is subnormal


def test_log_loss_matches_sklearn_and_stays_finite():
    rng = np.random.default_rng(2)
    z, y = rng.normal(0, 3, 200), rng.integers(0, 2, 200)
    assert log_loss_from_logits(z, y) == pytest.approx(log_loss(y, expit(z)), rel=1e-12)
    assert log_loss_from_logits(np.array([-1000.0]), np.array([1.0])) == 1000.0
    assert log_loss_from_logits(np.array([1000.0]), np.array([0.0])) == 1000.0
    exact = np.log1p(np.exp(-30.0))  # the printed table: the stable form keeps all digits
    assert log_loss_from_logits(np.array([30.0]), np.array([1.0])) == pytest.approx(exact, rel=1e-14)
    assert -np.log(1 / (1 + np.exp(-30.0))) == pytest.approx(9.348e-14, rel=1e-3)  # naive: 0.1% off


def test_intercept_is_not_penalized():
    X, y = blobs()
    w, b = np.array([0.5, -0.2]), 3.0
    penalty = objective(w, b, X, y, lam=2.0) - log_loss_from_logits(X @ w + b, y)
    assert penalty == pytest.approx(0.5 * 2.0 * (w @ w))  # b does not enter the penalty
    # Strong penalty: the weights shrink towards zero, the intercept moves to the log-odds of y.
    w, b, _ = fit(X, y, lam=10.0)
    reference = LogisticRegression(C=sklearn_C(10.0, len(y)), tol=1e-12).fit(X, y)
    assert b == pytest.approx(reference.intercept_[0], abs=1e-6)
    assert np.abs(w).max() < 0.05
    assert b == pytest.approx(np.log(y.mean() / (1 - y.mean())), abs=0.02)


def test_objective_decreases_and_printed_numbers():
    X, y = blobs()
    w, b, history = fit(X, y, lam=0.01)
    assert all(later <= earlier + 1e-12 for earlier, later in zip(history, history[1:]))
    assert history[-1] == pytest.approx(0.3347, abs=5e-5)
    np.testing.assert_allclose(w, [1.3592, 0.9848], atol=5e-5)
    assert b == pytest.approx(-0.3898, abs=5e-5)
    assert np.mean((predict_proba(X, w, b) >= 0.5) == y) == pytest.approx(0.865)
    assert sklearn_C(0.01, 400) == pytest.approx(0.25)


@pytest.mark.parametrize("lam", [0.0, 0.1, 1.0])
def test_mean_prediction_matches_the_base_rate_in_sample(lam):
    # The page: with an unpenalized intercept, the intercept's gradient equation mean(p - y) = 0
    # holds at the optimum, so the fitted probabilities average to the training base rate, at any
    # penalty on w and whether or not the model is well specified. Here the true log-odds are
    # quadratic (misspecified) and the classes are imbalanced.
    rng = np.random.default_rng(11)
    X = rng.normal(size=(500, 2))
    y = (rng.random(500) < expit(X[:, 0] ** 2 - 2.0)).astype(float)
    w, b, _ = fit(X, y, lam)
    assert predict_proba(X, w, b).mean() == pytest.approx(y.mean(), abs=1e-8)
    # Calibration is a different matter: the linear model cannot follow the quadratic log-odds,
    # so points with large |x1| have a positive rate far above what the model predicts for them.
    tails = np.abs(X[:, 0]) > 1.5
    assert y[tails].mean() - predict_proba(X[tails], w, b).mean() > 0.15
