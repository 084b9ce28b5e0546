"""Two-pointer array solutions agree with brute force over all pairs and triplets."""

from itertools import combinations, groupby

import pytest
from hypothesis import given, strategies as st

from snippets.coding.two_pointers import (
    main, max_area, max_area_all_pairs, pair_with_sum, remove_duplicates, three_sum,
)

small_ints = st.lists(st.integers(-20, 20), max_size=25)


@given(small_ints.map(sorted), st.integers(-45, 45))
def test_pair_with_sum_finds_a_pair_exactly_when_one_exists(nums, target):
    exists = any(a + b == target for a, b in combinations(nums, 2))
    found = pair_with_sum(nums, target)
    assert (found is not None) == exists
    if found is not None:
        i, j = found
        assert i < j and nums[i] + nums[j] == target


@given(small_ints)
def test_three_sum_matches_all_triplets(nums):
    expected = {tuple(sorted(t)) for t in combinations(nums, 3) if sum(t) == 0}
    found = three_sum(nums)
    assert len(found) == len(set(found))  # no triplet reported twice
    assert set(found) == expected


@given(st.lists(st.integers(0, 50), max_size=30))
def test_max_area_matches_all_pairs(heights):
    expected = max(((j - i) * min(heights[i], heights[j])
                    for i, j in combinations(range(len(heights)), 2)), default=0)
    assert max_area(heights) == max_area_all_pairs(heights) == expected


@given(st.lists(st.integers(-5, 5), max_size=30).map(sorted), st.integers(1, 3))
def test_remove_duplicates_matches_groupby(nums, keep):
    expected = [v for _, run in groupby(nums) for v in list(run)[:keep]]
    work = list(nums)
    k = remove_duplicates(work, keep)
    assert work[:k] == expected and len(work) == len(nums)


@pytest.mark.parametrize("nums,target,expected", [
    ([], 3, None), ([3], 6, None), ([3, 3], 6, (0, 1)), ([1, 2, 4], 8, None),
    ([-3, -1, 0, 2], -4, (0, 1)),
])
def test_pair_with_sum_edge_cases(nums, target, expected):
    assert pair_with_sum(nums, target) == expected


def test_three_sum_edge_cases():
    assert three_sum([]) == [] and three_sum([0, 0]) == []
    assert three_sum([0, 0, 0, 0, 0]) == [(0, 0, 0)]  # many zeros: reported once
    assert three_sum([1, 2, 3]) == []


def test_max_area_and_dedup_edge_cases():
    assert max_area([]) == 0 and max_area([7]) == 0 and max_area([0, 0, 0]) == 0
    assert max_area([5, 5]) == 5
    for nums in ([], [2], [2, 2, 2]):
        work = list(nums)
        assert work[:remove_duplicates(work)] == sorted(set(nums))


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "pair summing to 9 in [-4, -1, 1, 3, 5, 8, 11] -> (2, 5)",
        "pair summing to 20 in [-4, -1, 1, 3, 5, 8, 11] -> None",
        "three-sum of [-1, 0, 1, 2, -1, -4] -> [(-1, -1, 2), (-1, 0, 1)]",
        "most water between [1, 8, 6, 2, 5, 4, 8, 3, 7] -> 49",
        "at most 1 of each: k = 5, nums[:k] = [0, 1, 2, 3, 4]",
        "at most 2 of each: k = 9, nums[:k] = [0, 0, 1, 1, 2, 2, 3, 3, 4]",
    ]
