"""Sliding-window solutions agree with brute force over all substrings and windows."""

from collections import Counter

import pytest
from hypothesis import given, strategies as st

from snippets.coding.sliding_window import (
    MovingAverage, longest_without_repeats, main, max_sum_fixed, max_sum_fixed_naive,
    min_window, shortest_with_sum_at_least,
)


def substrings(text):
    return [text[i:j] for i in range(len(text) + 1) for j in range(i, len(text) + 1)]


@given(st.text(alphabet="abcd", max_size=16))
def test_longest_without_repeats_matches_all_substrings(text):
    distinct = [s for s in substrings(text) if len(set(s)) == len(s)]
    best_len = max(map(len, distinct))
    leftmost = min(i for i in range(len(text) + 1)
                   if len(set(text[i:i + best_len])) == len(text[i:i + best_len]) == best_len)
    assert longest_without_repeats(text) == text[leftmost:leftmost + best_len]


@given(st.text(alphabet="abc", max_size=14), st.text(alphabet="abc", max_size=4))
def test_min_window_matches_all_substrings(text, pattern):
    need = Counter(pattern)
    covering = [(len(s), i) for i in range(len(text)) for j in range(i + 1, len(text) + 1)
                for s in [text[i:j]] if not need - Counter(s)]
    expected = ""
    if pattern and covering:
        length, start = min(covering)  # shortest, then leftmost
        expected = text[start:start + length]
    assert min_window(text, pattern) == expected


@given(st.lists(st.integers(-50, 50), min_size=1, max_size=25), st.data())
def test_max_sum_fixed_matches_every_window(nums, data):
    k = data.draw(st.integers(1, len(nums)))
    sums = [sum(nums[i:i + k]) for i in range(len(nums) - k + 1)]
    expected = (max(sums), sums.index(max(sums)))
    assert max_sum_fixed(nums, k) == max_sum_fixed_naive(nums, k) == expected


@given(st.lists(st.integers(0, 20), max_size=25), st.integers(1, 80))
def test_shortest_with_sum_at_least_matches_all_subarrays(nums, target):
    lengths = [j - i for i in range(len(nums)) for j in range(i + 1, len(nums) + 1)
               if sum(nums[i:j]) >= target]
    assert shortest_with_sum_at_least(nums, target) == min(lengths, default=0)


@given(st.integers(1, 5), st.lists(st.integers(-1000, 1000), max_size=30))
def test_moving_average_matches_mean_of_last_k(size, stream):
    average = MovingAverage(size)
    for t, value in enumerate(stream):
        last = stream[max(0, t + 1 - size):t + 1]
        assert average.next(value) == sum(last) / len(last)  # integers: sums are exact


def test_edge_cases():
    assert longest_without_repeats("") == "" and longest_without_repeats("a") == "a"
    assert longest_without_repeats("abba") == "ab"  # the stale 'a' must not move start back
    assert min_window("abc", "") == "" and min_window("", "a") == ""
    assert min_window("ab", "b") == "b" and min_window("aab", "aab") == "aab"
    assert max_sum_fixed([-3, -1, -2], 1) == (-1, 1) and max_sum_fixed([4], 1) == (4, 0)
    for k in (0, 4):
        with pytest.raises(ValueError):
            max_sum_fixed([1, 2, 3], k)
    assert shortest_with_sum_at_least([], 1) == 0 and shortest_with_sum_at_least([1], 2) == 0
    with pytest.raises(ValueError):
        MovingAverage(0)


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "longest_without_repeats('abcabcbb') = 'abc'",
        "longest_without_repeats('pwwkew') = 'wke'",
        "longest_without_repeats('bbbb') = 'b'",
        "min_window('ADOBECODEBANC', 'ABC') = 'BANC'",
        "min_window('aa', 'aa') = 'aa'",
        "min_window('a', 'aa') = ''",
        "max_sum_fixed([2, 1, 5, 1, 3, 2], 3) = (9, 2)",
        "shortest_with_sum_at_least([2, 1, 5, 1, 3, 2], 7) = 3",
        "moving average, window 3: ['1.0000', '5.5000', '4.6667', '6.0000']",
    ]
