"""Disjoint-set union (union-find) and what it solves: components, cycles, merges.

Used by docs/coding/union-find.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


# --8<-- [start:dsu]
class DisjointSet:
    """Elements 0..n-1 in disjoint sets. Path compression plus union by size make any
    sequence of m operations cost O(m alpha(n)), alpha being inverse Ackermann."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n
        self.count = n  # number of sets

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression: point the path at the root
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        """Merge the sets of a and b; False if they were already the same set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra  # the smaller tree goes under the larger: depth <= log2 n
        self.size[ra] += self.size[rb]
        self.count -= 1
        return True
# --8<-- [end:dsu]


# --8<-- [start:problems]
def count_components(n: int, edges: Iterable[tuple[int, int]]) -> int:
    dsu = DisjointSet(n)
    for a, b in edges:
        dsu.union(a, b)
    return dsu.count


def redundant_connection(edges: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The first edge whose endpoints are already connected: it closes a cycle."""
    dsu = DisjointSet(1 + max((max(e) for e in edges), default=0))
    for a, b in edges:
        if not dsu.union(a, b):
            return a, b
    return None


def number_of_provinces(is_connected: Sequence[Sequence[int]]) -> int:
    """Components of a graph given as a symmetric 0/1 adjacency matrix."""
    n = len(is_connected)
    return count_components(n, ((i, j) for i in range(n) for j in range(i + 1, n)
                                if is_connected[i][j]))


def merge_accounts(accounts: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each account is [name, email, ...]; accounts sharing an email are one person.
    Returns [name, sorted emails...] per person, sorted."""
    dsu = DisjointSet(len(accounts))
    owner: dict[str, int] = {}
    for i, (_, *emails) in enumerate(accounts):
        for email in emails:
            dsu.union(i, owner.setdefault(email, i))  # join the email's first owner
    groups: dict[int, set[str]] = {}
    for email, i in owner.items():
        groups.setdefault(dsu.find(i), set()).add(email)
    return sorted([accounts[root][0], *sorted(emails)]
                  for root, emails in groups.items())
# --8<-- [end:problems]


def main() -> None:
    print("components:", count_components(5, [(0, 1), (1, 2), (3, 4)]))
    print("redundant edge:", redundant_connection([(1, 2), (1, 3), (2, 3), (3, 4)]))
    print("provinces:", number_of_provinces([[1, 1, 0], [1, 1, 0], [0, 0, 1]]))
    accounts = [["Ana", "ana@x.io", "a.s@y.io"], ["Ana", "ana@z.io"],
                ["Ana", "a.s@y.io", "ana.s@w.io"], ["Bo", "bo@x.io"]]
    for row in merge_accounts(accounts):
        print(" ", row)


if __name__ == "__main__":
    main()
