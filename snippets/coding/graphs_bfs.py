"""Adjacency lists, BFS shortest paths, DFS (recursive and iterative), components.

Used by docs/coding/graphs.md.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

Graph = dict[int, list[int]]


# --8<-- [start:adjacency]
def adjacency_list(n: int, edges: Iterable[tuple[int, int]],
                   directed: bool = False) -> Graph:
    """Nodes 0..n-1, each mapped to its neighbours. O(V + E) memory, unlike the O(V^2)
    adjacency matrix, which only pays off for dense graphs or O(1) edge lookups."""
    graph: Graph = {v: [] for v in range(n)}
    for u, v in edges:
        graph[u].append(v)
        if not directed:
            graph[v].append(u)
    return graph
# --8<-- [end:adjacency]


# --8<-- [start:bfs]
def shortest_path(graph: Graph, source: int, target: int) -> list[int] | None:
    """Fewest-edge path by BFS, or None if the target is unreachable. O(V + E)."""
    parent = {source: source}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        if u == target:
            path = [u]
            while path[-1] != source:  # follow the parents back to the source
                path.append(parent[path[-1]])
            return path[::-1]
        for v in graph[u]:
            if v not in parent:  # mark when enqueued: each node enters the queue once
                parent[v] = u
                queue.append(v)
    return None


def bfs_distances(graph: Graph, source: int) -> dict[int, int]:
    """Edges from the source to every reachable node."""
    dist, queue = {source: 0}, deque([source])
    while queue:
        u = queue.popleft()
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist
# --8<-- [end:bfs]


# --8<-- [start:dfs]
def dfs_recursive(graph: Graph, source: int) -> list[int]:
    """Nodes in the order a recursive DFS first visits them (neighbours in order)."""
    order, seen = [], set()

    def visit(u: int) -> None:
        seen.add(u)
        order.append(u)
        for v in graph[u]:
            if v not in seen:
                visit(v)

    visit(source)
    return order


def dfs_iterative(graph: Graph, source: int) -> list[int]:
    """The same visiting order with an explicit stack of neighbour iterators."""
    order, seen = [source], {source}
    stack = [iter(graph[source])]
    while stack:
        for v in stack[-1]:
            if v not in seen:
                seen.add(v)
                order.append(v)
                stack.append(iter(graph[v]))  # descend; resume the parent's loop later
                break
        else:
            stack.pop()  # every neighbour is done: backtrack
    return order


def connected_components(graph: Graph) -> list[list[int]]:
    """Components of an undirected graph, each sorted, ordered by smallest node."""
    seen: set[int] = set()
    components = []
    for start in graph:
        if start not in seen:
            component = dfs_iterative(graph, start)
            seen.update(component)
            components.append(sorted(component))
    return components
# --8<-- [end:dfs]


def main() -> None:
    edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 6)]
    graph = adjacency_list(8, edges)
    print("adjacency:", graph)
    print("shortest path 0 -> 4:", shortest_path(graph, 0, 4))
    print("shortest path 0 -> 6:", shortest_path(graph, 0, 6))
    print("BFS distances from 0:", bfs_distances(graph, 0))
    print("DFS from 0:", dfs_recursive(graph, 0), dfs_iterative(graph, 0))
    print("components:", connected_components(graph))


if __name__ == "__main__":
    main()
