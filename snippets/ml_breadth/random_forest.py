"""Bagging, random forests and extremely randomized trees over the project's CART,
with out-of-bag error and the variance of an average of correlated trees.

Used by docs/ml-breadth/bagging-and-random-forests.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_breast_cancer

from snippets.ml_coding.decision_tree import Node, best_split, grow, predict
from snippets.ml_coding.decision_tree import impurity

# snippet-build: timeout=180
SEED = 0
N_SPLITS = 3


# --8<-- [start:tree]
def random_split(
    X: np.ndarray, Y: np.ndarray, rng: np.random.Generator
) -> tuple[int, float, float] | None:
    """Extra-trees split: one uniform threshold per feature, keep the best."""
    best = None
    for j in range(X.shape[1]):
        lo, hi = X[:, j].min(), X[:, j].max()
        if lo == hi:
            continue
        t = rng.uniform(lo, hi)
        left = X[:, j] <= t
        n_left = left.sum()
        child = (
            n_left * impurity(Y[left].sum(axis=0), "gini")
            + (len(X) - n_left) * impurity(Y[~left].sum(axis=0), "gini")
        ) / len(X)
        if best is None or child < best[2]:
            best = (j, float(t), float(child))
    return best


def grow_random(
    X: np.ndarray,
    Y: np.ndarray,
    rng: np.random.Generator,
    max_features: int,
    extra: bool = False,
) -> Node:
    """Fully grown CART that searches a fresh random subset of max_features
    features at every node (all features if that subset has no valid split)."""
    node = Node(counts=Y.sum(axis=0))
    if (node.counts > 0).sum() == 1:
        return node
    cols = rng.choice(X.shape[1], size=max_features, replace=False)
    for subset in (cols, np.arange(X.shape[1])):
        if extra:
            split = random_split(X[:, subset], Y, rng)
        else:
            split = best_split(X[:, subset], Y, "gini", 1)
        if split is not None:
            break
    if split is None:  # identical inputs with different labels
        return node
    node.feature, node.threshold = int(subset[split[0]]), split[1]
    go_left = X[:, node.feature] <= node.threshold
    node.left = grow_random(X[go_left], Y[go_left], rng, max_features, extra)
    node.right = grow_random(X[~go_left], Y[~go_left], rng, max_features, extra)
    return node


# --8<-- [end:tree]


# --8<-- [start:forest]
def fit_forest(
    X: np.ndarray,
    y: np.ndarray,
    n_trees: int,
    max_features: int,
    rng: np.random.Generator,
    bootstrap: bool = True,
    extra: bool = False,
) -> tuple[list[Node], np.ndarray]:
    """Trees and their (n_trees, n) in-bag counts (all ones without bootstrap)."""
    n, Y = len(X), np.eye(int(y.max()) + 1)[y]
    trees, inbag = [], np.ones((n_trees, n), dtype=int)
    for b in range(n_trees):
        rows = rng.integers(0, n, n) if bootstrap else np.arange(n)
        inbag[b] = np.bincount(rows, minlength=n)
        trees.append(grow_random(X[rows], Y[rows], rng, max_features, extra))
    return trees, inbag


def tree_votes(trees: list[Node], X: np.ndarray, n_classes: int) -> np.ndarray:
    """(n_trees, n, n_classes) one-hot vote of each tree on each row."""
    return np.stack([np.eye(n_classes)[predict(t, X)] for t in trees])


def staged_error(votes: np.ndarray, y: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Majority-vote error after each tree over the rows with at least one vote;
    mask (n_trees, n) says which trees may vote on which row."""
    counted = np.cumsum(votes * mask[:, :, None], axis=0)
    has_vote = counted.sum(axis=2) > 0
    wrong = (counted.argmax(axis=2) != y) & has_vote
    return wrong.sum(axis=1) / np.maximum(has_vote.sum(axis=1), 1)


# --8<-- [end:forest]


def error_correlation(votes: np.ndarray, y: np.ndarray) -> float:
    """Mean pairwise correlation, across rows, of the trees' error indicators."""
    c = np.corrcoef(votes.argmax(axis=2) != y)
    return float(np.nanmean(c[~np.eye(len(c), dtype=bool)]))


