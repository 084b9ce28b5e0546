"""The Dijkstra timing snippet times the tested functions; no timing is asserted."""

import math

from snippets.coding import graphs_dijkstra, graphs_scaling as timing
from tests.coding.graph_strategies import check_main_reports_exponents


def test_it_times_the_functions_the_correctness_tests_check():
    assert timing.dijkstra is graphs_dijkstra.dijkstra
    assert timing.dijkstra_dense is graphs_dijkstra.dijkstra_dense


def test_timed_graphs_are_sparse_connected_and_both_versions_agree():
    n, edges = data = timing.make_input(timing.SIZES[1])
    assert len(edges) == timing.EDGES_PER_NODE * n
    distances = timing.run_heap(data)
    assert distances == timing.run_dense(data) and max(distances) < math.inf


def test_main_reports_one_exponent_per_series(monkeypatch, capsys):
    check_main_reports_exponents(timing, monkeypatch, capsys, series=2)
