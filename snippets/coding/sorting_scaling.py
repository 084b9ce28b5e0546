"""Measured running time of merge sort, quicksort, sorted(), and quicksort's worst case.

Used by docs/coding/sorting.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import Series, report_scaling
from snippets.coding.sorting import merge_sort, quicksort

SEED = 0
SIZES = [100, 200, 400, 800, 1600]


def random_input(n: int) -> list[int]:
    """A seeded random permutation of range(n)."""
    return np.random.default_rng([SEED, n]).permutation(n).tolist()


def sorted_input(n: int) -> list[int]:
    """Already sorted: the worst case for a first-element pivot."""
    return list(range(n))


def quicksort_first_pivot(items: list[int]) -> list[int]:
    """Quicksort with the fixed first-element pivot and a two-way partition."""
    return quicksort(items, pivot="first", three_way=False)


# --8<-- [start:main]
def main() -> None:
    report_scaling("Sorting n integers", SIZES, random_input, {
        "merge sort, random": merge_sort,
        "quicksort median-of-3, random": quicksort,
        "sorted(), random": sorted,
        "quicksort first pivot, sorted": Series(quicksort_first_pivot,
                                                make_input=sorted_input),
    })
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
