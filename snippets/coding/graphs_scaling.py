"""Measured growth of Dijkstra on sparse graphs (E = 4V): heap against array scan.

Used by docs/coding/graphs.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.graphs_dijkstra import Edge, dijkstra, dijkstra_dense

SEED = 9
SIZES = [64, 128, 256, 512, 1024]
EDGES_PER_NODE = 4


def make_input(n: int) -> tuple[int, list[Edge]]:
    """Random directed edges plus a ring 0 -> 1 -> ... -> 0, so all are reachable."""
    rng = np.random.default_rng(SEED)
    ring = [(v, (v + 1) % n, 1.0) for v in range(n)]
    u = rng.integers(0, n, size=(EDGES_PER_NODE - 1) * n)
    v = rng.integers(0, n, size=u.size)
    w = rng.integers(1, 100, size=u.size)
    return n, ring + [(int(a), int(b), float(c)) for a, b, c in zip(u, v, w)]


def run_heap(data: tuple[int, list[Edge]]) -> list[float]:
    return dijkstra(data[0], data[1], 0)


def run_dense(data: tuple[int, list[Edge]]) -> list[float]:
    return dijkstra_dense(data[0], data[1], 0)


def main() -> None:
    report_scaling(f"Dijkstra on random graphs with E = {EDGES_PER_NODE}V", SIZES,
                   make_input, {"heap, O((V + E) log V)": (run_heap, 5),
                                "array scan, O(V^2)": run_dense})
    plt.show()


if __name__ == "__main__":
    main()
