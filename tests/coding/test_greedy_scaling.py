"""The jump-game timing snippet times the tested functions; no timing is asserted."""

from snippets.coding import greedy, greedy_scaling as timing
from tests.coding.graph_strategies import check_main_reports_exponents


def test_it_times_the_functions_the_correctness_tests_check():
    assert timing.min_jumps is greedy.min_jumps and timing.min_jumps_dp is greedy.min_jumps_dp


def test_greedy_and_dp_agree_on_the_timed_inputs():
    for n in timing.SIZES[:3]:
        jumps = timing.make_input(n)
        assert len(jumps) == n and min(jumps) >= 1 and max(jumps) <= n // 2
        assert timing.min_jumps(jumps) == timing.min_jumps_dp(jumps) is not None


def test_main_reports_one_exponent_per_series(monkeypatch, capsys):
    check_main_reports_exponents(timing, monkeypatch, capsys, series=2)
