"""Interval answers against brute force over the integer points they cover."""

from __future__ import annotations

from hypothesis import given, strategies as st

from snippets.coding.intervals import (
    can_attend_all, insert_interval, merge_intervals, min_rooms_heap, min_rooms_sweep,
)
from snippets.coding.intervals_scaling import min_rooms_brute

closed = st.tuples(st.integers(0, 30), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1]))
meetings = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)).map(
    lambda t: (t[0], t[0] + t[1])), max_size=25)


def covered(intervals):
    """Closed intervals as the set of half-integer points they cover (so [1,2], [3,4] stay
    apart while [1,3], [3,4] touch)."""
    return {x / 2 for s, e in intervals for x in range(2 * s, 2 * e + 1)}


def check_disjoint_sorted(result):
    assert all(a[1] < b[0] for a, b in zip(result, result[1:]))
    assert all(s <= e for s, e in result)


@given(st.lists(closed, max_size=25))
def test_merge_covers_the_same_points_with_disjoint_intervals(intervals):
    result = merge_intervals(intervals)
    check_disjoint_sorted(result)
    assert covered(result) == covered(intervals)


@given(st.lists(closed, max_size=20), closed)
def test_insert_equals_merging_everything_again(intervals, new):
    base = merge_intervals(intervals)
    assert insert_interval(base, new) == merge_intervals(base + [new])


def brute_rooms(ms):
    """Largest number of meetings running at any integer time (meetings are [s, e))."""
    return max((sum(s <= t < e for s, e in ms) for t in range(40)), default=0)


@given(meetings)
def test_rooms_and_attendance_match_counting_every_moment(ms):
    rooms = brute_rooms(ms)
    assert min_rooms_sweep(ms) == rooms == min_rooms_heap(ms) == min_rooms_brute(ms)
    assert can_attend_all(ms) == (rooms <= 1)


def test_worked_examples_and_edge_cases():
    assert merge_intervals([(8, 10), (1, 3), (2, 6), (15, 18), (6, 7)]) == [
        (1, 7), (8, 10), (15, 18)]
    assert merge_intervals([(1, 3), (3, 5)]) == [(1, 5)]  # touching intervals merge
    assert merge_intervals([(1, 10), (2, 3)]) == [(1, 10)]  # containment
    assert merge_intervals([]) == []
    assert insert_interval([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)) == [
        (1, 2), (3, 10), (12, 16)]
    assert insert_interval([], (1, 2)) == [(1, 2)]
    assert insert_interval([(3, 4)], (0, 1)) == [(0, 1), (3, 4)]
    assert insert_interval([(3, 4)], (6, 7)) == [(3, 4), (6, 7)]
    ms = [(0, 30), (5, 10), (15, 20), (10, 15)]
    assert not can_attend_all(ms) and min_rooms_sweep(ms) == 2 == min_rooms_heap(ms)
    back_to_back = [(9, 10), (10, 11)]
    assert can_attend_all(back_to_back) and min_rooms_heap(back_to_back) == 1
    assert min_rooms_sweep(back_to_back) == 1 and min_rooms_sweep([]) == 0
    assert min_rooms_heap([(1, 5)] * 4) == 4 and can_attend_all([])
