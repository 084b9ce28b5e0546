"""Merging and running medians against sorted() and statistics.median of every prefix."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given, strategies as st

from snippets.coding.heaps_streams import RunningMedian, merge_k_sorted, merge_logs, prefix_medians

sorted_lists = st.lists(st.lists(st.integers(-20, 20), max_size=8).map(sorted), max_size=6)
logs = st.lists(st.lists(st.tuples(st.integers(0, 10), st.text("xy", max_size=2)),
                         max_size=6).map(sorted), max_size=5)


@given(sorted_lists)
def test_merge_k_sorted_matches_sorting_everything(lists):
    assert merge_k_sorted(lists) == sorted(x for lst in lists for x in lst)


@given(logs)
def test_merged_logs_are_ordered_by_time_then_server_then_position(server_logs):
    expected = sorted(((t, s, p, m) for s, log in enumerate(server_logs)
                       for p, (t, m) in enumerate(log)), key=lambda e: e[:3])
    merged = list(merge_logs([iter(log) for log in server_logs]))
    assert merged == [(t, s, m) for t, s, _, m in expected]


@given(st.lists(st.integers(-30, 30), min_size=1, max_size=60))
def test_running_median_matches_statistics_median_of_each_prefix(values):
    expected = [statistics.median(values[: i + 1]) for i in range(len(values))]
    assert prefix_medians(values) == expected


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=40))
def test_running_median_of_floats(values):
    expected = [statistics.median(values[: i + 1]) for i in range(len(values))]
    assert prefix_medians(values) == pytest.approx(expected)


def test_worked_examples_and_edge_cases():
    assert merge_k_sorted([[1, 4, 7], [2, 5], [], [0, 6, 8, 9]]) == [0, 1, 2, 4, 5, 6, 7, 8, 9]
    assert merge_k_sorted([]) == [] and merge_k_sorted([[], []]) == []
    assert prefix_medians([5, 15, 1, 3, 8, 7, 9, 10]) == [5, 10, 5, 4, 5, 6, 7, 7.5]
    assert prefix_medians([2, 2, 2]) == [2, 2, 2]
    with pytest.raises(ValueError):
        RunningMedian().median()
    with pytest.raises(ValueError, match="not sorted"):
        list(merge_logs([iter([(2.0, "b"), (1.0, "a")])]))
    assert list(merge_logs([])) == [] and list(merge_logs([iter([])])) == []
