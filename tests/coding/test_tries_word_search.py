"""Word search II (trie plus backtracking) against a per-word brute-force grid search."""

from __future__ import annotations

import copy

from hypothesis import given, strategies as st

from snippets.coding.backtracking_boards import word_search
from snippets.coding.tries_word_search import find_words


def brute_has_word(board, word):
    """Reference: extend every simple path cell by cell, as sets of (path, last cell)."""
    rows, cols = len(board), len(board[0])
    paths = [((r, c),) for r in range(rows) for c in range(cols) if board[r][c] == word[0]]
    for ch in word[1:]:
        paths = [p + ((r + dr, c + dc),) for p in paths for (r, c) in [p[-1]]
                 for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= r + dr < rows and 0 <= c + dc < cols
                 and (r + dr, c + dc) not in p and board[r + dr][c + dc] == ch]
    return bool(paths)


@st.composite
def boards(draw):
    rows, cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    return [draw(st.lists(st.sampled_from("ab"), min_size=cols, max_size=cols))
            for _ in range(rows)]


dictionaries = st.lists(st.text(alphabet="abc", min_size=1, max_size=5), max_size=12)


@given(boards(), dictionaries)
def test_all_words_found_match_word_by_word_brute_force(board, words):
    original = copy.deepcopy(board)
    expected = sorted({w for w in words if brute_has_word(board, w)})
    assert find_words(board, words) == expected
    assert board == original  # the search restores every cell it marks
    assert sorted({w for w in words if word_search(board, w)}) == expected


def test_worked_example_and_edge_cases():
    board = [list("oaan"), list("etae"), list("ihkr"), list("iflv")]
    words = ["oath", "pea", "eat", "rain", "hike", "oat", "tea"]
    assert find_words(board, words) == ["eat", "oat", "oath"]
    assert find_words([list("ab")], ["aba"]) == []  # a cell cannot be reused
    assert find_words([list("aa")], ["a", "a", "aa"]) == ["a", "aa"]  # reported once
    assert find_words([], ["a"]) == [] and find_words([["a"]], []) == []
