"""Minimax on tic-tac-toe against the known game-tree counts; alpha-beta against minimax."""

from __future__ import annotations

from hypothesis import given, strategies as st

from snippets.coding.cs_minimax import (EMPTY, alphabeta, best_move, distinct_positions,
                                        minimax, other, play, self_play, winner)


@st.composite
def positions(draw):
    """A position reached by 2 to 9 legal random moves (fewer than 2 leave a tree of
    hundreds of thousands of nodes, which the full-tree test covers once)."""
    board, player = EMPTY, "X"
    for _ in range(draw(st.integers(2, 9))):
        empty = [i for i, c in enumerate(board) if c == "."]
        if winner(board) or not empty:
            break
        board, player = play(board, draw(st.sampled_from(empty)), player), other(player)
    return board, player


def test_full_tree_has_the_known_549946_nodes_and_is_a_draw():
    counter = [0]
    assert minimax(EMPTY, "X", counter) == 0
    assert counter[0] == 549_946  # 255,168 finished games; every prefix counted once


def test_alpha_beta_on_the_empty_board():
    counter = [0]
    assert alphabeta(EMPTY, "X", counter) == 0
    assert counter[0] == 18_297


@given(positions())
def test_alpha_beta_agrees_with_minimax_and_visits_no_more_nodes(position):
    board, player = position
    plain, pruned = [0], [0]
    assert alphabeta(board, player, pruned) == minimax(board, player, plain)
    assert pruned[0] <= plain[0]


def test_there_are_5478_reachable_positions():
    assert len(distinct_positions()) == 5478


def test_perfect_play_is_a_draw_and_best_move_wins_or_blocks():
    final = self_play()
    assert "." not in final and winner(final) is None
    assert best_move("XX.OO....", "X") == 2  # take the win
    assert best_move("XX.O.....", "O") == 2  # block it
