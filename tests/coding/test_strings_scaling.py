"""Substring-search timing snippet: tested functions, a real worst case, no clock."""

from snippets.coding import strings_scaling as scaling, strings_search
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.naive_find is strings_search.naive_find
    assert scaling.kmp_find is strings_search.kmp_find


def test_the_bad_case_has_no_match_and_a_long_pattern():
    text, pattern = scaling.worst_case(400)
    assert len(text) == 400 and len(pattern) == 100
    assert strings_search.naive_find(text, pattern) == -1 == text.find(pattern)


def test_main_searches_the_bad_case_of_each_size(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["naive scan", "KMP"]
    assert all(series.make_input is scaling.worst_case for series in timed.values())
    assert [series.answer(1) for series in timed.values()] == [-1, -1]
