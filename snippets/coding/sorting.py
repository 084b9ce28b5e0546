"""Merge sort and quicksort from scratch: pivot rules, two- and three-way partitions.

Used by docs/coding/sorting.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from snippets.coding.two_pointers_merge import merge_sorted

SEED = 0


# --8<-- [start:merge_sort]
def merge_sort(items: Sequence[Any]) -> list[Any]:
    """A sorted copy; stable, because the merge takes the left run's item on ties."""
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    return merge_sorted(merge_sort(items[:mid]), merge_sort(items[mid:]))
# --8<-- [end:merge_sort]


# --8<-- [start:pivot]
def choose_pivot(a: list[Any], lo: int, hi: int, rule: str,
                 rng: np.random.Generator | None) -> int:
    """Index of the pivot for a[lo..hi] (inclusive) under a named rule."""
    if rule == "first":
        return lo
    if rule == "random":
        return int(rng.integers(lo, hi + 1))
    if rule == "median3":  # the median of the first, middle and last elements
        mid = (lo + hi) // 2
        return sorted((lo, mid, hi), key=a.__getitem__)[1]
    raise ValueError(f"unknown pivot rule {rule!r}")
# --8<-- [end:pivot]


# --8<-- [start:partition]
def partition_two_way(a: list[Any], lo: int, hi: int, p: int) -> tuple[int, int]:
    """Lomuto: (< pivot) pivot (>= pivot) in a[lo..hi]; returns (k, k), k the slot."""
    a[p], a[hi] = a[hi], a[p]  # park the pivot at the end
    pivot, store = a[hi], lo
    for i in range(lo, hi):
        if a[i] < pivot:
            a[i], a[store] = a[store], a[i]
            store += 1
    a[store], a[hi] = a[hi], a[store]
    return store, store


def partition_three_way(a: list[Any], lo: int, hi: int, p: int) -> tuple[int, int]:
    """Dutch flag: (< pivot) (== pivot) (> pivot); returns the bounds of the middle."""
    pivot, lt, i, gt = a[p], lo, lo, hi
    while i <= gt:
        if a[i] < pivot:
            a[lt], a[i] = a[i], a[lt]
            lt, i = lt + 1, i + 1
        elif a[i] > pivot:
            a[i], a[gt] = a[gt], a[i]
            gt -= 1  # the swapped-in item is unseen: do not advance i
        else:
            i += 1
    return lt, gt
# --8<-- [end:partition]


# --8<-- [start:quicksort]
def quicksort(items: Sequence[Any], pivot: str = "median3", three_way: bool = True,
              rng: np.random.Generator | None = None) -> list[Any]:
    """A sorted copy by quicksort; not stable.

    It recurses into the smaller side and loops on the larger one, so the recursion
    depth stays below log2(n) even when the running time degrades to O(n^2).
    """
    a = list(items)
    if pivot == "random" and rng is None:
        rng = np.random.default_rng(SEED)
    partition = partition_three_way if three_way else partition_two_way

    def sort(lo: int, hi: int) -> None:
        while lo < hi:
            p = choose_pivot(a, lo, hi, pivot, rng)
            left_end, right_start = partition(a, lo, hi, p)
            if left_end - lo < hi - right_start:
                sort(lo, left_end - 1)
                lo = right_start + 1
            else:
                sort(right_start + 1, hi)
                hi = left_end - 1

    sort(0, len(a) - 1)
    return a
# --8<-- [end:quicksort]


class Key:
    """Compares records by their first field only, and counts the comparisons made."""

    comparisons = 0

    def __init__(self, record: Any) -> None:
        self.record = record

    def __lt__(self, other: Key) -> bool:
        Key.comparisons += 1
        return self.record[0] < other.record[0]

    def __gt__(self, other: Key) -> bool:
        Key.comparisons += 1
        return self.record[0] > other.record[0]


def count_comparisons(sort, values: Sequence[int]) -> int:
    """Comparisons `sort` makes on `values`, and a check that it sorted them."""
    Key.comparisons = 0
    out = sort([Key((v,)) for v in values])
    assert [k.record[0] for k in out] == sorted(values)
    return Key.comparisons


def main() -> None:
    data = [5, 2, 9, 2, 7, 1, 5, 5, 0]
    print("merge sort:", merge_sort(data), " quicksort:", quicksort(data))
    n, rng = 256, np.random.default_rng(SEED)
    inputs = {"random": rng.permutation(n).tolist(), "sorted": list(range(n)),
              "all equal": [7] * n}
    variants = {
        "merge sort": merge_sort,
        "quick first 2-way": lambda xs: quicksort(xs, "first", False),
        "quick random 2-way": lambda xs: quicksort(xs, "random", False,
                                                   np.random.default_rng(SEED)),
        "quick median3 2-way": lambda xs: quicksort(xs, "median3", False),
        "quick median3 3-way": lambda xs: quicksort(xs, "median3", True),
    }
    print(f"comparisons for n = {n}:", " " * 4, "".join(f"{k:>11s}" for k in inputs))
    for name, sort in variants.items():
        counts = [count_comparisons(sort, values) for values in inputs.values()]
        print(f"  {name:30s}", "".join(f"{c:11d}" for c in counts))
    records = [Key(r) for r in [(2, "a"), (1, "b"), (2, "c"), (1, "d")]]
    print("stable merge sort by number:   ", [k.record for k in merge_sort(records)])
    print("quicksort by number (unstable):", [k.record for k in quicksort(records)])


if __name__ == "__main__":
    main()
