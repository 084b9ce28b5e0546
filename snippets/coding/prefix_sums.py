"""Prefix sums: subarrays summing to k, 1-D and 2-D range sums, range updates, products.

Used by docs/coding/prefix-sums.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence


# --8<-- [start:subarray_sum]
def count_subarrays_with_sum(nums: Sequence[int], k: int) -> int:
    """Number of non-empty contiguous subarrays whose sum is exactly k."""
    seen = defaultdict(int)
    seen[0] = 1  # the empty prefix, so subarrays starting at index 0 count
    prefix = count = 0
    for value in nums:
        prefix += value
        count += seen[prefix - k]  # earlier prefixes p with prefix - p == k
        seen[prefix] += 1
    return count


def count_subarrays_with_sum_quadratic(nums: Sequence[int], k: int) -> int:
    """The O(n^2) brute force: extend every start with a running sum."""
    count = 0
    for start in range(len(nums)):
        total = 0
        for value in nums[start:]:
            total += value
            count += total == k
    return count
# --8<-- [end:subarray_sum]


# --8<-- [start:range_1d]
def prefix_sums(nums: Sequence[int]) -> list[int]:
    """prefix[i] = nums[0] + ... + nums[i - 1]; one longer than nums, prefix[0] = 0."""
    prefix = [0]
    for value in nums:
        prefix.append(prefix[-1] + value)
    return prefix


def range_sum(prefix: Sequence[int], lo: int, hi: int) -> int:
    """Sum of nums[lo:hi] (half-open) in O(1)."""
    return prefix[hi] - prefix[lo]
# --8<-- [end:range_1d]


# --8<-- [start:range_2d]
def summed_area_table(grid: Sequence[Sequence[int]]) -> list[list[int]]:
    """table[r][c] = sum of grid[:r][:c]; one extra row and column of zeros."""
    rows, cols = len(grid), len(grid[0]) if grid else 0
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            table[r + 1][c + 1] = (grid[r][c] + table[r][c + 1] + table[r + 1][c]
                                   - table[r][c])  # the overlap was added twice
    return table


def rect_sum(table: Sequence[Sequence[int]], r0: int, c0: int, r1: int, c1: int) -> int:
    """Sum of grid[r0:r1, c0:c1] (half-open) by inclusion-exclusion, in O(1)."""
    return table[r1][c1] - table[r0][c1] - table[r1][c0] + table[r0][c0]
# --8<-- [end:range_2d]


# --8<-- [start:range_updates]
def apply_range_updates(n: int, updates: Sequence[tuple[int, int, int]]) -> list[int]:
    """Start from n zeros and add `delta` to every index in [lo, hi) per update."""
    diff = [0] * (n + 1)
    for lo, hi, delta in updates:
        diff[lo] += delta  # the increase starts at lo ...
        diff[hi] -= delta  # ... and is cancelled from hi on
    return prefix_sums(diff)[1:n + 1]
# --8<-- [end:range_updates]


# --8<-- [start:product]
def product_except_self(nums: Sequence[int]) -> list[int]:
    """out[i] = product of every element but nums[i], without division."""
    out = [1] * len(nums)
    left = 1
    for i in range(len(nums)):
        out[i] = left  # product of nums[:i]
        left *= nums[i]
    right = 1
    for i in reversed(range(len(nums))):
        out[i] *= right  # times the product of nums[i + 1:]
        right *= nums[i]
    return out
# --8<-- [end:product]


def main() -> None:
    nums = [1, 2, -1, 2, 1, -3, 3]
    print(f"subarrays of {nums} summing to 3:", count_subarrays_with_sum(nums, 3))
    prefix = prefix_sums(nums)
    print("prefix sums:", prefix, " sum of nums[2:5] =", range_sum(prefix, 2, 5))
    grid = [[3, 0, 1, 4], [5, 6, 3, 2], [1, 2, 0, 1]]
    table = summed_area_table(grid)
    print("sum of grid[1:3, 1:3] =", rect_sum(table, 1, 1, 3, 3))
    print("range updates:", apply_range_updates(6, [(1, 4, 2), (3, 6, 5), (0, 2, -1)]))
    print("product except self:", product_except_self([2, 3, 0, 4]),
          product_except_self([1, 2, 3, 4]))


if __name__ == "__main__":
    main()
