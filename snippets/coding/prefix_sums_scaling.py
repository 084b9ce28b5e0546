"""Measured running time of counting subarrays with sum k: hash map versus all starts.

Used by docs/coding/prefix-sums.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import fitted_exponent, measure_scaling, plot_scaling
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
    series = {
        "prefix sums + hash map": measure_scaling(
            lambda data: count_subarrays_with_sum(*data), make_input, SIZES),
        "every start, running sum": measure_scaling(
            lambda data: count_subarrays_with_sum_quadratic(*data), make_input, SIZES),
    }
    for name, times in series.items():
        print(f"{name}: fitted exponent {fitted_exponent(SIZES, times):.2f}")
    plot_scaling(SIZES, series, "Subarrays with sum k")
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
