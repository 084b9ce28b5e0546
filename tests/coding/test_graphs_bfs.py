"""BFS, DFS and components against SciPy's csgraph routines."""

from __future__ import annotations

import numpy as np
from hypothesis import given, strategies as st
from scipy.sparse.csgraph import connected_components as scipy_components
from scipy.sparse.csgraph import shortest_path as scipy_shortest_path

from snippets.coding.graphs_bfs import (
    adjacency_list, bfs_distances, connected_components, dfs_iterative, dfs_recursive,
    shortest_path,
)
from tests.coding.graph_strategies import edge_lists


graphs = edge_lists
def matrix(n, edges):
    m = np.zeros((n, n))
    for u, v in edges:
        if u != v:
            m[u, v] = m[v, u] = 1
    return m


@given(graphs(), st.data())
def test_bfs_paths_are_valid_and_as_short_as_scipy_says(case, data):
    n, edges = case
    graph = adjacency_list(n, edges)
    s, t = data.draw(st.integers(0, n - 1)), data.draw(st.integers(0, n - 1))
    expected = scipy_shortest_path(matrix(n, edges), unweighted=True, directed=False)[s]
    path = shortest_path(graph, s, t)
    if np.isinf(expected[t]):
        assert path is None
    else:
        assert path[0] == s and path[-1] == t and len(path) - 1 == expected[t]
        assert all(b in graph[a] for a, b in zip(path, path[1:]))
    dist = bfs_distances(graph, s)
    assert dist == {v: int(d) for v, d in enumerate(expected) if np.isfinite(d)}


@given(graphs())
def test_dfs_versions_agree_and_components_match_scipy(case):
    n, edges = case
    graph = adjacency_list(n, edges)
    count, labels = scipy_components(matrix(n, edges), directed=False)
    expected = sorted(sorted(np.flatnonzero(labels == k).tolist()) for k in range(count))
    assert sorted(connected_components(graph)) == expected
    for start in range(n):
        order = dfs_iterative(graph, start)
        assert order == dfs_recursive(graph, start)
        assert sorted(order) == np.flatnonzero(labels == labels[start]).tolist()


def test_worked_example_and_edge_cases():
    graph = adjacency_list(8, [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 6)])
    assert shortest_path(graph, 0, 4) == [0, 1, 3, 4]
    assert shortest_path(graph, 0, 6) is None and shortest_path(graph, 7, 7) == [7]
    assert dfs_recursive(graph, 0) == [0, 1, 3, 2, 4] == dfs_iterative(graph, 0)
    assert connected_components(graph) == [[0, 1, 2, 3, 4], [5, 6], [7]]
    directed = adjacency_list(3, [(0, 1), (1, 2)], directed=True)
    assert shortest_path(directed, 2, 0) is None and shortest_path(directed, 0, 2) == [0, 1, 2]
    chain = adjacency_list(5000, [(i, i + 1) for i in range(4999)])
    assert len(dfs_iterative(chain, 0)) == 5000  # no recursion limit
