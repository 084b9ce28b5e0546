"""Measured cost of substring search on a bad case: the naive scan against KMP.

Used by docs/coding/strings.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import report_scaling
from snippets.coding.strings_search import kmp_find, naive_find

SIZES = [125, 250, 500, 1000, 2000]


# --8<-- [start:scaling]
def worst_case(n: int) -> tuple[str, str]:
    """Text 'aaa...a' of length n and pattern 'aa...ab' of length n / 4: every shift of
    the naive scan matches n / 4 - 1 characters before it fails; there is no match."""
    m = max(n // 4, 2)
    return "a" * n, "a" * (m - 1) + "b"


def main() -> None:
    report_scaling("Search for a^(n/4-1) b in a^n", SIZES, worst_case, {
        "naive scan": lambda tp: naive_find(*tp), "KMP": lambda tp: kmp_find(*tp)})
    plt.show()
# --8<-- [end:scaling]


if __name__ == "__main__":
    main()
