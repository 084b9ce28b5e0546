"""The trie timing snippet times the tested trie on valid inputs; no timing is asserted."""

from snippets.coding import tries, tries_scaling as timing
from tests.coding.fake_timing import timed_series


def test_it_times_the_trie_the_correctness_tests_check():
    assert timing.Trie is tries.Trie


def test_trie_and_scan_agree_and_half_the_prefixes_occur(monkeypatch):
    timed = timed_series(monkeypatch, timing)
    assert list(timed) == ["trie, O(L) per query", "scan, O(nL) per query"]
    trie, scan = timed.values()
    answers = trie.answer()
    assert answers == scan.answer()
    assert answers.count(True) == timing.QUERIES // 2 == answers.count(False)
    words = trie.make_input(trie.sizes[0])[1]
    assert len(words) == timing.SIZES[0] and all(4 <= len(w) <= 8 for w in words)
