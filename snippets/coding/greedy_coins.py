"""Where greedy fails: coin change with coins {1, 3, 4}, greedy against a DP.

Used by docs/coding/greedy.md.
"""

from __future__ import annotations

from collections.abc import Sequence


# --8<-- [start:coins]
def greedy_coins(coins: Sequence[int], amount: int) -> list[int] | None:
    """Always take the largest coin that still fits. Optimal for some coin systems
    (1, 5, 10, 25), not for all."""
    used = []
    for coin in sorted(coins, reverse=True):
        while amount >= coin:
            amount -= coin
            used.append(coin)
    return used if amount == 0 else None


def fewest_coins(coins: Sequence[int], amount: int) -> list[int] | None:
    """Dynamic programming: best[a] = 1 + min over coins c <= a of best[a - c].
    O(amount * len(coins)) time; returns one optimal multiset of coins."""
    best = [0] + [None] * amount
    last_coin = [0] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] is not None and (
                    best[a] is None or best[a - c] + 1 < best[a]):
                best[a], last_coin[a] = best[a - c] + 1, c
    if best[amount] is None:
        return None
    used = []
    while amount:
        used.append(last_coin[amount])
        amount -= last_coin[amount]
    return sorted(used, reverse=True)
# --8<-- [end:coins]


def first_counterexample(coins: Sequence[int], limit: int = 100) -> int | None:
    """The smallest amount up to `limit` where greedy uses more coins than needed."""
    for amount in range(1, limit + 1):
        greedy, best = greedy_coins(coins, amount), fewest_coins(coins, amount)
        if best is not None and (greedy is None or len(greedy) > len(best)):
            return amount
    return None


def main() -> None:
    coins = [1, 3, 4]
    print("greedy for 6:", greedy_coins(coins, 6), " optimal:", fewest_coins(coins, 6))
    print("first amount where greedy loses, {1, 3, 4}:", first_counterexample(coins))
    print("US coins {1, 5, 10, 25}:", first_counterexample([1, 5, 10, 25]))
    print("{5, 2} for 6: greedy", greedy_coins([5, 2], 6),
          " optimal", fewest_coins([5, 2], 6))


if __name__ == "__main__":
    main()
