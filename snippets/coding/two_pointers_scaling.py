"""Measured running time of container-with-most-water: two pointers against all pairs.

Used by docs/coding/two-pointers.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.two_pointers import max_area, max_area_all_pairs

SEED = 0
SIZES = [50, 100, 200, 400, 800]


def make_heights(n: int) -> list[int]:
    """n random line heights from a generator seeded by SEED and n."""
    return np.random.default_rng([SEED, n]).integers(0, 10_000, size=n).tolist()


# --8<-- [start:main]
def main() -> None:
    report_scaling("Container with most water", SIZES, make_heights,
                   {"two pointers": max_area, "all pairs": max_area_all_pairs})
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
