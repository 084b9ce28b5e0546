"""Dict and list warm-ups agree with straightforward reference versions."""

import pytest
from hypothesis import given, strategies as st

from snippets.coding.hashing_warmups import (
    dedup_records, flatten, flatten_deep, invert, main, merge_counts,
)

nested = st.recursive(st.integers(0, 9), lambda inner: st.lists(inner, max_size=4),
                      max_leaves=20)


def flatten_recursive(value):
    if not isinstance(value, list):
        return [value]
    return [x for item in value for x in flatten_recursive(item)]


@given(st.dictionaries(st.integers(0, 20), st.sampled_from("xyz")))
def test_invert_lists_every_key_under_its_value(mapping):
    inverted = invert(mapping)
    assert set(inverted) == set(mapping.values())
    for value, keys in inverted.items():
        assert keys == [k for k in mapping if mapping[k] == value]


@given(st.lists(st.dictionaries(st.sampled_from("abcd"), st.integers(-3, 3)), max_size=4))
def test_merge_counts_adds_key_by_key(counts):
    keys = {k for c in counts for k in c}
    assert merge_counts(*counts) == {k: sum(c.get(k, 0) for c in counts) for k in keys}


@given(st.lists(st.lists(st.integers(), max_size=4), max_size=5))
def test_flatten_matches_sum_of_lists(lists):
    assert flatten(lists) == sum(lists, [])


@given(st.lists(nested, max_size=4))
def test_flatten_deep_matches_recursion(value):
    assert flatten_deep(value) == flatten_recursive(value)


@given(st.lists(st.tuples(st.integers(0, 4), st.integers()), max_size=15),
       st.sampled_from(["first", "last"]))
def test_dedup_records_keeps_one_record_per_key(pairs, keep):
    records = [{"id": k, "payload": v, "pos": p} for p, (k, v) in enumerate(pairs)]
    kept = dedup_records(records, key=lambda r: r["id"], keep=keep)
    pick = min if keep == "first" else max
    expected = [pick((r for r in records if r["id"] == k), key=lambda r: r["pos"])
                for k in {r["id"] for r in records}]
    assert kept == sorted(expected, key=lambda r: r["pos"])


def test_edge_cases():
    assert invert({}) == {} and merge_counts() == {} and flatten([]) == []
    assert flatten_deep([[[[]]]]) == [] and flatten_deep([[1], 2]) == [1, 2]
    deep = [0]
    for _ in range(5000):  # deeper than the recursion limit
        deep = [deep]
    assert flatten_deep(deep) == [0]
    with pytest.raises(ValueError):
        dedup_records([], key=len, keep="middle")


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "invert: {'ml': ['alice', 'carol'], 'infra': ['bob']}",
        "merge_counts: {'a': 0, 'b': 1, 'c': 4}",
        "Counter +:    {'b': 1, 'c': 4}",
        "flatten: [1, 2, 3] [1, 2, 3, 4, 5]",
        "keep first: [(1, 'a'), (2, 'b')]",
        "keep last: [(2, 'b'), (1, 'c')]",
    ]
