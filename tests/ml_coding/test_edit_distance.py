"""Levenshtein distance by dynamic programming agrees with a brute-force recursion."""

from functools import lru_cache
from itertools import product

import numpy as np
import pytest

from snippets.ml_coding.edit_distance import alignment, levenshtein_table


def recursive_distance(a: str, b: str) -> int:
    """The definition, evaluated directly (memoized so that it finishes)."""
    @lru_cache(maxsize=None)
    def dist(i: int, j: int) -> int:
        if i == 0 or j == 0:
            return i + j
        return min(dist(i - 1, j) + 1, dist(i, j - 1) + 1,
                   dist(i - 1, j - 1) + (a[i - 1] != b[j - 1]))
    return dist(len(a), len(b))


def apply(ops: list[str], a: str) -> str:
    out, i = [], 0
    for op in ops:
        if op.startswith("keep"):
            out.append(a[i])
            i += 1
        elif op.startswith("delete"):
            i += 1
        elif op.startswith("insert"):
            out.append(op[-1])
        else:  # "x -> y"
            out.append(op[-1])
            i += 1
    return "".join(out)


def test_doctor_bottle():
    D = levenshtein_table("doctor", "bottle")
    assert D[-1, -1] == 4
    ops = alignment("doctor", "bottle", D)
    assert apply(ops, "doctor") == "bottle"
    assert sum(not op.startswith("keep") for op in ops) == 4


@pytest.mark.parametrize("a,b,expected", [("kitten", "sitting", 3), ("", "abc", 3),
                                          ("flaw", "lawn", 2), ("same", "same", 0)])
def test_known_distances(a, b, expected):
    assert levenshtein_table(a, b)[-1, -1] == expected


def test_matches_recursion_on_random_strings_and_is_a_metric():
    rng = np.random.default_rng(0)
    words = ["".join(rng.choice(list("abc"), size=rng.integers(0, 7))) for _ in range(25)]
    for a, b in product(words[:12], words[12:]):
        d = levenshtein_table(a, b)[-1, -1]
        assert d == recursive_distance(a, b) == levenshtein_table(b, a)[-1, -1]
        assert abs(len(a) - len(b)) <= d <= max(len(a), len(b))
        ops = alignment(a, b, levenshtein_table(a, b))
        assert apply(ops, a) == b and sum(not op.startswith("keep") for op in ops) == d
