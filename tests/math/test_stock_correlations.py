"""Chance correlations: the t-distribution tail agrees with brute-force counting in a seeded
simulation, the blocked counter with np.corrcoef, BH with scipy.stats.false_discovery_control."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.stock_correlations import (
    benjamini_hochberg, corr_threshold, count_pairs_above, prob_abs_corr_above,
)


def test_tail_probability_matches_pearsonr():
    x, y = np.random.default_rng(0).normal(size=(2, 24))
    r, p = stats.pearsonr(x, y)
    assert prob_abs_corr_above(abs(r), 24) == pytest.approx(p)


def test_syllabus_numbers():
    pairs = 10_000 * 9_999 // 2
    assert pairs == 49_995_000
    p = prob_abs_corr_above(0.8, 24)
    assert f"{p:.2e}" == "2.71e-06"
    assert round(pairs * p, 1) == 135.3
    assert round(corr_threshold(0.05 / pairs, 24), 4) == 0.9070


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


def test_a_million_null_pairs_give_about_50000_raw_hits_and_no_bh_discoveries():
    t = np.random.default_rng(5).standard_t(22, size=1_000_000)
    p = 2 * stats.t.sf(np.abs(t), 22)
    assert np.sum(p < 0.05) == pytest.approx(50_000, abs=4 * np.sqrt(1e6 * 0.05 * 0.95))
    assert benjamini_hochberg(p, 0.05).sum() <= 2  # FDR control: P(any discovery) <= 0.05


def test_full_scale_count_matches_closed_form():
    # 10,000 series, 49,995,000 pairs: expected 135.3 above 0.8, Poisson sd about 11.6.
    x = np.random.default_rng(6).normal(size=(10_000, 24))
    expected = 49_995_000 * prob_abs_corr_above(0.8, 24)
    assert count_pairs_above(x, 0.8) == pytest.approx(expected, abs=4 * np.sqrt(expected))
