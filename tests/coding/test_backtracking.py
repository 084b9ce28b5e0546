"""Subsets, permutations, combinations, combination sum: itertools and brute force."""

import itertools

import pytest
from hypothesis import given, strategies as st

from snippets.coding.backtracking import (
    combination_sum, combinations, permutations, subsets, unique_permutations,
)

distinct_lists = st.lists(st.integers(-20, 20), unique=True, max_size=7)


@given(distinct_lists)
def test_subsets_is_the_power_set(items):
    result = subsets(items)
    expected = {c for k in range(len(items) + 1)
                for c in itertools.combinations(items, k)}
    assert len(result) == 2 ** len(items)
    assert {tuple(s) for s in result} == expected


@given(distinct_lists.filter(lambda xs: len(xs) <= 6))
def test_permutations_match_itertools(items):
    result = permutations(items)
    assert sorted(map(tuple, result)) == sorted(itertools.permutations(items))
    assert len(set(map(tuple, result))) == len(result)


@given(st.lists(st.integers(0, 3), max_size=7))
def test_unique_permutations_are_the_distinct_orderings(items):
    expected = sorted(set(itertools.permutations(items)))
    assert [tuple(p) for p in unique_permutations(items)] == expected


@given(st.integers(0, 9), st.integers(0, 10))
def test_combinations_match_itertools_in_lexicographic_order(n, k):
    expected = [list(c) for c in itertools.combinations(range(1, n + 1), k)]
    assert combinations(n, k) == expected


def brute_force_combination_sum(candidates, target):
    values = sorted(set(candidates))
    found = set()
    for length in range(target // min(values) + 1 if values else 1):
        for combo in itertools.combinations_with_replacement(values, length):
            if sum(combo) == target:
                found.add(combo)
    return found


@given(st.lists(st.integers(1, 9), min_size=1, max_size=5), st.integers(0, 20))
def test_combination_sum_matches_brute_force(candidates, target):
    result = combination_sum(candidates, target)
    assert all(sum(c) == target and c == sorted(c) for c in result)
    assert len({tuple(c) for c in result}) == len(result)  # no multiset twice
    assert {tuple(c) for c in result} == brute_force_combination_sum(candidates, target)


def test_edge_cases():
    assert subsets([]) == [[]]
    assert permutations([]) == [[]]
    assert combinations(3, 0) == [[]] and combinations(3, 4) == []
    assert combination_sum([2, 3, 6, 7], 7) == [[2, 2, 3], [7]]
    assert combination_sum([2], 0) == [[]]
    assert combination_sum([4, 6], 5) == []
    assert combination_sum([3, 3, 5], 8) == [[3, 5]]  # duplicate candidates are merged
    with pytest.raises(ValueError):
        combination_sum([0, 1], 3)
