"""Measured growth of n-bit multiplication: schoolbook O(n^2), Karatsuba O(n^1.585).

Used by docs/coding/complexity-and-algorithm-design.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import random

import matplotlib.pyplot as plt

from snippets._shared.scaling import fitted_exponent, measure_scaling, plot_scaling
from snippets.coding.cs_divide_conquer import karatsuba, schoolbook

SEED = 0
SIZES = [1_024, 2_048, 4_096, 8_192, 16_384]  # bits per operand


def make_input(bits: int) -> tuple[int, int]:
    rng = random.Random(SEED + bits)
    top = 1 << (bits - 1)  # force exactly `bits` bits
    return rng.getrandbits(bits) | top, rng.getrandbits(bits) | top


def karatsuba_pair(pair: tuple[int, int]) -> int:
    """Karatsuba down to 32-bit pieces, so the recursion, not C, does the work."""
    return karatsuba(*pair, cutoff_bits=32)


def schoolbook_pair(pair: tuple[int, int]) -> int:
    return schoolbook(*pair)


def main() -> None:
    series = {
        "schoolbook, 16-bit limbs": measure_scaling(schoolbook_pair, make_input, SIZES),
        "Karatsuba, 32-bit base": measure_scaling(karatsuba_pair, make_input, SIZES,
                                                  repeats=7),
    }
    for name, times in series.items():
        print(f"{name:25s} fitted exponent {fitted_exponent(SIZES, times):.2f}")
    plot_scaling(SIZES, series, "Multiplying two n-bit integers in Python")
    plt.show()


if __name__ == "__main__":
    main()
