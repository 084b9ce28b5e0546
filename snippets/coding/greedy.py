"""Greedy algorithms with proofs: interval scheduling, jump game, pairing, gas station.

Used by docs/coding/greedy.md.
"""

from __future__ import annotations

from collections.abc import Sequence


# --8<-- [start:scheduling]
def max_non_overlapping(intervals: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A largest set of pairwise non-overlapping half-open intervals [start, end):
    repeatedly take the interval that finishes first among those that still fit."""
    chosen: list[tuple[int, int]] = []
    last_end = None
    for start, end in sorted(intervals, key=lambda iv: iv[1]):  # earliest finish first
        if last_end is None or start >= last_end:
            chosen.append((start, end))
            last_end = end
    return chosen
# --8<-- [end:scheduling]


# --8<-- [start:jump]
def can_jump(jumps: Sequence[int]) -> bool:
    """From index i you may move up to jumps[i] steps right. Can you reach the last
    index from index 0? Track the farthest index reachable so far."""
    farthest = 0
    for i, jump in enumerate(jumps):
        if i > farthest:
            return False  # i cannot be reached, so nothing beyond it can
        farthest = max(farthest, i + jump)
    return True


def min_jumps(jumps: Sequence[int]) -> int | None:
    """Fewest jumps from index 0 to the last index (None if unreachable). BFS by
    levels: the indices reachable with k jumps form a contiguous window."""
    jumps_made, window_end, farthest = 0, 0, 0
    for i in range(len(jumps) - 1):
        if i > farthest:
            return None
        farthest = max(farthest, i + jumps[i])
        if i == window_end:  # the current window is used up: one more jump is needed
            jumps_made, window_end = jumps_made + 1, farthest
    return jumps_made if farthest >= len(jumps) - 1 else None


def min_jumps_dp(jumps: Sequence[int]) -> int | None:
    """O(n * max jump) DP: best[j] = 1 + min best[i] over the i that reach j."""
    best: list[float] = [0] + [float("inf")] * (len(jumps) - 1)
    for i, jump in enumerate(jumps):
        for j in range(i + 1, min(i + jump, len(jumps) - 1) + 1):
            best[j] = min(best[j], best[i] + 1)
    return None if best[-1] == float("inf") else int(best[-1])
# --8<-- [end:jump]


# --8<-- [start:pairing]
def min_max_pair_sum(durations: Sequence[int]) -> tuple[int, list[tuple[int, int]]]:
    """Split an even number of tasks into pairs (one pair per worker) so the largest
    pair total is as small as possible: pair the shortest with the longest."""
    if len(durations) % 2:
        raise ValueError("need an even number of tasks")
    ordered = sorted(durations)
    pairs = [(ordered[i], ordered[-1 - i]) for i in range(len(ordered) // 2)]
    return max((a + b for a, b in pairs), default=0), pairs
# --8<-- [end:pairing]


# --8<-- [start:gas]
def gas_station_start(gas: Sequence[int], cost: Sequence[int]) -> int | None:
    """Stations on a circle: gas[i] is gained at i, cost[i] is spent driving to i + 1.
    The one start from which a full lap never runs dry, or None."""
    if sum(gas) < sum(cost):
        return None  # not enough fuel in total, from anywhere
    start = tank = 0
    for i, (g, c) in enumerate(zip(gas, cost)):
        tank += g - c
        if tank < 0:  # no start in start..i can pass i: restart after it
            start, tank = i + 1, 0
    return start
# --8<-- [end:gas]


def main() -> None:
    talks = [(1, 4), (3, 5), (0, 6), (5, 7), (3, 9), (5, 9), (6, 10), (8, 11), (8, 12)]
    print("max non-overlapping:", max_non_overlapping(talks))
    print("can jump [2,3,1,1,4]:", can_jump([2, 3, 1, 1, 4]),
          " [3,2,1,0,4]:", can_jump([3, 2, 1, 0, 4]))
    print("min jumps [2,3,1,1,4]:", min_jumps([2, 3, 1, 1, 4]),
          " DP:", min_jumps_dp([2, 3, 1, 1, 4]))
    print("pairing [5, 1, 8, 3, 7, 2]:", min_max_pair_sum([5, 1, 8, 3, 7, 2]))
    print("gas station start:", gas_station_start([1, 2, 3, 4, 5], [3, 4, 5, 1, 2]))


if __name__ == "__main__":
    main()
