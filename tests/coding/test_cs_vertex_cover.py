"""The reduction, the exact search and the 2-approximation against brute force."""

from __future__ import annotations

import random
from itertools import combinations

from hypothesis import given, strategies as st

from snippets.coding.cs_vertex_cover import (greedy_degree_cover, has_independent_set,
                                             has_vertex_cover, is_independent_set,
                                             is_vertex_cover, matching_cover,
                                             min_vertex_cover, random_graph, ratios)


@st.composite
def graphs(draw, max_n: int = 8):
    n = draw(st.integers(1, max_n))
    pairs = [(u, v) for u in range(n) for v in range(u + 1, n)]
    edges = draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
    return n, edges


def max_independent_set_size(n, edges) -> int:
    """Reference: the largest subset with no edge inside, by brute force."""
    return max(size for size in range(n + 1) for nodes in combinations(range(n), size)
               if is_independent_set(edges, set(nodes)))


@given(graphs())
def test_complements_of_covers_are_independent_sets(graph):
    n, edges = graph
    for size in range(n + 1):
        for nodes in combinations(range(n), size):
            chosen = set(nodes)
            assert is_vertex_cover(edges, chosen) == is_independent_set(
                edges, set(range(n)) - chosen)


@given(graphs(), st.integers(0, 9))
def test_independent_set_decided_through_vertex_cover(graph, k):
    n, edges = graph
    assert has_independent_set(n, edges, k, has_vertex_cover) == (
        k <= max_independent_set_size(n, edges))


@given(graphs())
def test_exact_cover_is_minimum_and_heuristics_are_valid_and_bounded(graph):
    n, edges = graph
    best = min_vertex_cover(n, edges)
    assert is_vertex_cover(edges, best)
    assert len(best) == n - max_independent_set_size(n, edges)
    for cover in (matching_cover(edges), greedy_degree_cover(edges)):
        assert is_vertex_cover(edges, cover) and len(cover) >= len(best)
    assert len(matching_cover(edges)) <= 2 * len(best)


def test_the_ratios_on_the_page():
    rng = random.Random(0)
    page_edges = [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (4, 5)]
    assert sorted(min_vertex_cover(6, page_edges)) == [0, 2, 4]
    instances = [(12, random_graph(12, 0.3, rng)) for _ in range(40)]
    result = ratios(instances)
    assert max(result["matching"]) == 2.0 and 1.0 not in result["matching"]
    assert sum(v == 1.0 for v in result["greedy degree"]) == 35
    assert round(sum(result["matching"]) / 40, 3) == 1.505
    assert round(sum(result["greedy degree"]) / 40, 3) == 1.021
    assert round(max(result["greedy degree"]), 3) == 1.2
