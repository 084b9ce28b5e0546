"""Lowest common ancestor: general binary tree, BST, parent pointers, binary lifting.

Used by docs/coding/trees.md.
"""

from __future__ import annotations

from snippets.coding.trees import TreeNode, build_tree


# --8<-- [start:general]
def lca(root: TreeNode | None, p: TreeNode, q: TreeNode) -> TreeNode | None:
    """LCA of nodes p and q, both assumed to be in the tree. Post-order: a subtree
    returns p or q if it holds one of them, or their LCA if it holds both."""
    if root is None or root is p or root is q:
        return root  # if q is below p, p is the answer and the search below can stop
    left, right = lca(root.left, p, q), lca(root.right, p, q)
    if left and right:
        return root  # p and q came back from different sides: root is where they split
    return left or right
# --8<-- [end:general]


# --8<-- [start:checked]
def lca_if_present(root: TreeNode | None, p: TreeNode, q: TreeNode) -> TreeNode | None:
    """LCA, or None when p or q is not in the tree: search it all, count the hits."""
    found = 0

    def visit(node: TreeNode | None) -> TreeNode | None:
        nonlocal found
        if node is None:
            return None
        left, right = visit(node.left), visit(node.right)  # never stop early here
        if node is p or node is q:
            found += 1
            return node
        return node if left and right else left or right

    answer = visit(root)
    return answer if found == 2 or (p is q and found == 1) else None
# --8<-- [end:checked]


# --8<-- [start:bst]
def lca_bst(root: TreeNode | None, p: int, q: int) -> TreeNode | None:
    """LCA of values p and q in a BST with distinct values: walk down while both lie on
    the same side of the current node. O(h) time, O(1) space."""
    node = root
    while node:
        if p < node.val and q < node.val:
            node = node.left
        elif p > node.val and q > node.val:
            node = node.right
        else:
            return node  # p and q are split here, or one of them is this node
    return None
# --8<-- [end:bst]


# --8<-- [start:parents]
def lca_with_parents(p: TreeNode, q: TreeNode) -> TreeNode | None:
    """LCA using only parent pointers: lift the deeper node to the other's depth, then
    lift both in step until they meet. O(h) time, O(1) extra space."""

    def depth(node: TreeNode) -> int:
        d = 0
        while node.parent:
            node, d = node.parent, d + 1
        return d

    dp, dq = depth(p), depth(q)
    for _ in range(dp - dq):
        p = p.parent
    for _ in range(dq - dp):
        q = q.parent
    while p is not q:  # same depth: they reach the ancestor on the same step
        p, q = p.parent, q.parent
    return p
# --8<-- [end:parents]


# --8<-- [start:lifting]
class BinaryLifting:
    """Preprocess once in O(n log n); then each LCA query costs O(log n)."""

    def __init__(self, root: TreeNode) -> None:
        self.depth: dict[TreeNode, int] = {root: 0}
        self.up: list[dict[TreeNode, TreeNode]] = [{root: root}]  # 2^j above v
        stack = [root]
        while stack:
            node = stack.pop()
            for child in (node.left, node.right):
                if child:
                    self.depth[child] = self.depth[node] + 1
                    self.up[0][child] = node
                    stack.append(child)
        for j in range(1, max(self.depth.values()).bit_length()):
            prev = self.up[j - 1]
            self.up.append({v: prev[prev[v]] for v in prev})

    def query(self, p: TreeNode, q: TreeNode) -> TreeNode:
        if self.depth[p] < self.depth[q]:
            p, q = q, p
        gap = self.depth[p] - self.depth[q]
        for j, table in enumerate(self.up):
            if gap >> j & 1:
                p = table[p]  # lift p by the binary digits of the depth gap
        if p is q:
            return p
        for table in reversed(self.up):  # the largest jumps that keep them apart
            if table[p] is not table[q]:
                p, q = table[p], table[q]
        return self.up[0][p]
# --8<-- [end:lifting]


def nodes_by_value(root: TreeNode | None) -> dict[int, TreeNode]:
    """Map each value to its node (values assumed distinct)."""
    out, stack = {}, [root] if root else []
    while stack:
        node = stack.pop()
        out[node.val] = node
        stack.extend(child for child in (node.left, node.right) if child)
    return out


def main() -> None:
    #          3
    #       /     \
    #      5       1
    #     / \     / \
    #    6   2   0   8
    #       / \
    #      7   4
    root = build_tree([3, 5, 1, 6, 2, 0, 8, None, None, 7, 4])
    node = nodes_by_value(root)
    lifting = BinaryLifting(root)
    for a, b in [(5, 1), (5, 4), (7, 4), (6, 4)]:
        p, q = node[a], node[b]
        answers = {lca(root, p, q).val, lca_with_parents(p, q).val,
                   lifting.query(p, q).val}
        (answer,) = answers  # the three methods must agree
        print(f"LCA({a}, {b}) = {answer}")
    stranger = TreeNode(99)
    print("LCA(5, node not in tree) =", lca_if_present(root, node[5], stranger))
    bst = build_tree([6, 2, 8, 0, 4, 7, 9, None, None, 3, 5])
    print("BST LCA(2, 8) =", lca_bst(bst, 2, 8).val,
          " BST LCA(3, 5) =", lca_bst(bst, 3, 5).val)


if __name__ == "__main__":
    main()
