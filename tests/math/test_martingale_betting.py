"""Doubling strategy: +1 always with unlimited money; E[profit] = 1 - (2q)^m with m affordable bets."""

import numpy as np
import pytest

from snippets.math.martingale_betting import (
    P_ROULETTE, expected_capital_needed, expected_profit, play_finite, play_unlimited,
)

N_SE = 4.0


def test_unlimited_bankroll_always_wins_exactly_one():
    profit, games = play_unlimited(np.random.default_rng(0), P_ROULETTE, 200_000)
    assert np.all(profit == 1.0)
    se = games.std(ddof=1) / np.sqrt(games.size)
    assert abs(games.mean() - 1 / P_ROULETTE) < N_SE * se


def brute_force_expected_profit(p: float, m: int) -> float:
    """Enumerate: win first at bet k (prob q^(k-1) p) -> +1; lose all m -> -(2^m - 1)."""
    q = 1 - p
    return sum(q ** (k - 1) * p * 1.0 for k in range(1, m + 1)) - q**m * (2**m - 1)


@pytest.mark.parametrize("p", [0.3, P_ROULETTE, 0.5, 0.55])
def test_finite_bankroll_formula(p):
    for m in range(1, 16):
        assert expected_profit(p, m) == pytest.approx(brute_force_expected_profit(p, m), abs=1e-9)
    assert expected_profit(0.5, 10) == pytest.approx(0.0)


def test_finite_bankroll_simulation_and_printed_values():
    rng = np.random.default_rng(3)
    for m in (2, 5):
        assert play_finite(rng, P_ROULETTE, m, 200_000).agrees_with(expected_profit(P_ROULETTE, m), N_SE)
    assert round(expected_profit(P_ROULETTE, 5), 4) == -0.1426
    assert round(expected_profit(P_ROULETTE, 10), 4) == -0.3056


def test_expected_capital():
    assert expected_capital_needed(0.55) == pytest.approx(10.0)
    # truncated series E[2^K - 1] grows without bound when p <= 1/2
    assert expected_capital_needed(0.5) == float("inf")
    p, q = 0.6, 0.4
    series = sum(p * q ** (k - 1) * (2**k - 1) for k in range(1, 200))
    assert expected_capital_needed(p) == pytest.approx(series)
