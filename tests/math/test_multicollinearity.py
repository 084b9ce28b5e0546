"""VIF agrees with the inverse correlation matrix and 1 / (1 - rho^2); simulated coefficient
spread agrees with the closed form for a Gaussian design."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.multicollinearity import (
    make_design, ols, simulate_coefficients, theoretical_slope_sd, vif,
)


def test_ols_matches_normal_equations():
    rng = np.random.default_rng(0)
    X = make_design(rng, 50, 0.7)
    y = rng.normal(size=50)
    np.testing.assert_allclose(ols(X, y), np.linalg.solve(X.T @ X, X.T @ y), rtol=1e-9)


def test_vif_is_diagonal_of_inverse_correlation_matrix():
    rng = np.random.default_rng(1)
    z = rng.normal(size=(500, 3))
    features = np.column_stack([z[:, 0], z[:, 0] + 0.5 * z[:, 1], z[:, 2] - z[:, 1]])
    expected = np.diag(np.linalg.inv(np.corrcoef(features, rowvar=False)))
    np.testing.assert_allclose(vif(features), expected, rtol=1e-8)


@pytest.mark.parametrize("rho", [0.0, 0.5, 0.9, 0.99])
def test_vif_matches_two_feature_closed_form(rho):
    features = make_design(np.random.default_rng(2), 100_000, rho)[:, 1:]
    assert vif(features)[0] == pytest.approx(1 / (1 - rho**2), rel=0.03)


@pytest.mark.parametrize("rho", [0.0, 0.9, 0.99])
def test_coefficient_spread_matches_theory(rho):
    fits = simulate_coefficients(np.random.default_rng(3), 100, rho, 1500)
    # sd of an sd estimate from 1500 draws is about 2%: allow 6%.
    assert fits[:, 1].std() == pytest.approx(theoretical_slope_sd(100, rho), rel=0.06)
    assert fits[:, 1].mean() == pytest.approx(2.0, abs=4 * theoretical_slope_sd(100, rho) / np.sqrt(1500))


def test_sum_of_coefficients_stays_precise():
    fits = simulate_coefficients(np.random.default_rng(4), 100, 0.99, 1500)
    assert (fits[:, 1] + fits[:, 2]).std() < 0.2 * fits[:, 1].std()  # 0.10 against 0.71
    assert round(theoretical_slope_sd(100, 0.99), 4) == 0.7235


def test_wrong_sign_rate():
    fits = simulate_coefficients(np.random.default_rng(5), 100, 0.99, 4000)
    expected = stats.norm.cdf(-2 / theoretical_slope_sd(100, 0.99))
    assert np.mean(fits[:, 1] < 0) == pytest.approx(expected, abs=0.003)
