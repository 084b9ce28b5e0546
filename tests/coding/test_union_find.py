"""Union-find answers against SciPy's connected components and brute-force graph search."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, strategies as st
from scipy.sparse.csgraph import connected_components

from snippets.coding.union_find import (
    DisjointSet, count_components, merge_accounts, number_of_provinces, redundant_connection,
)
from tests.coding.graph_strategies import edge_lists


def scipy_labels(n, edges):
    m = np.zeros((n, n))
    for a, b in edges:
        m[a, b] = m[b, a] = 1
    return connected_components(m, directed=False)


@given(edge_lists())
def test_components_and_find_match_scipy(case):
    n, edges = case
    count, labels = scipy_labels(n, edges)
    assert count_components(n, edges) == count
    dsu = DisjointSet(n)
    for a, b in edges:
        dsu.union(a, b)
    for a in range(n):
        for b in range(n):
            assert (dsu.find(a) == dsu.find(b)) == (labels[a] == labels[b])
    roots = [r for r in range(n) if dsu.parent[r] == r]
    assert sorted(dsu.size[r] for r in roots) == sorted(np.bincount(labels).tolist())


@given(edge_lists())
def test_union_by_size_keeps_trees_shallow(case):
    n, edges = case
    dsu = DisjointSet(n)
    for a, b in edges:
        dsu.union(a, b)

    def depth(x):
        d = 0
        while dsu.parent[x] != x:
            x, d = dsu.parent[x], d + 1
        return d

    assert all(depth(x) <= math.log2(n) for x in range(n))


def has_path(edges, a, b):
    """Reference: DFS over the edges seen so far."""
    seen, stack = {a}, [a]
    while stack:
        u = stack.pop()
        for x, y in edges:
            for s, t in ((x, y), (y, x)):
                if s == u and t not in seen:
                    seen.add(t)
                    stack.append(t)
    return b in seen


@given(edge_lists(max_n=8))
def test_redundant_connection_is_the_first_edge_closing_a_cycle(case):
    _, edges = case
    expected = next((e for i, e in enumerate(edges) if has_path(edges[:i], *e)), None)
    assert redundant_connection(edges) == expected


@given(edge_lists())
def test_provinces_from_an_adjacency_matrix(case):
    n, edges = case
    matrix = [[int(i == j) for j in range(n)] for i in range(n)]
    for a, b in edges:
        matrix[a][b] = matrix[b][a] = 1
    assert number_of_provinces(matrix) == scipy_labels(n, edges)[0]


def one_account(name):  # one person's emails never appear under another name
    mails = st.sampled_from([f"{name.lower()}{i}@m.io" for i in range(5)])
    return st.tuples(st.just(name), st.lists(mails, min_size=1, max_size=3))


accounts = st.lists(st.sampled_from(["Ana", "Bo"]).flatmap(one_account), max_size=6)


@given(accounts)
def test_merged_accounts_are_the_email_components(raw):
    rows = [[name, *mails] for name, mails in raw]
    # reference: repeatedly fuse groups that share an email until nothing changes
    groups = [(name, set(mails)) for name, mails in raw]
    changed = True
    while changed:
        changed = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if groups[i][1] & groups[j][1]:
                    groups[i] = (groups[i][0], groups[i][1] | groups.pop(j)[1])
                    changed = True
                    break
            if changed:
                break
    expected = sorted([name, *sorted(mails)] for name, mails in groups)
    assert merge_accounts(rows) == expected


def test_worked_examples_and_edge_cases():
    assert count_components(5, [(0, 1), (1, 2), (3, 4)]) == 2
    assert count_components(3, []) == 3 and count_components(0, []) == 0
    assert redundant_connection([(1, 2), (1, 3), (2, 3), (3, 4)]) == (2, 3)
    assert redundant_connection([(0, 0)]) == (0, 0)  # a self-loop is a cycle
    assert redundant_connection([(0, 1), (1, 2)]) is None and redundant_connection([]) is None
    assert number_of_provinces([[1, 1, 0], [1, 1, 0], [0, 0, 1]]) == 2
    accounts = [["Ana", "ana@x.io", "a.s@y.io"], ["Ana", "ana@z.io"],
                ["Ana", "a.s@y.io", "ana.s@w.io"], ["Bo", "bo@x.io"]]
    assert merge_accounts(accounts) == [["Ana", "a.s@y.io", "ana.s@w.io", "ana@x.io"],
                                        ["Ana", "ana@z.io"], ["Bo", "bo@x.io"]]
    dsu = DisjointSet(4)
    assert dsu.union(0, 1) and not dsu.union(1, 0) and dsu.count == 3
