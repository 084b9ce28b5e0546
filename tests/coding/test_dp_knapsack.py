"""Coin change and the 0/1 knapsack against brute-force enumeration."""

import itertools

from hypothesis import given, strategies as st

from snippets.coding.dp_knapsack import (
    count_ways, greedy_by_density, knapsack, knapsack_value, min_coins,
)
from snippets.coding.greedy_coins import greedy_coins


def coin_multisets(coins, amount):
    """Every multiset of the distinct coins that sums to amount."""
    values = sorted(set(coins))
    return [combo for k in range(amount // min(values) + 1)
            for combo in itertools.combinations_with_replacement(values, k)
            if sum(combo) == amount]


coin_lists = st.lists(st.integers(1, 8), min_size=1, max_size=4)


@given(coin_lists, st.integers(0, 25))
def test_min_coins_matches_brute_force(coins, amount):
    found = coin_multisets(coins, amount)
    assert min_coins(coins, amount) == (min(map(len, found)) if found else -1)


@given(coin_lists, st.integers(0, 25))
def test_count_ways_matches_brute_force(coins, amount):
    assert count_ways(coins, amount) == len(coin_multisets(coins, amount))


@given(st.integers(0, 200))
def test_greedy_is_optimal_for_us_coins_but_not_for_1_3_4(amount):
    assert len(greedy_coins([1, 5, 10, 25], amount)) == min_coins([1, 5, 10, 25], amount)
    assert len(greedy_coins([1, 3, 4], amount)) >= min_coins([1, 3, 4], amount)


def test_coin_change_page_values():
    assert min_coins([1, 2, 5], 11) == 3 and min_coins([2], 3) == -1
    assert count_ways([1, 2, 5], 5) == 4
    assert (len(greedy_coins([1, 3, 4], 6)), min_coins([1, 3, 4], 6)) == (3, 2)
    assert min_coins([7], 0) == 0 and count_ways([7], 0) == 1
    assert greedy_coins([3, 5], 7) is None and min_coins([3, 5], 7) == -1


items = st.lists(st.tuples(st.integers(1, 10), st.integers(0, 30)), max_size=9)


@given(items, st.integers(0, 30))
def test_knapsack_matches_brute_force_over_subsets(pairs, capacity):
    weights = [w for w, _ in pairs]
    values = [v for _, v in pairs]
    best = max(sum(values[i] for i in subset)
               for k in range(len(pairs) + 1)
               for subset in itertools.combinations(range(len(pairs)), k)
               if sum(weights[i] for i in subset) <= capacity)
    value, chosen = knapsack(weights, values, capacity)
    assert value == best == knapsack_value(weights, values, capacity)
    assert len(set(chosen)) == len(chosen)  # each item at most once
    assert sum(weights[i] for i in chosen) <= capacity
    assert sum(values[i] for i in chosen) == value
    assert greedy_by_density(weights, values, capacity) <= value


def test_knapsack_page_values_and_edges():
    assert knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7) == (9, [1, 2])
    assert greedy_by_density([1, 3, 4, 5], [1, 4, 5, 7], 7) == 8
    assert knapsack([], [], 10) == (0, [])
    assert knapsack([5], [10], 4) == (0, [])
    assert knapsack([5], [10], 0) == (0, [])
