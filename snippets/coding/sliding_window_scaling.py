"""Measured running time of the best k-window sum: sliding against re-adding windows.

Used by docs/coding/sliding-window.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.sliding_window import max_sum_fixed, max_sum_fixed_naive

SEED = 0
SIZES = [500, 1000, 2000, 4000, 8000]


def make_input(n: int) -> tuple[list[int], int]:
    """n seeded random integers and a window a quarter of their length."""
    nums = np.random.default_rng([SEED, n]).integers(-100, 100, size=n).tolist()
    return nums, n // 4


# --8<-- [start:main]
def main() -> None:
    report_scaling("Largest sum of k = n/4 consecutive numbers", SIZES, make_input, {
        "sliding window": lambda data: max_sum_fixed(*data),
        "re-add each window": lambda data: max_sum_fixed_naive(*data),
    })
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
