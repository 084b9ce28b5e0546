"""Counting sort, quickselect and the comparator sorts agree with sorted() and brute force."""

import heapq
from functools import cmp_to_key
from itertools import permutations

import numpy as np
import pytest
from hypothesis import given, strategies as st

from snippets.coding.sorting_selection import (
    by_name_descending_then_score, counting_sort, kth_largest, largest_number, main,
    rank_players,
)

players = st.lists(st.tuples(st.sampled_from(["al", "bo", "cy"]), st.integers(0, 5)),
                   max_size=12)


@given(st.lists(st.integers(-30, 30), max_size=40))
def test_counting_sort_matches_sorted(nums):
    assert counting_sort(nums) == sorted(nums)


@given(st.lists(st.integers(-9, 9), min_size=1, max_size=30), st.data())
def test_kth_largest_matches_sorting_and_heapq(nums, data):
    k = data.draw(st.integers(1, len(nums)))
    expected = sorted(nums, reverse=True)[k - 1]
    assert kth_largest(nums, k, np.random.default_rng(k)) == expected
    assert heapq.nlargest(k, nums)[-1] == expected


@given(st.lists(st.integers(0, 120), min_size=1, max_size=6))
def test_largest_number_matches_every_order(nums):
    best = max(int("".join(map(str, p))) for p in permutations(nums))
    assert largest_number(nums) == str(best)


@given(players)
def test_custom_orders_match_comparators(items):
    def by_score_then_name(p, q):
        return (q[1] - p[1]) or ((p[0] > q[0]) - (p[0] < q[0]))

    assert rank_players(items) == sorted(items, key=cmp_to_key(by_score_then_name))

    def by_name_desc_then_score(p, q):
        return ((q[0] > p[0]) - (q[0] < p[0])) or (p[1] - q[1])

    assert by_name_descending_then_score(items) == sorted(
        items, key=cmp_to_key(by_name_desc_then_score))


def test_edge_cases():
    assert counting_sort([]) == [] and counting_sort([4, 4]) == [4, 4]
    assert largest_number([0, 0, 0]) == "0" and largest_number([10, 2]) == "210"
    assert largest_number([]) == ""
    assert largest_number([121, 12]) == "12121"
    assert kth_largest([5], 1, np.random.default_rng(0)) == 5
    assert kth_largest([2, 2, 2, 2], 3, np.random.default_rng(0)) == 2
    for k in (0, 3):
        with pytest.raises(ValueError):
            kth_largest([1, 2], k, np.random.default_rng(0))


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "counting sort: [-1, -1, 0, 2, 3, 3]",
        "k-th largest of [3, 2, 1, 5, 6, 4]: [6, 5, 1]",
        "largest number: 9534330 0",
        "ranked: [('al', 9), ('bo', 7), ('cy', 7), ('al', 3)]",
        "name desc, score asc: [('cy', 7), ('bo', 7), ('al', 3), ('al', 9)]",
    ]
