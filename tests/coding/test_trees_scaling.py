"""The tree timing snippet times the tested LCA functions on valid inputs; no timing is asserted."""

from snippets.coding import trees_lca, trees_scaling as timing
from tests.coding.graph_strategies import check_main_reports_exponents


def test_it_times_the_functions_the_correctness_tests_check():
    assert timing.lca is trees_lca.lca and timing.lca_bst is trees_lca.lca_bst


def test_both_runners_give_the_same_answers_on_every_size():
    for n in timing.SIZES[:2]:
        data = timing.make_input(n)
        assert timing.run_general(data) == timing.run_bst(data)
        assert len(data[1]) == timing.QUERIES


def test_main_reports_one_exponent_per_series(monkeypatch, capsys):
    check_main_reports_exponents(timing, monkeypatch, capsys, series=2)
