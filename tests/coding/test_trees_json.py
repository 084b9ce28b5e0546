"""Flattening nested JSON: recursive and iterative versions agree, and unflatten inverts them."""

from __future__ import annotations

import json

from hypothesis import given, strategies as st

from snippets.coding.trees_json import (
    collect, flatten, flatten_iterative, read_flat, unflatten,
)

keys = st.text(alphabet="abcxyz", min_size=1, max_size=3)
leaves = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text("pq", max_size=2))
nested = st.recursive(
    leaves, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                    st.dictionaries(keys, inner, max_size=3)),
    max_leaves=15)


def collect_iterative(value, key):
    """Reference: pre-order with an explicit stack."""
    found, stack = [], [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, child in reversed(list(node.items())):
                stack.append(child)
                if k == key:
                    stack.append(("hit", child))
        elif isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, tuple):
            found.append(node[1])
    return found


@given(nested)
def test_recursive_and_iterative_flatten_agree_and_round_trip(value):
    flat = flatten(value)
    assert flatten_iterative(value) == flat
    assert list(flatten_iterative(value)) == list(flat)  # same document order
    assert unflatten(flat) == value


@given(nested)
def test_reading_the_file_gives_the_flattening_of_its_content(tmp_path_factory, value):
    path = tmp_path_factory.mktemp("json") / "data.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    assert read_flat(path) == flatten(json.loads(json.dumps(value)))


@given(nested, keys)
def test_collect_matches_an_explicit_stack_walk(value, key):
    assert collect(value, key) == collect_iterative(value, key)


def test_edge_cases(tmp_path):
    assert flatten({}) == {"": {}} and unflatten({"": {}}) == {}
    assert flatten(7) == {"": 7} and flatten([]) == {"": []}
    assert flatten({"a": [], "b": {}}) == {"a": [], "b": {}}
    assert flatten([[1], {"k": None}]) == {"0.0": 1, "1.k": None}
    assert collect({"a": {"a": 1}}, "a") == [{"a": 1}, 1]  # a value may hold the key again
    deep = current = {}
    for _ in range(5000):  # far deeper than the recursion limit
        current["k"] = {}
        current = current["k"]
    current["k"] = 1
    assert flatten_iterative(deep) == {".".join(["k"] * 5001): 1}
    path = tmp_path / "config.json"
    path.write_text('{"model": {"layers": [{"units": 64}, {"units": 32}]}}')
    assert read_flat(path) == {"model.layers.0.units": 64, "model.layers.1.units": 32}
