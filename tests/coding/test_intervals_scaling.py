"""The meeting-rooms timing snippet times the tested functions; no timing is asserted."""

from snippets.coding import intervals, intervals_scaling as timing
from tests.coding.graph_strategies import check_main_reports_exponents


def test_it_times_the_functions_the_correctness_tests_check():
    assert timing.min_rooms_sweep is intervals.min_rooms_sweep
    assert timing.min_rooms_heap is intervals.min_rooms_heap


def test_all_three_agree_on_the_timed_inputs():
    for n in timing.SIZES[:3]:
        ms = timing.make_input(n)
        assert len(ms) == n and all(s < e for s, e in ms)
        assert timing.min_rooms_sweep(ms) == timing.min_rooms_heap(ms) == timing.min_rooms_brute(ms)


def test_main_reports_one_exponent_per_series(monkeypatch, capsys):
    check_main_reports_exponents(timing, monkeypatch, capsys, series=3)
