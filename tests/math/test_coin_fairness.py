"""The coin-fairness numbers agree with scipy.stats.binomtest, scipy's Beta, and simulation."""

import numpy as np
import pytest
from scipy import stats
from scipy.integrate import quad

from snippets.math.coin_fairness import (
    bayes_factor_fair, beta_posterior, binomial_pmf, exact_binomial_p_value,
)


@pytest.mark.parametrize("heads,n", [(10, 15), (10, 10), (3, 20), (7, 12), (0, 5), (50, 90)])
@pytest.mark.parametrize("alternative", ["two-sided", "greater", "less"])
def test_p_value_matches_scipy_binomtest(heads, n, alternative):
    expected = stats.binomtest(heads, n, 0.5, alternative=alternative).pvalue
    assert exact_binomial_p_value(heads, n, alternative=alternative) == pytest.approx(expected)


def test_p_value_for_unfair_null_matches_scipy():
    assert exact_binomial_p_value(9, 20, p=0.3) == pytest.approx(stats.binomtest(9, 20, 0.3).pvalue)


def test_syllabus_numbers():
    assert round(exact_binomial_p_value(10, 15), 4) == 0.3018
    assert round(exact_binomial_p_value(10, 15, alternative="greater"), 4) == 0.1509
    assert round(exact_binomial_p_value(10, 10), 5) == 0.00195
    posterior = beta_posterior(10, 15)
    assert round(posterior.mean(), 4) == round(11 / 17, 4) == 0.6471
    assert round(posterior.sf(0.5), 4) == 0.8949
    assert [round(v, 4) for v in posterior.ppf([0.025, 0.975])] == [0.4134, 0.8480]


def test_p_value_by_simulation():
    # Fraction of fair-coin experiments at least as extreme (|heads - 7.5| >= 2.5).
    heads = np.random.default_rng(0).binomial(15, 0.5, size=400_000)
    assert np.mean(np.abs(heads - 7.5) >= 2.5) == pytest.approx(0.3018, abs=0.003)


def test_bayes_factor_against_numerical_integration():
    marginal, _ = quad(lambda p: float(binomial_pmf(np.array(10), 15, p)), 0, 1)
    assert bayes_factor_fair(10, 15) == pytest.approx(stats.binom.pmf(10, 15, 0.5) / marginal)
    assert round(bayes_factor_fair(10, 15), 4) == 1.4663
    assert round(bayes_factor_fair(10, 10), 4) == 0.0107


def test_posterior_by_simulation():
    # Draw p from the prior, keep those that produce 10 heads in 15: they follow the posterior.
    rng = np.random.default_rng(1)
    p = rng.random(2_000_000)
    kept = p[rng.binomial(15, p) == 10]
    assert np.mean(kept > 0.5) == pytest.approx(0.8949, abs=0.01)


def test_tosses_needed_at_two_thirds_heads():
    needed = next(3 * j for j in range(1, 200) if stats.binomtest(2 * j, 3 * j).pvalue < 0.05)
    assert needed == 42
    assert exact_binomial_p_value(26, 39) >= 0.05 > exact_binomial_p_value(28, 42)
