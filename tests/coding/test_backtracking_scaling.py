"""N-queens timing snippet: the tested counters on the right inputs."""

from math import factorial

from snippets.coding import backtracking_boards, backtracking_scaling as scaling
from tests.coding.fake_timing import record_measurements


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.n_queens is backtracking_boards.n_queens
    assert scaling.n_queens_brute_force is backtracking_boards.n_queens_brute_force


def test_each_search_space_size_maps_back_to_its_board(monkeypatch):
    calls = record_measurements(monkeypatch, scaling, seconds=2.0)
    series = scaling.time_both([4, 5, 6])
    assert scaling.search_space_sizes([4, 5, 6]) == [factorial(4), factorial(5), 720]
    assert calls == [(scaling.n_queens_brute_force, [4, 5, 6]),
                     (scaling.n_queens, [4, 5, 6])]
    assert series == {"all permutations": [2.0] * 3, "backtracking": [2.0] * 3}
