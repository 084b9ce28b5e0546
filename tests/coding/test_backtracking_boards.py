"""N-queens against brute force over permutations and the known counts; word search."""

import itertools

from hypothesis import given, strategies as st

from snippets.coding.backtracking_boards import (
    n_queens, n_queens_brute_force, word_search,
)

KNOWN_COUNTS = [1, 0, 0, 2, 10, 4, 40, 92, 352, 724]  # n = 1..10


def test_brute_force_over_permutations_gives_the_known_counts():
    assert [n_queens_brute_force(n) for n in range(1, 9)] == KNOWN_COUNTS[:8]


def test_backtracking_gives_the_known_counts():
    assert [n_queens(n) for n in range(1, 11)] == KNOWN_COUNTS


def test_empty_board_has_one_placement():
    assert n_queens(0) == 1 == n_queens_brute_force(0)


def brute_force_word_search(board, word):
    """Try every sequence of distinct cells of the word's length (tiny boards only)."""
    cells = [(r, c) for r in range(len(board)) for c in range(len(board[0]))]
    for path in itertools.permutations(cells, len(word)):
        steps = zip(path, path[1:])
        if all(abs(a - c) + abs(b - d) == 1 for (a, b), (c, d) in steps) and all(
                board[r][c] == ch for (r, c), ch in zip(path, word)):
            return True
    return False


boards = st.integers(1, 3).flatmap(lambda rows: st.integers(1, 3).flatmap(
    lambda cols: st.lists(st.lists(st.sampled_from("AB"), min_size=cols, max_size=cols),
                          min_size=rows, max_size=rows)))


@given(boards, st.text(alphabet="AB", min_size=1, max_size=4))
def test_word_search_matches_brute_force_and_restores_the_board(board, word):
    before = [row.copy() for row in board]
    assert word_search(board, word) == brute_force_word_search(board, word)
    assert board == before


def test_word_search_edge_cases():
    board = [list("ABCE"), list("SFCS"), list("ADEE")]
    assert word_search(board, "ABCCED") and word_search(board, "SEE")
    assert not word_search(board, "ABCB")  # would reuse the B
    assert word_search([["A"]], "A") and not word_search([["A"]], "AA")
    assert word_search([["A"]], "")
    assert not word_search([list("AB")], "ABA")  # needs a cell twice
