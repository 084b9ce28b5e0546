"""Normalizing transforms agree with SciPy (Box-Cox value and lambda MLE) and produce near-normal data."""

import numpy as np
import pytest
from scipy import special, stats

from snippets.math.normalizing_transforms import (
    SEED, box_cox, box_cox_log_likelihood, fit_box_cox, rank_inverse_normal,
)


@pytest.fixture(scope="module")
def gamma_data() -> np.ndarray:
    return np.random.default_rng(SEED).gamma(shape=2.0, scale=1.0, size=5_000)


def test_box_cox_values_match_scipy(gamma_data):
    for lam in (-1.0, 0.0, 0.316, 2.0):
        np.testing.assert_allclose(box_cox(gamma_data, lam), special.boxcox(gamma_data, lam), rtol=1e-10)


def test_box_cox_lambda_matches_scipy_mle(gamma_data):
    _, scipy_lam = stats.boxcox(gamma_data)
    assert fit_box_cox(gamma_data) == pytest.approx(scipy_lam, abs=1e-4)
    assert round(fit_box_cox(gamma_data), 3) == 0.316
    assert box_cox_log_likelihood(0.0, gamma_data) == pytest.approx(
        stats.boxcox_llf(0.0, gamma_data), rel=1e-9, abs=1e-6)


def test_lognormal_gets_lambda_near_zero():
    x = np.random.default_rng(1).lognormal(0.0, 0.7, size=20_000)
    assert abs(fit_box_cox(x)) < 0.05


def test_transforms_remove_skew(gamma_data):
    assert stats.skew(gamma_data) > 1.0
    assert stats.skew(np.log(gamma_data)) < -0.5  # the log over-corrects a gamma
    assert abs(stats.skew(box_cox(gamma_data, fit_box_cox(gamma_data)))) < 0.05
    scores = rank_inverse_normal(gamma_data)
    assert abs(stats.skew(scores)) < 0.01
    assert stats.kstest(scores, "norm").pvalue > 0.5
    np.testing.assert_array_equal(np.argsort(scores), np.argsort(gamma_data))  # order is kept
    pit = stats.norm.ppf(stats.gamma(2.0).cdf(gamma_data))
    assert stats.kstest(pit, "norm").pvalue > 0.01  # exactly N(0, 1) in distribution
