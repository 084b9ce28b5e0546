"""Vertex cover and independent set: a reduction, an exact search, a 2-approximation.

Used by docs/coding/complexity-and-algorithm-design.md.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Iterable
from itertools import combinations

Edges = list[tuple[int, int]]
SEED = 0


# --8<-- [start:reduction]
def is_vertex_cover(edges: Edges, nodes: set[int]) -> bool:
    """Every edge has at least one end in `nodes`."""
    return all(u in nodes or v in nodes for u, v in edges)


def is_independent_set(edges: Edges, nodes: set[int]) -> bool:
    """No edge has both ends in `nodes`."""
    return not any(u in nodes and v in nodes for u, v in edges)


def has_independent_set(n: int, edges: Edges, k: int,
                        has_vertex_cover: Callable[[int, Edges, int], bool]) -> bool:
    """Decide 'is there an independent set of size >= k?' with one call to a vertex
    cover decider: S is independent exactly when the other n - |S| nodes cover every
    edge."""
    return has_vertex_cover(n, edges, n - k)
# --8<-- [end:reduction]


# --8<-- [start:exact]
def min_vertex_cover(n: int, edges: Edges) -> set[int]:
    """A smallest vertex cover by trying every subset in order of size: O(2^n m)."""
    for size in range(n + 1):
        for nodes in combinations(range(n), size):
            if is_vertex_cover(edges, set(nodes)):
                return set(nodes)
    raise AssertionError("the set of all nodes is always a cover")


def has_vertex_cover(n: int, edges: Edges, k: int) -> bool:
    return len(min_vertex_cover(n, edges)) <= k
# --8<-- [end:exact]


# --8<-- [start:approx]
def matching_cover(edges: Edges) -> set[int]:
    """2-approximation: take both ends of every edge that is still uncovered. The edges
    taken share no node, and any cover needs one end of each, so |cover| <= 2 * OPT."""
    cover: set[int] = set()
    for u, v in edges:
        if u not in cover and v not in cover:
            cover |= {u, v}
    return cover


def greedy_degree_cover(edges: Edges) -> set[int]:
    """Heuristic: repeatedly take the node that covers the most uncovered edges.
    Often good, but its worst-case ratio grows like log n."""
    remaining, cover = set(edges), set()
    while remaining:
        degree: dict[int, int] = {}
        for u, v in remaining:
            degree[u], degree[v] = degree.get(u, 0) + 1, degree.get(v, 0) + 1
        best = min(degree, key=lambda node: (-degree[node], node))
        cover.add(best)
        remaining = {(u, v) for u, v in remaining if best not in (u, v)}
    return cover
# --8<-- [end:approx]


def random_graph(n: int, p: float, rng: random.Random) -> Edges:
    """Each pair u < v is an edge with probability p, listed in a shuffled order."""
    edges = [(u, v) for u in range(n) for v in range(u + 1, n) if rng.random() < p]
    rng.shuffle(edges)
    return edges


def ratios(instances: Iterable[tuple[int, Edges]]) -> dict[str, list[float]]:
    """Heuristic cover size over the optimum, per instance."""
    result: dict[str, list[float]] = {"matching": [], "greedy degree": []}
    for n, edges in instances:
        best = len(min_vertex_cover(n, edges))
        result["matching"].append(len(matching_cover(edges)) / best)
        result["greedy degree"].append(len(greedy_degree_cover(edges)) / best)
    return result


def main() -> None:
    rng = random.Random(SEED)
    n, edges = 6, [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (4, 5)]
    cover = min_vertex_cover(n, edges)
    print("smallest cover:", sorted(cover), "| its complement is independent:",
          is_independent_set(edges, set(range(n)) - cover))
    size_3, size_4 = (has_independent_set(n, edges, k, has_vertex_cover)
                      for k in (3, 4))
    print("independent set of size 3?", size_3, "| of size 4?", size_4)
    instances = [(12, random_graph(12, 0.3, rng)) for _ in range(40)]
    print("\n40 random graphs, 12 nodes, edge probability 0.3: heuristic / optimum")
    for name, values in ratios(instances).items():
        optimal = sum(v == 1 for v in values)
        print(f"{name:14s} mean {statistics.mean(values):.3f}  max {max(values):.3f}  "
              f"optimal on {optimal}/40")


if __name__ == "__main__":
    main()
