"""The sorting scaling snippet times checked sorts on the intended inputs; no clock is read."""

import sys

from snippets.coding import sorting, sorting_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_main_times_four_sorts_on_their_inputs(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["merge sort, random", "quicksort median-of-3, random",
                           "sorted(), random", "quicksort first pivot, sorted"]
    inputs = [series.make_input for series in timed.values()]
    assert inputs == [scaling.random_input] * 3 + [scaling.sorted_input]
    n = scaling.SIZES[0]
    assert [series.answer() for series in timed.values()] == [list(range(n))] * 4


def test_it_times_the_checked_sorts():
    assert scaling.merge_sort is sorting.merge_sort and scaling.quicksort is sorting.quicksort
    assert scaling.random_input(100) == scaling.random_input(100)
    assert sorted(scaling.random_input(100)) == list(range(100))
    big = scaling.SIZES[-1]
    assert scaling.quicksort_first_pivot(scaling.sorted_input(big)) == list(range(big))
    assert big > sys.getrecursionlimit()  # fine: the recursion depth is logarithmic
