"""Heaps over streams: merge k sorted lists, merge timestamped logs, a running median.

Used by docs/coding/heaps.md.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence


# --8<-- [start:merge_k]
def merge_k_sorted(lists: Sequence[Sequence[int]]) -> list[int]:
    """One sorted list from k sorted ones. The heap holds one candidate per list, so
    each of the N outputs costs O(log k): O(N log k) time, O(k) extra memory."""
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, j = heap[0]
        out.append(value)
        if j + 1 < len(lists[i]):
            heapq.heapreplace(heap, (lists[i][j + 1], i, j + 1))  # that list's next
        else:
            heapq.heappop(heap)
    return out
# --8<-- [end:merge_k]


# --8<-- [start:merge_logs]
Event = tuple[float, str]  # (timestamp, message)


def merge_logs(logs: Sequence[Iterator[Event]]) -> Iterator[tuple[float, int, str]]:
    """Lazily merge per-server logs, each sorted by timestamp, into one stream of
    (timestamp, server, message). Equal timestamps come out in server order, then in
    each log's own order. Only one pending event per log is held in memory."""
    heap = []
    for server, log in enumerate(logs):
        first = next(log, None)
        if first is not None:
            heap.append((first[0], server, first[1], log))
    heapq.heapify(heap)  # (timestamp, server) is unique: the iterators never compare
    while heap:
        timestamp, server, message, log = heap[0]
        yield timestamp, server, message
        following = next(log, None)
        if following is None:
            heapq.heappop(heap)
        else:
            if following[0] < timestamp:
                raise ValueError(f"log {server} is not sorted at {following}")
            heapq.heapreplace(heap, (following[0], server, following[1], log))
# --8<-- [end:merge_logs]


# --8<-- [start:median]
class RunningMedian:
    """Median of everything added so far. `low` is a max-heap (values negated) of the
    smaller half, `high` a min-heap of the larger; len(low) - len(high) is 0 or 1."""

    def __init__(self) -> None:
        self.low: list[float] = []
        self.high: list[float] = []

    def add(self, value: float) -> None:  # O(log n)
        if self.low and value > -self.low[0]:
            heapq.heappush(self.high, value)
        else:
            heapq.heappush(self.low, -value)
        if len(self.low) > len(self.high) + 1:  # rebalance: move one across
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self) -> float:  # O(1)
        if not self.low:
            raise ValueError("median of an empty stream")
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2


def prefix_medians(values: Sequence[float]) -> list[float]:
    stream = RunningMedian()
    out = []
    for value in values:
        stream.add(value)
        out.append(stream.median())
    return out
# --8<-- [end:median]


def main() -> None:
    print("merged:", merge_k_sorted([[1, 4, 7], [2, 5], [], [0, 6, 8, 9]]))
    web = iter([(1.0, "GET /"), (3.5, "GET /search"), (7.0, "POST /cart")])
    api = iter([(2.0, "auth ok"), (3.5, "query ranked"), (4.0, "auth ok")])
    for timestamp, server, message in merge_logs([web, api]):
        print(f"  t={timestamp:4.1f}  server {server}  {message}")
    print("running medians:", prefix_medians([5, 15, 1, 3, 8, 7, 9, 10]))


if __name__ == "__main__":
    main()
