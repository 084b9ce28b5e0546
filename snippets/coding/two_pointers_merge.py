"""Two pointers over two sorted arrays: merge, intersection and union.

Used by docs/coding/two-pointers.md.
"""

from __future__ import annotations

from collections.abc import Sequence


# --8<-- [start:merge]
def merge_sorted(a: Sequence[int], b: Sequence[int]) -> list[int]:
    """All elements of ascending `a` and `b` in ascending order; ties take `a` first."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if b[j] < a[i]:
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])  # at most one of the two tails is non-empty
    out.extend(b[j:])
    return out
# --8<-- [end:merge]


# --8<-- [start:intersect_union]
def intersect_sorted(a: Sequence[int], b: Sequence[int]) -> list[int]:
    """Multiset intersection: p copies in a and q in b give min(p, q) copies."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] < b[j]:
            i += 1
        elif b[j] < a[i]:
            j += 1
        else:
            out.append(a[i])
            i, j = i + 1, j + 1
    return out


def union_sorted(a: Sequence[int], b: Sequence[int]) -> list[int]:
    """Multiset union: p copies in a and q in b give max(p, q) copies."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] < b[j]:
            out.append(a[i])
            i += 1
        elif b[j] < a[i]:
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])  # one copy stands for the matched pair
            i, j = i + 1, j + 1
    return out + list(a[i:]) + list(b[j:])


def distinct(sorted_values: Sequence[int]) -> list[int]:
    """Drop repeats from an ascending sequence: turns the multiset results into sets."""
    return [v for k, v in enumerate(sorted_values)
            if k == 0 or v != sorted_values[k - 1]]
# --8<-- [end:intersect_union]


def main() -> None:
    a, b = [1, 2, 2, 2, 5, 7], [2, 2, 3, 5, 5, 8]
    print("a =", a, " b =", b)
    print("merge:       ", merge_sorted(a, b))
    both, either = intersect_sorted(a, b), union_sorted(a, b)
    print("intersection:", both, "as a set:", distinct(both))
    print("union:       ", either, "as a set:", distinct(either))


if __name__ == "__main__":
    main()
