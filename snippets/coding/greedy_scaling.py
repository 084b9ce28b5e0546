"""Measured growth of minimum jumps: the greedy window scan, O(n), against an O(n^2) DP.

Used by docs/coding/greedy.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.greedy import min_jumps, min_jumps_dp

SEED = 12
SIZES = [100, 200, 400, 800, 1600]


def make_input(n: int) -> list[int]:
    """Jump lengths uniform in 1..n/2, so the DP's inner loop has about n/4 steps."""
    return np.random.default_rng(SEED).integers(1, n // 2 + 1, size=n).tolist()


def main() -> None:
    report_scaling("Fewest jumps to the end of an array of length n", SIZES, make_input,
                   {"greedy windows, O(n)": (min_jumps, 5),
                    "dynamic program, O(n^2)": min_jumps_dp})
    plt.show()


if __name__ == "__main__":
    main()
