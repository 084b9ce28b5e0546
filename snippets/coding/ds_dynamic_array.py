"""A growable array that counts the copies its resizes make; CPython's list growth.

Used by docs/coding/data-structures.md and
docs/coding/complexity-and-algorithm-design.md.
"""

from __future__ import annotations

import math
import sys


# --8<-- [start:dynamic_array]
class DynamicArray:
    """An array over a fixed-size buffer that grows by `factor` when it is full."""

    def __init__(self, factor: float = 2.0) -> None:
        if factor <= 1:
            raise ValueError("the growth factor must be greater than 1")
        self.factor = factor
        self._buffer: list[object] = [None]  # capacity 1 to start
        self._size = 0
        self.copies = 0  # elements moved by all resizes so far
        self.resizes = 0

    def __len__(self) -> int:
        return self._size

    @property
    def capacity(self) -> int:
        return len(self._buffer)

    def __getitem__(self, i: int) -> object:
        if not 0 <= i < self._size:
            raise IndexError(i)
        return self._buffer[i]

    def append(self, value: object) -> int:
        """Store value after the last element; return this call's cost (1 + copies)."""
        cost = 1
        if self._size == self.capacity:
            grown = math.ceil(self.capacity * self.factor)
            cost += self._resize(max(self.capacity + 1, grown))
        self._buffer[self._size] = value
        self._size += 1
        return cost

    def pop(self) -> object:
        """Remove and return the last element; halve the buffer at a quarter full."""
        if self._size == 0:
            raise IndexError("pop from an empty array")
        self._size -= 1
        value, self._buffer[self._size] = self._buffer[self._size], None
        if 0 < self._size <= self.capacity // 4:
            self._resize(self.capacity // 2)
        return value

    def _resize(self, new_capacity: int) -> int:
        """Allocate a new buffer and copy every element into it: O(size)."""
        new_buffer: list[object] = [None] * new_capacity
        for i in range(self._size):
            new_buffer[i] = self._buffer[i]
        self._buffer = new_buffer
        self.copies += self._size
        self.resizes += 1
        return self._size
# --8<-- [end:dynamic_array]


# --8<-- [start:growth]
def growth_stats(n: int, factor: float) -> tuple[int, int, int]:
    """(copies, resizes, final capacity) after n appends to an empty DynamicArray."""
    array = DynamicArray(factor)
    for i in range(n):
        array.append(i)
    return array.copies, array.resizes, array.capacity


def list_capacities(n: int) -> list[int]:
    """Capacity of a CPython list after each of n appends, read from sys.getsizeof."""
    pointer = 8 if sys.maxsize > 2**32 else 4
    empty, items, capacities = sys.getsizeof([]), [], []
    for i in range(n):
        items.append(i)
        capacities.append((sys.getsizeof(items) - empty) // pointer)
    return capacities
# --8<-- [end:growth]


def main() -> None:
    print("copies per append after n appends (growth factor 2 vs 1.5)")
    print(f"{'factor':>6} {'n':>7} {'copies':>7} {'copies/n':>8} {'resizes':>7} "
          f"{'capacity':>8} {'unused':>6}")
    for factor in (2.0, 1.5):
        for n in (100, 1_000, 10_000, 100_000):
            copies, resizes, capacity = growth_stats(n, factor)
            print(f"{factor:>6} {n:>7} {copies:>7} {copies / n:>8.3f} {resizes:>7} "
                  f"{capacity:>8} {(capacity - n) / capacity:>6.1%}")
    jumps = sorted(set(list_capacities(10_000)))
    print("\nCPython list capacities while appending (first 12 and last 3):")
    print(", ".join(map(str, jumps[:12])), "...", ", ".join(map(str, jumps[-3:])))
    print(f"growth ratio of the last resize: {jumps[-1] / jumps[-2]:.3f}")


if __name__ == "__main__":
    main()
