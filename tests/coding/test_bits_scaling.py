"""Popcount timing snippet: the tested functions on the right sizes."""

from snippets.coding import bits, bits_scaling as scaling
from tests.coding.fake_timing import record_measurements


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.count_bits is bits.count_bits
    assert scaling.count_bits_one_by_one is bits.count_bits_one_by_one


def test_time_both_runs_each_function_on_each_size(monkeypatch):
    calls = record_measurements(monkeypatch, scaling)
    series = scaling.time_both([8, 16])
    assert calls == [(scaling.count_bits_one_by_one, [8, 16]),
                     (scaling.count_bits, [8, 16])]
    assert list(series) == ["Kernighan per number", "ones[i >> 1] + (i & 1)"]
