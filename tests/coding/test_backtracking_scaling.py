"""N-queens timing snippet: the tested counters on the right inputs, on a fake clock."""

from math import factorial

from snippets.coding import backtracking_boards, backtracking_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.n_queens is backtracking_boards.n_queens
    assert scaling.n_queens_brute_force is backtracking_boards.n_queens_brute_force


def test_each_search_space_size_maps_back_to_its_board(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["all permutations", "backtracking"]
    brute, pruned = timed.values()
    assert brute.solve is scaling.n_queens_brute_force
    assert pruned.solve is scaling.n_queens
    assert brute.sizes == [factorial(n) for n in scaling.BOARD_SIZES] == pruned.sizes
    assert [brute.make_input(s) for s in brute.sizes] == scaling.BOARD_SIZES
    assert [brute.answer(i) for i in range(3)] == [2, 10, 4] == [
        pruned.answer(i) for i in range(3)]  # n = 4, 5, 6
