"""Measured growth of prefix queries: a trie, O(L) each, against a scan of all words.

Used by docs/coding/tries.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import functools

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.tries import Trie

SEED = 4
SIZES = [500, 1000, 2000, 4000, 8000]
QUERIES = 50


def random_words(rng: np.random.Generator, n: int) -> list[str]:
    """n words of 4 to 8 letters drawn uniformly from a to j."""
    codes = rng.integers(ord("a"), ord("k"), size=(n, 8)).astype(np.uint8)
    lengths = rng.integers(4, 9, size=n)
    return [bytes(row[:length]).decode() for row, length in zip(codes, lengths)]


@functools.cache
def make_input(n: int) -> tuple[Trie, list[str], list[str]]:
    """A trie and a list of n words, and prefixes half of which occur (late in it)."""
    rng = np.random.default_rng(SEED)
    words = random_words(rng, n)
    trie = Trie()
    for word in words:
        trie.insert(word)
    present = [w[:4] for w in words[-(QUERIES // 2):]]  # found only near the end
    absent = [w[:4] + "z" for w in words[: QUERIES - len(present)]]
    return trie, words, present + absent


def run_trie(data: tuple[Trie, list[str], list[str]]) -> list[bool]:
    trie, _, prefixes = data
    return [trie.starts_with(p) for p in prefixes]


def run_scan(data: tuple[Trie, list[str], list[str]]) -> list[bool]:
    _, words, prefixes = data
    return [any(w.startswith(p) for w in words) for p in prefixes]


def main() -> None:
    report_scaling(f"{QUERIES} prefix queries against n stored words", SIZES,
                   make_input, {"trie, O(L) per query": run_trie,
                                "scan, O(nL) per query": run_scan}, repeats=5)
    plt.show()


if __name__ == "__main__":
    main()
