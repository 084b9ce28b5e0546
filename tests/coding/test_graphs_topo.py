"""Topological orders against a brute-force validity check over all permutations."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given

from snippets.coding.graphs_topo import can_finish, topo_sort_dfs, topo_sort_kahn
from tests.coding.graph_strategies import edge_lists


def course_graphs():
    return edge_lists(max_n=6, max_edges=10)


def is_valid_order(n, pairs, order):
    position = {v: i for i, v in enumerate(order)}
    return sorted(order) == list(range(n)) and all(
        position[before] < position[course] for course, before in pairs)


@given(course_graphs())
def test_orders_are_valid_exactly_when_some_valid_order_exists(case):
    n, pairs = case
    valid = [list(p) for p in permutations(range(n)) if is_valid_order(n, pairs, p)]
    kahn, dfs = topo_sort_kahn(n, pairs), topo_sort_dfs(n, pairs)
    if valid:
        assert is_valid_order(n, pairs, kahn) and is_valid_order(n, pairs, dfs)
        assert kahn == min(valid)  # the min-heap gives the lexicographically smallest
        assert can_finish(n, pairs)
    else:
        assert kahn is None and dfs is None and not can_finish(n, pairs)


def test_worked_example_and_edge_cases():
    prereqs = [(1, 0), (2, 0), (3, 1), (3, 2), (4, 3)]
    assert topo_sort_kahn(5, prereqs) == [0, 1, 2, 3, 4]
    assert topo_sort_dfs(5, prereqs) == [0, 2, 1, 3, 4]
    assert topo_sort_kahn(5, prereqs + [(0, 4)]) is None
    assert topo_sort_dfs(2, [(0, 0)]) is None and topo_sort_kahn(2, [(0, 0)]) is None
    assert topo_sort_kahn(3, []) == [0, 1, 2] and can_finish(1, [])
    assert topo_sort_dfs(2, [(1, 0), (1, 0)]) == [0, 1]  # duplicate prerequisites
    chain = [(i + 1, i) for i in range(3000)]
    assert topo_sort_dfs(3001, chain) == list(range(3001))  # deep, but no recursion
