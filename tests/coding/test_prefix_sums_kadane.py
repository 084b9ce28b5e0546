"""Kadane's algorithm agrees with the quadratic check and with summing every subarray."""

import pytest
from hypothesis import given, strategies as st

from snippets.coding.prefix_sums_kadane import main, max_subarray, max_subarray_quadratic


def every_subarray_sum(nums, allow_empty):
    sums = [sum(nums[i:j]) for i in range(len(nums)) for j in range(i + 1, len(nums) + 1)]
    return max(sums + [0] if allow_empty else sums)


@given(st.lists(st.integers(-10, 10), min_size=1, max_size=25), st.booleans())
def test_kadane_matches_brute_force(nums, allow_empty):
    best, lo, hi = max_subarray(nums, allow_empty)
    assert best == every_subarray_sum(nums, allow_empty)
    assert best == max_subarray_quadratic(nums, allow_empty)
    assert sum(nums[lo:hi]) == best and (allow_empty or hi > lo)


@given(st.lists(st.integers(-10, -1), min_size=1, max_size=10))
def test_all_negative_conventions(nums):
    assert max_subarray(nums)[0] == max(nums)
    assert max_subarray(nums, allow_empty=True) == (0, 0, 0)


def test_empty_input():
    with pytest.raises(ValueError):
        max_subarray([])
    assert max_subarray([], allow_empty=True) == (0, 0, 0)


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "[-2, 1, -3, 4, -1, 2, 1, -5, 4]: best 6 = sum of nums[3:7] = [4, -1, 2, 1];"
        " allowing empty: 6",
        "[-3, -1, -2]: best -1 = sum of nums[1:2] = [-1]; allowing empty: 0",
    ]
