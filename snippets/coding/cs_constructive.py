"""Constructive algorithms: build a permutation with a required property, and verify it.

Used by docs/coding/complexity-and-algorithm-design.md.
"""

from __future__ import annotations


# --8<-- [start:no_adjacent]
def no_adjacent_consecutive(n: int) -> list[int] | None:
    """A permutation of 1..n in which no two neighbours differ by 1, or None if there
    is none (n = 2, 3). Evens then odds: inside each half neighbours differ by 2, and at
    the seam the largest even meets 1, which differs by at least 3 once n >= 4."""
    if n in (2, 3):
        return None
    return list(range(2, n + 1, 2)) + list(range(1, n + 1, 2))


def has_no_adjacent_consecutive(perm: list[int]) -> bool:
    """The verifier: O(n), and independent of how the answer was built."""
    return sorted(perm) == list(range(1, len(perm) + 1)) and all(
        abs(a - b) != 1 for a, b in zip(perm, perm[1:]))
# --8<-- [end:no_adjacent]


# --8<-- [start:k_differences]
def k_distinct_differences(n: int, k: int) -> list[int]:
    """A permutation of 1..n whose adjacent differences |p[i+1] - p[i]| take exactly k
    distinct values, 1 <= k < n. Zig-zag 1, k+1, 2, k, ... makes the differences
    k, k-1, ..., 1; then k+2, ..., n in order adds only more 1s."""
    if not 1 <= k < n:
        raise ValueError("need 1 <= k < n")
    low, high, head = 1, k + 1, []
    while low <= high:
        head.append(low)
        if low != high:
            head.append(high)
        low, high = low + 1, high - 1
    return head + list(range(k + 2, n + 1))


def distinct_differences(perm: list[int]) -> int:
    return len({abs(a - b) for a, b in zip(perm, perm[1:])})
# --8<-- [end:k_differences]


def main() -> None:
    for n in (1, 2, 3, 4, 7):
        perm = no_adjacent_consecutive(n)
        ok = perm is not None and has_no_adjacent_consecutive(perm)
        print(f"n={n}: {perm} valid={ok}")
    for n, k in ((7, 1), (7, 3), (7, 6)):
        perm = k_distinct_differences(n, k)
        print(f"n={n}, k={k}: {perm} -> {distinct_differences(perm)} differences")


if __name__ == "__main__":
    main()
