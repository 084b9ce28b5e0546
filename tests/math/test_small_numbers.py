"""Law of small numbers: with one true rate, the extreme observed rates all come from small counties."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.small_numbers import SEED, TRUE_RATE, extremes, rate_sd, simulate_counties


def test_rate_sd_matches_binomial():
    n = np.array([1_000, 5_000, 250_000])
    np.testing.assert_allclose(rate_sd(n), stats.binom(n, TRUE_RATE).std() / n)


@pytest.mark.parametrize("seed", [SEED, 0, 1, 2, 4])
def test_extremes_are_small_counties(seed):
    population, observed = simulate_counties(np.random.default_rng(seed))
    low, high = extremes(population, observed)
    assert (population[low] < 5_000).all()
    assert (population[high] < 5_000).all()
    assert (observed[low] < TRUE_RATE).all() and (observed[high] > TRUE_RATE).all()


def test_spread_follows_binomial_theory():
    population, observed = simulate_counties(np.random.default_rng(SEED))
    for lo, hi in ((1_000, 5_000), (100_000, 1_000_001)):
        group = (population >= lo) & (population < hi)
        theory = np.sqrt(np.mean(rate_sd(population[group]) ** 2))
        assert observed[group].std() == pytest.approx(theory, rel=0.12)
        assert observed[group].mean() == pytest.approx(TRUE_RATE, abs=4 * theory / np.sqrt(group.sum()))


def test_printed_extremes():
    population, observed = simulate_counties(np.random.default_rng(SEED))
    low, high = extremes(population, observed)
    assert population[low].tolist() == [2026, 2016, 1916]
    assert np.round(observed[high] * 1e4, 1).tolist() == [61.2, 59.9, 58.4]


def test_printed_noise_levels():
    assert round(float(rate_sd(np.array(1_000))) * 1e4, 1) == 14.1
    assert round(float(rate_sd(np.array(1_000_000))) * 1e4, 2) == 0.45
