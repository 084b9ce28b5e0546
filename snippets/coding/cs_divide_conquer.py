"""Divide and conquer: Karatsuba multiplication, maximum subarray, the master theorem.

Used by docs/coding/complexity-and-algorithm-design.md.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


# --8<-- [start:karatsuba]
def karatsuba(x: int, y: int, cutoff_bits: int = 64,
              counter: list[int] | None = None) -> int:
    """x * y with three half-size products instead of four: T(n) = 3 T(n/2) + O(n).
    Products of numbers below 2**cutoff_bits use the machine multiply (counted)."""
    if x < 0 or y < 0:
        sign = -1 if (x < 0) != (y < 0) else 1
        return sign * karatsuba(abs(x), abs(y), cutoff_bits, counter)
    if x.bit_length() <= cutoff_bits or y.bit_length() <= cutoff_bits:
        if counter is not None:
            counter[0] += 1
        return x * y
    half = max(x.bit_length(), y.bit_length()) // 2
    x_hi, x_lo = x >> half, x & ((1 << half) - 1)  # x = x_hi * 2^half + x_lo
    y_hi, y_lo = y >> half, y & ((1 << half) - 1)
    high = karatsuba(x_hi, y_hi, cutoff_bits, counter)
    low = karatsuba(x_lo, y_lo, cutoff_bits, counter)
    both = karatsuba(x_hi + x_lo, y_hi + y_lo, cutoff_bits, counter)
    middle = both - high - low  # = x_hi*y_lo + x_lo*y_hi, without computing either
    return (high << (2 * half)) + (middle << half) + low
# --8<-- [end:karatsuba]


# --8<-- [start:schoolbook]
def schoolbook(x: int, y: int, limb_bits: int = 16) -> int:
    """Grade-school product of non-negative ints on limbs of limb_bits bits: O(n^2)."""
    mask = (1 << limb_bits) - 1
    a = [(x >> s) & mask for s in range(0, max(x.bit_length(), 1), limb_bits)]
    b = [(y >> s) & mask for s in range(0, max(y.bit_length(), 1), limb_bits)]
    acc = [0] * (len(a) + len(b))
    for i, ai in enumerate(a):
        for j, bj in enumerate(b):
            acc[i + j] += ai * bj
    result = 0
    for column in reversed(acc):  # Horner: the carries are handled by Python's ints
        result = (result << limb_bits) + column
    return result
# --8<-- [end:schoolbook]


# --8<-- [start:max_subarray]
def max_subarray_dc(nums: Sequence[int], lo: int = 0, hi: int | None = None) -> int:
    """Largest sum of a non-empty contiguous subarray of nums[lo:hi], O(n log n):
    the best lies in the left half, in the right half, or crosses the middle."""
    hi = len(nums) if hi is None else hi
    if hi - lo == 1:
        return nums[lo]
    mid = (lo + hi) // 2
    best_left_end = run = nums[mid - 1]  # best sum of nums[i:mid], i < mid
    for i in range(mid - 2, lo - 1, -1):
        run += nums[i]
        best_left_end = max(best_left_end, run)
    best_right_start = run = nums[mid]  # best sum of nums[mid:j], j > mid
    for j in range(mid + 1, hi):
        run += nums[j]
        best_right_start = max(best_right_start, run)
    return max(max_subarray_dc(nums, lo, mid), max_subarray_dc(nums, mid, hi),
               best_left_end + best_right_start)
# --8<-- [end:max_subarray]


# --8<-- [start:master]
def power_of_n(e: float) -> str:
    """n^e written the usual way: 1, n, n^2, n^1.585."""
    if math.isclose(e, round(e)):
        return {0: "1", 1: "n"}.get(round(e), f"n^{round(e)}")
    return f"n^{e:.3f}"


def master_theorem(a: int, b: int, d: float) -> str:
    """Solve T(n) = a T(n/b) + Theta(n^d), a >= 1, b > 1: compare d with log_b a."""
    critical = math.log(a, b)
    if math.isclose(d, critical):  # every level of the recursion costs the same
        return "Theta(log n)" if d == 0 else f"Theta({power_of_n(d)} log n)"
    if d > critical:
        return f"Theta({power_of_n(d)})"  # the root's work dominates
    return f"Theta({power_of_n(critical)})"  # leaves: a^(log_b n) = n^(log_b a)
# --8<-- [end:master]


def recurrence(n: int, a: int, b: int, d: float) -> float:
    """T(n) = a T(n/b) + n^d with T(1) = 1, for n a power of b."""
    return 1.0 if n <= 1 else a * recurrence(n // b, a, b, d) + n**d


def main() -> None:
    for name, (a, b, d) in {"binary search": (1, 2, 0), "merge sort": (2, 2, 1),
                            "Karatsuba": (3, 2, 1), "schoolbook split": (4, 2, 1),
                            "Strassen": (7, 2, 2), "a=2, b=2, d=2": (2, 2, 2)}.items():
        print(f"{name:16s} a={a} b={b} d={d}: {master_theorem(a, b, d)}")
    x, y = 3**2000, 7**1500
    counter = [0]
    print("\nKaratsuba equals x*y:", karatsuba(x, y, 64, counter) == x * y,
          "| schoolbook equals x*y:", schoolbook(x, y) == x * y)
    previous = None
    for bits in (256, 1024, 4096, 16384):
        counter = [0]
        karatsuba((1 << bits) - 1, (1 << bits) - 3, 32, counter)
        growth = "" if previous is None else f" (x{counter[0] / previous:.1f})"
        print(f"{bits:5d}-bit operands: {counter[0]:6d} base products{growth}")
        previous = counter[0]
    nums = [2, -5, 3, -1, 4, -7, 2, 6, -3]
    print("\nmax subarray of", nums, "=", max_subarray_dc(nums))


if __name__ == "__main__":
    main()
