"""The constructions satisfy their verifiers, and exist exactly when brute force finds one."""

from itertools import permutations

import pytest
from hypothesis import given, strategies as st

from snippets.coding.cs_constructive import (distinct_differences, has_no_adjacent_consecutive,
                                             k_distinct_differences, no_adjacent_consecutive)


@pytest.mark.parametrize("n", range(1, 9))
def test_no_adjacent_consecutive_exists_exactly_when_brute_force_finds_one(n):
    exists = any(has_no_adjacent_consecutive(list(p)) for p in permutations(range(1, n + 1)))
    perm = no_adjacent_consecutive(n)
    assert (perm is not None) == exists
    if perm is not None:
        assert has_no_adjacent_consecutive(perm)


@given(st.integers(4, 300))
def test_no_adjacent_consecutive_on_large_n(n):
    assert has_no_adjacent_consecutive(no_adjacent_consecutive(n))


def test_the_verifier_rejects_bad_answers():
    assert not has_no_adjacent_consecutive([1, 4, 2, 4])  # not a permutation
    assert not has_no_adjacent_consecutive([2, 4, 3, 1])


@given(st.integers(2, 200).flatmap(lambda n: st.tuples(st.just(n), st.integers(1, n - 1))))
def test_k_distinct_differences(case):
    n, k = case
    perm = k_distinct_differences(n, k)
    assert sorted(perm) == list(range(1, n + 1))
    assert distinct_differences(perm) == k


@pytest.mark.parametrize("n", range(2, 7))
def test_every_k_is_reachable_by_brute_force_too(n):
    reachable = {distinct_differences(list(p)) for p in permutations(range(1, n + 1))}
    assert reachable == set(range(1, n))


def test_invalid_k():
    with pytest.raises(ValueError):
        k_distinct_differences(3, 3)
