"""A/B sample sizes give the promised power in a seeded simulation; the z-test agrees with
scipy's chi-square test on the 2x2 table."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.ab_test_sizing import (
    sample_ratio_mismatch_p, sample_size_per_group, simulated_rejection_rate, two_proportion_z,
)


def normal_power(p1, p2, n, alpha=0.05):
    """Power of the two-sided pooled z-test from the normal approximation (ignores the far tail)."""
    p_bar = (p1 + p2) / 2
    numerator = abs(p2 - p1) * np.sqrt(n) - stats.norm.isf(alpha / 2) * np.sqrt(2 * p_bar * (1 - p_bar))
    return stats.norm.cdf(numerator / np.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))


def test_page_numbers():
    assert sample_size_per_group(0.05, 0.055) == 31_234
    assert sample_size_per_group(0.05, 0.055, two_sided=False) == 24_603
    assert sample_size_per_group(0.05, 0.0525) == 122_124
    assert round(sample_size_per_group(0.01, 0.011) / 31_234, 1) == 5.2
    assert round(sample_ratio_mismatch_p(50_000, 51_000), 4) == 0.0017


@pytest.mark.parametrize("p1,p2", [(0.05, 0.055), (0.2, 0.22), (0.01, 0.013)])
def test_sample_size_inverts_the_power_function(p1, p2):
    n = sample_size_per_group(p1, p2)
    assert normal_power(p1, p2, n) == pytest.approx(0.8, abs=1e-3)
    assert normal_power(p1, p2, n - 1) < 0.8 <= normal_power(p1, p2, n) + 1e-12


def test_simulated_power_and_size():
    rng = np.random.default_rng(21)
    n = sample_size_per_group(0.05, 0.055)
    # 20,000 experiments: standard error of a rate near 0.8 is 0.003, near 0.05 is 0.0015.
    assert simulated_rejection_rate(rng, 0.05, 0.055, n, 20_000) == pytest.approx(0.80, abs=0.012)
    assert simulated_rejection_rate(rng, 0.05, 0.05, n, 20_000) == pytest.approx(0.05, abs=0.006)
    n_one = sample_size_per_group(0.05, 0.055, two_sided=False)
    assert simulated_rejection_rate(rng, 0.05, 0.055, n_one, 20_000, two_sided=False) == pytest.approx(0.80, abs=0.012)


def test_z_squared_is_the_chi_square_statistic():
    clicks_a, clicks_b, n = 1520, 1700, 31_234
    z = two_proportion_z(np.array(clicks_a), np.array(clicks_b), n)
    table = np.array([[clicks_a, n - clicks_a], [clicks_b, n - clicks_b]])
    uncorrected = stats.chi2_contingency(table, correction=False)
    assert z**2 == pytest.approx(uncorrected.statistic)
    assert 2 * stats.norm.sf(abs(z)) == pytest.approx(uncorrected.pvalue)
    # The default applies Yates' continuity correction to 2x2 tables: z^2 = chi^2 then fails.
    yates = stats.chi2_contingency(table)
    assert yates.statistic < z**2 and z**2 != pytest.approx(yates.statistic, rel=1e-3)


def test_halving_the_effect_roughly_quadruples_n():
    ratio = sample_size_per_group(0.05, 0.0525) / sample_size_per_group(0.05, 0.055)
    assert ratio == pytest.approx(4.0, rel=0.03)
