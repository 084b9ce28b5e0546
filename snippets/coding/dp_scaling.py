"""Measured cost of the longest increasing subsequence: patience sorting against O(n^2).

Used by docs/coding/dynamic-programming.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.dp_sequences import lis, lis_quadratic

SEED = 3
SIZES = [100, 200, 400, 800, 1600]


# --8<-- [start:scaling]
def random_sequence(n: int, seed: int = SEED) -> list[int]:
    """n random integers from a range wide enough that ties are rare."""
    return np.random.default_rng(seed).integers(0, 10 * n, size=n).tolist()


def main() -> None:
    report_scaling("Longest increasing subsequence", SIZES, random_sequence,
                   {"O(n^2) DP": lis_quadratic, "patience sorting": lis})
    plt.show()
# --8<-- [end:scaling]


if __name__ == "__main__":
    main()
