"""Greedy answers against exhaustive search and BFS on small inputs."""

from __future__ import annotations

from collections import deque
from itertools import combinations

import pytest
from hypothesis import given, strategies as st

from snippets.coding.greedy import (
    can_jump, gas_station_start, max_non_overlapping, min_jumps, min_jumps_dp,
    min_max_pair_sum,
)

intervals = st.lists(st.tuples(st.integers(0, 20), st.integers(1, 6)).map(
    lambda t: (t[0], t[0] + t[1])), max_size=10)


def compatible(chosen):
    ordered = sorted(chosen)
    return all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:]))


@given(intervals)
def test_interval_scheduling_is_as_large_as_any_compatible_subset(ivs):
    chosen = max_non_overlapping(ivs)
    assert compatible(chosen)
    assert all(chosen.count(iv) <= ivs.count(iv) for iv in chosen)
    best = max(k for k in range(len(ivs) + 1)
               if any(compatible(c) for c in combinations(ivs, k)))
    assert len(chosen) == best


def bfs_jumps(jumps):
    """Reference: BFS over indices, an edge i -> j for every j within jumps[i]."""
    dist, queue = {0: 0}, deque([0])
    while queue:
        i = queue.popleft()
        for j in range(i + 1, min(i + jumps[i], len(jumps) - 1) + 1):
            if j not in dist:
                dist[j] = dist[i] + 1
                queue.append(j)
    return dist.get(len(jumps) - 1)


@given(st.lists(st.integers(0, 4), min_size=1, max_size=15))
def test_jump_game_matches_bfs(jumps):
    expected = bfs_jumps(jumps)
    assert can_jump(jumps) == (expected is not None)
    assert min_jumps(jumps) == expected == min_jumps_dp(jumps)


@given(st.integers(0, 4).flatmap(
    lambda k: st.lists(st.integers(0, 20), min_size=2 * k, max_size=2 * k)))
def test_pairing_extremes_minimizes_the_largest_pair_over_all_pairings(tasks):
    def best_pairing(rest):
        if not rest:
            return 0
        first = rest[0]
        return min(max(first + rest[j], best_pairing(rest[1:j] + rest[j + 1:]))
                   for j in range(1, len(rest)))

    value, pairs = min_max_pair_sum(tasks)
    assert value == best_pairing(list(tasks))
    assert sorted(x for p in pairs for x in p) == sorted(tasks)


@st.composite
def circuits(draw):
    n = draw(st.integers(1, 7))
    gas = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    cost = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    return gas, cost


@given(circuits())
def test_gas_station_start_completes_the_lap_and_none_means_no_start_does(case):
    gas, cost = case
    n = len(gas)

    def completes(start):
        tank = 0
        for k in range(n):
            i = (start + k) % n
            tank += gas[i] - cost[i]
            if tank < 0:
                return False
        return True

    valid = [s for s in range(n) if completes(s)]
    answer = gas_station_start(gas, cost)
    assert (answer is None) == (not valid)
    if valid:
        assert answer == valid[0]  # the smallest valid start


def test_worked_examples_and_edge_cases():
    talks = [(1, 4), (3, 5), (0, 6), (5, 7), (3, 9), (5, 9), (6, 10), (8, 11), (8, 12)]
    assert max_non_overlapping(talks) == [(1, 4), (5, 7), (8, 11)]
    assert max_non_overlapping([]) == [] and max_non_overlapping([(1, 2), (2, 3)]) == [
        (1, 2), (2, 3)]  # half-open: touching intervals are compatible
    assert can_jump([2, 3, 1, 1, 4]) and not can_jump([3, 2, 1, 0, 4]) and can_jump([0])
    assert min_jumps([2, 3, 1, 1, 4]) == 2 and min_jumps([0]) == 0
    assert min_jumps([0, 1]) is None and min_jumps_dp([0, 1]) is None
    assert min_max_pair_sum([5, 1, 8, 3, 7, 2]) == (9, [(1, 8), (2, 7), (3, 5)])
    assert min_max_pair_sum([]) == (0, [])
    with pytest.raises(ValueError):
        min_max_pair_sum([1, 2, 3])
    assert gas_station_start([1, 2, 3, 4, 5], [3, 4, 5, 1, 2]) == 3
    assert gas_station_start([2, 3, 4], [3, 4, 3]) is None
    assert gas_station_start([0], [0]) == 0
