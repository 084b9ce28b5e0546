"""The data-structure timing snippet times tested code; no timing is asserted."""

from snippets.coding import ds_containers, ds_scaling as timing
from tests.coding.graph_strategies import check_main_reports_exponents


def test_it_times_the_tested_functions_and_they_agree():
    assert timing.removal_order is ds_containers.removal_order
    items = timing.make_input(timing.SIZES[0])
    assert timing.drain_deque(items) == timing.drain_list_front(items) == items
    assert timing.append_all(items) == len(items)


def test_main_reports_one_exponent_per_series(monkeypatch, capsys):
    check_main_reports_exponents(timing, monkeypatch, capsys, series=3)
