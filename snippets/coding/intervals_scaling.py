"""Measured growth of meeting rooms: sweep line and heap, O(n log n), against O(n^2).

Used by docs/coding/intervals.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.intervals import Interval, min_rooms_heap, min_rooms_sweep

SEED = 8
SIZES = [64, 128, 256, 512, 1024]


def min_rooms_brute(meetings: list[Interval]) -> int:
    """The busiest moment is some meeting's start: count the meetings open at each."""
    return max((sum(s <= t < e for s, e in meetings) for t, _ in meetings), default=0)


def make_input(n: int) -> list[Interval]:
    rng = np.random.default_rng(SEED)
    starts = rng.integers(0, 10 * n, size=n)
    lengths = rng.integers(1, 50, size=n)
    return [(int(s), int(s + d)) for s, d in zip(starts, lengths)]


def main() -> None:
    report_scaling("Minimum meeting rooms for n meetings", SIZES, make_input,
                   {"sweep line": min_rooms_sweep, "heap of end times": min_rooms_heap,
                    "count at every start": (min_rooms_brute, 3)}, repeats=5)
    plt.show()


if __name__ == "__main__":
    main()
