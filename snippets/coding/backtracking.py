"""Backtracking over choices: subsets, permutations, combinations and combination sum.

Used by docs/coding/backtracking.md.
"""

from __future__ import annotations

from collections import Counter


# --8<-- [start:subsets]
def subsets(items: list[int]) -> list[list[int]]:
    """Every subset of `items` (the power set), each in input order: 2^n of them."""
    result: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int) -> None:
        result.append(chosen.copy())  # every node of the search tree is a subset
        for i in range(start, len(items)):
            chosen.append(items[i])
            extend(i + 1)  # only later items, so each subset is built once
            chosen.pop()

    extend(0)
    return result
# --8<-- [end:subsets]


# --8<-- [start:permutations]
def permutations(items: list[int]) -> list[list[int]]:
    """All n! orderings of `items` (assumed distinct), by swapping into position."""
    arr = items.copy()
    result: list[list[int]] = []

    def place(pos: int) -> None:
        if pos == len(arr):
            result.append(arr.copy())
            return
        for i in range(pos, len(arr)):
            arr[pos], arr[i] = arr[i], arr[pos]  # choose arr[i] for this position
            place(pos + 1)
            arr[pos], arr[i] = arr[i], arr[pos]  # undo the choice

    place(0)
    return result
# --8<-- [end:permutations]


# --8<-- [start:unique_permutations]
def unique_permutations(items: list[int]) -> list[list[int]]:
    """The distinct orderings of `items` when values repeat, in sorted order."""
    counts = Counter(items)
    values = sorted(counts)
    result: list[list[int]] = []
    chosen: list[int] = []

    def place() -> None:
        if len(chosen) == len(items):
            result.append(chosen.copy())
            return
        for v in values:  # branch on distinct values, not on positions
            if counts[v]:
                counts[v] -= 1
                chosen.append(v)
                place()
                chosen.pop()
                counts[v] += 1

    place()
    return result
# --8<-- [end:unique_permutations]


# --8<-- [start:combinations]
def combinations(n: int, k: int) -> list[list[int]]:
    """All k-element subsets of 1..n, in lexicographic order, pruning short branches."""
    result: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int) -> None:
        if len(chosen) == k:
            result.append(chosen.copy())
            return
        need = k - len(chosen)
        for v in range(start, n - need + 2):  # leave room for the `need - 1` after v
            chosen.append(v)
            extend(v + 1)
            chosen.pop()

    extend(1)
    return result


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Multisets of the positive `candidates` (each reusable) that sum to target."""
    if any(c <= 0 for c in candidates):
        raise ValueError("candidates must be positive, or the search never ends")
    values = sorted(set(candidates))
    result: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(chosen.copy())
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break  # sorted: every later value is too large as well
            chosen.append(values[i])
            extend(i, remaining - values[i])  # i, not i + 1: the value may repeat
            chosen.pop()

    extend(0, target)
    return result
# --8<-- [end:combinations]


def main() -> None:
    print("subsets([1, 2, 3]):", subsets([1, 2, 3]))
    print("permutations([1, 2, 3]):", permutations([1, 2, 3]))
    print("unique_permutations([1, 1, 2]):", unique_permutations([1, 1, 2]))
    print("combinations(4, 2):", combinations(4, 2))
    print("combination_sum([2, 3, 6, 7], 7):", combination_sum([2, 3, 6, 7], 7))
    print("combination_sum([2, 3, 5], 8):", combination_sum([2, 3, 5], 8))


if __name__ == "__main__":
    main()
