"""Kruskal's minimum spanning tree with union-find.

Used by docs/coding/union-find.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from snippets.coding.union_find import DisjointSet

WeightedEdge = tuple[int, int, float]  # (u, v, weight), undirected


# --8<-- [start:kruskal]
def kruskal(n: int, edges: Sequence[WeightedEdge]) -> tuple[float, list[WeightedEdge]]:
    """Minimum spanning forest: scan edges by increasing weight and keep each one that
    joins two different components. O(E log E) for the sort, near O(E) for the rest."""
    dsu = DisjointSet(n)
    chosen = [(u, v, w) for u, v, w in sorted(edges, key=lambda e: e[2])
              if dsu.union(u, v)]  # union is False when u and v are already connected
    return sum(w for _, _, w in chosen), chosen
# --8<-- [end:kruskal]


def main() -> None:
    edges = [(0, 1, 4), (0, 2, 1), (1, 2, 2), (1, 3, 5), (2, 3, 8), (3, 4, 3),
             (2, 4, 9)]
    total, tree = kruskal(5, edges)
    print("MST weight:", total)
    print("MST edges:", tree)


if __name__ == "__main__":
    main()
