"""Every LCA method against a brute-force reference: the deepest node of both ancestor sets."""

from __future__ import annotations

from hypothesis import given, strategies as st

from snippets.coding.trees import TreeNode, build_tree
from snippets.coding.trees_lca import (
    BinaryLifting, lca, lca_bst, lca_if_present, lca_with_parents, nodes_by_value,
)
from snippets.coding.trees_scaling import balanced_bst
from tests.coding.trees_reference import bst_from


def ancestors(node: TreeNode) -> list[TreeNode]:
    """The node and all its ancestors, from the node up to the root."""
    chain = [node]
    while chain[-1].parent:
        chain.append(chain[-1].parent)
    return chain


def brute_lca(p: TreeNode, q: TreeNode) -> TreeNode:
    common = set(ancestors(p)) & set(ancestors(q))
    return next(a for a in ancestors(p) if a in common)  # the first shared one is deepest


@st.composite
def tree_and_two_nodes(draw):
    shape = draw(st.lists(st.booleans(), min_size=1, max_size=40))
    values = [i if keep else None for i, keep in enumerate(shape)]
    values[0] = 0
    root = build_tree(values)
    node = nodes_by_value(root)
    a = draw(st.sampled_from(sorted(node)))
    b = draw(st.sampled_from(sorted(node)))
    return root, node[a], node[b]


@given(tree_and_two_nodes())
def test_general_parent_pointer_and_lifting_agree_with_ancestor_sets(case):
    root, p, q = case
    expected = brute_lca(p, q)
    assert lca(root, p, q) is expected
    assert lca_with_parents(p, q) is expected
    assert lca_if_present(root, p, q) is expected
    assert BinaryLifting(root).query(p, q) is expected


@given(st.lists(st.integers(-50, 50), unique=True, min_size=1, max_size=40), st.data())
def test_bst_walk_agrees_with_ancestor_sets(values, data):
    root = bst_from(values)
    node = nodes_by_value(root)
    a, b = data.draw(st.sampled_from(values)), data.draw(st.sampled_from(values))
    assert lca_bst(root, a, b) is brute_lca(node[a], node[b])


@given(tree_and_two_nodes())
def test_checked_version_rejects_a_node_outside_the_tree(case):
    root, p, _ = case
    stranger = TreeNode(-1)
    assert lca_if_present(root, p, stranger) is None
    assert lca_if_present(root, stranger, stranger) is None


def test_worked_example_and_edge_cases():
    root = build_tree([3, 5, 1, 6, 2, 0, 8, None, None, 7, 4])
    node = nodes_by_value(root)
    assert lca(root, node[5], node[1]) is root
    assert lca(root, node[5], node[4]) is node[5]  # a node is its own ancestor
    assert lca(root, node[7], node[7]) is node[7]
    assert lca_with_parents(root, root) is root
    single = TreeNode(1)
    assert BinaryLifting(single).query(single, single) is single
    bst = build_tree([6, 2, 8, 0, 4, 7, 9, None, None, 3, 5])
    assert lca_bst(bst, 2, 8).val == 6 and lca_bst(bst, 3, 5).val == 4
    assert lca_bst(bst, 2, 4).val == 2 and lca_bst(None, 1, 2) is None


def test_balanced_bst_used_for_timing_is_a_bst_of_the_right_size():
    root = balanced_bst(0, 127)
    assert sorted(nodes_by_value(root)) == list(range(127))
    assert lca_bst(root, 0, 126).val == 63
