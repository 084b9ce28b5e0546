"""CART classification tree from scratch: Gini or entropy splits, max depth, min samples per leaf.

Used by docs/ml-coding/decision-tree.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np

SEED = 4


# --8<-- [start:tree]
@dataclass
class Node:
    counts: np.ndarray  # samples of each class that reached this node
    feature: int = -1  # -1 marks a leaf
    threshold: float = 0.0  # go left when x[feature] <= threshold
    left: Node | None = None
    right: Node | None = None


def impurity(counts: np.ndarray, criterion: str) -> np.ndarray:
    """Gini 1 - sum p^2 or entropy -sum p log2 p, for each row of a (m, n_classes) count array."""
    totals = counts.sum(axis=-1, keepdims=True)
    p = counts / np.maximum(totals, 1)
    if criterion == "gini":
        return 1.0 - (p**2).sum(axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.where(p > 0, p * np.log2(p), 0.0).sum(axis=-1)


def best_split(X: np.ndarray, Y: np.ndarray, criterion: str,
               min_leaf: int) -> tuple[int, float, float] | None:
    """(feature, threshold, weighted child impurity) of the best split; Y is one-hot (n, c)."""
    n = len(X)
    sizes = np.arange(1, n)  # left child size when splitting after sorted position i
    best = None
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(Y[order], axis=0)[:-1]  # class counts left of each cut, all at once
        right = left[-1] + Y[order[-1]] - left
        child = (sizes * impurity(left, criterion) + (n - sizes) * impurity(right, criterion)) / n
        valid = (xs[1:] > xs[:-1]) & (sizes >= min_leaf) & (n - sizes >= min_leaf)
        if not valid.any():
            continue
        i = np.flatnonzero(valid)[child[valid].argmin()]
        if best is None or child[i] < best[2]:
            t = (xs[i] + xs[i + 1]) / 2.0
            if t == xs[i + 1]:  # adjacent floats: the midpoint rounded up; use the lower
                t = xs[i]
            best = (j, float(t), float(child[i]))
    return best


def grow(X: np.ndarray, Y: np.ndarray, criterion: str = "gini", max_depth: int | None = None,
         min_leaf: int = 1, depth: int = 0) -> Node:
    """Greedy top-down CART: split while impure, under max_depth, and both leaves big enough."""
    node = Node(counts=Y.sum(axis=0))
    if (max_depth is not None and depth >= max_depth) or (node.counts > 0).sum() == 1:
        return node
    split = best_split(X, Y, criterion, min_leaf)
    if split is None:
        return node
    node.feature, node.threshold, _ = split
    go_left = X[:, node.feature] <= node.threshold
    node.left = grow(X[go_left], Y[go_left], criterion, max_depth, min_leaf, depth + 1)
    node.right = grow(X[~go_left], Y[~go_left], criterion, max_depth, min_leaf, depth + 1)
    return node


def predict(node: Node, X: np.ndarray) -> np.ndarray:
    """Class index for each row: route the whole batch down the tree, one split at a time."""
    if node.feature < 0:
        return np.full(len(X), node.counts.argmax())
    go_left = X[:, node.feature] <= node.threshold
    out = np.empty(len(X), dtype=int)
    out[go_left] = predict(node.left, X[go_left])
    out[~go_left] = predict(node.right, X[~go_left])
    return out
# --8<-- [end:tree]


def one_hot(y: np.ndarray, n_classes: int) -> np.ndarray:
    return np.eye(n_classes)[y]


def count_leaves(node: Node) -> int:
    return 1 if node.feature < 0 else count_leaves(node.left) + count_leaves(node.right)


def describe(node: Node, names: list[str], indent: str = "") -> list[str]:
    """Lines of an indented text rendering of the tree."""
    if node.feature < 0:
        return [f"{indent}leaf: counts {node.counts.astype(int).tolist()} -> class {node.counts.argmax()}"]
    rule = f"{names[node.feature]} <= {node.threshold:.3f}"
    return ([f"{indent}if {rule}:"] + describe(node.left, names, indent + "    ")
            + [f"{indent}else:"] + describe(node.right, names, indent + "    "))


def make_disc(rng: np.random.Generator, n: int, flip: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Uniform points in a square; class 1 inside a disc; a fraction `flip` of labels flipped."""
    X = rng.uniform(-1.0, 1.0, size=(n, 2))
    y = ((X**2).sum(axis=1) < 0.5).astype(int)
    return X, np.where(rng.random(n) < flip, 1 - y, y)


def plot_partitions(X: np.ndarray, y: np.ndarray, depths: list[int | None]) -> None:
    g0, g1 = np.meshgrid(np.linspace(-1, 1, 300), np.linspace(-1, 1, 300))
    grid = np.c_[g0.ravel(), g1.ravel()]
    fig, axes = plt.subplots(1, len(depths), figsize=(11, 3.9), sharey=True)
    for ax, depth in zip(axes, depths):
        tree = grow(X, one_hot(y, 2), max_depth=depth)
        region = predict(tree, grid).reshape(g0.shape)
        ax.contourf(g0, g1, region, levels=[-0.5, 0.5, 1.5], colors=["C0", "C1"], alpha=0.3)
        for label in (0, 1):
            ax.scatter(*X[y == label].T, s=7, color=f"C{label}", label=f"class {label}")
        ax.add_patch(plt.Circle((0, 0), np.sqrt(0.5), fill=False, linestyle="--", linewidth=1))
        title = "no depth limit" if depth is None else f"max_depth = {depth}"
        ax.set(title=f"{title} ({count_leaves(tree)} leaves)", xlabel="$x_1$", aspect="equal")
    axes[0].set_ylabel("$x_2$")
    axes[0].legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X, y = make_disc(rng, 400)
    X_test, y_test = make_disc(rng, 2000)
    print("\n".join(describe(grow(X, one_hot(y, 2), max_depth=2), ["x1", "x2"])))
    print("depth  criterion  leaves  train acc  test acc")
    for depth in (1, 2, 4, 6, None):
        for criterion in ("gini", "entropy"):
            tree = grow(X, one_hot(y, 2), criterion, max_depth=depth)
            train = np.mean(predict(tree, X) == y)
            test = np.mean(predict(tree, X_test) == y_test)
            print(f"{str(depth):>5}  {criterion:>9}  {count_leaves(tree):6d}  {train:9.3f}  {test:8.3f}")
    tree = grow(X, one_hot(y, 2), max_depth=None, min_leaf=10)
    print(f"no depth limit, min_leaf=10: {count_leaves(tree)} leaves, train acc "
          f"{np.mean(predict(tree, X) == y):.3f}, test acc {np.mean(predict(tree, X_test) == y_test):.3f}")
    plot_partitions(X, y, [2, 4, None])
# --8<-- [end:main]


if __name__ == "__main__":
    main()
