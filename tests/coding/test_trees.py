"""Tree builder and traversals: recursive, iterative and Morris versions agree with each other
and with independent facts about binary search trees."""

from __future__ import annotations

from hypothesis import given, strategies as st

from snippets.coding.trees import (
    TreeNode, build_tree, inorder, inorder_iterative, inorder_morris, postorder,
    postorder_iterative, preorder, preorder_iterative, to_level_list,
)
from snippets.coding.trees_properties import invert
from tests.coding.trees_reference import bst_from

level_lists = st.lists(st.one_of(st.none(), st.integers(-20, 20)), max_size=40)


def nodes(root):
    return [] if root is None else [root, *nodes(root.left), *nodes(root.right)]


@given(level_lists)
def test_iterative_and_recursive_traversals_agree(values):
    root = build_tree(values)
    assert preorder_iterative(root) == preorder(root)
    assert inorder_iterative(root) == inorder(root)
    assert postorder_iterative(root) == postorder(root)


@given(level_lists)
def test_morris_inorder_agrees_and_leaves_the_tree_unchanged(values):
    root = build_tree(values)
    before = to_level_list(root)
    assert inorder_morris(root) == inorder(root)
    assert to_level_list(root) == before


@given(st.lists(st.integers(-100, 100), unique=True, max_size=40))
def test_traversals_against_bst_facts(values):
    root = bst_from(values)
    assert inorder_iterative(root) == sorted(values)
    # inserting a BST's pre-order sequence rebuilds exactly the same BST
    assert to_level_list(bst_from(preorder_iterative(root))) == to_level_list(root)
    # post-order is the reverse of the mirrored tree's pre-order
    post = postorder_iterative(root)
    assert post == preorder(invert(root))[::-1]


@given(level_lists)
def test_builder_round_trips_and_keeps_every_reachable_value(values):
    root = build_tree(values)
    canonical = to_level_list(root)
    assert to_level_list(build_tree(canonical)) == canonical
    assert sorted(v for v in canonical if v is not None) == sorted(preorder(root))


@given(level_lists)
def test_parent_pointers_point_to_the_parent(values):
    root = build_tree(values)
    for node in nodes(root):
        for child in (node.left, node.right):
            if child:
                assert child.parent is node
    assert root is None or root.parent is None


def test_worked_example_and_edge_cases():
    root = build_tree([1, 2, 3, 4, 5, None, 6])
    assert preorder(root) == [1, 2, 4, 5, 3, 6]
    assert inorder(root) == [4, 2, 5, 1, 3, 6]
    assert postorder(root) == [4, 5, 2, 6, 3, 1]
    for fn in (preorder_iterative, inorder_iterative, postorder_iterative, inorder_morris):
        assert fn(None) == [] and fn(TreeNode(7)) == [7]
    assert build_tree([]) is None and build_tree([None, 1]) is None
    # children of a missing node are not listed: 3 is the left child of 2
    assert preorder(build_tree([1, None, 2, 3])) == [1, 2, 3]


def test_a_deep_chain_needs_the_iterative_versions():
    values = list(range(3000))
    root = bst_from(values)  # a right-leaning chain 3000 nodes deep
    assert inorder_iterative(root) == values
    assert postorder_iterative(root) == values[::-1]
    assert preorder_iterative(root) == values
