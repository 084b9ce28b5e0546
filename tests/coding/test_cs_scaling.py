"""The multiplication timing snippet times the tested functions; no timing is asserted."""

from snippets.coding import cs_divide_conquer, cs_scaling as timing
from tests.coding.graph_strategies import check_main_reports_exponents


def test_it_times_the_tested_functions_on_correct_inputs():
    assert timing.karatsuba is cs_divide_conquer.karatsuba
    assert timing.schoolbook is cs_divide_conquer.schoolbook
    for bits in timing.SIZES[:2]:
        x, y = timing.make_input(bits)
        assert x.bit_length() == y.bit_length() == bits
        assert timing.karatsuba_pair((x, y)) == timing.schoolbook_pair((x, y)) == x * y


def test_main_reports_one_exponent_per_series(monkeypatch, capsys):
    check_main_reports_exponents(timing, monkeypatch, capsys, series=2)
