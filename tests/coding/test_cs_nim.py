"""The XOR rule, Grundy values and the take-away rule against brute-force game-tree search."""

from __future__ import annotations

from functools import cache

from hypothesis import given, strategies as st

from snippets.coding.cs_nim import (grundy_numbers, mex, nim_first_player_wins,
                                    nim_winning_move, sum_first_player_wins,
                                    take_away_first_player_wins, wins_by_search)

small_piles = st.lists(st.integers(0, 7), max_size=3).map(lambda p: tuple(sorted(p)))


@given(small_piles)
def test_xor_rule_matches_game_tree_search(piles):
    assert nim_first_player_wins(piles) == wins_by_search(piles)


@given(small_piles)
def test_winning_move_leaves_a_lost_position(piles):
    move = nim_winning_move(piles)
    if nim_first_player_wins(piles):
        i, size = move
        assert size < piles[i]
        after = tuple(sorted(piles[:i] + (size,) + piles[i + 1:]))
        assert not wins_by_search(after)
    else:
        assert move is None


@cache
def sum_wins_by_search(piles: tuple[int, ...], removals: tuple[int, ...]) -> bool:
    """Reference for a sum of subtraction games: search the combined game directly."""
    return any(not sum_wins_by_search(tuple(sorted(piles[:i] + (p - r,) + piles[i + 1:])),
                                      removals)
               for i, p in enumerate(piles) for r in removals if r <= p)


@given(st.lists(st.integers(0, 9), max_size=3).map(lambda p: tuple(sorted(p))),
       st.sampled_from([(1, 2, 3), (1, 3, 4), (2, 5), (1, 4)]))
def test_sprague_grundy_matches_search_of_the_sum(piles, removals):
    assert sum_first_player_wins(piles, removals) == sum_wins_by_search(piles, removals)


@given(st.integers(0, 40), st.integers(1, 6))
def test_take_away_rule_matches_grundy_and_search(n, k):
    removals = tuple(range(1, k + 1))
    assert take_away_first_player_wins(n, k) == sum_wins_by_search((n,), removals)
    assert grundy_numbers(n, removals)[n] == n % (k + 1)


def test_mex_and_the_values_on_the_page():
    assert mex(set()) == 0 and mex({0, 1, 3}) == 2
    assert grundy_numbers(12, (1, 3, 4)) == [0, 1, 0, 1, 2, 3, 2, 0, 1, 0, 1, 2, 3]
    assert nim_winning_move((3, 4, 5)) == (0, 1)
    assert not nim_first_player_wins((1, 2, 3)) and nim_first_player_wins((5, 9, 13))


def test_moves_1_3_4_lose_exactly_at_0_and_2_mod_7():
    values = grundy_numbers(200, (1, 3, 4))
    assert [n for n, v in enumerate(values) if v == 0] == [
        n for n in range(201) if n % 7 in (0, 2)]
