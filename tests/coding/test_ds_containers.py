"""Stack, queue and heap orders, and the two graph representations, against references."""

from __future__ import annotations

import random
import sys

import pytest
from hypothesis import given, strategies as st

from snippets.coding.ds_containers import (adjacency_matrix, has_edge_list, has_edge_matrix,
                                           memory_bytes, random_edges, removal_order)
from snippets.coding.graphs_bfs import adjacency_list


@given(st.lists(st.integers(-20, 20), max_size=40))
def test_removal_orders(items):
    assert removal_order(items, "stack") == items[::-1]
    assert removal_order(items, "queue") == items
    assert removal_order(items, "heap") == sorted(items)


def test_unknown_kind():
    with pytest.raises(ValueError):
        removal_order([1], "tree")


@given(st.integers(2, 12), st.floats(0, 1), st.integers(0, 10**6))
def test_list_and_matrix_answer_edge_queries_alike(n, p, seed):
    edges = random_edges(n, p, random.Random(seed))
    edge_set = {(u, v) for u, v in edges} | {(v, u) for u, v in edges}
    graph, matrix = adjacency_list(n, edges), adjacency_matrix(n, edges)
    for u in range(n):
        for v in range(n):
            assert has_edge_list(graph, u, v) == has_edge_matrix(matrix, u, v) == (
                (u, v) in edge_set)


def test_matrix_memory_is_quadratic_and_list_memory_grows_with_edges():
    rng = random.Random(0)
    for n in (10, 100, 400):
        matrix = adjacency_matrix(n, [])
        assert memory_bytes(matrix) == sys.getsizeof(matrix) + n * sys.getsizeof(bytearray(n))
        assert n * n <= memory_bytes(matrix) < n * n + 120 * n
    sparse, dense = random_edges(400, 0.01, rng), random_edges(400, 0.5, rng)
    matrix_bytes = memory_bytes(adjacency_matrix(400, []))
    assert memory_bytes(adjacency_list(400, sparse)) < matrix_bytes
    assert memory_bytes(adjacency_list(400, dense)) > matrix_bytes


def test_the_table_on_the_page(capsys):
    from snippets.coding import ds_containers

    ds_containers.main()
    rows = capsys.readouterr().out.splitlines()[-4:]
    ratios = [float(row.split()[-1]) for row in rows]
    assert ratios == [1.01, 7.23, 1.98, 0.25]
