"""Merging, intersecting and unioning sorted arrays agree with sorted() and Counter."""

from collections import Counter

from hypothesis import given, strategies as st

from snippets.coding.two_pointers_merge import (
    distinct, intersect_sorted, main, merge_sorted, union_sorted,
)

sorted_lists = st.lists(st.integers(-6, 6), max_size=20).map(sorted)


@given(sorted_lists, sorted_lists)
def test_merge_matches_sorted(a, b):
    assert merge_sorted(a, b) == sorted(a + b)


@given(sorted_lists, sorted_lists)
def test_intersection_and_union_match_counter(a, b):
    assert intersect_sorted(a, b) == sorted((Counter(a) & Counter(b)).elements())
    assert union_sorted(a, b) == sorted((Counter(a) | Counter(b)).elements())


@given(sorted_lists, sorted_lists)
def test_set_versions_match_python_sets(a, b):
    assert distinct(intersect_sorted(a, b)) == sorted(set(a) & set(b))
    assert distinct(union_sorted(a, b)) == sorted(set(a) | set(b))


def test_merge_is_stable():
    a = [(1, "a"), (2, "a")]
    b = [(1, "b"), (2, "b")]
    assert merge_sorted(a, b) == [(1, "a"), (1, "b"), (2, "a"), (2, "b")]
    left, right = [1.0, 2.0], [1, 2]  # equal values, distinguishable types
    assert [type(x) for x in merge_sorted(left, right)] == [float, int, float, int]


def test_edge_cases():
    assert merge_sorted([], []) == [] and merge_sorted([], [1]) == [1]
    assert intersect_sorted([1, 2], []) == [] and union_sorted([], [3, 3]) == [3, 3]
    assert intersect_sorted([1, 3], [2, 4]) == [] and distinct([]) == []


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "a = [1, 2, 2, 2, 5, 7]  b = [2, 2, 3, 5, 5, 8]",
        "merge:        [1, 2, 2, 2, 2, 2, 3, 5, 5, 5, 7, 8]",
        "intersection: [2, 2, 5] as a set: [2, 5]",
        "union:        [1, 2, 2, 2, 3, 5, 5, 7, 8] as a set: [1, 2, 3, 5, 7, 8]",
    ]
