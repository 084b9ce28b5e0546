"""Recursive and explicit-stack versions agree, and deep recursion fails where the page says."""

from __future__ import annotations

import sys

from hypothesis import given, strategies as st

from snippets.coding.ds_call_stack import (depth_iterative, depth_recursive,
                                           fails_with_recursion_error, nested, total_loop,
                                           total_tail_recursive)

trees = st.recursive(st.integers(0, 9), lambda children: st.lists(children, max_size=4),
                     max_leaves=30)


def bracket_depth(item) -> int:
    """Reference: the deepest run of unmatched '[' in the item's repr."""
    depth = deepest = 0
    for char in repr(item):
        depth += (char == "[") - (char == "]")
        deepest = max(deepest, depth)
    return deepest


@given(trees)
def test_both_depths_match_the_bracket_count(item):
    assert depth_recursive(item) == depth_iterative(item) == bracket_depth(item)


@given(st.integers(0, 400))
def test_tail_recursive_sum_and_loop_match_the_formula(n):
    assert total_tail_recursive(n) == total_loop(n) == n * (n + 1) // 2


def test_deep_inputs_exceed_the_default_limit_only_recursively():
    assert sys.getrecursionlimit() == 1000
    deep = nested(10_000)
    assert fails_with_recursion_error(lambda: depth_recursive(deep))
    assert depth_iterative(deep) == 10_000
    assert fails_with_recursion_error(lambda: total_tail_recursive(10_000))
    assert total_loop(10_000) == 50_005_000
    assert not fails_with_recursion_error(lambda: depth_recursive(nested(100)))
