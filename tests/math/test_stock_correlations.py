"""Chance correlations: the t-distribution tail agrees with brute-force counting in a seeded
simulation, the blocked counter with np.corrcoef, BH with scipy.stats.false_discovery_control."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.stock_correlations import (
    SEED, benjamini_hochberg, corr_threshold, count_pairs_above, expected_chance_pairs, log_returns,
    prob_abs_corr_above,
)


def test_tail_probability_matches_pearsonr():
    x, y = np.random.default_rng(0).normal(size=(2, 23))
    r, p = stats.pearsonr(x, y)
    assert prob_abs_corr_above(abs(r), 23) == pytest.approx(p)


def test_page_numbers():
    pairs = 10_000 * 9_999 // 2
    assert pairs == 49_995_000
    p = prob_abs_corr_above(0.8, 23)  # 24 monthly prices give 23 returns
    assert f"{p:.2e}" == "4.61e-06"
    assert round(pairs * p, 1) == 230.5
    assert round(corr_threshold(0.05 / pairs, 23), 4) == 0.9149


def test_page_setup_24_prices_means_23_returns():
    months, expected = expected_chance_pairs(10_000, 24, 0.8)
    assert months == 23
    assert round(expected, 1) == 230.5  # 135.3 if the 24 prices were correlated as 24 returns


def test_24_prices_give_23_returns_and_the_count_follows_23_points():
    # Correlating returns computed from 24 prices: the chance count must match the closed
    # form for 23 points (the n = 24 formula is 22% lower, far outside the 5% tolerance).
    rng = np.random.default_rng(7)
    steps = rng.normal(0.0, 0.05, size=(3000, 23))
    prices = 100 * np.exp(np.concatenate([np.zeros((3000, 1)), steps.cumsum(axis=1)], axis=1))
    assert prices.shape[1] == 24
    returns = log_returns(prices)
    assert returns.shape == (3000, 23)
    np.testing.assert_allclose(returns, steps, atol=1e-12)
    pairs = 3000 * 2999 // 2
    count = count_pairs_above(returns, 0.6)
    assert count == pytest.approx(pairs * prob_abs_corr_above(0.6, 23), rel=0.05)
    assert count != pytest.approx(pairs * prob_abs_corr_above(0.6, 24), rel=0.1)


def test_threshold_inverts_tail():
    for alpha in (0.05, 1e-3, 1e-9):
        assert prob_abs_corr_above(corr_threshold(alpha, 24), 24) == pytest.approx(alpha, rel=1e-6)


def test_blocked_count_matches_corrcoef():
    x = np.random.default_rng(1).normal(size=(300, 24))
    corr = np.corrcoef(x)
    iu = np.triu_indices(300, k=1)
    assert count_pairs_above(x, 0.4, block=70) == int(np.sum(np.abs(corr[iu]) > 0.4))


def test_chance_count_matches_closed_form():
    # 3,000 independent series: 4,498,500 pairs; expected count above 0.6 is in the thousands,
    # so the Poisson-like noise is about 1%.
    x = np.random.default_rng(2).normal(size=(3000, 24))
    pairs = 3000 * 2999 // 2
    expected = pairs * prob_abs_corr_above(0.6, 24)
    assert count_pairs_above(x, 0.6) == pytest.approx(expected, rel=0.05)


def test_random_walks_correlate_far_more_than_returns():
    steps = np.random.default_rng(3).normal(size=(800, 24))
    walks = np.cumsum(steps, axis=1)
    pairs = 800 * 799 // 2
    assert count_pairs_above(walks, 0.8) / pairs > 0.05
    assert count_pairs_above(steps, 0.8) / pairs < 1e-4


def test_benjamini_hochberg_matches_scipy():
    rng = np.random.default_rng(4)
    p = np.concatenate([rng.random(900), rng.random(100) * 1e-4])
    adjusted = stats.false_discovery_control(p)
    np.testing.assert_array_equal(benjamini_hochberg(p, 0.05), adjusted <= 0.05)
    assert benjamini_hochberg(rng.random(10_000), 0.05).sum() <= 2


def test_page_simulation_numbers_agree_with_closed_forms():
    # The page's seeded run (same draws as main): 10,000 random walks of 24 prices, 23 returns.
    rng = np.random.default_rng(SEED)
    steps = rng.normal(0.0, 0.05, size=(10_000, 23))
    log_prices = np.concatenate([np.zeros((10_000, 1)), steps.cumsum(axis=1)], axis=1)
    prices = 100 * np.exp(log_prices)
    returns = log_returns(prices)
    # 49,995,000 pairs: expected 230.5 above 0.8, Poisson sd 15.2; the printed count is 220.
    _, expected = expected_chance_pairs(10_000, 24, 0.8)
    hits = count_pairs_above(returns, 0.8)
    assert hits == 220
    assert hits == pytest.approx(expected, abs=4 * np.sqrt(expected))
    share = count_pairs_above(prices[:2000], 0.8) / (2000 * 1999 // 2)
    assert f"{share:.2%}" == "8.05%"
    # A million null t statistics with 21 df: about 5% raw hits, no BH discoveries.
    t = rng.standard_t(21, size=1_000_000)
    p = 2 * stats.t.sf(np.abs(t), 21)
    raw = int(np.sum(p < 0.05))
    assert raw == 50_378
    assert raw == pytest.approx(50_000, abs=4 * np.sqrt(1e6 * 0.05 * 0.95))
    assert benjamini_hochberg(p, 0.05).sum() == 0  # FDR control: P(any discovery) <= 0.05
