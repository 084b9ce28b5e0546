"""Karatsuba and schoolbook against Python's *, the D&C maximum subarray against Kadane,
and the master theorem against the recurrence evaluated numerically."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from snippets.coding.cs_divide_conquer import (karatsuba, master_theorem, max_subarray_dc,
                                               recurrence, schoolbook)
from snippets.coding.prefix_sums_kadane import max_subarray

big = st.integers(-(2**700), 2**700)


@given(big, big, st.sampled_from([1, 8, 64]))
def test_karatsuba_matches_python_multiplication(x, y, cutoff):
    assert karatsuba(x, y, cutoff) == x * y


@given(st.integers(0, 2**600), st.integers(0, 2**600), st.sampled_from([4, 16]))
def test_schoolbook_matches_python_multiplication(x, y, limb):
    assert schoolbook(x, y, limb) == x * y


def test_karatsuba_makes_about_nine_times_more_base_products_per_quadrupling():
    counts = []
    for bits in (1024, 4096, 16384):
        counter = [0]
        karatsuba((1 << bits) - 1, (1 << bits) - 3, 32, counter)
        counts.append(counter[0])
    assert counts == [523, 4781, 43223]
    assert all(8.5 < b / a < 9.6 for a, b in zip(counts, counts[1:]))  # 4^log2(3) = 9


@given(st.lists(st.integers(-20, 20), min_size=1, max_size=60))
def test_max_subarray_dc_matches_kadane(nums):
    assert max_subarray_dc(nums) == max_subarray(nums)[0]


def test_max_subarray_on_the_page_and_all_negative():
    assert max_subarray_dc([2, -5, 3, -1, 4, -7, 2, 6, -3]) == 8
    assert max_subarray_dc([-3, -1, -2]) == -1


@pytest.mark.parametrize("a, b, d, growth", [
    (1, 2, 0, lambda n: math.log2(n)), (2, 2, 1, lambda n: n * math.log2(n)),
    (3, 2, 1, lambda n: n ** math.log2(3)), (4, 2, 1, lambda n: n**2),
    (2, 2, 2, lambda n: n**2), (7, 2, 2, lambda n: n ** math.log2(7)),
    (3, 3, 1, lambda n: n * math.log(n, 3)), (2, 4, 0.5, lambda n: n**0.5 * math.log(n, 4)),
])
def test_master_theorem_matches_the_recurrence(a, b, d, growth):
    """T(n) / f(n) settles to a constant: the ratio changes by under 10% over the last
    doublings of the exponent of n."""
    ratios = [recurrence(b**k, a, b, d) / growth(b**k) for k in (12, 14, 16)]
    assert abs(ratios[2] / ratios[1] - 1) < 0.1 and abs(ratios[1] / ratios[0] - 1) < 0.2
    assert master_theorem(a, b, d).startswith("Theta(")


def test_master_theorem_strings():
    assert master_theorem(1, 2, 0) == "Theta(log n)"
    assert master_theorem(2, 2, 1) == "Theta(n log n)"
    assert master_theorem(3, 2, 1) == "Theta(n^1.585)"
    assert master_theorem(4, 2, 1) == "Theta(n^2)"
    assert master_theorem(2, 2, 2) == "Theta(n^2)"
    assert master_theorem(7, 2, 2) == "Theta(n^2.807)"
