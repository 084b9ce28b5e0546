"""Measured cost of listing primes up to n: the sieve against trial division.

Used by docs/coding/math-and-simulation.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import fitted_exponent, measure_scaling, plot_scaling
from snippets.coding.math_numbers import primes_by_trial, sieve

SIZES = [4_000, 8_000, 16_000, 32_000, 64_000]


# --8<-- [start:scaling]
def time_both(sizes: list[int], repeats: int = 3) -> dict[str, list[float]]:
    """Best time of each prime lister for each n, keyed by a legend label."""
    return {
        "trial division": list(measure_scaling(primes_by_trial, int, sizes, repeats)),
        "sieve of Eratosthenes": list(measure_scaling(sieve, int, sizes, repeats)),
    }
# --8<-- [end:scaling]


def main() -> None:
    series = time_both(SIZES)
    for name, times in series.items():
        print(f"{name}: fitted exponent {fitted_exponent(SIZES, times):.2f}")
    plot_scaling(SIZES, series, "Primes up to n")
    plt.show()


if __name__ == "__main__":
    main()
