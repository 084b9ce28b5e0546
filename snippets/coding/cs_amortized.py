"""Amortized analysis of the doubling array: aggregate totals and the potential method.

Used by docs/coding/complexity-and-algorithm-design.md.
"""

from __future__ import annotations

from snippets.coding.ds_dynamic_array import DynamicArray


# --8<-- [start:amortized]
def append_costs(n: int, factor: float = 2.0) -> list[tuple[int, int, int]]:
    """(actual cost, size, capacity) after each of n appends; cost = 1 + copies."""
    array, rows = DynamicArray(factor), []
    for i in range(n):
        cost = array.append(i)
        rows.append((cost, len(array), array.capacity))
    return rows


def potential(size: int, capacity: int) -> int:
    """Phi = 2 * size - capacity + 1: 0 for the empty array (capacity 1), never below 0,
    and it rises by 2 per cheap append, saving up for the next copy."""
    return 2 * size - capacity + 1


def amortized_costs(n: int) -> list[int]:
    """Actual cost plus the change in potential, for each append to a doubling array."""
    previous, amortized = potential(0, 1), []
    for cost, size, capacity in append_costs(n, 2.0):
        current = potential(size, capacity)
        amortized.append(cost + current - previous)
        previous = current
    return amortized
# --8<-- [end:amortized]


def main() -> None:
    rows, amortized = append_costs(17), amortized_costs(17)
    print(f"{'append':>6} {'actual':>6} {'size':>4} {'capacity':>8} {'Phi':>4} "
          f"{'amortized':>9}")
    for i, ((cost, size, capacity), paid) in enumerate(zip(rows, amortized), start=1):
        phi = potential(size, capacity)
        print(f"{i:>6} {cost:>6} {size:>4} {capacity:>8} {phi:>4} {paid:>9}")
    for n in (1_000, 1_000_000):
        total = sum(cost for cost, _, _ in append_costs(n))
        print(f"n = {n}: total actual cost {total} = {total / n:.3f} per append (<= 3)")


if __name__ == "__main__":
    main()
