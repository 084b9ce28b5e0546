"""Measured running time of counting subarrays with sum k: hash map versus all starts.

Used by docs/coding/prefix-sums.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.prefix_sums import (
    count_subarrays_with_sum, count_subarrays_with_sum_quadratic,
)

SEED = 0
SIZES = [100, 200, 400, 800, 1600]


def make_input(n: int) -> tuple[list[int], int]:
    """n seeded integers in [-5, 5] and the target k = 3."""
    return np.random.default_rng([SEED, n]).integers(-5, 6, size=n).tolist(), 3


# --8<-- [start:main]
def main() -> None:
    report_scaling("Subarrays with sum k", SIZES, make_input, {
        "prefix sums + hash map": lambda data: count_subarrays_with_sum(*data),
        "every start, running sum":
            lambda data: count_subarrays_with_sum_quadratic(*data),
    })
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