def average_variance(
    rho: float, B: int, rng: np.random.Generator, reps: int = 20_000
) -> float:
    """Monte Carlo variance of the mean of B unit-variance variables with pairwise
    correlation rho (a shared part plus independent parts)."""
    shared = rng.standard_normal((reps, 1))
    own = rng.standard_normal((reps, B))
    return float(
        (np.sqrt(rho) * shared + np.sqrt(1 - rho) * own).mean(axis=1).var()
    )


def split_data(
    rng: np.random.Generator, n_train: int = 400
) -> tuple[np.ndarray, ...]:
    """Random train/test split of the breast cancer data (569 rows, 30 features)."""
    X, y = load_breast_cancer(return_X_y=True)
    order = rng.permutation(len(X))
    train, test = order[:n_train], order[n_train:]
    return X[train], y[train], X[test], y[test]


def run(rng: np.random.Generator, n_trees: int = 100) -> dict[str, np.ndarray]:
    """Staged test and OOB errors, and tree correlation, of a single CART, bagging,
    a random forest (5 of 30 features per split) and extra trees."""
    X, y, X_test, y_test = split_data(rng)
    single = grow(X, np.eye(2)[y])
    out = {"tree": np.array([np.mean(predict(single, X_test) != y_test)])}
    for name, m, boot, extra in (
        ("bagging", X.shape[1], True, False),
        ("forest", 5, True, False),
        ("extra", 5, False, True),
    ):
        trees, inbag = fit_forest(X, y, n_trees, m, rng, boot, extra)
        test = tree_votes(trees, X_test, 2)
        out[name] = staged_error(test, y_test, np.ones(test.shape[:2]))
        out[name + " rho"] = np.array([error_correlation(test, y_test)])
        if boot:
            out[name + " oob"] = staged_error(
                tree_votes(trees, X, 2), y, inbag == 0
            )
    return out


# --8<-- [start:main]
def main() -> None:
    rng, *split_rngs = np.random.default_rng(SEED).spawn(1 + N_SPLITS)
    print("variance of the mean of B correlated unit-variance variables")
    print("  rho    B  formula  simulated")
    for rho in (0.0, 0.3, 0.7):
        for B in (1, 10, 100):
            formula = rho + (1 - rho) / B
            sim = average_variance(rho, B, rng)
            print(f"  {rho:.1f}  {B:3d}  {formula:7.3f}  {sim:9.3f}")
    runs = [run(r) for r in split_rngs]
    mean = {k: np.mean([r[k] for r in runs], axis=0) for k in runs[0]}
    print(f"\nbreast cancer, 400 train / 169 test, mean of {N_SPLITS} splits")
    print(f"single CART test error {mean['tree'][0]:.3f}")
    print("method   test error B=1  B=10  B=100  OOB B=100  error corr")
    for name in ("bagging", "forest", "extra"):
        e = mean[name]
        oob = f"{mean[name + ' oob'][-1]:9.3f}" if name != "extra" else "      n/a"
        print(
            f"{name:8s} {e[0]:14.3f} {e[9]:5.3f} {e[-1]:6.3f}  {oob}"
            f"  {mean[name + ' rho'][0]:10.3f}"
        )
    plot_curves(runs[0])


# --8<-- [end:main]


def plot_curves(r: dict[str, np.ndarray]) -> None:
    B = np.arange(1, len(r["forest"]) + 1)
    fig, ax = plt.subplots(figsize=(7, 3.8))
    for i, name in enumerate(("bagging", "forest")):
        ax.plot(B, r[name], color=f"C{i}", label=f"{name}: test")
        ax.plot(B, r[name + " oob"], "--", color=f"C{i}", label=f"{name}: OOB")
    ax.plot(B, r["extra"], color="C2", label="extra trees: test")
    ax.axhline(r["tree"][0], color="C3", linestyle=":", label="single CART: test")
    ax.set(xlabel="number of trees B", ylabel="error", xscale="log")
    ax.legend(fontsize=8, ncol=2)
    fig.tight_layout()
    plt.show()


if __name__ == "__main__":
    main()
