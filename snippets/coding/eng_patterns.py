"""Design patterns: strategy, factory, observer, adapter, decorator and singleton.

Used by docs/coding/engineering-practice.md.
"""

from __future__ import annotations

import functools
from collections.abc import Callable


# --8<-- [start:strategy]
def by_price(item: dict) -> float:
    return item["price"]


def by_rating(item: dict) -> float:
    return -item["rating"]


def rank(items: list[dict], strategy: Callable[[dict], float]) -> list[str]:
    """Strategy: the ranking rule is a parameter; in Python a function is enough."""
    return [item["name"] for item in sorted(items, key=strategy)]
# --8<-- [end:strategy]


# --8<-- [start:factory]
class CsvReader:
    def parse(self, text: str) -> list[list[str]]:
        return [line.split(",") for line in text.splitlines()]


class TsvReader:
    def parse(self, text: str) -> list[list[str]]:
        return [line.split("\t") for line in text.splitlines()]


READERS = {"csv": CsvReader, "tsv": TsvReader}


def make_reader(kind: str) -> CsvReader | TsvReader:
    """Factory: callers ask for a kind and never name the concrete class."""
    try:
        return READERS[kind]()
    except KeyError:
        raise ValueError(f"unknown format {kind!r}") from None
# --8<-- [end:factory]


# --8<-- [start:observer]
class EventBus:
    """Observer: subscribers register callbacks; the publisher does not know them."""

    def __init__(self) -> None:
        self._subscribers: dict[str, list[Callable[[dict], None]]] = {}

    def subscribe(self, topic: str, callback: Callable[[dict], None]) -> None:
        self._subscribers.setdefault(topic, []).append(callback)

    def publish(self, topic: str, event: dict) -> int:
        for callback in self._subscribers.get(topic, []):
            callback(event)
        return len(self._subscribers.get(topic, []))
# --8<-- [end:observer]


# --8<-- [start:adapter]
class LegacyThermometer:
    """A third-party class with the wrong interface: Fahrenheit, odd method name."""

    def read_fahrenheit(self) -> float:
        return 98.6


class CelsiusAdapter:
    """Adapter: wraps it to offer the interface our code expects, celsius()."""

    def __init__(self, legacy: LegacyThermometer) -> None:
        self._legacy = legacy

    def celsius(self) -> float:
        return round((self._legacy.read_fahrenheit() - 32) * 5 / 9, 2)
# --8<-- [end:adapter]


# --8<-- [start:decorator]
def logged(log: list[str]) -> Callable:
    """Decorator pattern: add behaviour around a function without changing it."""
    def decorate(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args):
            result = func(*args)
            log.append(f"{func.__name__}{args} = {result}")
            return result
        return wrapper
    return decorate
# --8<-- [end:decorator]


# --8<-- [start:singleton]
class Config:
    """Singleton: every call returns the same instance. Usually unnecessary in Python:
    a module is imported once, so a module-level object is already a single instance."""

    _instance: Config | None = None

    def __new__(cls) -> Config:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.settings = {"seed": 0}
        return cls._instance
# --8<-- [end:singleton]


def main() -> None:
    items = [{"name": "a", "price": 3, "rating": 4.1},
             {"name": "b", "price": 1, "rating": 3.2},
             {"name": "c", "price": 2, "rating": 4.8}]
    print("strategy:", rank(items, by_price), rank(items, by_rating))
    print("factory:", make_reader("tsv").parse("x\ty\n1\t2"))
    bus, seen = EventBus(), []
    bus.subscribe("signup", lambda e: seen.append(f"welcome {e['user']}"))
    bus.subscribe("signup", lambda e: seen.append(f"count {e['user']}"))
    print("observer:", bus.publish("signup", {"user": "ada"}), "subscribers ->", seen)
    print("adapter:", CelsiusAdapter(LegacyThermometer()).celsius(), "C")
    log: list[str] = []

    @logged(log)
    def add(a: int, b: int) -> int:
        return a + b
    add(2, 3)
    print("decorator:", log)
    print("singleton:", Config() is Config())


if __name__ == "__main__":
    main()
