"""Measured cost of listing primes up to n: the sieve against trial division.

Used by docs/coding/math-and-simulation.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import report_scaling
from snippets.coding.math_numbers import primes_by_trial, sieve

SIZES = [4_000, 8_000, 16_000, 32_000, 64_000]


# --8<-- [start:scaling]
def main() -> None:
    report_scaling("Primes up to n", SIZES, int, {
        "trial division": primes_by_trial, "sieve of Eratosthenes": sieve})
    plt.show()
# --8<-- [end:scaling]


if __name__ == "__main__":
    main()
