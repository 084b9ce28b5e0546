"""Prefix-sum solutions agree with brute force and with NumPy's slice sums."""

import math

import numpy as np
from hypothesis import given, strategies as st

from snippets.coding.prefix_sums import (
    apply_range_updates, count_subarrays_with_sum, count_subarrays_with_sum_quadratic,
    main, prefix_sums, product_except_self, range_sum, rect_sum, summed_area_table,
)

ints = st.lists(st.integers(-6, 6), max_size=25)


@given(ints, st.integers(-8, 8))
def test_subarray_count_matches_every_subarray(nums, k):
    expected = sum(sum(nums[i:j]) == k for i in range(len(nums))
                   for j in range(i + 1, len(nums) + 1))
    assert count_subarrays_with_sum(nums, k) == expected
    assert count_subarrays_with_sum_quadratic(nums, k) == expected


@given(ints, st.data())
def test_range_sum_matches_slices(nums, data):
    prefix = prefix_sums(nums)
    lo = data.draw(st.integers(0, len(nums)))
    hi = data.draw(st.integers(lo, len(nums)))
    assert range_sum(prefix, lo, hi) == sum(nums[lo:hi])
    np.testing.assert_array_equal(prefix, np.concatenate([[0], np.cumsum(nums)]))


@given(st.integers(1, 6), st.integers(1, 6), st.integers(0, 2**32 - 1), st.data())
def test_rect_sum_matches_numpy(rows, cols, seed, data):
    grid = np.random.default_rng(seed).integers(-9, 10, size=(rows, cols))
    table = summed_area_table(grid.tolist())
    r0 = data.draw(st.integers(0, rows))
    r1 = data.draw(st.integers(r0, rows))
    c0 = data.draw(st.integers(0, cols))
    c1 = data.draw(st.integers(c0, cols))
    assert rect_sum(table, r0, c0, r1, c1) == grid[r0:r1, c0:c1].sum()
    padded = np.pad(grid.cumsum(axis=0).cumsum(axis=1), ((1, 0), (1, 0)))
    np.testing.assert_array_equal(table, padded)


@given(st.integers(0, 10), st.data())
def test_range_updates_match_applying_each_update(n, data):
    bounds = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    updates = data.draw(st.lists(st.tuples(bounds, st.integers(-5, 5)), max_size=6))
    updates = [(lo, hi, d) for (lo, hi), d in updates]
    expected = [0] * n
    for lo, hi, delta in updates:
        for i in range(lo, hi):
            expected[i] += delta
    assert apply_range_updates(n, updates) == expected


@given(st.lists(st.integers(-4, 4), max_size=12))
def test_product_except_self_matches_math_prod(nums):
    expected = [math.prod(nums[:i] + nums[i + 1:]) for i in range(len(nums))]
    assert product_except_self(nums) == expected


def test_edge_cases():
    assert count_subarrays_with_sum([], 0) == 0  # the empty subarray is not counted
    assert count_subarrays_with_sum([0, 0, 0], 0) == 6
    assert count_subarrays_with_sum([1, -1, 1, -1], 0) == 4
    assert prefix_sums([]) == [0] and summed_area_table([]) == [[0]]
    assert product_except_self([]) == [] and product_except_self([7]) == [1]
    assert product_except_self([0, 0, 3]) == [0, 0, 0]


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "subarrays of [1, 2, -1, 2, 1, -3, 3] summing to 3: 5",
        "prefix sums: [0, 1, 3, 2, 4, 5, 2, 5]  sum of nums[2:5] = 2",
        "sum of grid[1:3, 1:3] = 11",
        "range updates: [-1, 1, 2, 7, 5, 5]",
        "product except self: [0, 0, 24, 0] [24, 12, 8, 6]",
    ]
