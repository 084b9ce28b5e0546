"""Binary search: exact match, bounds, rotated arrays, and search on the answer.

Used by docs/coding/binary-search.md.
"""

from __future__ import annotations

from collections.abc import Sequence


# --8<-- [start:bounds]
def lower_bound(a: Sequence[int], x: int) -> int:
    """First index i with a[i] >= x in ascending `a` (len(a) if none): bisect_left."""
    lo, hi = 0, len(a)  # invariant: a[:lo] < x <= a[hi:]
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(a: Sequence[int], x: int) -> int:
    """First index i with a[i] > x (len(a) if none): bisect_right."""
    lo, hi = 0, len(a)  # invariant: a[:lo] <= x < a[hi:]
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def lower_bound_linear(a: Sequence[int], x: int) -> int:
    """The same index by scanning from the left: O(n)."""
    return next((i for i, value in enumerate(a) if value >= x), len(a))


def binary_search(a: Sequence[int], x: int) -> int:
    """An index of x in ascending `a` (the first, if repeated), or -1."""
    i = lower_bound(a, x)
    return i if i < len(a) and a[i] == x else -1
# --8<-- [end:bounds]


# --8<-- [start:rotated]
def search_rotated(a: Sequence[int], x: int) -> int:
    """Index of x in a rotated ascending array of distinct values, or -1."""
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:  # the left half a[lo..mid] is in order
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # the right half a[mid..hi] is in order
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def rotation_point(a: Sequence[int]) -> int:
    """Index of the minimum of a rotated ascending array of distinct values."""
    lo, hi = 0, len(a) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] > a[hi]:
            lo = mid + 1  # the drop is right of mid
        else:
            hi = mid  # a[mid..hi] is in order: the minimum is at mid or left of it
    return lo
# --8<-- [end:rotated]


# --8<-- [start:capacity]
def days_needed(weights: Sequence[int], capacity: int) -> int:
    """Days to ship the packages in order, filling each day greedily up to capacity."""
    days, load = 1, 0
    for w in weights:
        if load + w > capacity:
            days, load = days + 1, 0
        load += w
    return days


def min_capacity(weights: Sequence[int], days: int) -> int:
    """Smallest capacity that ships all packages, in order, within `days` days."""
    if not weights or days < 1:
        raise ValueError("need at least one package and one day")
    lo, hi = max(weights), sum(weights)  # hi always works; below lo nothing does
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(weights, mid) <= days:
            hi = mid  # feasible: the answer is mid or smaller
        else:
            lo = mid + 1
    return lo
# --8<-- [end:capacity]


def main() -> None:
    a = [1, 3, 3, 3, 5, 8]
    print(f"a = {a}: binary_search(3) = {binary_search(a, 3)},",
          f"binary_search(4) = {binary_search(a, 4)}")
    print(f"lower_bound(3) = {lower_bound(a, 3)},",
          f"upper_bound(3) = {upper_bound(a, 3)},",
          f"lower_bound(9) = {lower_bound(a, 9)}")
    rotated = [15, 18, 22, 3, 6, 9, 12]
    print(f"rotated = {rotated}: search(6) = {search_rotated(rotated, 6)},",
          f"search(20) = {search_rotated(rotated, 20)},",
          f"minimum at {rotation_point(rotated)}")
    weights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    print(f"ship {weights} in 5 days: capacity {min_capacity(weights, 5)}")


if __name__ == "__main__":
    main()
