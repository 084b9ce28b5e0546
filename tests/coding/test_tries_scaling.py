"""The trie timing snippet times the tested trie on valid inputs; no timing is asserted."""

from snippets.coding import tries, tries_scaling as timing
from tests.coding.graph_strategies import check_main_reports_exponents


def test_it_times_the_trie_the_correctness_tests_check():
    assert timing.Trie is tries.Trie


def test_trie_and_scan_agree_and_half_the_prefixes_occur():
    data = timing.make_input(timing.SIZES[0])
    answers = timing.run_trie(data)
    assert answers == timing.run_scan(data)
    assert answers.count(True) == timing.QUERIES // 2 == answers.count(False)
    words = data[1]
    assert len(words) == timing.SIZES[0] and all(4 <= len(w) <= 8 for w in words)


def test_main_reports_one_exponent_per_series(monkeypatch, capsys):
    check_main_reports_exponents(timing, monkeypatch, capsys, series=2)
