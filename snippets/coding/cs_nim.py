"""Nim, take-away games and the Sprague-Grundy theorem, checked by game-tree search.

Used by docs/coding/game-theory.md.
"""

from __future__ import annotations

from functools import cache, reduce
from operator import xor


# --8<-- [start:nim]
def nim_first_player_wins(piles: tuple[int, ...]) -> bool:
    """Normal play (whoever takes the last object wins): win iff the XOR is non-zero."""
    return reduce(xor, piles, 0) != 0


def nim_winning_move(piles: tuple[int, ...]) -> tuple[int, int] | None:
    """(pile, new size) that makes the XOR zero, or None from a losing position.
    With total XOR s != 0, some pile p has the highest bit of s set, so p ^ s < p."""
    total = reduce(xor, piles, 0)
    for i, pile in enumerate(piles):
        if pile ^ total < pile:
            return i, pile ^ total
    return None
# --8<-- [end:nim]


# --8<-- [start:brute_force]
@cache
def wins_by_search(piles: tuple[int, ...]) -> bool:
    """Game-tree search: a position wins if some move leads to a losing one.
    Piles are kept sorted, so equal positions share one cache entry."""
    for i, pile in enumerate(piles):
        for left in range(pile):
            after = tuple(sorted(piles[:i] + (left,) + piles[i + 1:]))
            if not wins_by_search(after):
                return True
    return False  # no move (all piles empty) or every move lets the opponent win
# --8<-- [end:brute_force]


# --8<-- [start:grundy]
def mex(values: set[int]) -> int:
    """Minimum excludant: the smallest non-negative integer not in values."""
    m = 0
    while m in values:
        m += 1
    return m


def grundy_numbers(limit: int, removals: tuple[int, ...]) -> list[int]:
    """Grundy value of a pile of 0..limit when a move removes one of `removals`.
    A position's value is the mex of its options' values; 0 is a loss for the mover."""
    values: list[int] = []
    for n in range(limit + 1):
        values.append(mex({values[n - r] for r in removals if r <= n}))
    return values


def sum_first_player_wins(piles: tuple[int, ...], removals: tuple[int, ...]) -> bool:
    """Sprague-Grundy: a sum of games is lost exactly when its values XOR to 0."""
    values = grundy_numbers(max(piles, default=0), removals)
    return reduce(xor, (values[p] for p in piles), 0) != 0
# --8<-- [end:grundy]


# --8<-- [start:take_away]
def take_away_first_player_wins(n: int, k: int) -> bool:
    """One pile of n, take 1..k per turn, whoever takes the last wins: the mover loses
    exactly when n is a multiple of k + 1 (the opponent answers t with k + 1 - t)."""
    return n % (k + 1) != 0
# --8<-- [end:take_away]


def main() -> None:
    for piles in ((3, 4, 5), (1, 2, 3), (2, 2), (5, 9, 13)):
        print(f"Nim {piles}: XOR {reduce(xor, piles, 0):2d}, first player wins "
              f"{nim_first_player_wins(piles)} (search: {wins_by_search(piles)}), "
              f"winning move {nim_winning_move(piles)}")
    print("\nGrundy values, remove 1, 2 or 3:", grundy_numbers(12, (1, 2, 3)))
    print("Grundy values, remove 1, 3 or 4:", grundy_numbers(12, (1, 3, 4)))
    print("take-away, k = 3, losing pile sizes up to 20:",
          [n for n in range(21) if not take_away_first_player_wins(n, 3)])


if __name__ == "__main__":
    main()
