"""Weighted shortest paths: Dijkstra (heap and array), Bellman-Ford, network delay.

Used by docs/coding/graphs.md.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

Edge = tuple[int, int, float]  # (from, to, weight)


# --8<-- [start:dijkstra]
def dijkstra(n: int, edges: Sequence[Edge], source: int) -> list[float]:
    """Distances from source over non-negative weights (math.inf if unreachable).
    The closest unsettled node is final when popped; a node may sit in the heap
    several times (lazy deletion), and stale entries are skipped. O((V + E) log V)."""
    graph: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for u, v, w in edges:
        graph[u].append((v, w))
    dist, settled = [math.inf] * n, [False] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if settled[u]:
            continue  # stale entry: u was settled earlier with a shorter distance
        settled[u] = True
        for v, w in graph[u]:
            if not settled[v] and d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (dist[v], v))
    return dist


def network_delay_time(n: int, times: Sequence[Edge], source: int) -> float:
    """Time for a signal from `source` to reach every node, or -1 if some never do."""
    slowest = max(dijkstra(n, times, source))
    return -1 if slowest == math.inf else slowest
# --8<-- [end:dijkstra]


# --8<-- [start:dense]
def dijkstra_dense(n: int, edges: Sequence[Edge], source: int) -> list[float]:
    """Dijkstra without a heap: scan for the closest unsettled node. O(V^2 + E), which
    beats the heap version when E is close to V^2."""
    weight = [dict() for _ in range(n)]
    for u, v, w in edges:
        weight[u][v] = min(w, weight[u].get(v, math.inf))  # cheapest parallel edge
    dist, settled = [math.inf] * n, [False] * n
    dist[source] = 0
    for _ in range(n):
        u = min((v for v in range(n) if not settled[v]), key=dist.__getitem__)
        if dist[u] == math.inf:
            break  # the rest is unreachable
        settled[u] = True
        for v, w in weight[u].items():
            dist[v] = min(dist[v], dist[u] + w)
    return dist
# --8<-- [end:dense]


# --8<-- [start:bellman_ford]
def bellman_ford(n: int, edges: Sequence[Edge], source: int) -> list[float] | None:
    """Distances with any weights; None if a negative cycle is reachable from source.
    A shortest path has at most n - 1 edges, so n - 1 rounds of relaxing every edge
    suffice; any improvement in an n-th round proves a negative cycle. O(V E)."""
    dist = [math.inf] * n
    dist[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v], changed = dist[u] + w, True
        if not changed:
            break  # converged early
    if any(dist[u] + w < dist[v] for u, v, w in edges):
        return None
    return dist
# --8<-- [end:bellman_ford]


def main() -> None:
    times = [(1, 0, 1), (1, 2, 1), (2, 3, 1), (0, 3, 4)]
    print("distances from 1:", dijkstra(4, times, 1), dijkstra_dense(4, times, 1))
    print("network delay from 1:", network_delay_time(4, times, 1),
          " from 0:", network_delay_time(4, times, 0))
    negative = [(0, 1, 1), (0, 2, 5), (2, 1, -10), (1, 3, 1)]
    print("Bellman-Ford with a negative edge:", bellman_ford(4, negative, 0),
          " Dijkstra:", dijkstra(4, negative, 0))
    print("negative cycle:", bellman_ford(3, [(0, 1, 1), (1, 2, -2), (2, 1, 1)], 0))


if __name__ == "__main__":
    main()
