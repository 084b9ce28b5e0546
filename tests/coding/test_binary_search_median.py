"""The partition median agrees with statistics.median of the merged arrays."""

import statistics

import pytest
from hypothesis import given, strategies as st

from snippets.coding.binary_search_median import main, median_two_sorted

sorted_ints = st.lists(st.integers(-20, 20), max_size=15).map(sorted)


@given(sorted_ints, sorted_ints)
def test_median_matches_statistics_median(a, b):
    if not a and not b:
        with pytest.raises(ValueError):
            median_two_sorted(a, b)
        return
    assert median_two_sorted(a, b) == statistics.median(sorted(a + b))
    assert median_two_sorted(b, a) == statistics.median(sorted(a + b))


def test_edge_cases():
    assert median_two_sorted([], [3]) == 3
    assert median_two_sorted([1, 2, 3], [10, 11, 12]) == 6.5  # disjoint ranges
    assert median_two_sorted([5, 5, 5], [5, 5]) == 5


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "median of [1, 3] and [2]: 2",
        "median of [1, 2] and [3, 4]: 2.5",
        "median of [] and [5, 7, 9, 11]: 8.0",
        "median of [4, 4] and [4]: 4",
    ]
