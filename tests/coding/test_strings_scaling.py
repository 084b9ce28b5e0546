"""Substring-search timing snippet: tested functions, a real worst case, no clock."""

from snippets.coding import strings_scaling as scaling, strings_search
from tests.coding.fake_timing import record_measurements


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.naive_find is strings_search.naive_find
    assert scaling.kmp_find is strings_search.kmp_find


def test_the_bad_case_has_no_match_and_a_long_pattern():
    text, pattern = scaling.worst_case(400)
    assert len(text) == 400 and len(pattern) == 100
    assert strings_search.naive_find(text, pattern) == -1 == text.find(pattern)


def test_time_both_searches_the_bad_case_of_each_size(monkeypatch):
    calls = record_measurements(monkeypatch, scaling)
    series = scaling.time_both([40, 80])
    expected = [scaling.worst_case(40), scaling.worst_case(80)]
    assert [inputs for _, inputs in calls] == [expected, expected]
    assert [solve(expected[1]) for solve, _ in calls] == [-1, -1]
    assert list(series) == ["naive scan", "KMP"]
