"""Measured growth: n appends to the doubling array, and draining a queue of n items.

Used by docs/coding/data-structures.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

from collections import deque

import matplotlib.pyplot as plt

from snippets._shared.scaling import fitted_exponent, measure_scaling, plot_scaling
from snippets.coding.ds_containers import removal_order
from snippets.coding.ds_dynamic_array import DynamicArray

SIZES = [2_000, 4_000, 8_000, 16_000, 32_000]


def make_input(n: int) -> list[int]:
    return list(range(n))


def append_all(items: list[int]) -> int:
    """n appends to a DynamicArray that doubles: O(n) in total."""
    array = DynamicArray(2.0)
    for x in items:
        array.append(x)
    return len(array)


def drain_deque(items: list[int]) -> list[int]:
    """FIFO removal with deque.popleft: O(1) each, O(n) in total."""
    return removal_order(items, "queue")


def drain_list_front(items: list[int]) -> list[int]:
    """FIFO removal with list.pop(0): every pop shifts the rest, O(n^2) in total."""
    queue = list(items)
    return [queue.pop(0) for _ in range(len(queue))]


def main() -> None:
    series = {
        "DynamicArray.append x n": measure_scaling(append_all, make_input, SIZES),
        "deque.popleft x n": measure_scaling(drain_deque, make_input, SIZES),
        "list.pop(0) x n": measure_scaling(drain_list_front, make_input, SIZES),
    }
    for name, times in series.items():
        print(f"{name:24s} fitted exponent {fitted_exponent(SIZES, times):.2f}")
    plot_scaling(SIZES, series, "n operations on a container of n items")
    plt.show()


if __name__ == "__main__":
    main()
