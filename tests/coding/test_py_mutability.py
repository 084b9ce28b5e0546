"""Aliasing, copies and default arguments behave as the page says."""

import copy

from hypothesis import given, strategies as st

from snippets.coding.py_mutability import (append_bad, append_good, copies_after_change,
                                           grid_by_comprehension, grid_by_repetition)


@given(st.integers(1, 6), st.integers(1, 6))
def test_repeated_rows_are_one_object_and_comprehension_rows_are_not(rows, cols):
    shared, separate = grid_by_repetition(rows, cols), grid_by_comprehension(rows, cols)
    assert len({id(r) for r in shared}) == 1
    assert len({id(r) for r in separate}) == rows
    shared[0][0] = separate[0][0] = 1
    assert all(r[0] == 1 for r in shared)
    assert sum(r[0] for r in separate) == 1


def test_alias_shallow_and_deep_copies():
    result = copies_after_change({"name": "mlp", "layers": [32]})
    assert result["alias"] == {"name": "changed", "layers": [32, 64]}
    assert result["shallow"] == {"name": "mlp", "layers": [32, 64]}
    assert result["deep"] == {"name": "mlp", "layers": [32]}


@given(st.recursive(st.integers(), lambda c: st.lists(c, max_size=3), max_leaves=10))
def test_deepcopy_shares_no_list_with_the_original(value):
    def lists(v):
        return [id(v)] + [i for item in v for i in lists(item)] if isinstance(v, list) else []
    assert copy.deepcopy(value) == value
    assert not set(lists(copy.deepcopy(value))) & set(lists(value))


def test_the_default_list_is_shared_between_calls():
    first = append_bad(1)
    second = append_bad(2)
    assert first is second and first[-2:] == [1, 2]
    assert append_good(1) == [1] and append_good(2) == [2]
    mine = [0]
    assert append_good(5, mine) is mine and mine == [0, 5]
