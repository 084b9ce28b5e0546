"""Dunder methods: __repr__, __eq__ with __hash__, total_ordering, and containers.

Used by docs/coding/python-for-interviews.md.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator


# --8<-- [start:version]
@functools.total_ordering  # fills in <=, >, >= from __eq__ and __lt__
class Version:
    """A semantic version such as 1.10.0 that compares numerically, not as text."""

    def __init__(self, text: str) -> None:
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self) -> str:  # unambiguous, for debugging: what you would type
        return f"Version({'.'.join(map(str, self.parts))!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented  # let Python try the other operand, then fall back
        return self.parts == other.parts

    def __hash__(self) -> int:  # equal objects must hash equal: hash what __eq__ uses
        return hash(self.parts)

    def __lt__(self, other: Version) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
# --8<-- [end:version]


# --8<-- [start:broken_hash]
class EqualsOnly:
    """Defines __eq__ but not __hash__: Python then sets __hash__ to None."""

    def __init__(self, key: int) -> None:
        self.key = key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EqualsOnly) and self.key == other.key


class IdentityHash(EqualsOnly):
    """Breaks the contract: equal by value but hashed by identity."""

    def __hash__(self) -> int:
        return id(self)
# --8<-- [end:broken_hash]


# --8<-- [start:container]
class Playlist:
    """A container: len(), iteration, indexing and `in` come from three dunders."""

    def __init__(self, *songs: str) -> None:
        self._songs = list(songs)

    def __len__(self) -> int:
        return len(self._songs)

    def __iter__(self) -> Iterator[str]:
        return iter(self._songs)

    def __getitem__(self, index: int) -> str:
        return self._songs[index]
# --8<-- [end:container]


def main() -> None:
    versions = [Version("1.10.0"), Version("1.2.0"), Version("1.9.3")]
    as_text = sorted(["1.10.0", "1.2.0", "1.9.3"])
    print("sorted:", sorted(versions), "| as text:", as_text)
    print("1.2.0 >= 1.10.0:", Version("1.2.0") >= Version("1.10.0"),
          "| distinct in a set:", len({Version("2.0"), Version("2.0"), Version("2.1")}))
    try:
        {EqualsOnly(1)}
    except TypeError as error:
        print("EqualsOnly in a set:", error)
    pair = {IdentityHash(1), IdentityHash(1)}
    print("IdentityHash, two equal objects in a set:", len(pair))
    playlist = Playlist("intro", "theme", "outro")
    print("len:", len(playlist), "| list:", list(playlist), "| 'theme' in:",
          "theme" in playlist, "| last:", playlist[-1])


if __name__ == "__main__":
    main()
