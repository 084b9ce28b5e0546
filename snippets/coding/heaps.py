"""Top-k with a heap: k closest points, k most frequent, k-th largest in a stream.

Used by docs/coding/heaps.md.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence


# --8<-- [start:k_closest]
def k_closest(points: Sequence[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    """The k points nearest the origin, nearest first. A max-heap of size k (distances
    negated, since heapq is a min-heap) holds the best k seen so far: O(n log k)."""
    if k <= 0:
        return []
    heap: list[tuple[int, int, tuple[int, int]]] = []  # (-distance^2, index, point)
    for i, (x, y) in enumerate(points):
        entry = (-(x * x + y * y), -i, (x, y))  # equal distance: keep the earlier one
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:  # nearer than the farthest of the current k
            heapq.heapreplace(heap, entry)
    return [point for _, _, point in sorted(heap, reverse=True)]
# --8<-- [end:k_closest]


# --8<-- [start:top_k_frequent]
def top_k_frequent(items: Iterable[int], k: int) -> list[int]:
    """The k most frequent values, most frequent first; equal counts: smaller value
    first. O(n + m log k) for m distinct values."""
    counts = Counter(items)
    return heapq.nsmallest(k, counts, key=lambda v: (-counts[v], v))


def top_k_frequent_buckets(items: Iterable[int], k: int) -> list[int]:
    """O(n) alternative: bucket the values by count (at most n), read from the top."""
    counts = Counter(items)
    buckets: list[list[int]] = [[] for _ in range(sum(counts.values()) + 1)]
    for value, count in counts.items():
        buckets[count].append(value)
    out: list[int] = []
    for bucket in reversed(buckets):
        out.extend(sorted(bucket))  # sorting a bucket only to match the tie rule above
        if len(out) >= k:
            break
    return out[:k]
# --8<-- [end:top_k_frequent]


# --8<-- [start:kth_largest]
class KthLargest:
    """The k-th largest value of a stream so far: a min-heap of the k largest, whose top
    is the answer. O(log k) per value, O(k) memory however long the stream."""

    def __init__(self, k: int, values: Iterable[int] = ()) -> None:
        if k < 1:
            raise ValueError("k must be at least 1")
        self.k, self.heap = k, []
        for value in values:
            self.add(value)

    def add(self, value: int) -> int | None:
        """Add a value; return the k-th largest so far (None while fewer than k)."""
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, value)
        elif value > self.heap[0]:
            heapq.heapreplace(self.heap, value)  # pop the smallest and push, one step
        return self.heap[0] if len(self.heap) == self.k else None
# --8<-- [end:kth_largest]


def main() -> None:
    points = [(3, 3), (5, -1), (-2, 4), (1, 1), (0, -2)]
    print("2 closest to the origin:", k_closest(points, 2))
    items = [4, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5]
    print("top 2 frequent:", top_k_frequent(items, 2),
          " buckets:", top_k_frequent_buckets(items, 2))
    stream = KthLargest(3, [4, 5, 8, 2])
    print("3rd largest after each of 3, 5, 10, 9, 4:",
          [stream.add(v) for v in (3, 5, 10, 9, 4)])


if __name__ == "__main__":
    main()
