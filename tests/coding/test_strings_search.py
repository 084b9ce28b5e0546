"""KMP, Rabin-Karp and the naive scan against str.find and a slicing reference."""

from hypothesis import given, strategies as st

from snippets.coding.strings_search import (
    kmp_find, kmp_find_all, naive_find, prefix_function, rabin_karp_find,
)

texts = st.text("ab", max_size=30)
patterns = st.text("ab", max_size=5)


@given(texts, patterns)
def test_all_three_agree_with_str_find(text, pattern):
    expected = text.find(pattern)
    assert kmp_find(text, pattern) == rabin_karp_find(text, pattern) == expected
    assert naive_find(text, pattern) == expected


@given(st.text(max_size=40), st.text(max_size=4))
def test_agreement_on_any_unicode_text(text, pattern):
    expected = text.find(pattern)
    assert kmp_find(text, pattern) == rabin_karp_find(text, pattern) == expected


@given(texts, patterns)
def test_kmp_finds_every_overlapping_occurrence(text, pattern):
    expected = [i for i in range(len(text) - len(pattern) + 1)
                if text[i:i + len(pattern)] == pattern]
    assert kmp_find_all(text, pattern) == expected


@given(st.text("abc", max_size=15))
def test_prefix_function_matches_its_definition(p):
    expected = [max(k for k in range(i + 1) if p[:k] == p[i + 1 - k:i + 1] and k <= i)
                for i in range(len(p))]
    assert prefix_function(p) == expected


def test_edge_cases():
    assert prefix_function("abacabab") == [0, 0, 1, 0, 1, 2, 3, 2]
    assert kmp_find_all("aaaaa", "aa") == [0, 1, 2, 3]
    assert kmp_find("", "") == rabin_karp_find("", "") == naive_find("", "") == 0
    assert kmp_find("abc", "abcd") == rabin_karp_find("abc", "abcd") == -1
    text = "the cat sat on the mat with the hat"
    assert kmp_find(text, "at on") == 9 and rabin_karp_find(text, "dog") == -1
