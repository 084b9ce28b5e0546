"""Kadane's maximum subarray sum, with the empty-subarray convention made explicit.

Used by docs/coding/prefix-sums.md.
"""

from __future__ import annotations

from collections.abc import Sequence


# --8<-- [start:kadane]
def max_subarray(nums: Sequence[int],
                 allow_empty: bool = False) -> tuple[int, int, int]:
    """Largest sum of a contiguous subarray, with its half-open bounds (lo, hi).

    By default the subarray must be non-empty, so an all-negative array gives its
    largest element; with allow_empty=True the empty subarray (sum 0) counts too.
    """
    if not nums and not allow_empty:
        raise ValueError("a non-empty subarray of an empty array does not exist")
    best, best_lo, best_hi = (0, 0, 0) if allow_empty else (nums[0], 0, 1)
    run, run_lo = 0, 0  # best sum of a subarray ending here, and where it starts
    for i, value in enumerate(nums):
        if run <= 0:
            run, run_lo = value, i  # a non-positive prefix only hurts: restart at i
        else:
            run += value
        if run > best:
            best, best_lo, best_hi = run, run_lo, i + 1
    return best, best_lo, best_hi


def max_subarray_quadratic(nums: Sequence[int], allow_empty: bool = False) -> int:
    """The O(n^2) check: best sum over every start, extended with a running total."""
    best = 0 if allow_empty else max(nums)
    for start in range(len(nums)):
        total = 0
        for value in nums[start:]:
            total += value
            best = max(best, total)
    return best
# --8<-- [end:kadane]


def main() -> None:
    for nums in ([-2, 1, -3, 4, -1, 2, 1, -5, 4], [-3, -1, -2]):
        total, lo, hi = max_subarray(nums)
        print(f"{nums}: best {total} = sum of nums[{lo}:{hi}] = {nums[lo:hi]};",
              f"allowing empty: {max_subarray(nums, allow_empty=True)[0]}")


if __name__ == "__main__":
    main()
