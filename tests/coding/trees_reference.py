"""Reference helpers shared by the tree tests (not a test module)."""

from __future__ import annotations

from snippets.coding.trees import TreeNode


def bst_from(values: list[int]) -> TreeNode | None:
    """Reference BST: insert the values one by one (no duplicates), setting parents."""
    root = None
    for v in values:
        if root is None:
            root = TreeNode(v)
            continue
        node = root
        while True:
            side = "left" if v < node.val else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(v, parent=node))
                break
            node = child
    return root
