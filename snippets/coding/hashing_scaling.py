"""Measured running time of two-sum: one pass with a hash map against all pairs.

Used by docs/coding/hashing-and-counting.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.hashing_counting import two_sum, two_sum_all_pairs

SEED = 0
SIZES = [100, 200, 400, 800, 1600]


def make_input(n: int) -> tuple[list[int], int]:
    """n distinct even numbers and an odd target: no pair exists, the worst case."""
    rng = np.random.default_rng([SEED, n])
    return (2 * rng.permutation(10 * n)[:n]).tolist(), 1


# --8<-- [start:main]
def main() -> None:
    report_scaling("Two-sum with no solution", SIZES, make_input, {
        "hash map": lambda data: two_sum(*data),
        "all pairs": lambda data: two_sum_all_pairs(*data),
    })
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
