"""1-D and grid DP: Fibonacci four ways, climbing stairs, house robber, grid paths.

Used by docs/coding/dynamic-programming.md.
"""

from __future__ import annotations

from functools import lru_cache


# --8<-- [start:fibonacci]
def fib_naive(n: int) -> int:
    """Straight from the recurrence: recomputes subproblems, about phi^n calls."""
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


def fib_memo(n: int) -> int:
    """Top-down with a cache: each F(k) is computed once, O(n) time and O(n) stack."""
    @lru_cache(maxsize=None)
    def f(k: int) -> int:
        return k if k < 2 else f(k - 1) + f(k - 2)
    return f(n)


def fib_iterative(n: int) -> int:
    """Bottom-up keeping only the last two values: O(n) time, O(1) space."""
    previous, current = 0, 1  # F(0), F(1)
    for _ in range(n):
        previous, current = current, previous + current
    return previous


def fib_doubling(n: int) -> int:
    """Fast doubling, O(log n) arithmetic steps: F(2k) = F(k) (2 F(k+1) - F(k)),
    F(2k+1) = F(k)^2 + F(k+1)^2."""
    a, b = 0, 1  # F(k), F(k+1) for k = the bits of n read so far
    for bit in bin(n)[2:]:
        a, b = a * (2 * b - a), a * a + b * b  # k -> 2k
        if bit == "1":
            a, b = b, a + b  # 2k -> 2k + 1
    return a
# --8<-- [end:fibonacci]


def naive_calls(n: int) -> int:
    """Calls made by fib_naive(n): C(n) = 1 + C(n-1) + C(n-2), C(0) = C(1) = 1."""
    previous, current = 1, 1
    for _ in range(n - 1):
        previous, current = current, 1 + current + previous
    return current


# --8<-- [start:stairs]
def climb_stairs(n: int) -> int:
    """Ways to climb n steps, 1 or 2 at a time: ways(n) = ways(n-1) + ways(n-2)."""
    one_back, two_back = 1, 1  # ways(0) = 1 (the empty climb), ways(1) = 1
    for _ in range(n - 1):
        one_back, two_back = one_back + two_back, one_back
    return one_back
# --8<-- [end:stairs]


# --8<-- [start:robber]
def rob(houses: list[int]) -> int:
    """Largest sum of non-adjacent values:
    best(i) = max(best(i-1), best(i-2) + houses[i])."""
    skip, take = 0, 0  # best sum so far with the last house skipped / robbed
    for value in houses:
        skip, take = max(skip, take), skip + value
    return max(skip, take)
# --8<-- [end:robber]


# --8<-- [start:grid_paths]
def grid_paths(grid: list[list[int]]) -> int:
    """Right/down paths from top-left to bottom-right avoiding cells marked 1."""
    if not grid or not grid[0]:
        return 0
    cols = len(grid[0])
    ways = [0] * cols  # ways[c]: paths into cell (current row, c)
    ways[0] = 1
    for row in grid:
        for c in range(cols):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] += ways[c - 1]  # from above (old ways[c]) plus from the left
    return ways[-1]
# --8<-- [end:grid_paths]


def main() -> None:
    print("n      :", [n for n in range(11)])
    print("F(n)   :", [fib_iterative(n) for n in range(11)])
    print("stairs :", [climb_stairs(n) for n in range(11)])
    print("fib_naive(25) makes", naive_calls(25),
          "calls; fib_memo(25) computes 26 values")
    print("F(100) =", fib_doubling(100))
    print("rob([2, 7, 9, 3, 1]) =", rob([2, 7, 9, 3, 1]))
    print("paths in an empty 3 x 7 grid:", grid_paths([[0] * 7 for _ in range(3)]))
    print("paths around one obstacle:", grid_paths([[0, 0, 0], [0, 1, 0], [0, 0, 0]]))


if __name__ == "__main__":
    main()
