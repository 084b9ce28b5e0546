"""Bit tricks against Counter, int.bit_count, itertools, strings and NumPy int32."""

import itertools
from collections import Counter

import numpy as np
from hypothesis import given, strategies as st

from snippets.coding.bits import (
    MASK32, add32, count_bits, count_bits_one_by_one, gray_code, is_power_of_two,
    missing_number, popcount, reverse_bits, single_number, submasks, subsets_by_mask,
    to_signed32,
)

uint32 = st.integers(0, MASK32)
int32 = st.integers(-(2**31), 2**31 - 1)


@given(st.lists(st.integers(-10**9, 10**9), unique=True, max_size=20), st.integers(),
       st.randoms())
def test_single_number_finds_the_unpaired_value(pairs, single, random):
    nums = [x for x in pairs if x != single] * 2 + [single]
    random.shuffle(nums)
    once = [x for x, k in Counter(nums).items() if k == 1]
    assert single_number(nums) == single and once == [single]


@given(st.integers(0, 200), st.data())
def test_missing_number_matches_set_difference(n, data):
    missing = data.draw(st.integers(0, n))
    nums = data.draw(st.permutations([x for x in range(n + 1) if x != missing]))
    assert missing_number(nums) == missing == (set(range(n + 1)) - set(nums)).pop()


@given(st.integers(0, 3000))
def test_count_bits_matches_int_bit_count(n):
    expected = [i.bit_count() for i in range(n + 1)]
    assert count_bits(n) == expected == count_bits_one_by_one(n)


@given(st.integers(0, 2**200))
def test_popcount_matches_int_bit_count_on_big_integers(x):
    assert popcount(x) == x.bit_count()


@given(st.integers(-(2**70), 2**70))
def test_is_power_of_two_matches_the_set_of_powers(n):
    assert is_power_of_two(n) == (n > 0 and n in {2**k for k in range(71)})


def test_power_of_two_edges():
    assert not is_power_of_two(0) and not is_power_of_two(-8) and is_power_of_two(1)


@given(st.lists(st.integers(), unique=True, max_size=8))
def test_subsets_by_mask_is_the_power_set(items):
    expected = {c for k in range(len(items) + 1)
                for c in itertools.combinations(items, k)}
    result = subsets_by_mask(items)
    assert len(result) == 2 ** len(items) and {tuple(s) for s in result} == expected


@given(st.integers(0, 2**10 - 1))
def test_submasks_are_exactly_the_masks_inside_mask_in_decreasing_order(mask):
    expected = [s for s in range(mask, -1, -1) if s & ~mask == 0]
    assert list(submasks(mask)) == expected and len(expected) == 2 ** mask.bit_count()


@given(st.integers(0, 12))
def test_gray_code_visits_every_code_once_changing_one_bit(n):
    codes = gray_code(n)
    assert sorted(codes) == list(range(2**n))
    assert all((a ^ b).bit_count() == 1 for a, b in zip(codes, codes[1:]))


@given(uint32)
def test_reverse_bits_matches_reversing_the_binary_string(x):
    assert reverse_bits(x) == int(f"{x:032b}"[::-1], 2)
    assert reverse_bits(reverse_bits(x)) == x


@given(st.integers(-(2**40), 2**40))
def test_to_signed32_matches_numpy_int32_wraparound(x):
    assert to_signed32(x) == int(np.array(x & MASK32, dtype=np.uint32).view(np.int32))


@given(int32, int32)
def test_add32_matches_numpy_int32_addition_including_overflow(a, b):
    expected = int((np.array([a], dtype=np.int32) + np.array([b], dtype=np.int32))[0])
    assert add32(a, b) == expected


def test_page_values():
    assert single_number([4, 1, 2, 1, 2]) == 4 and missing_number([3, 0, 1]) == 2
    assert count_bits(8) == [0, 1, 1, 2, 1, 2, 2, 3, 1]
    assert gray_code(3) == [0b000, 0b001, 0b011, 0b010, 0b110, 0b111, 0b101, 0b100]
    assert reverse_bits(0b1011) == 0b1101 << 28 and reverse_bits(0) == 0
    assert reverse_bits(1) == 2**31 and reverse_bits(MASK32) == MASK32
    assert -1 >> 10 == -1  # Python's negatives carry infinitely many leading ones
    assert ~5 == -6 and -1 & MASK32 == 0xFFFFFFFF and to_signed32(0xFFFFFFFF) == -1
    assert add32(-7, 3) == -4 and add32(2**31 - 1, 1) == -(2**31)
    assert single_number([7]) == 7 and missing_number([]) == 0
