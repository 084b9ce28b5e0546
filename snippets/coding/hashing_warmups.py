"""Dict and list warm-ups: invert a dict, merge counts, flatten, dedup records by key.

Used by docs/coding/hashing-and-counting.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any


# --8<-- [start:invert]
def invert(mapping: Mapping[Hashable, Hashable]) -> dict[Hashable, list[Hashable]]:
    """Value -> list of the keys that map to it, keys in the mapping's order."""
    inverted: dict[Hashable, list[Hashable]] = defaultdict(list)
    for key, value in mapping.items():
        inverted[value].append(key)
    return dict(inverted)
# --8<-- [end:invert]


# --8<-- [start:merge_counts]
def merge_counts(*counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    """Add counts key by key, keeping zero and negative totals."""
    total: Counter = Counter()
    for count in counts:
        total.update(count)  # update() adds and keeps every key; + would filter
    return dict(total)
# --8<-- [end:merge_counts]


# --8<-- [start:flatten]
def flatten(lists: Iterable[Iterable[Any]]) -> list[Any]:
    """One level: [[1, 2], [3]] -> [1, 2, 3]."""
    return [item for inner in lists for item in inner]


def flatten_deep(nested: list[Any]) -> list[Any]:
    """Any depth of nested lists, with an explicit stack instead of recursion."""
    out: list[Any] = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))  # descend; resume this level afterwards
                break
            out.append(item)
        else:
            stack.pop()  # this level is exhausted
    return out
# --8<-- [end:flatten]


# --8<-- [start:records]
def dedup_records(records: Iterable[dict], key: Callable[[dict], Hashable],
                  keep: str = "first") -> list[dict]:
    """One record per key, the first (or last) seen, in the kept records' order."""
    if keep not in ("first", "last"):
        raise ValueError("keep must be 'first' or 'last'")
    rows = list(records)
    if keep == "last":
        rows.reverse()
    seen, out = set(), []
    for row in rows:
        k = key(row)
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out[::-1] if keep == "last" else out
# --8<-- [end:records]


def main() -> None:
    owner = {"alice": "ml", "bob": "infra", "carol": "ml"}
    print("invert:", invert(owner))
    print("merge_counts:", merge_counts({"a": 2, "b": 1}, {"a": -2, "c": 4}))
    print("Counter +:   ", dict(Counter({"a": 2, "b": 1}) + Counter({"a": -2, "c": 4})))
    print("flatten:", flatten([[1, 2], [], [3]]),
          flatten_deep([1, [2, [3, [4]], 5], []]))
    events = [{"id": 1, "v": "a"}, {"id": 2, "v": "b"}, {"id": 1, "v": "c"}]
    for keep in ("first", "last"):
        kept = dedup_records(events, key=lambda r: r["id"], keep=keep)
        print(f"keep {keep}:", [(r["id"], r["v"]) for r in kept])


if __name__ == "__main__":
    main()
