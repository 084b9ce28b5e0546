"""Primes timing snippet: the tested functions on the right sizes."""

from snippets.coding import math_numbers, math_scaling as scaling
from tests.coding.fake_timing import record_measurements


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.sieve is math_numbers.sieve
    assert scaling.primes_by_trial is math_numbers.primes_by_trial


def test_time_both_runs_each_function_on_each_size(monkeypatch):
    calls = record_measurements(monkeypatch, scaling)
    series = scaling.time_both([100, 200])
    assert calls == [(scaling.primes_by_trial, [100, 200]), (scaling.sieve, [100, 200])]
    assert list(series) == ["trial division", "sieve of Eratosthenes"]
