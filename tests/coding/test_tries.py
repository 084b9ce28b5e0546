"""The trie against a brute-force scan of the inserted words."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, strategies as st

from snippets.coding.tries import Trie

words = st.lists(st.text(alphabet="abc", max_size=5), max_size=30)
probes = st.text(alphabet="abcd", max_size=4)


def build(word_list):
    trie = Trie()
    for w in word_list:
        trie.insert(w)
    return trie


@given(words, probes)
def test_search_and_prefix_match_a_scan(word_list, probe):
    trie = build(word_list)
    assert trie.search(probe) == (probe in word_list)
    assert trie.starts_with(probe) == any(w.startswith(probe) for w in word_list)


@given(words, probes, st.integers(0, 6))
def test_autocomplete_ranks_by_frequency_then_alphabet(word_list, prefix, k):
    counts = Counter(w for w in word_list if w.startswith(prefix))
    expected = sorted(counts, key=lambda w: (-counts[w], w))[:k]
    assert build(word_list).autocomplete(prefix, k) == expected


def test_worked_example_and_edge_cases():
    trie = build(["car", "cart", "care", "car", "cat", "cart", "car", "dog", "care", "cab"])
    assert trie.search("car") and not trie.search("ca")  # a prefix is not a word
    assert trie.starts_with("ca") and not trie.starts_with("cow")
    assert trie.autocomplete("ca", 3) == ["car", "care", "cart"]
    assert trie.autocomplete("", 5) == ["car", "care", "cart", "cab", "cat"]
    assert trie.autocomplete("x", 3) == [] and trie.autocomplete("ca", 0) == []
    empty = Trie()
    assert not empty.search("") and not empty.starts_with("")  # no word at all
    empty.insert("")
    assert empty.search("") and empty.starts_with("")
    assert trie.root.below == 10 and trie._find("car").below == 7
    weighted = Trie()
    weighted.insert("ab", times=5)
    weighted.insert("aa")
    assert weighted.autocomplete("a", 2) == ["ab", "aa"]
