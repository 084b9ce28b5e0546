"""Two pointers on arrays: pair sum, three-sum, most water, in-place de-duplication.

Used by docs/coding/two-pointers.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations


# --8<-- [start:pair_sum]
def pair_with_sum(nums: Sequence[int], target: int) -> tuple[int, int] | None:
    """Indices i < j with nums[i] + nums[j] == target in ascending `nums`, or None."""
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        total = nums[lo] + nums[hi]
        if total == target:
            return lo, hi
        if total < target:
            lo += 1  # nums[lo] is too small even with the largest partner left
        else:
            hi -= 1  # nums[hi] is too large even with the smallest partner left
    return None
# --8<-- [end:pair_sum]


# --8<-- [start:three_sum]
def three_sum(nums: Sequence[int]) -> list[tuple[int, int, int]]:
    """Each distinct triplet a <= b <= c, from three positions, with a + b + c == 0."""
    xs = sorted(nums)
    found = []
    for i in range(len(xs) - 2):
        if xs[i] > 0:
            break  # the three smallest left are positive: no zero sum from here on
        if i > 0 and xs[i] == xs[i - 1]:
            continue  # the same first value gives the same triplets again
        lo, hi = i + 1, len(xs) - 1
        while lo < hi:
            total = xs[i] + xs[lo] + xs[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                found.append((xs[i], xs[lo], xs[hi]))
                lo, hi = lo + 1, hi - 1
                while lo < hi and xs[lo] == xs[lo - 1]:
                    lo += 1  # skip repeats of the middle value
    return found
# --8<-- [end:three_sum]


# --8<-- [start:water]
def max_area(heights: Sequence[int]) -> int:
    """Largest (j - i) * min(heights[i], heights[j]) over i < j; 0 for under 2 lines."""
    lo, hi = 0, len(heights) - 1
    best = 0
    while lo < hi:
        best = max(best, (hi - lo) * min(heights[lo], heights[hi]))
        if heights[lo] < heights[hi]:
            lo += 1  # the shorter line cannot do better with any nearer partner
        else:
            hi -= 1
    return best


def max_area_all_pairs(heights: Sequence[int]) -> int:
    """The O(n^2) brute force: try every pair of lines."""
    pairs = combinations(range(len(heights)), 2)
    return max(((j - i) * min(heights[i], heights[j]) for i, j in pairs), default=0)
# --8<-- [end:water]


# --8<-- [start:dedup]
def remove_duplicates(nums: list[int], keep: int = 1) -> int:
    """Compact ascending `nums` in place so each value appears at most `keep` times.

    Returns k; nums[:k] holds the result and nums[k:] is left over.
    """
    write = 0
    for value in nums:
        if write < keep or value != nums[write - keep]:
            nums[write] = value
            write += 1
    return write
# --8<-- [end:dedup]


def main() -> None:
    nums = [-4, -1, 1, 3, 5, 8, 11]
    print("pair summing to 9 in", nums, "->", pair_with_sum(nums, 9))
    print("pair summing to 20 in", nums, "->", pair_with_sum(nums, 20))
    values = [-1, 0, 1, 2, -1, -4]
    print("three-sum of", values, "->", three_sum(values))
    heights = [1, 8, 6, 2, 5, 4, 8, 3, 7]
    print("most water between", heights, "->", max_area(heights))
    sorted_nums = [0, 0, 1, 1, 1, 2, 2, 3, 3, 4]
    for keep in (1, 2):
        work = list(sorted_nums)
        k = remove_duplicates(work, keep)
        print(f"at most {keep} of each: k = {k}, nums[:k] = {work[:k]}")


if __name__ == "__main__":
    main()
