"""p-value simulations agree with scipy's t-test, the noncentral-t power and closed forms."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.p_value_simulation import (
    false_positive_share, family_wise_error, one_sample_t_p_values, peeking_false_positive_rate, t_test_power,
)


def test_vectorized_t_test_matches_scipy():
    samples = np.random.default_rng(0).normal(0.2, 1.0, size=(50, 12))
    np.testing.assert_allclose(one_sample_t_p_values(samples),
                               stats.ttest_1samp(samples, 0.0, axis=1).pvalue, rtol=1e-10)


def test_null_p_values_are_uniform():
    p = one_sample_t_p_values(np.random.default_rng(1).normal(size=(20_000, 20)))
    for q in (0.01, 0.05, 0.25, 0.5, 0.9):  # standard error <= 0.0036
        assert np.mean(p < q) == pytest.approx(q, abs=0.012)
    assert stats.kstest(p, "uniform").pvalue > 0.001


def test_power_matches_simulation():
    exact = t_test_power(0.5, 20)
    assert round(exact, 4) == 0.5645
    p = one_sample_t_p_values(np.random.default_rng(2).normal(0.5, 1.0, size=(20_000, 20)))
    assert np.mean(p < 0.05) == pytest.approx(exact, abs=0.012)
    assert t_test_power(0.0, 20) == pytest.approx(0.05)


def test_family_wise_error():
    assert round(family_wise_error(20), 4) == 0.6415
    hits = np.random.default_rng(3).random((20_000, 20)) < 0.05
    assert np.mean(hits.any(axis=1)) == pytest.approx(family_wise_error(20), abs=0.012)


def test_single_look_keeps_alpha_and_peeking_inflates_it():
    rng = np.random.default_rng(4)
    assert peeking_false_positive_rate(rng, np.array([200]), 40_000) == pytest.approx(0.05, abs=0.005)
    rate = peeking_false_positive_rate(rng, np.arange(10, 201, 10), 20_000)
    assert rate == pytest.approx(0.2516, abs=0.015)  # seed-to-seed spread about 0.003


def test_tiny_effect_large_n():
    assert round(2 * stats.norm.sf(0.003 * np.sqrt(1_000_000)), 4) == 0.0027


def test_false_positive_share_by_simulation():
    assert f"{false_positive_share(0.1, 0.05, 0.8):.1%}" == "36.0%"
    rng = np.random.default_rng(5)
    real = rng.random(400_000) < 0.1
    significant = np.where(real, rng.random(400_000) < 0.8, rng.random(400_000) < 0.05)
    assert np.mean(~real[significant]) == pytest.approx(false_positive_share(0.1, 0.05, 0.8), abs=0.01)
