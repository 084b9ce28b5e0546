"""Measured cost of popcounts of 0..n: the O(n) recurrence against one count per number.

Used by docs/coding/bit-manipulation.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import report_scaling
from snippets.coding.bits import count_bits, count_bits_one_by_one

SIZES = [2**12, 2**13, 2**14, 2**15, 2**16]


# --8<-- [start:scaling]
def main() -> None:
    report_scaling("Popcounts of 0..n", SIZES, int, {
        "Kernighan per number": count_bits_one_by_one,
        "ones[i >> 1] + (i & 1)": count_bits,
    })
    plt.show()
# --8<-- [end:scaling]


if __name__ == "__main__":
    main()
