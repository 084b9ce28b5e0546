"""Topological sort (course schedule): Kahn's algorithm, and DFS with cycle detection.

Used by docs/coding/graphs.md.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence


# --8<-- [start:kahn]
def topo_sort_kahn(n: int,
                   prerequisites: Sequence[tuple[int, int]]) -> list[int] | None:
    """Courses 0..n-1; (a, b) means b must come before a. An order taking every
    course, or None if the prerequisites contain a cycle. Repeatedly take a course with
    no remaining prerequisites (a min-heap gives the smallest order). O(E + V log V)."""
    after: list[list[int]] = [[] for _ in range(n)]
    indegree = [0] * n
    for course, before in prerequisites:
        after[before].append(course)
        indegree[course] += 1
    ready = [v for v in range(n) if indegree[v] == 0]
    heapq.heapify(ready)  # a plain queue also works: O(V + E), any valid order
    order = []
    while ready:
        v = heapq.heappop(ready)
        order.append(v)
        for w in after[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                heapq.heappush(ready, w)
    return order if len(order) == n else None  # leftovers all lie on or behind a cycle
# --8<-- [end:kahn]


# --8<-- [start:dfs_topo]
def topo_sort_dfs(n: int,
                  prerequisites: Sequence[tuple[int, int]]) -> list[int] | None:
    """Reverse post-order of a DFS. Colours: 0 unvisited, 1 on the current path,
    2 done; meeting a node coloured 1 means an edge back into the path: a cycle.
    O(V + E)."""
    after: list[list[int]] = [[] for _ in range(n)]
    for course, before in prerequisites:
        after[before].append(course)
    colour, finished = [0] * n, []
    for root in range(n):
        if colour[root]:
            continue
        colour[root] = 1
        stack = [(root, iter(after[root]))]
        while stack:
            node, children = stack[-1]
            for child in children:
                if colour[child] == 1:
                    return None  # back edge: cycle
                if colour[child] == 0:
                    colour[child] = 1
                    stack.append((child, iter(after[child])))
                    break
            else:
                colour[node] = 2  # all descendants finished before their ancestor
                finished.append(node)
                stack.pop()
    return finished[::-1]


def can_finish(n: int, prerequisites: Sequence[tuple[int, int]]) -> bool:
    return topo_sort_dfs(n, prerequisites) is not None
# --8<-- [end:dfs_topo]


def main() -> None:
    prereqs = [(1, 0), (2, 0), (3, 1), (3, 2), (4, 3)]  # 0 before 1 and 2, then 3, 4
    print("Kahn:", topo_sort_kahn(5, prereqs), " DFS:", topo_sort_dfs(5, prereqs))
    cyclic = prereqs + [(0, 4)]
    print("with 4 before 0:", topo_sort_kahn(5, cyclic), topo_sort_dfs(5, cyclic),
          " can finish:", can_finish(5, cyclic))


if __name__ == "__main__":
    main()
