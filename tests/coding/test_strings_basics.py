"""Run-length encoding round trips, compression edge cases, word reversal, anagrams."""

import itertools
from collections import Counter

import pytest
from hypothesis import given, strategies as st

from snippets.coding.strings_basics import (
    compress, is_anagram, reverse_words, reverse_words_in_place, rle_decode, rle_encode,
    run_lengths,
)

no_digits = st.text(st.characters(blacklist_characters="0123456789"), max_size=40)
runny = st.text("ab ", max_size=40)


@given(st.text(max_size=40))
def test_runs_match_itertools_groupby_and_rebuild_the_text(s):
    runs = run_lengths(s)
    assert runs == [(ch, len(list(group))) for ch, group in itertools.groupby(s)]
    assert "".join(ch * k for ch, k in runs) == s


@given(no_digits)
def test_encode_then_decode_is_the_identity(s):
    assert rle_decode(rle_encode(s)) == s


@given(runny)
def test_compress_is_never_longer_and_always_decodable(s):
    c = compress(s)
    assert len(c) <= len(s)
    assert c == s or rle_decode(c) == s


def test_rle_and_compression_edge_cases():
    assert compress("aabcccccaaa") == "a2b1c5a3"
    assert compress("") == "" and compress("a") == "a" and compress("abc") == "abc"
    assert compress("aa") == "aa"  # 'a2' is not shorter
    assert compress("z" * 12) == "z12"  # counts of two digits
    assert rle_decode("a3b12") == "aaa" + "b" * 12
    with pytest.raises(ValueError):
        rle_encode("a11")  # would decode as eleven a's
    for bad in ("a", "3a", "ab2"):
        with pytest.raises(ValueError):
            rle_decode(bad)


@given(st.text(" ab\t\n", max_size=30))
def test_reverse_words_matches_split_and_reverse(s):
    assert reverse_words(s) == " ".join(s.split()[::-1])


@given(st.lists(st.text("abc", min_size=1, max_size=5), max_size=6))
def test_in_place_reversal_matches_the_list_version(words):
    chars = list(" ".join(words))
    reverse_words_in_place(chars)
    assert "".join(chars) == " ".join(reversed(words))


def test_reverse_words_edges():
    assert reverse_words("  the sky   is blue ") == "blue is sky the"
    assert reverse_words("") == "" and reverse_words("   ") == ""


@given(st.text("abcd", max_size=10), st.text("abcd", max_size=10))
def test_is_anagram_matches_sorting(a, b):
    assert is_anagram(a, b) == (sorted(a) == sorted(b)) == (Counter(a) == Counter(b))


@given(st.text(max_size=12), st.randoms())
def test_a_shuffle_is_an_anagram(s, random):
    t = list(s)
    random.shuffle(t)
    assert is_anagram(s, "".join(t))


def test_anagram_edges():
    assert is_anagram("", "") and is_anagram("listen", "silent")
    assert not is_anagram("rat", "car") and not is_anagram("aab", "abb")
    assert not is_anagram("Listen", "silent")  # case-sensitive as written
