"""The heap timing snippet times the tested running median; no timing is asserted."""

import statistics

from snippets.coding import heaps_scaling as timing, heaps_streams
from tests.coding.graph_strategies import check_main_reports_exponents


def test_it_times_the_function_the_correctness_tests_check():
    assert timing.prefix_medians is heaps_streams.prefix_medians


def test_brute_force_and_heaps_agree_on_the_timed_inputs():
    values = timing.make_input(timing.SIZES[0])
    assert len(values) == timing.SIZES[0]
    assert timing.prefix_medians_by_sorting(values) == timing.prefix_medians(values)
    assert timing.prefix_medians_by_sorting(values)[-1] == statistics.median(values)


def test_main_reports_one_exponent_per_series(monkeypatch, capsys):
    check_main_reports_exponents(timing, monkeypatch, capsys, series=2)
