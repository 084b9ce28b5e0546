"""The binary-search scaling snippet times both checked searches; no clock is read."""

from bisect import bisect_left

from snippets.coding import binary_search, binary_search_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_main_times_both_searches_on_the_same_queries(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["binary search", "linear scan"]
    a, queries = scaling.make_input(scaling.SIZES[0])
    expected = [bisect_left(a, x) for x in queries]
    assert [series.answer() for series in timed.values()] == [expected, expected]


def test_it_times_the_checked_functions_on_sorted_inputs():
    assert scaling.lower_bound is binary_search.lower_bound
    assert scaling.lower_bound_linear is binary_search.lower_bound_linear
    a, queries = scaling.make_input(1000)
    assert a == sorted(a) and len(a) == 1000 and len(queries) == scaling.QUERIES
