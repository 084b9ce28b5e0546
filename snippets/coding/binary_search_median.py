"""Median of two sorted arrays in O(log min(m, n)) by binary search on a partition.

Used by docs/coding/binary-search.md.
"""

from __future__ import annotations

from collections.abc import Sequence

INF = float("inf")


# --8<-- [start:median]
def median_two_sorted(a: Sequence[int], b: Sequence[int]) -> float:
    """Median of all elements of ascending `a` and `b` (the mean of the middle two)."""
    if len(a) > len(b):
        a, b = b, a  # search the shorter array
    m, n = len(a), len(b)
    if m + n == 0:
        raise ValueError("the median of no numbers is undefined")
    half = (m + n + 1) // 2  # size of the left part; it holds the extra element if odd
    lo, hi = 0, m  # i = how many elements of a go to the left part
    while lo <= hi:
        i = (lo + hi) // 2
        j = half - i  # then j elements of b go left
        a_left = a[i - 1] if i > 0 else -INF
        a_right = a[i] if i < m else INF
        b_left = b[j - 1] if j > 0 else -INF
        b_right = b[j] if j < n else INF
        if a_left > b_right:
            hi = i - 1  # too many from a
        elif b_left > a_right:
            lo = i + 1  # too few from a
        else:  # every left element <= every right element
            left_max = max(a_left, b_left)
            if (m + n) % 2:
                return left_max
            return (left_max + min(a_right, b_right)) / 2
    raise ValueError("the inputs are not both sorted")
# --8<-- [end:median]


def main() -> None:
    for a, b in (([1, 3], [2]), ([1, 2], [3, 4]), ([], [5, 7, 9, 11]), ([4, 4], [4])):
        print(f"median of {a} and {b}: {median_two_sorted(a, b)}")


if __name__ == "__main__":
    main()
