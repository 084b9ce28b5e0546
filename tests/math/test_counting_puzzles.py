"""Counting puzzles: closed forms equal exact references; seeded simulations agree within 4 SE."""

from fractions import Fraction
from math import comb

import numpy as np
import pytest
from scipy import stats

from snippets.math.counting_puzzles import (
    crash_rate_interval, others_needed, p_crash_within, p_any_shared_birthday, p_match, p_someone_shares_my_birthday,
    p_streak, p_streak_bayes, simulate_birthday, simulate_crash, simulate_match, simulate_streak,
)

N_SE = 4.0


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(99)


def test_crash_next_month(rng):
    exact = p_crash_within(1)
    assert exact == pytest.approx(1 - stats.poisson.pmf(0, 5 / 12))
    assert round(exact, 4) == 0.3408
    assert simulate_crash(rng, 100_000).agrees_with(exact, N_SE)
    # a daily Bernoulli model gives nearly the same answer
    assert 1 - (1 - 5 / 365) ** (365 / 12) == pytest.approx(exact, abs=0.003)


def test_crash_in_a_given_second_is_rate_times_length():
    per_second = 5 / (365 * 24 * 3600)
    assert f"{per_second:.3e}" == "1.585e-07"
    assert 1 - np.exp(-per_second) == pytest.approx(per_second, rel=1e-6)  # P(>=1 event) ~ lambda dt
    assert p_crash_within(1e-12) == pytest.approx(0.0, abs=1e-11)  # an instant has probability 0


def test_crash_rate_interval_is_the_exact_poisson_interval():
    low, high = crash_rate_interval()
    assert (round(low, 2), round(high, 2)) == (1.62, 11.67)
    # Garwood interval: the tails at the ends are exactly 2.5%
    assert stats.poisson.sf(4, low) == pytest.approx(0.025, rel=1e-6)
    assert stats.poisson.cdf(5, high) == pytest.approx(0.025, rel=1e-6)


def test_prediction_streak(rng):
    assert p_streak() == Fraction(9, 10) ** 20
    assert round(float(p_streak()), 4) == 0.1216
    assert simulate_streak(rng, 100_000).agrees_with(float(p_streak()), N_SE)
    posterior = stats.beta(91, 11)
    assert p_streak_bayes() == pytest.approx(posterior.moment(20), rel=1e-9)
    assert simulate_streak(rng, 100_000, bayes=True).agrees_with(p_streak_bayes(), N_SE)


def test_dating_site_match(rng):
    exact = p_match()
    assert float(exact) == pytest.approx(stats.hypergeom(50, 10, 10).sf(4), rel=1e-12)
    assert exact == Fraction(sum(comb(10, s) * comb(40, 10 - s) for s in range(5, 11)), comb(50, 10))
    assert simulate_match(rng, 50_000).agrees_with(float(exact), N_SE)


def test_birthday_with_you(rng):
    assert others_needed() == 253
    assert p_someone_shares_my_birthday(253) > 0.5 > p_someone_shares_my_birthday(252)
    assert simulate_birthday(rng, 253, 20_000).agrees_with(p_someone_shares_my_birthday(253), N_SE)


def test_classic_birthday_problem_needs_23_people():
    first = next(n for n in range(2, 366) if p_any_shared_birthday(n) > 0.5)
    assert first == 23 and comb(23, 2) == 253
    rng = np.random.default_rng(5)
    days = rng.integers(0, 365, size=(20_000, 23))
    days.sort(axis=1)
    shared = (np.diff(days, axis=1) == 0).any(axis=1)
    se = np.sqrt(0.5 * 0.5 / len(shared))
    assert abs(shared.mean() - p_any_shared_birthday(23)) < 4 * se
    assert round(365 * np.log(2)) == 253
