"""The chained hash map against dict, with a Hypothesis state machine, and its resizing."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from snippets.coding.ds_hash_table import ChainedHashMap

keys = st.one_of(st.integers(-40, 40), st.text(max_size=2), st.tuples(st.integers(0, 3)))


# --8<-- [start:state_machine]
class MatchesDict(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.table, self.model = ChainedHashMap(capacity=2), {}

    @rule(key=keys, value=st.integers())
    def set_item(self, key, value):
        self.table[key] = value
        self.model[key] = value

    @rule(key=keys)
    def get_item(self, key):
        if key in self.model:
            assert self.table[key] == self.model[key]
        else:
            with pytest.raises(KeyError):
                self.table[key]
        assert self.table.get(key, "absent") == self.model.get(key, "absent")

    @rule(key=keys)
    def delete_item(self, key):
        if key in self.model:
            del self.table[key]
            del self.model[key]
        else:
            with pytest.raises(KeyError):
                del self.table[key]

    @invariant()
    def same_contents_and_bounded_load(self):
        assert len(self.table) == len(self.model)
        assert sorted(map(repr, self.table)) == sorted(map(repr, self.model))
        capacity, load, _ = self.table.stats()
        assert load <= self.table.max_load


TestMatchesDict = MatchesDict.TestCase
# --8<-- [end:state_machine]


def test_resizes_double_the_buckets_at_the_threshold():
    table = ChainedHashMap(capacity=8)
    for key in range(6):
        table[key] = key
    assert table.stats()[0] == 8  # 6 / 8 = 0.75 is allowed
    table[6] = 6
    assert table.stats()[0] == 16 and table.resizes == 1
    table[6] = 60  # overwriting does not grow the table
    assert len(table) == 7 and table[6] == 60


def test_the_numbers_on_the_page(capsys):
    from snippets.coding import ds_hash_table

    ds_hash_table.main()
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("1000 keys: 8 resizes, capacity 2048, load factor 0.488, "
                        "longest chain 4")
    assert lines[1].endswith("load factor 0.098, longest chain 100")
    assert lines[2].endswith(": 999 False absent")
