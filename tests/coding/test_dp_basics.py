"""Fibonacci four ways agree; stairs, house robber, grid paths against brute force."""

import itertools
import math

from hypothesis import given, strategies as st

from snippets.coding.dp_basics import (
    climb_stairs, fib_doubling, fib_iterative, fib_memo, fib_naive, grid_paths,
    naive_calls, rob,
)


def test_small_fibonacci_values_agree_across_all_four_and_the_definition():
    expected = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55]
    for n, value in enumerate(expected):
        assert fib_naive(n) == fib_memo(n) == fib_iterative(n) == value
        assert fib_doubling(n) == value


@given(st.integers(0, 20))
def test_the_four_fibonacci_implementations_agree(n):
    assert fib_naive(n) == fib_memo(n) == fib_iterative(n) == fib_doubling(n)


@given(st.integers(0, 400))
def test_fast_doubling_agrees_with_the_iterative_version_on_big_integers(n):
    assert fib_doubling(n) == fib_iterative(n) == fib_memo(n)


def test_page_values():
    assert fib_doubling(100) == 354224848179261915075
    assert naive_calls(25) == 242785


@given(st.integers(0, 18))
def test_naive_call_count_is_counted_and_equals_2F_minus_1(n):
    calls = 0

    def counted(k):
        nonlocal calls
        calls += 1
        return k if k < 2 else counted(k - 1) + counted(k - 2)

    counted(n)
    assert naive_calls(n) == calls == 2 * fib_iterative(n + 1) - 1


@given(st.integers(0, 16))
def test_climb_stairs_counts_every_sequence_of_ones_and_twos(n):
    brute = sum(1 for k in range(n + 1) for steps in itertools.product((1, 2), repeat=k)
                if sum(steps) == n)
    assert climb_stairs(n) == brute == fib_iterative(n + 1)


@given(st.lists(st.integers(0, 50), max_size=12))
def test_rob_matches_brute_force_over_non_adjacent_sets(houses):
    best = 0
    for mask in range(1 << len(houses)):
        if mask & (mask >> 1) == 0:  # no two adjacent houses chosen
            best = max(best, sum(v for i, v in enumerate(houses) if mask >> i & 1))
    assert rob(houses) == best


def brute_force_paths(grid, r=0, c=0):
    rows, cols = len(grid), len(grid[0])
    if r >= rows or c >= cols or grid[r][c] == 1:
        return 0
    if (r, c) == (rows - 1, cols - 1):
        return 1
    return brute_force_paths(grid, r + 1, c) + brute_force_paths(grid, r, c + 1)


grids = st.integers(1, 5).flatmap(lambda rows: st.integers(1, 5).flatmap(
    lambda cols: st.lists(st.lists(st.sampled_from([0, 0, 0, 1]), min_size=cols,
                                   max_size=cols), min_size=rows, max_size=rows)))


@given(grids)
def test_grid_paths_match_brute_force_recursion(grid):
    assert grid_paths(grid) == brute_force_paths(grid)


@given(st.integers(1, 12), st.integers(1, 12))
def test_empty_grid_paths_are_a_binomial_coefficient(rows, cols):
    empty = [[0] * cols for _ in range(rows)]
    assert grid_paths(empty) == math.comb(rows + cols - 2, rows - 1)


def test_edge_cases():
    assert rob([]) == 0 and rob([5]) == 5 and rob([2, 7, 9, 3, 1]) == 12
    assert grid_paths([]) == 0 and grid_paths([[1]]) == 0 and grid_paths([[0]]) == 1
    assert grid_paths([[0, 0], [0, 1]]) == 0  # blocked goal
    assert grid_paths([[0, 0, 0], [0, 1, 0], [0, 0, 0]]) == 2
    assert climb_stairs(0) == 1 and climb_stairs(1) == 1


def test_page_claims_about_size_and_recursion():
    import pytest

    assert fib_iterative(92) < 2**63 <= fib_iterative(93)  # F(93) overflows int64
    assert fib_iterative(1000).bit_length() == 694  # about 0.69 n bits
    assert rob([5, 6, 5]) == 10
    with pytest.raises(RecursionError):
        fib_memo(5000)
