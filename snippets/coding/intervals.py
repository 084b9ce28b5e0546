"""Interval problems: merge, insert, and meeting rooms by sweep line and by heap.

Used by docs/coding/intervals.md.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

Interval = tuple[int, int]  # (start, end) with start <= end


# --8<-- [start:merge]
def merge_intervals(intervals: Sequence[Interval]) -> list[Interval]:
    """Union of closed intervals as disjoint sorted intervals; touching ones ([1, 3] and
    [3, 5]) merge. Sort by start, then extend the last output or start a new one."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)  # overlaps the last: extend it
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]
# --8<-- [end:merge]


# --8<-- [start:insert]
def insert_interval(intervals: Sequence[Interval], new: Interval) -> list[Interval]:
    """Insert into sorted disjoint closed intervals, merging as needed. O(n)."""
    out, i, n = [], 0, len(intervals)
    start, end = new
    while i < n and intervals[i][1] < start:  # entirely before the new interval
        out.append(intervals[i])
        i += 1
    while i < n and intervals[i][0] <= end:  # overlapping: absorb into the new interval
        start, end = min(start, intervals[i][0]), max(end, intervals[i][1])
        i += 1
    out.append((start, end))
    out.extend(intervals[i:])  # entirely after
    return out
# --8<-- [end:insert]


# --8<-- [start:rooms]
def can_attend_all(meetings: Sequence[Interval]) -> bool:
    """Meetings are half-open [start, end) with start < end: 9-10 and 10-11 both fit."""
    ordered = sorted(meetings)
    return all(prev[1] <= cur[0] for prev, cur in zip(ordered, ordered[1:]))


def min_rooms_sweep(meetings: Sequence[Interval]) -> int:
    """Sweep line: +1 at each start, -1 at each end; the answer is the largest running
    sum. Ends sort before starts at equal times: a room freed at t is reusable at t."""
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    busy = best = 0
    for _, change in events:  # (t, -1) sorts before (t, +1)
        busy += change
        best = max(best, busy)
    return best


def min_rooms_heap(meetings: Sequence[Interval]) -> int:
    """Assign meetings by start time; a min-heap holds each busy room's end time."""
    ends: list[int] = []
    for start, end in sorted(meetings):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)  # the earliest-free room is free: reuse it
        else:
            heapq.heappush(ends, end)  # every room is busy: open another
    return len(ends)
# --8<-- [end:rooms]


def main() -> None:
    print("merged:", merge_intervals([(8, 10), (1, 3), (2, 6), (15, 18), (6, 7)]))
    disjoint = [(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)]
    print("inserted:", insert_interval(disjoint, (4, 8)))
    meetings = [(0, 30), (5, 10), (15, 20), (10, 15)]
    print("one person can attend all:", can_attend_all(meetings))
    print("rooms needed:", min_rooms_sweep(meetings), "(sweep)",
          min_rooms_heap(meetings), "(heap)")


if __name__ == "__main__":
    main()
