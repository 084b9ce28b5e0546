"""Measured growth of the general LCA search (O(n)) and the BST walk (O(h) = O(log n)).

Used by docs/coding/trees.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.scaling import report_scaling
from snippets.coding.trees import TreeNode
from snippets.coding.trees_lca import lca, lca_bst, nodes_by_value

SEED = 3
SIZES = [255, 511, 1023, 2047, 4095]
QUERIES = 20


def balanced_bst(low: int, high: int) -> TreeNode | None:
    """A perfectly balanced BST holding the integers low..high-1."""
    if low >= high:
        return None
    mid = (low + high) // 2
    return TreeNode(mid, balanced_bst(low, mid), balanced_bst(mid + 1, high))


def make_input(n: int) -> tuple[TreeNode, list[tuple[int, int]]]:
    rng = np.random.default_rng(SEED)
    pairs = rng.integers(0, n, size=(QUERIES, 2)).tolist()
    return balanced_bst(0, n), [(int(a), int(b)) for a, b in pairs]


def run_general(data: tuple[TreeNode, list[tuple[int, int]]]) -> list[int]:
    root, pairs = data
    node = nodes_by_value(root)  # built per call, an O(n) cost like the search itself
    return [lca(root, node[a], node[b]).val for a, b in pairs]


def run_bst(data: tuple[TreeNode, list[tuple[int, int]]]) -> list[int]:
    root, pairs = data
    return [lca_bst(root, a, b).val for a, b in pairs]


def main() -> None:
    report_scaling(f"{QUERIES} LCA queries on a balanced BST of n nodes", SIZES,
                   make_input, {"general tree search, O(n)": run_general,
                                "BST walk, O(log n)": run_bst}, repeats=5)
    plt.show()


if __name__ == "__main__":
    main()
