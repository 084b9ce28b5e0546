"""Primes timing snippet: the tested functions on the right sizes, on a fake clock."""

from snippets.coding import math_numbers, math_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.sieve is math_numbers.sieve
    assert scaling.primes_by_trial is math_numbers.primes_by_trial


def test_main_lists_the_primes_up_to_each_size(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["trial division", "sieve of Eratosthenes"]
    n = scaling.SIZES[0]
    primes = [p for p in range(2, n + 1)
              if all(p % d for d in range(2, int(p**0.5) + 1))]
    assert [series.answer() for series in timed.values()] == [primes, primes]
