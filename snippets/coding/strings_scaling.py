"""Measured cost of substring search on a bad case: the naive scan against KMP.

Used by docs/coding/strings.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import fitted_exponent, measure_scaling, plot_scaling
from snippets.coding.strings_search import kmp_find, naive_find

SIZES = [125, 250, 500, 1000, 2000]


# --8<-- [start:scaling]
def worst_case(n: int) -> tuple[str, str]:
    """Text 'aaa...a' of length n and pattern 'aa...ab' of length n / 4: every shift of
    the naive scan matches n / 4 - 1 characters before it fails; there is no match."""
    m = max(n // 4, 2)
    return "a" * n, "a" * (m - 1) + "b"


def time_both(sizes: list[int], repeats: int = 3) -> dict[str, list[float]]:
    """Best time of each search on the bad case for each text length n."""
    return {
        "naive scan": list(measure_scaling(lambda tp: naive_find(*tp), worst_case,
                                           sizes, repeats)),
        "KMP": list(measure_scaling(lambda tp: kmp_find(*tp), worst_case, sizes,
                                    repeats)),
    }
# --8<-- [end:scaling]


def main() -> None:
    series = time_both(SIZES)
    for name, times in series.items():
        print(f"{name}: fitted exponent {fitted_exponent(SIZES, times):.2f}")
    plot_scaling(SIZES, series, "Search for a^(n/4-1) b in a^n")
    plt.show()


if __name__ == "__main__":
    main()
