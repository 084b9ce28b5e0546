"""The growable array against a Python list, its copy bound, and CPython's list growth rule."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, strategies as st

from snippets.coding.ds_dynamic_array import DynamicArray, growth_stats, list_capacities

operations = st.lists(st.one_of(st.integers(0, 99), st.none()), max_size=200)


@given(operations, st.sampled_from([1.25, 1.5, 2.0, 3.0]))
def test_append_and_pop_behave_like_a_list(ops, factor):
    array, reference = DynamicArray(factor), []
    for op in ops:
        if op is None:  # None means pop
            if reference:
                assert array.pop() == reference.pop()
            else:
                with pytest.raises(IndexError):
                    array.pop()
        else:
            array.append(op)
            reference.append(op)
        assert len(array) == len(reference) <= array.capacity
        assert [array[i] for i in range(len(array))] == reference


@given(st.integers(1, 3000), st.sampled_from([1.25, 1.5, 2.0, 3.0]))
def test_total_copies_stay_below_n_times_g_over_g_minus_1(n, factor):
    array, total_cost = DynamicArray(factor), 0
    for i in range(n):
        total_cost += array.append(i)
    assert total_cost == n + array.copies
    assert array.copies < n * factor / (factor - 1)


def test_the_numbers_on_the_page():
    assert growth_stats(10_000, 2.0) == (16_383, 14, 16_384)
    assert growth_stats(100_000, 1.5) == (276_492, 28, 138_254)
    for n in (100, 1_000, 10_000, 100_000):
        assert growth_stats(n, 2.0)[0] / n < 2 and growth_stats(n, 1.5)[0] / n < 3


def test_popping_shrinks_only_at_a_quarter_so_alternating_is_cheap():
    array = DynamicArray(2.0)
    for i in range(1024):
        array.append(i)
    copies = array.copies
    for _ in range(100):  # at a full buffer, append-pop-append-pop must not resize
        array.pop()
        array.append(0)
    assert array.copies - copies <= 1024


def test_invalid_growth_factor_and_bad_index():
    with pytest.raises(ValueError):
        DynamicArray(1.0)
    with pytest.raises(IndexError):
        DynamicArray()[0]


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the growth rule of CPython 3.11")
def test_list_capacities_follow_cpython_311_list_resize():
    expected, capacity = [], 0
    for size in range(1, 2001):
        if capacity < size:  # listobject.c: newsize + newsize/8 + 6, rounded down to 4
            capacity = (size + (size >> 3) + 6) & ~3
        expected.append(capacity)
    assert list_capacities(2000) == expected
