"""Level order, depth, diameter, mirroring, BST validity and balance against brute force."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import pytest
from hypothesis import given, strategies as st

from snippets.coding.graphs_bfs import bfs_distances
from snippets.coding.trees import build_tree, inorder, to_level_list
from snippets.coding.trees_properties import (
    diameter, invert, is_balanced, is_valid_bst, level_averages, level_order, max_depth,
)

level_lists = st.lists(st.one_of(st.none(), st.integers(-20, 20)), max_size=40)


def nodes_with_depth(node, depth=0):
    if node is None:
        return []
    return [(node, depth), *nodes_with_depth(node.left, depth + 1),
            *nodes_with_depth(node.right, depth + 1)]


def subtree_values(node):
    return [] if node is None else [node.val, *subtree_values(node.left),
                                    *subtree_values(node.right)]


def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))


@given(level_lists)
def test_level_order_and_averages_group_nodes_by_depth(values):
    root = build_tree(values)
    by_depth = defaultdict(list)
    for node, depth in nodes_with_depth(root):
        by_depth[depth].append(node.val)
    assert [sorted(level) for level in level_order(root)] == [
        sorted(by_depth[d]) for d in range(len(by_depth))]
    assert level_averages(root) == pytest.approx(
        [sum(by_depth[d]) / len(by_depth[d]) for d in range(len(by_depth))])
    assert max_depth(root) == len(by_depth)


@given(level_lists)
def test_diameter_is_the_largest_pairwise_distance(values):
    root = build_tree(values)
    graph = defaultdict(list)
    all_nodes = [node for node, _ in nodes_with_depth(root)]
    for node in all_nodes:
        for child in (node.left, node.right):
            if child:
                graph[node].append(child)
                graph[child].append(node)

    expected = max((bfs_distances(graph, a)[b] for a, b in combinations(all_nodes, 2)),
                   default=0)
    assert diameter(root) == expected


@given(level_lists)
def test_invert_reverses_in_order_and_every_level(values):
    root = build_tree(values)
    forward, levels = inorder(root), level_order(root)
    mirrored = invert(root)
    assert inorder(mirrored) == forward[::-1]
    assert level_order(mirrored) == [level[::-1] for level in levels]
    assert to_level_list(invert(mirrored)) == to_level_list(build_tree(values))


@given(st.lists(st.one_of(st.none(), st.integers(0, 12)), max_size=15))
def test_valid_bst_matches_the_definition(values):
    root = build_tree(values)
    expected = all(
        all(v < node.val for v in subtree_values(node.left))
        and all(v > node.val for v in subtree_values(node.right))
        for node, _ in nodes_with_depth(root))
    assert is_valid_bst(root) == expected


@given(level_lists)
def test_balanced_matches_heights_computed_at_every_node(values):
    root = build_tree(values)
    expected = all(abs(height(n.left) - height(n.right)) <= 1
                   for n, _ in nodes_with_depth(root))
    assert is_balanced(root) == expected


def test_worked_examples_and_edge_cases():
    root = build_tree([3, 9, 20, None, None, 15, 7])
    assert level_order(root) == [[3], [9, 20], [15, 7]]
    assert level_averages(root) == [3.0, 14.5, 11.0]
    assert max_depth(root) == 3 and diameter(root) == 3 and is_balanced(root)
    assert to_level_list(invert(build_tree([4, 2, 7, 1, 3, 6, 9]))) == [4, 7, 2, 9, 6, 3, 1]
    assert level_order(None) == [] and max_depth(None) == 0 and diameter(None) == 0
    assert invert(None) is None and is_valid_bst(None) and is_balanced(None)
    # the diameter need not pass through the root
    assert diameter(build_tree([1, 2, None, 3, 4, 5, None, None, 6, 7, None, None, 8])) == 6


def test_bst_edge_cases():
    assert is_valid_bst(build_tree([2, 1, 3]))
    assert not is_valid_bst(build_tree([5, 1, 6, None, None, 4, 7]))  # 4 < root 5
    assert not is_valid_bst(build_tree([2, 2]))  # duplicates are not allowed
    assert not is_valid_bst(build_tree([2, None, 2]))
    big = 2**63
    assert is_valid_bst(build_tree([0, -big, big]))  # no sentinel int can be exceeded
    assert not is_balanced(build_tree([1, 2, 2, 3, None, None, 3, 4, None, None, 4]))
