"""Popcount timing snippet: the tested functions on the right sizes, on a fake clock."""

from snippets.coding import bits, bits_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.count_bits is bits.count_bits
    assert scaling.count_bits_one_by_one is bits.count_bits_one_by_one


def test_main_fills_the_popcount_table_of_each_size(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["Kernighan per number", "ones[i >> 1] + (i & 1)"]
    n = scaling.SIZES[0]
    expected = [bin(i).count("1") for i in range(n + 1)]
    assert [series.answer() for series in timed.values()] == [expected, expected]
    solves = [series.solve for series in timed.values()]
    assert solves == [bits.count_bits_one_by_one, bits.count_bits]
