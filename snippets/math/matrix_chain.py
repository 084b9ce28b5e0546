"""Matrix-chain ordering: count scalar multiplications, find the best order by dynamic
programming, and check it against every parenthesization.

Used by docs/math/numerical-computing.md.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

SEED = 1


# --8<-- [start:chain]
def matrix_chain_order(dims: list[int]) -> tuple[int, str]:
    """Fewest scalar multiplications for A1...An, where Ai is dims[i-1] x dims[i], and the order.

    cost[i][j] = min over split k of cost[i][k] + cost[k+1][j] + dims[i] dims[k+1] dims[j+1]:
    O(n^3) time, O(n^2) memory."""
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):  # solve short chains before the long ones that use them
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j], split[i][j] = min(
                (cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k)
                for k in range(i, j))

    def order(i: int, j: int) -> str:
        if i == j:
            return f"A{i + 1}"
        return f"({order(i, split[i][j])}{order(split[i][j] + 1, j)})"

    return cost[0][n - 1], order(0, n - 1)


def brute_force_costs(dims: list[int]) -> dict[str, int]:
    """Cost of every parenthesization (there are Catalan(n - 1) of them)."""
    @lru_cache(maxsize=None)
    def all_orders(i: int, j: int) -> tuple[tuple[str, int], ...]:
        if i == j:
            return ((f"A{i + 1}", 0),)
        return tuple((f"({left}{right})", lc + rc + dims[i] * dims[k + 1] * dims[j + 1])
                     for k in range(i, j)
                     for left, lc in all_orders(i, k) for right, rc in all_orders(k + 1, j))
    return dict(all_orders(0, len(dims) - 2))
# --8<-- [end:chain]


def multiply_in_order(matrices: list[np.ndarray], order: str) -> np.ndarray:
    """Evaluate a parenthesization string such as '((A1A2)A3)' with the given matrices."""
    stack: list = []
    i = 0
    while i < len(order):
        if order[i] == "A":
            j = i + 1
            while j < len(order) and order[j].isdigit():
                j += 1
            stack.append(matrices[int(order[i + 1:j]) - 1])
            i = j
            continue
        if order[i] == ")":
            right, left = stack.pop(), stack.pop()
            stack.append(left @ right)
        i += 1
    return stack[0]


# --8<-- [start:main]
def main() -> None:
    dims = [100, 5, 200, 20]  # A: 100x5, B: 5x200, C: 200x20
    for order, cost in brute_force_costs(dims).items():
        print(f"{order.replace('A1', 'A').replace('A2', 'B').replace('A3', 'C')}: {cost:,} multiplications")
    best, order = matrix_chain_order(dims)
    print(f"dynamic program: {best:,} with {order}")
    print(f"ratio {500_000 / best:.1f}x; intermediate AB has {dims[0] * dims[2]:,} entries, "
          f"BC has {dims[1] * dims[3]:,}")

    rng = np.random.default_rng(SEED)
    dims = [int(d) for d in rng.integers(2, 60, size=9)]  # 8 matrices
    costs = brute_force_costs(dims)
    best, order = matrix_chain_order(dims)
    print(f"\n8 matrices, dims {dims}")
    print(f"  {len(costs)} parenthesizations; worst {max(costs.values()):,}, "
          f"best {min(costs.values()):,}; DP finds {best:,} with {order}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
