"""Measured cost of popcounts of 0..n: the O(n) recurrence against one count per number.

Used by docs/coding/bit-manipulation.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import fitted_exponent, measure_scaling, plot_scaling
from snippets.coding.bits import count_bits, count_bits_one_by_one

SIZES = [2**12, 2**13, 2**14, 2**15, 2**16]


# --8<-- [start:scaling]
def time_both(sizes: list[int], repeats: int = 3) -> dict[str, list[float]]:
    """Best time of each way to fill the popcount table of 0..n, by legend label."""
    return {
        "Kernighan per number": list(measure_scaling(count_bits_one_by_one, int, sizes,
                                                     repeats)),
        "ones[i >> 1] + (i & 1)": list(measure_scaling(count_bits, int, sizes,
                                                       repeats)),
    }
# --8<-- [end:scaling]


def main() -> None:
    series = time_both(SIZES)
    for name, times in series.items():
        print(f"{name}: fitted exponent {fitted_exponent(SIZES, times):.2f}")
    plot_scaling(SIZES, series, "Popcounts of 0..n")
    plt.show()


if __name__ == "__main__":
    main()
