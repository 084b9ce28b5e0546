"""Measured growth of prefix medians: two heaps, O(n log n), against re-sorting each.

Used by docs/coding/heaps.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import statistics

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.heaps_streams import prefix_medians

SEED = 6
SIZES = [125, 250, 500, 1000, 2000]


def make_input(n: int) -> list[float]:
    return np.random.default_rng(SEED).normal(size=n).tolist()


def prefix_medians_by_sorting(values: list[float]) -> list[float]:
    """Brute force: statistics.median sorts each prefix again, O(n^2 log n) in total."""
    return [statistics.median(values[: i + 1]) for i in range(len(values))]


def main() -> None:
    report_scaling("Median of every prefix of n values", SIZES, make_input,
                   {"two heaps": (prefix_medians, 5),
                    "re-sort every prefix": prefix_medians_by_sorting})
    plt.show()


if __name__ == "__main__":
    main()
