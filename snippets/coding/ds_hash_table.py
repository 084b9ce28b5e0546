"""A hash map with separate chaining that doubles its buckets above load factor 0.75.

Used by docs/coding/data-structures.md.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Iterator

MISSING = object()
SEED = 0


# --8<-- [start:hash_map]
class ChainedHashMap:
    """Keys hash to one of `capacity` buckets; a bucket is a list of [key, value]."""

    def __init__(self, capacity: int = 8, max_load: float = 0.75) -> None:
        self._buckets: list[list[list]] = [[] for _ in range(capacity)]
        self._size = 0
        self.max_load = max_load
        self.resizes = 0

    def _bucket(self, key: Hashable) -> list[list]:
        return self._buckets[hash(key) % len(self._buckets)]

    def __setitem__(self, key: Hashable, value: object) -> None:
        bucket = self._bucket(key)
        for pair in bucket:
            if pair[0] == key:  # existing key: overwrite, the size does not change
                pair[1] = value
                return
        bucket.append([key, value])
        self._size += 1
        if self._size > self.max_load * len(self._buckets):
            self._resize(2 * len(self._buckets))

    def get(self, key: Hashable, default: object = None) -> object:
        for stored, value in self._bucket(key):
            if stored == key:
                return value
        return default

    def __getitem__(self, key: Hashable) -> object:
        value = self.get(key, MISSING)
        if value is MISSING:
            raise KeyError(key)
        return value

    def __delitem__(self, key: Hashable) -> None:
        bucket = self._bucket(key)
        for i, pair in enumerate(bucket):
            if pair[0] == key:
                bucket[i] = bucket[-1]  # order inside a bucket does not matter
                bucket.pop()
                self._size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key: Hashable) -> bool:
        return self.get(key, MISSING) is not MISSING

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[Hashable]:
        return (key for bucket in self._buckets for key, _ in bucket)

    def _resize(self, new_capacity: int) -> None:
        """Rehash every pair: a key's bucket depends on the capacity. O(n)."""
        old = self._buckets
        self._buckets = [[] for _ in range(new_capacity)]
        for bucket in old:
            for pair in bucket:
                self._bucket(pair[0]).append(pair)
        self.resizes += 1

    def stats(self) -> tuple[int, float, int]:
        """(capacity, load factor, length of the longest chain)."""
        capacity = len(self._buckets)
        return capacity, self._size / capacity, max(map(len, self._buckets))
# --8<-- [end:hash_map]


def main() -> None:
    keys = random.Random(SEED).sample(range(10**6), 1_000)
    table = ChainedHashMap()
    for i, key in enumerate(keys):
        table[key] = i
    capacity, load, longest = table.stats()
    print(f"1000 keys: {table.resizes} resizes, capacity {capacity}, "
          f"load factor {load:.3f}, longest chain {longest}")
    bad = ChainedHashMap(capacity=1024, max_load=10.0)  # resizing switched off
    for key in range(0, 1024 * 100, 1024):
        bad[key] = key
    capacity, load, longest = bad.stats()
    print(f"100 multiples of 1024 in 1024 buckets: load factor {load:.3f}, "
          f"longest chain {longest}")
    del table[keys[0]]
    print(f"after deleting key {keys[0]}:", len(table), keys[0] in table,
          table.get(keys[0], "absent"))


if __name__ == "__main__":
    main()
