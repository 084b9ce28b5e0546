"""Measured growth of union-find on a chain, with and without its two optimizations.

Used by docs/coding/union-find.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import report_scaling
from snippets.coding.union_find import DisjointSet

SIZES = [125, 250, 500, 1000, 2000]


# --8<-- [start:naive]
class NaiveDisjointSet:
    """Union-find without either optimization: a root is linked under the other root
    blindly, and find never shortens paths, so trees can become chains."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[ra] = rb
        return True
# --8<-- [end:naive]


def chain_then_queries(dsu: DisjointSet | NaiveDisjointSet, n: int) -> int:
    """union(0, 1), union(1, 2), ... then n finds of element 0; returns a checksum."""
    for i in range(n - 1):
        dsu.union(i, i + 1)
    return sum(dsu.find(0) for _ in range(n))


def run_optimized(n: int) -> int:
    return chain_then_queries(DisjointSet(n), n)


def run_naive(n: int) -> int:
    return chain_then_queries(NaiveDisjointSet(n), n)


def main() -> None:
    report_scaling("n - 1 unions along a chain, then n finds", SIZES, int,
                   {"path compression + union by size": (run_optimized, 5),
                    "neither optimization": run_naive})
    plt.show()


if __name__ == "__main__":
    main()
