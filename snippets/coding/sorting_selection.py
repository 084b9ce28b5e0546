"""Counting sort, quickselect for the k-th largest, and sorting with custom order.

Used by docs/coding/sorting.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cmp_to_key

import numpy as np

from snippets.coding.sorting import partition_three_way

SEED = 0


# --8<-- [start:counting_sort]
def counting_sort(nums: Sequence[int]) -> list[int]:
    """Sorted copy of integers in O(n + k), k = max - min + 1."""
    if not nums:
        return []
    low = min(nums)
    counts = [0] * (max(nums) - low + 1)
    for value in nums:
        counts[value - low] += 1
    return [low + offset for offset, c in enumerate(counts) for _ in range(c)]
# --8<-- [end:counting_sort]


# --8<-- [start:quickselect]
def kth_largest(nums: Sequence[int], k: int, rng: np.random.Generator) -> int:
    """The k-th largest value (k = 1 is the maximum), in expected O(n) time."""
    if not 1 <= k <= len(nums):
        raise ValueError(f"need 1 <= k <= {len(nums)}, got {k}")
    a, target = list(nums), len(nums) - k  # its index in ascending order
    lo, hi = 0, len(a) - 1
    while True:
        lt, gt = partition_three_way(a, lo, hi, int(rng.integers(lo, hi + 1)))
        if target < lt:
            hi = lt - 1  # only the side holding the target is kept
        elif target > gt:
            lo = gt + 1
        else:
            return a[target]  # the target index falls among the pivot's copies
# --8<-- [end:quickselect]


# --8<-- [start:largest_number]
def largest_number(nums: Sequence[int]) -> str:
    """The largest number formed by concatenating non-negative integers in any order."""
    def before(x: str, y: str) -> int:
        return -1 if x + y > y + x else (1 if x + y < y + x else 0)

    digits = sorted(map(str, nums), key=cmp_to_key(before))
    return "0" if digits and digits[0] == "0" else "".join(digits)
# --8<-- [end:largest_number]


# --8<-- [start:custom_key]
def rank_players(players: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Players by score descending, then name ascending."""
    return sorted(players, key=lambda p: (-p[1], p[0]))


def by_name_descending_then_score(players: Sequence[tuple[str, int]]) -> list:
    """Strings cannot be negated: sort by the second key, then stably by the first."""
    by_score = sorted(players, key=lambda p: p[1])
    return sorted(by_score, key=lambda p: p[0], reverse=True)
# --8<-- [end:custom_key]


def main() -> None:
    print("counting sort:", counting_sort([3, -1, 2, 3, 0, -1]))
    nums = [3, 2, 1, 5, 6, 4]
    rng = np.random.default_rng(SEED)
    print(f"k-th largest of {nums}:", [kth_largest(nums, k, rng) for k in (1, 2, 6)])
    print("largest number:", largest_number([3, 30, 34, 5, 9]), largest_number([0, 0]))
    players = [("bo", 7), ("al", 9), ("cy", 7), ("al", 3)]
    print("ranked:", rank_players(players))
    print("name desc, score asc:", by_name_descending_then_score(players))


if __name__ == "__main__":
    main()
