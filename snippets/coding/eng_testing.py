"""Functions to test: a run-length codec, a duration parser built test-first, a median.

Used by docs/coding/engineering-practice.md.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby
from pathlib import Path


# --8<-- [start:codec]
def rle_encode(text: str) -> list[tuple[str, int]]:
    """'aaab' -> [('a', 3), ('b', 1)]."""
    return [(char, len(list(run))) for char, run in groupby(text)]


def rle_decode(pairs: list[tuple[str, int]]) -> str:
    return "".join(char * count for char, count in pairs)
# --8<-- [end:codec]


# --8<-- [start:tdd_green]
def parse_duration_first(text: str) -> int:
    """First green step: just enough for the first test ('2h' -> 7200 seconds)."""
    if not text.endswith("h"):
        raise ValueError(f"not a duration: {text!r}")
    return int(text[:-1]) * 3600
# --8<-- [end:tdd_green]


# --8<-- [start:tdd_refactor]
UNITS = {"h": 3600, "m": 60, "s": 1}
TOKEN = re.compile(r"(\d+)([hms])")


def parse_duration(text: str) -> int:
    """'1h30m' -> 5400: after more tests (minutes, seconds, combinations, bad input)
    went red, the general version and a refactor that keeps them all green."""
    tokens = TOKEN.findall(text)
    if not text or "".join(number + unit for number, unit in tokens) != text:
        raise ValueError(f"not a duration: {text!r}")
    return sum(int(number) * UNITS[unit] for number, unit in tokens)
# --8<-- [end:tdd_refactor]


# --8<-- [start:regression]
def median(values: list[float]) -> float:
    """Middle value; for an even count, the mean of the two middle values.
    (Bug fixed: an earlier version returned the upper middle value for even counts.)"""
    if not values:
        raise ValueError("median of an empty list")
    ordered, mid = sorted(values), len(values) // 2
    return ordered[mid] if len(values) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def word_counts(path: Path) -> Counter[str]:
    """Count lower-cased words in a text file: file reading and parsing together."""
    return Counter(re.findall(r"[a-z']+", path.read_text(encoding="utf-8").lower()))
# --8<-- [end:regression]


def main() -> None:
    print("rle:", rle_encode("aaabccdddd"), "->", rle_decode(rle_encode("aaabccdddd")))
    print("durations:", parse_duration_first("2h"), parse_duration("1h30m"),
          parse_duration("45s"))
    print("median:", median([3, 1, 2]), median([4, 1, 3, 2]))


if __name__ == "__main__":
    main()
