"""Binary searches agree with bisect, list.index and a linear scan over capacities."""

from bisect import bisect_left, bisect_right

import pytest
from hypothesis import given, strategies as st

from snippets.coding.binary_search import (
    binary_search, days_needed, lower_bound, lower_bound_linear, main, min_capacity,
    rotation_point, search_rotated, upper_bound,
)

sorted_ints = st.lists(st.integers(-10, 10), max_size=30).map(sorted)


@given(sorted_ints, st.integers(-12, 12))
def test_bounds_match_bisect(a, x):
    assert lower_bound(a, x) == lower_bound_linear(a, x) == bisect_left(a, x)
    assert upper_bound(a, x) == bisect_right(a, x)
    assert binary_search(a, x) == (a.index(x) if x in a else -1)


@st.composite
def rotated_arrays(draw):
    values = sorted(draw(st.sets(st.integers(-50, 50), max_size=20)))
    k = draw(st.integers(0, max(len(values) - 1, 0)))
    return values[k:] + values[:k]


@given(rotated_arrays(), st.integers(-52, 52))
def test_search_rotated_matches_list_index(a, x):
    assert search_rotated(a, x) == (a.index(x) if x in a else -1)
    if a:
        assert rotation_point(a) == a.index(min(a))


@given(st.lists(st.integers(1, 12), min_size=1, max_size=12), st.integers(1, 12))
def test_min_capacity_matches_trying_every_capacity(weights, days):
    expected = next(c for c in range(1, sum(weights) + 1)
                    if max(weights) <= c and fits(weights, c, days))
    assert min_capacity(weights, days) == expected
    assert days_needed(weights, expected) <= days


def fits(weights, capacity, days):
    """Reference: try every way to cut the sequence into at most `days` pieces."""
    if len(weights) == 0:
        return True
    if days == 0:
        return False
    total = 0
    for cut in range(1, len(weights) + 1):
        total += weights[cut - 1]
        if total > capacity:
            return False
        if fits(weights[cut:], capacity, days - 1):
            return True
    return False


def test_edge_cases():
    assert lower_bound([], 3) == 0 and upper_bound([], 3) == 0 and binary_search([], 3) == -1
    assert binary_search([2, 2, 2], 2) == 0  # the first of equal values
    assert search_rotated([5], 5) == 0 and search_rotated([5], 4) == -1
    assert search_rotated([], 1) == -1 and rotation_point([1, 2, 3]) == 0
    assert min_capacity([10], 3) == 10 and min_capacity([3, 3, 3], 1) == 9
    with pytest.raises(ValueError):
        min_capacity([], 2)
    with pytest.raises(ValueError):
        min_capacity([1], 0)


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "a = [1, 3, 3, 3, 5, 8]: binary_search(3) = 1, binary_search(4) = -1",
        "lower_bound(3) = 1, upper_bound(3) = 4, lower_bound(9) = 6",
        "rotated = [15, 18, 22, 3, 6, 9, 12]: search(6) = 4, search(20) = -1, minimum at 3",
        "ship [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] in 5 days: capacity 15",
    ]
