"""The design-pattern examples behave as described."""

import pytest
from hypothesis import given, strategies as st

from snippets.coding.eng_patterns import (CelsiusAdapter, Config, CsvReader, EventBus,
                                          LegacyThermometer, TsvReader, by_price, by_rating,
                                          logged, make_reader, rank)

items = st.lists(st.fixed_dictionaries({"name": st.text(max_size=3),
                                        "price": st.integers(0, 9),
                                        "rating": st.floats(0, 5)}), max_size=8)


@given(items)
def test_strategies_match_sorting_by_the_key(values):
    assert rank(values, by_price) == [v["name"] for v in sorted(values, key=lambda v: v["price"])]
    assert rank(values, by_rating) == [
        v["name"] for v in sorted(values, key=lambda v: -v["rating"])]


def test_factory_returns_the_right_class_and_rejects_unknown_kinds():
    assert isinstance(make_reader("csv"), CsvReader)
    assert isinstance(make_reader("tsv"), TsvReader)
    assert make_reader("csv").parse("a,b\nc,d") == [["a", "b"], ["c", "d"]]
    with pytest.raises(ValueError):
        make_reader("xml")


def test_observer_calls_every_subscriber_of_the_topic_only():
    bus, seen = EventBus(), []
    bus.subscribe("a", lambda e: seen.append(("first", e)))
    bus.subscribe("a", lambda e: seen.append(("second", e)))
    bus.subscribe("b", lambda e: seen.append(("other", e)))
    assert bus.publish("a", {"x": 1}) == 2
    assert seen == [("first", {"x": 1}), ("second", {"x": 1})]
    assert bus.publish("none", {}) == 0


def test_adapter_converts_units():
    assert CelsiusAdapter(LegacyThermometer()).celsius() == 37.0


def test_decorator_logs_and_keeps_the_result_and_name():
    log = []

    @logged(log)
    def mul(a, b):
        return a * b
    assert mul(3, 4) == 12 and mul.__name__ == "mul"
    assert log == ["mul(3, 4) = 12"]


def test_singleton_returns_one_shared_instance():
    a, b = Config(), Config()
    assert a is b
    a.settings["seed"] = 1
    assert Config().settings["seed"] == 1
    a.settings["seed"] = 0
