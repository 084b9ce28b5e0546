"""Least squares, gradient descent and ridge from scratch agree with scikit-learn's LinearRegression and Ridge."""

import numpy as np
import pytest
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression, Ridge

from snippets.ml_coding.linear_regression import (
    fit_gradient_descent, fit_lstsq, fit_qr, fit_ridge, hessian_condition, ill_conditioned_errors,
    load_standardized, max_stable_lr, mse, polynomial_design, with_intercept,
)


@pytest.fixture(scope="module")
def diabetes():
    return load_standardized()


def sklearn_weights(model) -> np.ndarray:
    return np.r_[model.intercept_, model.coef_]


def test_lstsq_and_qr_match_sklearn(diabetes):
    X_raw, X, y = diabetes
    for features in (X_raw, X):
        reference = sklearn_weights(LinearRegression().fit(features, y))
        np.testing.assert_allclose(fit_lstsq(features, y), reference, rtol=1e-8, atol=1e-8)
        np.testing.assert_allclose(fit_qr(features, y), reference, rtol=1e-8, atol=1e-8)


def test_printed_lstsq_coefficients(diabetes):
    _, X, y = diabetes
    w = fit_lstsq(X, y)
    assert w[0] == pytest.approx(152.13, abs=0.005)
    assert w[5] == pytest.approx(-37.68, abs=0.005)


@pytest.mark.parametrize("lam", [0.1, 10.0, 100.0, 1e4])
def test_ridge_matches_sklearn(diabetes, lam):
    X_raw, X, y = diabetes
    for features in (X_raw, X):
        reference = sklearn_weights(Ridge(alpha=lam).fit(features, y))
        np.testing.assert_allclose(fit_ridge(features, y, lam), reference, rtol=1e-8, atol=1e-8)


def test_ridge_intercept_is_not_shrunk(diabetes):
    _, X, y = diabetes
    w = fit_ridge(X, y, 1e8)  # coefficients go to zero, the intercept stays at the mean of y
    assert np.abs(w[1:]).max() < 1e-3
    assert w[0] == pytest.approx(y.mean())


def test_gradient_descent_converges_to_least_squares(diabetes):
    _, X, y = diabetes
    w_gd, history = fit_gradient_descent(X, y, lr=0.2, n_iter=3000)
    np.testing.assert_allclose(w_gd, fit_lstsq(X, y), atol=2e-3)
    assert all(b <= a + 1e-9 for a, b in zip(history, history[1:]))  # monotone for lr < 2/L
    assert history[-1] == pytest.approx(mse(X, y, fit_lstsq(X, y)), rel=1e-6)


def test_learning_rate_threshold(diabetes):
    _, X, y = diabetes
    limit = max_stable_lr(X)
    assert limit == pytest.approx(0.2485, abs=5e-5)
    _, below = fit_gradient_descent(X, y, lr=0.99 * limit, n_iter=500)
    _, above = fit_gradient_descent(X, y, lr=1.01 * limit, n_iter=5000)
    assert below[-1] < below[0]
    assert above[-1] > 1e3 * above[0]  # stopped early because it diverged


def test_standardizing_improves_conditioning(diabetes):
    X_raw, X, _ = diabetes
    assert round(hessian_condition(X_raw)) == 51631
    assert round(hessian_condition(X)) == 470
    # load_diabetes() is already centred with unit-norm columns; the original units are worse.
    np.testing.assert_allclose(X_raw.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose((X_raw**2).sum(axis=0), 1.0, rtol=1e-12)
    unscaled = load_diabetes(scaled=False).data
    assert f"{hessian_condition(unscaled):.1e}" == "5.2e+07"
    np.testing.assert_allclose(hessian_condition(unscaled),
                               np.linalg.cond(with_intercept(unscaled)) ** 2, rtol=1e-6)


def test_explicit_inverse_loses_accuracy_on_ill_conditioned_data():
    X, _, _ = polynomial_design()
    assert 5e5 < np.linalg.cond(with_intercept(X)) < 2e6  # "about 10^6" on the page
    errors = ill_conditioned_errors()
    assert errors["lstsq"] < 1e-9 and errors["qr"] < 1e-9
    assert errors["inverse"] > 1e3 * max(errors["lstsq"], errors["qr"])


def test_printed_gradient_descent_rows(diabetes):
    _, X, y = diabetes
    w_ls = fit_lstsq(X, y)
    w_slow, slow = fit_gradient_descent(X, y, lr=0.01, n_iter=3000)
    _, good = fit_gradient_descent(X, y, lr=0.2, n_iter=3000)
    assert slow[-1] == pytest.approx(2867.7, abs=0.05)
    assert good[-1] == pytest.approx(2859.7, abs=0.05)
    # The small step gets the loss close to its minimum while a coefficient is still far off.
    assert np.abs(w_slow - w_ls).max() == pytest.approx(21.7, abs=0.05)


def test_printed_ridge_shrinkage(diabetes):
    _, X, y = diabetes
    w = fit_ridge(X, y, 100.0)
    assert w[5] == pytest.approx(-2.07, abs=0.005)  # s1: -37.68 without the penalty
    assert np.linalg.norm(w[1:]) < np.linalg.norm(fit_lstsq(X, y)[1:])
