"""Knapsack-style DP: coin change (fewest coins, number of ways) and the 0/1 knapsack.

Used by docs/coding/dynamic-programming.md.
"""

from __future__ import annotations

from snippets.coding.greedy_coins import greedy_coins  # largest coin first, on greedy.md


# --8<-- [start:coin_change]
def min_coins(coins: list[int], amount: int) -> int:
    """Fewest coins (any number of each positive value) making amount; -1 if none."""
    best = [0] + [amount + 1] * amount  # amount + 1 is "infinity": no answer needs it
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    return best[amount] if best[amount] <= amount else -1


def count_ways(coins: list[int], amount: int) -> int:
    """Number of multisets of coins summing to amount (order does not matter)."""
    ways = [1] + [0] * amount
    for coin in set(coins):  # coins outer: each multiset is counted once, in coin order
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]
# --8<-- [end:coin_change]


# --8<-- [start:knapsack]
def knapsack(weights: list[int], values: list[int],
             capacity: int) -> tuple[int, list[int]]:
    """Best total value of items (each used at most once) with total weight <= capacity,
    and the indices of one best choice."""
    n = len(weights)
    # best[i][c]: best value using the first i items with capacity c
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        w, v = weights[i - 1], values[i - 1]
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]  # skip item i-1
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v  # take it
    chosen, c = [], capacity
    for i in range(n, 0, -1):  # walk back: a changed value means item i-1 was taken
        if best[i][c] != best[i - 1][c]:
            chosen.append(i - 1)
            c -= weights[i - 1]
    return best[n][capacity], chosen[::-1]


def knapsack_value(weights: list[int], values: list[int], capacity: int) -> int:
    """The same optimum in O(capacity) memory: one row, capacities visited downwards."""
    best = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w - 1, -1):  # downwards, so each item is used once
            best[c] = max(best[c], best[c - w] + v)
    return best[capacity]


def greedy_by_density(weights: list[int], values: list[int], capacity: int) -> int:
    """Take whole items by value per unit weight while they fit (not optimal)."""
    total = 0
    for i in sorted(range(len(weights)), key=lambda i: -values[i] / weights[i]):
        if weights[i] <= capacity:
            capacity -= weights[i]
            total += values[i]
    return total
# --8<-- [end:knapsack]


def main() -> None:
    print("min_coins([1, 2, 5], 11) =", min_coins([1, 2, 5], 11))
    print("min_coins([2], 3) =", min_coins([2], 3))
    print("count_ways([1, 2, 5], 5) =", count_ways([1, 2, 5], 5))
    for coins in ([1, 5, 10, 25], [1, 3, 4]):
        print(f"coins {coins}, amount 6: greedy {len(greedy_coins(coins, 6))} coins,"
              f" optimal {min_coins(coins, 6)}")
    weights, values = [1, 3, 4, 5], [1, 4, 5, 7]
    value, chosen = knapsack(weights, values, 7)
    print(f"knapsack(weights={weights}, values={values}, capacity=7) -> value {value},"
          f" items {chosen}")
    print("one-row version:", knapsack_value(weights, values, 7),
          "| greedy by value per weight:", greedy_by_density(weights, values, 7))


if __name__ == "__main__":
    main()
