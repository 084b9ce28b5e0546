"""The membership timing snippet: both containers answer alike; no timing is asserted."""

from snippets.coding import py_membership_scaling as timing
from tests.coding.graph_strategies import check_main_reports_exponents


def test_list_and_set_give_the_same_answer_on_the_timed_inputs():
    for n in timing.SIZES[:2]:
        as_list, as_set = timing.make_list(n), timing.make_set(n)
        assert timing.count_found(as_list) == timing.count_found(as_set) == 0
        assert sorted(as_list[0]) == sorted(as_set[0])
    assert timing.count_found(([1, 2, 3], range(0, 3))) == 2


def test_main_reports_one_exponent_per_series(monkeypatch, capsys):
    check_main_reports_exponents(timing, monkeypatch, capsys, series=2)
