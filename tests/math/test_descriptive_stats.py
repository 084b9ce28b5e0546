"""Descriptive statistics agree with NumPy/SciPy; z-score answers agree with scipy.stats.norm."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.descriptive_stats import (
    describe, lognormal_tails_at_z_cutoffs, moments, normal_quantile_cutoff, outlier_effect, z_score,
)


def test_the_syllabus_array():
    data = np.array([1, 5, 3, 2, 4, 4])
    result = describe(data)
    assert result["mean"] == pytest.approx(19 / 6)
    assert result["median"] == pytest.approx(3.5)
    assert result["population variance"] == pytest.approx(np.var(data, ddof=0))
    assert result["sample variance"] == pytest.approx(np.var(data, ddof=1))
    assert result["population variance"] == pytest.approx(1.8056, abs=5e-5)
    assert result["sample variance"] == pytest.approx(2.1667, abs=5e-5)
    assert result["population std"] == pytest.approx(1.3437, abs=5e-5)
    assert result["sample std"] == pytest.approx(1.4720, abs=5e-5)
    assert ((data - data.mean()) ** 2).sum() == pytest.approx(10.8333, abs=5e-5)


@pytest.mark.parametrize("n", [1, 2, 7, 10])
def test_median_matches_numpy_for_odd_and_even_lengths(n):
    x = np.random.default_rng(n).normal(size=n)
    assert describe(np.r_[x, 0.0] if n == 1 else x)["median"] == pytest.approx(
        np.median(np.r_[x, 0.0] if n == 1 else x))


def test_moments_match_scipy_and_exponential_theory():
    x = np.random.default_rng(0).exponential(size=200_000)
    m = moments(x)
    assert m["third standardized (skewness)"] == pytest.approx(stats.skew(x))
    assert m["fourth standardized - 3 (excess kurtosis)"] == pytest.approx(stats.kurtosis(x))
    # Exponential(1): mean 1, variance 1, skewness 2, excess kurtosis 6 (sampling tolerance).
    assert m["first (mean)"] == pytest.approx(1.0, abs=0.01)
    assert m["second central (variance)"] == pytest.approx(1.0, abs=0.03)
    assert m["third standardized (skewness)"] == pytest.approx(2.0, abs=0.1)
    assert m["fourth standardized - 3 (excess kurtosis)"] == pytest.approx(6.0, abs=0.8)


def test_outlier_moves_mean_not_median():
    before_mean, before_median, after_mean, after_median = outlier_effect(
        np.array([32, 38, 41, 45, 47, 52, 58]), 5000)
    assert (before_mean, before_median) == (pytest.approx(44.714, abs=1e-3), 45.0)
    assert after_mean == pytest.approx((313 + 5000) / 8)
    assert after_median == 46.0


def test_puppy_z_scores():
    assert z_score(1.1, 1.0, 0.12) == pytest.approx(0.8333, abs=5e-5)
    assert stats.norm.cdf(z_score(1.1, 1.0, 0.12)) == pytest.approx(0.7977, abs=5e-5)
    cutoff = normal_quantile_cutoff(1.0, 0.12, 0.10)
    assert cutoff == pytest.approx(1.1538, abs=5e-5)
    assert stats.norm(1.0, 0.12).sf(cutoff) == pytest.approx(0.10)


def test_lognormal_tails_by_simulation():
    upper, lower = lognormal_tails_at_z_cutoffs(0.6, 0.10)
    assert (round(upper, 4), round(lower, 4)) == (0.0935, 0.0026)
    x = np.random.default_rng(1).lognormal(0.0, 0.6, size=400_000)
    mean, std = np.exp(0.18), np.exp(0.18) * np.sqrt(np.exp(0.36) - 1)
    assert np.mean(x > mean + 1.2816 * std) == pytest.approx(upper, abs=0.002)
    assert np.mean(x < mean - 1.2816 * std) == pytest.approx(lower, abs=0.0005)
