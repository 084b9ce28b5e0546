"""Measured growth of `x in list` (a linear scan) against `x in set` (a hash lookup).

Used by docs/coding/python-for-interviews.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import fitted_exponent, measure_scaling, plot_scaling

SIZES = [1_000, 2_000, 4_000, 8_000, 16_000]
LOOKUPS = 200  # absent keys: the list must scan everything for each


def make_list(n: int) -> tuple[list[int], range]:
    return list(range(n)), range(-LOOKUPS, 0)


def make_set(n: int) -> tuple[set[int], range]:
    return set(range(n)), range(-LOOKUPS, 0)


def count_found(case: tuple[list[int] | set[int], range]) -> int:
    """How many of the queries are in the container: the same code for both types."""
    container, queries = case
    return sum(q in container for q in queries)


def main() -> None:
    series = {
        "x in list": measure_scaling(count_found, make_list, SIZES),
        "x in set": measure_scaling(count_found, make_set, SIZES, repeats=7),
    }
    for name, times in series.items():
        print(f"{name:10s} fitted exponent {fitted_exponent(SIZES, times):.2f}")
    plot_scaling(SIZES, series, f"{LOOKUPS} membership tests on n items")
    plt.show()


if __name__ == "__main__":
    main()
