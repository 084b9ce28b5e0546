"""Measured running time of lower-bound queries: binary search against a linear scan.

Used by docs/coding/binary-search.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.binary_search import lower_bound, lower_bound_linear

SEED = 0
SIZES = [1000, 2000, 4000, 8000, 16000]
QUERIES = 100


def make_input(n: int) -> tuple[list[int], list[int]]:
    """A sorted array of n seeded integers and QUERIES seeded values to look up."""
    rng = np.random.default_rng([SEED, n])
    return sorted(rng.integers(0, 10 * n, size=n).tolist()), \
        rng.integers(0, 10 * n, size=QUERIES).tolist()


def answer_all(search, data: tuple[list[int], list[int]]) -> list[int]:
    """Run one search function for every query."""
    a, queries = data
    return [search(a, x) for x in queries]


# --8<-- [start:main]
def main() -> None:
    report_scaling(f"{QUERIES} lower-bound queries on n sorted integers", SIZES,
                   make_input, {
                       "binary search": lambda data: answer_all(lower_bound, data),
                       "linear scan": lambda data: answer_all(lower_bound_linear, data),
                   })
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
