"""Bit manipulation: XOR tricks, popcounts, masks as sets, 32-bit emulation in Python.

Used by docs/coding/bit-manipulation.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce
from operator import xor

MASK32 = 0xFFFFFFFF


# --8<-- [start:xor]
def single_number(nums: list[int]) -> int:
    """The value that appears once when every other value appears exactly twice."""
    return reduce(xor, nums, 0)  # x ^ x = 0 and x ^ 0 = x, in any order


def missing_number(nums: list[int]) -> int:
    """The one value of 0..n absent from n distinct values in that range."""
    result = len(nums)
    for i, x in enumerate(nums):
        result ^= i ^ x  # every present value cancels its own index
    return result
# --8<-- [end:xor]


# --8<-- [start:popcount]
def count_bits(n: int) -> list[int]:
    """Set bits of every i in 0..n, O(n): i has the bits of i >> 1, plus i & 1."""
    ones = [0] * (n + 1)
    for i in range(1, n + 1):
        ones[i] = ones[i >> 1] + (i & 1)
    return ones


def popcount(x: int) -> int:
    """Set bits of x >= 0 by Kernighan's trick: x & (x - 1) clears the lowest one."""
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


def count_bits_one_by_one(n: int) -> list[int]:
    """The same list by popcounting each i on its own: O(n log n) bit operations."""
    return [popcount(i) for i in range(n + 1)]


def is_power_of_two(n: int) -> bool:
    """A power of two has exactly one set bit; zero and negatives are not powers."""
    return n > 0 and n & (n - 1) == 0
# --8<-- [end:popcount]


# --8<-- [start:masks]
def subsets_by_mask(items: list[int]) -> list[list[int]]:
    """All 2^n subsets: bit i of the mask says whether items[i] is in the subset."""
    n = len(items)
    return [[items[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]


def submasks(mask: int) -> Iterator[int]:
    """Every submask of `mask`, largest first, down to 0, by sub = (sub - 1) & mask."""
    sub = mask
    while True:
        yield sub
        if sub == 0:
            return
        sub = (sub - 1) & mask


def gray_code(n: int) -> list[int]:
    """The 2^n n-bit codes in an order where neighbours differ in exactly one bit."""
    return [i ^ (i >> 1) for i in range(1 << n)]
# --8<-- [end:masks]


# --8<-- [start:int32]
def reverse_bits(x: int) -> int:
    """Reverse the 32 bits of an unsigned 32-bit integer."""
    result = 0
    for _ in range(32):
        result = (result << 1) | (x & 1)  # lowest bit of x enters result from the right
        x >>= 1
    return result


def to_signed32(x: int) -> int:
    """Read the low 32 bits of x as a two's-complement signed integer."""
    x &= MASK32
    return x - (1 << 32) if x & 0x80000000 else x


def add32(a: int, b: int) -> int:
    """a + b without +, wrapping like a 32-bit int: XOR adds, AND-shift carries."""
    a, b = a & MASK32, b & MASK32  # without the mask, a negative carry never runs out
    while b:
        a, b = (a ^ b) & MASK32, ((a & b) << 1) & MASK32
    return to_signed32(a)
# --8<-- [end:int32]


def main() -> None:
    print("single_number([4, 1, 2, 1, 2]) =", single_number([4, 1, 2, 1, 2]))
    print("missing_number([3, 0, 1]) =", missing_number([3, 0, 1]))
    print("count_bits(8) =", count_bits(8))
    print("powers of two below 70:", [n for n in range(70) if is_power_of_two(n)])
    print("subsets_by_mask([1, 2, 3]) =", subsets_by_mask([1, 2, 3]))
    print("submasks(0b1011) =", [f"{s:04b}" for s in submasks(0b1011)])
    print("gray_code(3) =", [f"{g:03b}" for g in gray_code(3)])
    print(f"reverse_bits(0b1011) = {reverse_bits(0b1011):032b}")
    print("Python: ~5 =", ~5, "| -1 & MASK32 =", hex(-1 & MASK32),
          "| to_signed32(0xFFFFFFFF) =", to_signed32(0xFFFFFFFF))
    print("add32(-7, 3) =", add32(-7, 3),
          "| add32(2**31 - 1, 1) =", add32(2**31 - 1, 1))


if __name__ == "__main__":
    main()
