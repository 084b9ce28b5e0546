"""Level order, depth, diameter, mirroring, BST validation and balance of a binary tree.

Used by docs/coding/trees.md.
"""

from __future__ import annotations

import math
from collections import deque

from snippets.coding.trees import TreeNode, build_tree, to_level_list


# --8<-- [start:level_order]
def level_order(root: TreeNode | None) -> list[list[int]]:
    """Values level by level: a BFS that drains one whole level per outer iteration."""
    levels, queue = [], deque([root] if root else [])
    while queue:
        level = []
        for _ in range(len(queue)):  # the queue holds exactly the current level here
            node = queue.popleft()
            level.append(node.val)
            queue.extend(child for child in (node.left, node.right) if child)
        levels.append(level)
    return levels


def level_averages(root: TreeNode | None) -> list[float]:
    return [sum(level) / len(level) for level in level_order(root)]
# --8<-- [end:level_order]


# --8<-- [start:depth_diameter]
def max_depth(root: TreeNode | None) -> int:
    """Nodes on the longest root-to-leaf path (0 for an empty tree)."""
    return 0 if root is None else 1 + max(max_depth(root.left), max_depth(root.right))


def diameter(root: TreeNode | None) -> int:
    """Edges on the longest path between any two nodes (not always via the root)."""
    best = 0

    def height(node: TreeNode | None) -> int:  # nodes on the longest downward path
        nonlocal best
        if node is None:
            return 0
        left, right = height(node.left), height(node.right)
        best = max(best, left + right)  # the longest path that turns at this node
        return 1 + max(left, right)

    height(root)
    return best
# --8<-- [end:depth_diameter]


# --8<-- [start:invert]
def invert(root: TreeNode | None) -> TreeNode | None:
    """Mirror the tree in place by swapping every node's children; returns the root."""
    stack = [root] if root else []
    while stack:  # an explicit stack, so a degenerate deep tree cannot overflow
        node = stack.pop()
        node.left, node.right = node.right, node.left
        stack.extend(child for child in (node.left, node.right) if child)
    return root
# --8<-- [end:invert]


# --8<-- [start:valid_bst]
def is_valid_bst(root: TreeNode | None) -> bool:
    """Strict BST (no duplicates): every value lies strictly inside the open interval
    (low, high) inherited from its ancestors."""
    stack = [(root, -math.inf, math.inf)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if not low < node.val < high:
            return False
        stack.append((node.left, low, node.val))  # the left subtree stays below node
        stack.append((node.right, node.val, high))  # the right subtree must stay above
    return True
# --8<-- [end:valid_bst]


# --8<-- [start:balanced]
def is_balanced(root: TreeNode | None) -> bool:
    """Height-balanced: at every node the subtree heights differ by at most 1. O(n)."""

    def height_or_minus_one(node: TreeNode | None) -> int:
        if node is None:
            return 0
        left = height_or_minus_one(node.left)
        right = height_or_minus_one(node.right)
        if left < 0 or right < 0 or abs(left - right) > 1:
            return -1  # unbalanced somewhere below: stop computing heights
        return 1 + max(left, right)

    return height_or_minus_one(root) >= 0
# --8<-- [end:balanced]


def main() -> None:
    root = build_tree([3, 9, 20, None, None, 15, 7])
    print("levels:", level_order(root))
    print("level averages:", level_averages(root))
    print("max depth:", max_depth(root), " diameter (edges):", diameter(root))
    print("balanced:", is_balanced(root))
    print("mirrored:", to_level_list(invert(build_tree([4, 2, 7, 1, 3, 6, 9]))))
    print("valid BST [2,1,3]:", is_valid_bst(build_tree([2, 1, 3])))
    # 4 sits in the right subtree of the root 5, where every value must exceed 5;
    # comparing each node only with its own children would accept this tree.
    tricky = [5, 1, 6, None, None, 4, 7]
    print(f"valid BST {tricky}:", is_valid_bst(build_tree(tricky)))


if __name__ == "__main__":
    main()
