"""Kruskal's MST against scipy.sparse.csgraph.minimum_spanning_tree."""

from __future__ import annotations

import numpy as np
from hypothesis import given, strategies as st
from scipy.sparse.csgraph import connected_components, minimum_spanning_tree

from snippets.coding.union_find_kruskal import kruskal


@st.composite
def weighted_graphs(draw):
    n = draw(st.integers(1, 10))
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
                          .filter(lambda p: p[0] < p[1]), unique=True, max_size=25))
    weights = draw(st.lists(st.integers(1, 20), min_size=len(pairs), max_size=len(pairs)))
    return n, [(u, v, w) for (u, v), w in zip(pairs, weights)]


@given(weighted_graphs())
def test_total_weight_matches_scipy_and_result_is_a_spanning_forest(case):
    n, edges = case
    dense = np.zeros((n, n))  # distinct pairs, weights >= 1 (SciPy reads 0 as no edge)
    for u, v, w in edges:
        dense[u, v] = w
    total, chosen = kruskal(n, edges)
    assert total == minimum_spanning_tree(dense).sum()
    components = connected_components(dense, directed=False)[0]
    assert len(chosen) == n - components  # a forest with one tree per component
    picked = np.zeros((n, n))
    for u, v, w in chosen:
        picked[u, v] = w
    assert connected_components(picked, directed=False)[0] == components
    assert set(chosen) <= set(edges)


def test_worked_example_and_edge_cases():
    edges = [(0, 1, 4), (0, 2, 1), (1, 2, 2), (1, 3, 5), (2, 3, 8), (3, 4, 3), (2, 4, 9)]
    total, chosen = kruskal(5, edges)
    assert total == 11 and chosen == [(0, 2, 1), (1, 2, 2), (3, 4, 3), (1, 3, 5)]
    assert kruskal(1, []) == (0, []) and kruskal(3, []) == (0, [])
    assert kruskal(2, [(0, 1, -5), (0, 1, 3)]) == (-5, [(0, 1, -5)])  # negative weights work
