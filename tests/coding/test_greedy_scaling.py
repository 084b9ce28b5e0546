"""The jump-game timing snippet times the tested functions; no timing is asserted."""

from snippets.coding import greedy, greedy_scaling as timing
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert timing.min_jumps is greedy.min_jumps and timing.min_jumps_dp is greedy.min_jumps_dp


def test_greedy_and_dp_agree_on_the_timed_inputs(monkeypatch):
    timed = timed_series(monkeypatch, timing)
    assert list(timed) == ["greedy windows, O(n)", "dynamic program, O(n^2)"]
    scan, dp = timed.values()
    for i, n in enumerate(scan.sizes[:3]):
        jumps = scan.make_input(n)
        assert len(jumps) == n and min(jumps) >= 1 and max(jumps) <= n // 2
        assert scan.answer(i) == dp.answer(i) is not None
