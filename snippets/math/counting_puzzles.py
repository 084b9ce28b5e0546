"""Counting and rate puzzles: crashes, a streak of correct predictions, shared adjectives, your birthday.

Used by docs/math/counting-puzzles.md.
"""

from __future__ import annotations

from fractions import Fraction
from math import comb, exp

import numpy as np
from scipy import stats

from snippets._shared.montecarlo import Estimate, estimate

SEED = 31
N_TRIALS = 200_000


# --8<-- [start:exact]
def p_crash_within(months: float, crashes_per_year: float = 5.0) -> float:
    """Poisson process: P(at least one crash in `months`) = 1 - exp(-rate * time)."""
    return 1.0 - exp(-crashes_per_year * months / 12.0)


def crash_rate_interval(crashes: int = 5, level: float = 0.95) -> tuple[float, float]:
    """Exact (Garwood) confidence interval for a Poisson rate after `crashes` events in one year."""
    alpha = 1.0 - level
    low = stats.chi2.ppf(alpha / 2, 2 * crashes) / 2 if crashes else 0.0
    high = stats.chi2.ppf(1 - alpha / 2, 2 * crashes + 2) / 2
    return float(low), float(high)


def p_streak(k: int = 20, accuracy: Fraction = Fraction(9, 10)) -> Fraction:
    """P(next k predictions all correct) when each is right with probability `accuracy`."""
    return accuracy**k


def p_streak_bayes(k: int = 20, right: int = 90, wrong: int = 10) -> float:
    """Same, averaging accuracy over its Beta(1 + right, 1 + wrong) posterior: E[p^k]."""
    a, b = 1 + right, 1 + wrong
    return float(np.prod([(a + i) / (a + b + i) for i in range(k)]))


def p_match(n_words: int = 50, n_pick: int = 10, at_least: int = 5) -> Fraction:
    """P(two random picks of n_pick out of n_words share >= at_least): a hypergeometric tail."""
    hits = sum(comb(n_pick, s) * comb(n_words - n_pick, n_pick - s) for s in range(at_least, n_pick + 1))
    return Fraction(hits, comb(n_words, n_pick))


def p_someone_shares_my_birthday(others: int, days: int = 365) -> float:
    return 1.0 - ((days - 1) / days) ** others


def p_any_shared_birthday(people: int, days: int = 365) -> float:
    """The classic birthday problem: P(some pair among `people` shares a birthday)."""
    return 1.0 - float(np.prod((days - np.arange(people)) / days))


def others_needed(target: float = 0.5, days: int = 365) -> int:
    """Smallest number of other people for P(someone shares my birthday) > target."""
    n = 1
    while p_someone_shares_my_birthday(n, days) <= target:
        n += 1
    return n
# --8<-- [end:exact]


# --8<-- [start:simulate]
def simulate_crash(rng: np.random.Generator, n: int = N_TRIALS) -> Estimate:
    """Exponential waiting time to the next crash (rate 5 per year) falls inside one month."""
    return estimate(rng.exponential(scale=1 / 5, size=n) < 1 / 12)


def simulate_streak(rng: np.random.Generator, n: int = N_TRIALS, bayes: bool = False) -> Estimate:
    accuracy = rng.beta(91, 11, size=(n, 1)) if bayes else 0.9
    return estimate((rng.random((n, 20)) < accuracy).all(axis=1))


def simulate_match(rng: np.random.Generator, n: int = N_TRIALS) -> Estimate:
    """Jack's adjectives are 0..9 (by symmetry); Jin takes 10 of 50 uniformly without replacement."""
    jin = np.argsort(rng.random((n, 50)), axis=1)[:, :10]
    return estimate((jin < 10).sum(axis=1) >= 5)


def simulate_birthday(rng: np.random.Generator, others: int, n: int = N_TRIALS) -> Estimate:
    """My birthday is day 0; do any of `others` uniform birthdays hit it?"""
    return estimate((rng.integers(0, 365, size=(n, others), dtype=np.int16) == 0).any(axis=1))
# --8<-- [end:simulate]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    crash = simulate_crash(rng)
    print(f"P(crash within a month)      exact {p_crash_within(1):.4f}  sim {crash.mean:.4f}")
    low, high = crash_rate_interval()
    print(f"95% interval for crashes/year after seeing 5: [{low:.2f}, {high:.2f}]")
    print(f"  -> P(crash in a month) from {p_crash_within(1, low):.3f} to {p_crash_within(1, high):.3f}")
    print(f"P(crash in a given second)   {5 / (365 * 24 * 3600):.3e}")
    print(f"P(20 correct), p = 0.9       exact {float(p_streak()):.4f}"
          f"  sim {simulate_streak(rng).mean:.4f}")
    print(f"P(20 correct), p ~ posterior exact {p_streak_bayes():.4f}"
          f"  sim {simulate_streak(rng, bayes=True).mean:.4f}")
    print(f"P(20 correct), p = posterior mean 91/102: {float(p_streak(accuracy=Fraction(91, 102))):.4f}")
    match = p_match()
    print(f"P(share >= 5 of 10 adjectives) exact {match} = {float(match):.5f}"
          f"  sim {simulate_match(rng).mean:.5f}")
    k = others_needed()
    print(f"others needed: {k} (P = {p_someone_shares_my_birthday(k):.4f}; with {k - 1}:"
          f" {p_someone_shares_my_birthday(k - 1):.4f}); class size including you: {k + 1}")
    print(f"sim P(someone of {k} shares my birthday) {simulate_birthday(rng, k).mean:.4f}")
    print(f"approximation 365 ln 2 = {365 * np.log(2):.1f}")
    classic = next(n for n in range(2, 366) if p_any_shared_birthday(n) > 0.5)
    print(f"any pair shares a birthday: {classic} people suffice"
          f" (P = {p_any_shared_birthday(classic):.4f}, {comb(classic, 2)} pairs)")
    print(f"expected adjective overlap: {10 * 10 / 50:.1f}; relative error of a count of 5:"
          f" {1 / np.sqrt(5):.2f}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
