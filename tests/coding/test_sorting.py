"""Merge sort and every quicksort variant agree with sorted(); stability and depth checks."""

import sys

import numpy as np
import pytest
from hypothesis import given, strategies as st

from snippets.coding.sorting import (
    Key, choose_pivot, count_comparisons, main, merge_sort, partition_three_way,
    partition_two_way, quicksort,
)

lists = st.lists(st.integers(-5, 5), max_size=40)  # a narrow range: many duplicates
VARIANTS = [(rule, three_way) for rule in ("first", "random", "median3")
            for three_way in (False, True)]


@given(lists)
def test_merge_sort_matches_sorted(items):
    assert merge_sort(items) == sorted(items)


@pytest.mark.parametrize("rule,three_way", VARIANTS)
@given(items=lists)
def test_quicksort_matches_sorted(rule, three_way, items):
    out = quicksort(items, rule, three_way, np.random.default_rng(len(items)))
    assert out == sorted(items)


@given(st.lists(st.tuples(st.integers(0, 3), st.integers()), max_size=30))
def test_merge_sort_is_stable(records):
    out = [k.record for k in merge_sort([Key(r) for r in records])]
    assert out == sorted(records, key=lambda r: r[0])  # sorted() is stable


@given(lists, st.data())
def test_partitions_split_around_the_pivot(items, data):
    if not items:
        return
    p = data.draw(st.integers(0, len(items) - 1))
    for partition in (partition_two_way, partition_three_way):
        a = list(items)
        pivot = a[p]
        lt, gt = partition(a, 0, len(a) - 1, p)
        assert sorted(a) == sorted(items)  # a permutation of the input
        assert all(x < pivot for x in a[:lt]) and a[lt:gt + 1] == [pivot] * (gt - lt + 1)
        assert all(x >= pivot for x in a[gt + 1:])
        if partition is partition_three_way:
            assert all(x > pivot for x in a[gt + 1:])


def test_quicksort_is_not_stable():
    records = [Key(r) for r in [(2, "a"), (1, "b"), (2, "c"), (1, "d")]]
    out = [k.record for k in quicksort(records)]
    assert out != sorted((k.record for k in records), key=lambda r: r[0])


def test_recursion_depth_stays_small_on_the_worst_case():
    n = 3 * sys.getrecursionlimit()  # a naive recursive quicksort would overflow here
    assert quicksort(list(range(n)), "first", False) == list(range(n))


def test_first_pivot_is_quadratic_on_sorted_and_equal_inputs():
    n = 256
    first = lambda xs: quicksort(xs, "first", False)
    assert count_comparisons(first, list(range(n))) == n * (n - 1) // 2
    assert count_comparisons(first, [7] * n) == n * (n - 1) // 2
    three_way = lambda xs: quicksort(xs, "median3", True)
    assert count_comparisons(three_way, [7] * n) < 3 * n  # one pass over equal keys


def test_edge_cases_and_pivot_rules():
    for sort in (merge_sort, quicksort):
        assert sort([]) == [] and sort([1]) == [1] and sort((3, 1, 2)) == [1, 2, 3]
    a = [9, 1, 5]
    assert choose_pivot(a, 0, 2, "first", None) == 0
    assert choose_pivot(a, 0, 2, "median3", None) == 2  # median of 9, 1, 5 is 5
    with pytest.raises(ValueError):
        choose_pivot(a, 0, 2, "last", None)


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "merge sort: [0, 1, 2, 2, 5, 5, 5, 7, 9]  quicksort: [0, 1, 2, 2, 5, 5, 5, 7, 9]",
        "comparisons for n = 256:           random     sorted  all equal",
        "  merge sort                            1725       1024       1024",
        "  quick first 2-way                     1889      32640      32640",
        "  quick random 2-way                    2499       2040      32640",
        "  quick median3 2-way                   2372       1802      33150",
        "  quick median3 3-way                   3580       5430        514",
        "stable merge sort by number:    [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]",
        "quicksort by number (unstable): [(1, 'd'), (1, 'b'), (2, 'c'), (2, 'a')]",
    ]
