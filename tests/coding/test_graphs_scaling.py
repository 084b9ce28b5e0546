"""The Dijkstra timing snippet times the tested functions; no timing is asserted."""

import math

from snippets.coding import graphs_dijkstra, graphs_scaling as timing
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert timing.dijkstra is graphs_dijkstra.dijkstra
    assert timing.dijkstra_dense is graphs_dijkstra.dijkstra_dense


def test_timed_graphs_are_sparse_connected_and_both_versions_agree(monkeypatch):
    timed = timed_series(monkeypatch, timing)
    assert list(timed) == ["heap, O((V + E) log V)", "array scan, O(V^2)"]
    heap, dense = timed.values()
    assert (heap.solve, dense.solve) == (timing.run_heap, timing.run_dense)
    assert (heap.repeats, dense.repeats) == (5, 3)
    n, edges = heap.make_input(heap.sizes[1])
    assert len(edges) == timing.EDGES_PER_NODE * n
    distances = heap.answer(1)
    assert distances == dense.answer(1) and max(distances) < math.inf
