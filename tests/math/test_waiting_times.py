"""Waiting times: geometric mean 1/p and pattern waiting times agree with known values and simulation."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.waiting_times import (
    expected_days_above, expected_flips, geometric_summary, simulate_days_above, simulate_flips,
)

N_SE = 4.0


def test_days_until_draw_above_half():
    exact = expected_days_above(0.5)
    assert exact == pytest.approx(1 / (1 - stats.norm.cdf(0.5)))
    assert round(exact, 4) == 3.2411
    assert stats.geom(stats.norm.sf(0.5)).mean() == pytest.approx(exact)
    sim = simulate_days_above(np.random.default_rng(1), 0.5, n=50_000)
    assert sim.agrees_with(exact, N_SE)


@pytest.mark.parametrize("pattern, known", [("H", 2), ("HH", 6), ("HT", 4), ("HHH", 14), ("HTH", 10),
                                            ("HHHH", 30)])
def test_pattern_waiting_times_match_closed_forms(pattern, known):
    # Conway's rule for a fair coin: sum of 2^k over every k where the length-k prefix equals the suffix
    conway = sum(2**k for k in range(1, len(pattern) + 1) if pattern[:k] == pattern[-k:])
    assert conway == known
    assert expected_flips(pattern) == pytest.approx(known)


def test_run_of_heads_general_formula():
    for k in range(1, 8):
        assert expected_flips("H" * k) == pytest.approx(2 ** (k + 1) - 2)
    # biased coin: E[flips to HH] = (1 + p) / p^2
    for p in (0.3, 0.6):
        assert expected_flips("HH", p) == pytest.approx((1 + p) / p**2)


@pytest.mark.parametrize("pattern", ["HH", "HT", "HHH"])
def test_simulation_agrees(pattern):
    sim = simulate_flips(np.random.default_rng(len(pattern)), pattern, n=40_000, horizon=300)
    assert sim.agrees_with(expected_flips(pattern), N_SE)


def test_die_summary_matches_scipy_geometric():
    mean, var, sd = geometric_summary(1 / 6)
    reference = stats.geom(1 / 6)
    assert (mean, var) == (pytest.approx(reference.mean()), pytest.approx(reference.var()))
    assert (round(mean), round(var), round(sd, 2)) == (6, 30, 5.48)
    assert reference.sf(10) == pytest.approx((5 / 6) ** 10)
    assert round((5 / 6) ** 10, 4) == 0.1615
