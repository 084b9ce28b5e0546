"""Sequence DP: longest common and longest increasing subsequences, each rebuilt.

Used by docs/coding/dynamic-programming.md.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


# --8<-- [start:lcs]
def lcs(a: str, b: str) -> str:
    """One longest common subsequence of a and b, O(len(a) * len(b)) time and memory."""
    n, m = len(a), len(b)
    # length[i][j]: LCS length of the suffixes a[i:] and b[j:]
    length = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                length[i][j] = length[i + 1][j + 1] + 1
            else:
                length[i][j] = max(length[i + 1][j], length[i][j + 1])
    out, i, j = [], 0, 0
    while i < n and j < m:  # walk forwards along one optimal path
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif length[i + 1][j] >= length[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)
# --8<-- [end:lcs]


# --8<-- [start:lis]
def lis(xs: Sequence[int]) -> list[int]:
    """One longest strictly increasing subsequence, O(n log n) by patience sorting."""
    tail_values: list[int] = []  # [k]: smallest tail of an increasing run of length k+1
    tail_index: list[int] = []  # where that tail sits in xs
    parent = [-1] * len(xs)  # previous element of the best run ending at each index
    for i, x in enumerate(xs):
        k = bisect_left(tail_values, x)  # leftmost: an equal value cannot extend a run
        if k == len(tail_values):
            tail_values.append(x)
            tail_index.append(i)
        else:
            tail_values[k], tail_index[k] = x, i
        parent[i] = tail_index[k - 1] if k > 0 else -1
    out, i = [], tail_index[-1] if tail_index else -1
    while i != -1:
        out.append(xs[i])
        i = parent[i]
    return out[::-1]


def lis_quadratic(xs: Sequence[int]) -> list[int]:
    """The same by O(n^2) DP: best[i] is the longest run ending at i."""
    if not xs:
        return []
    best, parent = [1] * len(xs), [-1] * len(xs)
    for i in range(len(xs)):
        for j in range(i):
            if xs[j] < xs[i] and best[j] + 1 > best[i]:
                best[i], parent[i] = best[j] + 1, j
    out, i = [], max(range(len(xs)), key=best.__getitem__)
    while i != -1:
        out.append(xs[i])
        i = parent[i]
    return out[::-1]
# --8<-- [end:lis]


def main() -> None:
    for a, b in (("ABCBDAB", "BDCABA"), ("dynamic", "programming"), ("abc", "xyz")):
        common = lcs(a, b)
        print(f"lcs({a!r}, {b!r}) = {common!r} (length {len(common)})")
    xs = [10, 9, 2, 5, 3, 7, 101, 18, 4, 19]
    print(f"lis({xs}) = {lis(xs)}")
    print(f"lis_quadratic(...) = {lis_quadratic(xs)}")
    print("lis([3, 3, 3]) =", lis([3, 3, 3]))


if __name__ == "__main__":
    main()
