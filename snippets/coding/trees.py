"""A binary-tree node, a builder from level-order lists, and the depth-first traversals.

Used by docs/coding/trees.md.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field


# --8<-- [start:node]
@dataclass(eq=False)  # identity equality: nodes can be set members and dict keys
class TreeNode:
    val: int
    left: TreeNode | None = None
    right: TreeNode | None = None
    parent: TreeNode | None = field(default=None, repr=False)  # set by build_tree


def build_tree(values: list[int | None]) -> TreeNode | None:
    """Tree from a level-order list, None marking a missing child (LeetCode format)."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue, i = deque([root]), 1
    while queue and i < len(values):
        node = queue.popleft()
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = TreeNode(values[i], parent=node)
                setattr(node, side, child)
                queue.append(child)
            i += 1
    return root


def to_level_list(root: TreeNode | None) -> list[int | None]:
    """Inverse of build_tree: level order, None for missing children, none trailing."""
    out: list[int | None] = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        out.append(None if node is None else node.val)
        if node is not None:
            queue.extend((node.left, node.right))
    while out and out[-1] is None:
        out.pop()
    return out
# --8<-- [end:node]


# --8<-- [start:recursive]
def preorder(root: TreeNode | None) -> list[int]:
    """Node, left subtree, right subtree."""
    if root is None:
        return []
    return [root.val, *preorder(root.left), *preorder(root.right)]


def inorder(root: TreeNode | None) -> list[int]:
    """Left subtree, node, right subtree: sorted order in a binary search tree."""
    if root is None:
        return []
    return [*inorder(root.left), root.val, *inorder(root.right)]


def postorder(root: TreeNode | None) -> list[int]:
    """Left subtree, right subtree, node: children are finished before their parent."""
    if root is None:
        return []
    return [*postorder(root.left), *postorder(root.right), root.val]
# --8<-- [end:recursive]


# --8<-- [start:iterative]
def preorder_iterative(root: TreeNode | None) -> list[int]:
    out, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        out.append(node.val)
        if node.right:  # pushed first so that the left child is popped first
            stack.append(node.right)
        if node.left:
            stack.append(node.left)
    return out


def inorder_iterative(root: TreeNode | None) -> list[int]:
    out, stack, node = [], [], root
    while stack or node:
        while node:  # walk down the left spine, remembering the way back
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node.val)
        node = node.right
    return out


def postorder_iterative(root: TreeNode | None) -> list[int]:
    """One stack; a node is emitted once its right subtree is empty or just emitted."""
    out, stack, node, last = [], [], root, None
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        top = stack[-1]
        if top.right is not None and top.right is not last:
            node = top.right  # visit the right subtree before the node itself
        else:
            out.append(top.val)
            last = stack.pop()
    return out
# --8<-- [end:iterative]


# --8<-- [start:morris]
def inorder_morris(root: TreeNode | None) -> list[int]:
    """In-order in O(1) extra space: point each predecessor's empty right link at the
    node, follow that thread back up, then remove it; the tree ends unchanged."""
    out, node = [], root
    while node:
        if node.left is None:
            out.append(node.val)
            node = node.right
            continue
        pred = node.left
        while pred.right is not None and pred.right is not node:
            pred = pred.right
        if pred.right is None:  # first visit: make the thread, go left
            pred.right = node
            node = node.left
        else:  # second visit via the thread: undo it, emit, go right
            pred.right = None
            out.append(node.val)
            node = node.right
    return out
# --8<-- [end:morris]


def main() -> None:
    #        1
    #      /   \
    #     2     3
    #    / \     \
    #   4   5     6
    root = build_tree([1, 2, 3, 4, 5, None, 6])
    print("level-order list:", to_level_list(root))
    for name, fns in [("pre-order", (preorder, preorder_iterative)),
                      ("in-order", (inorder, inorder_iterative, inorder_morris)),
                      ("post-order", (postorder, postorder_iterative))]:
        results = [fn(root) for fn in fns]
        same = all(r == results[0] for r in results)
        print(f"{name:10s} {results[0]}  (all {len(fns)} versions agree: {same})")


if __name__ == "__main__":
    main()
