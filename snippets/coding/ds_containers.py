"""Stack, queue and heap from the standard library; two graph representations' costs.

Used by docs/coding/data-structures.md.
"""

from __future__ import annotations

import heapq
import random
import sys
from collections import deque
from collections.abc import Iterable

from snippets.coding.graphs_bfs import adjacency_list

SEED = 0


# --8<-- [start:containers]
def removal_order(items: Iterable[int], kind: str) -> list[int]:
    """Push every item, then remove them all: a stack gives LIFO, a queue FIFO,
    a min-heap ascending order."""
    if kind == "stack":
        stack: list[int] = []
        for x in items:
            stack.append(x)  # O(1) amortized at the end of a list
        return [stack.pop() for _ in range(len(stack))]
    if kind == "queue":
        queue: deque[int] = deque(items)  # O(1) at both ends; list.pop(0) is O(n)
        return [queue.popleft() for _ in range(len(queue))]
    if kind == "heap":
        heap: list[int] = []
        for x in items:
            heapq.heappush(heap, x)  # O(log n)
        return [heapq.heappop(heap) for _ in range(len(heap))]
    raise ValueError(kind)
# --8<-- [end:containers]


# --8<-- [start:graph_repr]
def adjacency_matrix(n: int, edges: Iterable[tuple[int, int]]) -> list[bytearray]:
    """n rows of n bytes; row u, column v is 1 if u-v is an edge. O(V^2) memory."""
    matrix = [bytearray(n) for _ in range(n)]
    for u, v in edges:
        matrix[u][v] = matrix[v][u] = 1
    return matrix


def has_edge_list(graph: dict[int, list[int]], u: int, v: int) -> bool:
    return v in graph[u]  # scans u's neighbours: O(deg u)


def has_edge_matrix(matrix: list[bytearray], u: int, v: int) -> bool:
    return matrix[u][v] == 1  # one index: O(1)


def memory_bytes(container: object) -> int:
    """Bytes held by a dict of lists or a list of bytearrays and their rows; the int
    objects the lists point to are shared with the edge list and not counted."""
    inner = container.values() if isinstance(container, dict) else container
    return sys.getsizeof(container) + sum(sys.getsizeof(part) for part in inner)
# --8<-- [end:graph_repr]


def random_edges(n: int, p: float, rng: random.Random) -> list[tuple[int, int]]:
    """Each of the n(n-1)/2 pairs u < v is an edge with probability p."""
    return [(u, v) for u in range(n) for v in range(u + 1, n) if rng.random() < p]


def main() -> None:
    items = [5, 1, 4, 2, 3]
    for kind in ("stack", "queue", "heap"):
        print(f"{kind:>5}: push {items} -> remove {removal_order(items, kind)}")
    rng = random.Random(SEED)
    print(f"\n{'V':>5} {'E':>7} {'density':>7} {'list bytes':>11} {'matrix bytes':>13} "
          f"{'matrix/list':>11}")
    for n, p in ((100, 0.05), (1_000, 0.005), (1_000, 0.05), (1_000, 0.5)):
        edges = random_edges(n, p, rng)
        m = len(edges)
        as_list = memory_bytes(adjacency_list(n, edges))
        as_matrix = memory_bytes(adjacency_matrix(n, edges))
        density = m / (n * (n - 1) / 2)
        print(f"{n:>5} {m:>7} {density:>7.3f} {as_list:>11} {as_matrix:>13} "
              f"{as_matrix / as_list:>11.2f}")


if __name__ == "__main__":
    main()
