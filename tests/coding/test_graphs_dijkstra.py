"""Dijkstra against scipy.sparse.csgraph.dijkstra; Bellman-Ford against Floyd-Warshall."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, strategies as st
from scipy.sparse.csgraph import dijkstra as scipy_dijkstra

from snippets.coding.graphs_dijkstra import (
    bellman_ford, dijkstra, dijkstra_dense, network_delay_time,
)


@st.composite
def weighted(draw, low):
    n = draw(st.integers(1, 8))
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1),
                                    st.integers(low, 9)), max_size=20))
    return n, edges, draw(st.integers(0, n - 1))


def floyd_warshall(n, edges):
    d = [[0 if i == j else math.inf for j in range(n)] for i in range(n)]
    for u, v, w in edges:
        d[u][v] = min(d[u][v], w)
    for k in range(n):
        for i in range(n):
            for j in range(n):
                d[i][j] = min(d[i][j], d[i][k] + d[k][j])
    return d


@given(weighted(low=1))
def test_dijkstra_matches_scipy(case):
    n, edges, source = case
    dense = np.zeros((n, n))  # 0 means no edge to SciPy, so weights here are >= 1
    for u, v, w in edges:
        if u != v:
            dense[u, v] = w if dense[u, v] == 0 else min(dense[u, v], w)
    expected = scipy_dijkstra(dense, directed=True, indices=source).tolist()
    assert dijkstra(n, edges, source) == expected
    assert dijkstra_dense(n, edges, source) == expected
    slowest = max(expected)
    assert network_delay_time(n, edges, source) == (-1 if slowest == math.inf else slowest)


@given(weighted(low=0))
def test_zero_weights_agree_with_floyd_warshall(case):
    n, edges, source = case
    expected = floyd_warshall(n, edges)[source]
    assert dijkstra(n, edges, source) == expected == dijkstra_dense(n, edges, source)
    assert bellman_ford(n, edges, source) == expected


@given(weighted(low=-4))
def test_bellman_ford_with_negative_weights(case):
    n, edges, source = case
    d = floyd_warshall(n, edges)
    reachable = [v for v in range(n) if d[source][v] < math.inf]
    if any(d[v][v] < 0 for v in reachable):  # a negative cycle the source can reach
        assert bellman_ford(n, edges, source) is None
    else:
        assert bellman_ford(n, edges, source) == d[source]


def test_worked_examples_and_edge_cases():
    times = [(1, 0, 1), (1, 2, 1), (2, 3, 1), (0, 3, 4)]
    assert dijkstra(4, times, 1) == [1, 0, 1, 2]
    assert network_delay_time(4, times, 1) == 2 and network_delay_time(4, times, 0) == -1
    assert network_delay_time(1, [], 0) == 0
    negative = [(0, 1, 1), (0, 2, 5), (2, 1, -10), (1, 3, 1)]
    assert bellman_ford(4, negative, 0) == [0, -5, 5, -4]
    assert dijkstra(4, negative, 0) == [0, 1, 5, 2]  # wrong: 1 was settled too early
    assert bellman_ford(3, [(0, 1, 1), (1, 2, -2), (2, 1, 1)], 0) is None
    unreachable_cycle = [(1, 2, -2), (2, 1, 1)]
    assert bellman_ford(3, unreachable_cycle, 0) == [0, math.inf, math.inf]
    assert dijkstra(2, [(0, 1, 2.5), (0, 1, 1.5)], 0) == pytest.approx([0, 1.5])
