"""Confidence intervals agree with scipy.stats intervals; coverage and replication odds agree
with their closed forms in a seeded simulation."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.confidence_intervals import (
    replication_probability, simulate_intervals, simulate_replication, t_interval, z_interval,
)


def test_puppy_interval_matches_scipy():
    lo, hi = z_interval(1.0, 0.12, 100)
    ref = stats.norm.interval(0.95, loc=1.0, scale=0.12 / 10)
    assert (lo, hi) == pytest.approx(ref)
    assert (round(lo, 4), round(hi, 4)) == (0.9765, 1.0235)


def test_t_interval_matches_scipy():
    lo, hi = t_interval(1.0, 0.12, 100)
    assert (lo, hi) == pytest.approx(stats.t.interval(0.95, df=99, loc=1.0, scale=0.012))
    assert (round(lo, 4), round(hi, 4)) == (0.9762, 1.0238)
    assert round(stats.t.ppf(0.975, 99), 4) == 1.9842  # the quantile the page quotes


def test_coverage_is_nominal():
    # 20,000 intervals: the coverage has standard error sqrt(0.95 * 0.05 / 20000) = 0.0015.
    lo, hi = simulate_intervals(np.random.default_rng(3), 1.0, 0.12, 100, 20_000)
    assert np.mean((lo <= 1.0) & (hi >= 1.0)) == pytest.approx(0.95, abs=0.005)


def test_coverage_holds_for_small_samples_too():
    lo, hi = simulate_intervals(np.random.default_rng(4), 5.0, 2.0, 5, 20_000, level=0.9)
    assert np.mean((lo <= 5.0) & (hi >= 5.0)) == pytest.approx(0.90, abs=0.007)


def test_replication_probability():
    p = replication_probability()
    assert round(p, 4) == 0.8342
    # standard error sqrt(0.83 * 0.17 / 200000) < 0.001
    assert simulate_replication(np.random.default_rng(0), 0.12, 100, 200_000) == pytest.approx(p, abs=0.003)
