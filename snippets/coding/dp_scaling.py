"""Measured cost of the longest increasing subsequence: patience sorting against O(n^2).

Used by docs/coding/dynamic-programming.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import fitted_exponent, measure_scaling, plot_scaling
from snippets.coding.dp_sequences import lis, lis_quadratic

SEED = 3
SIZES = [100, 200, 400, 800, 1600]


# --8<-- [start:scaling]
def random_sequence(n: int, seed: int = SEED) -> list[int]:
    """n random integers from a range wide enough that ties are rare."""
    return np.random.default_rng(seed).integers(0, 10 * n, size=n).tolist()


def time_both(sizes: list[int], repeats: int = 3) -> dict[str, list[float]]:
    """Best time of each LIS implementation for each size, keyed by a legend label."""
    return {
        "O(n^2) DP": list(measure_scaling(lis_quadratic, random_sequence, sizes,
                                          repeats)),
        "patience sorting": list(measure_scaling(lis, random_sequence, sizes, repeats)),
    }
# --8<-- [end:scaling]


def main() -> None:
    series = time_both(SIZES)
    for name, times in series.items():
        print(f"{name}: fitted exponent {fitted_exponent(SIZES, times):.2f}")
    plot_scaling(SIZES, series, "Longest increasing subsequence")
    plt.show()


if __name__ == "__main__":
    main()
