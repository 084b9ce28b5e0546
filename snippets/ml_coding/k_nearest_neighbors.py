"""K-nearest neighbours from scratch: vectorized distances, majority vote with a stated tie rule, regression.

Used by docs/ml-coding/k-nearest-neighbors.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.datasets import make_moons

SEED = 3


# --8<-- [start:knn]
def squared_distances(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """(m, n) squared Euclidean distances between rows of A (m, d) and of B (n, d)."""
    # Centre both sides on the training mean B: the distances are unchanged, but far
    # from the origin the three terms below are huge and nearly cancel.
    origin = B.mean(axis=0)
    A, B = A - origin, B - origin
    d2 = (A**2).sum(axis=1)[:, None] - 2.0 * A @ B.T + (B**2).sum(axis=1)[None, :]
    return np.maximum(d2, 0.0)  # cancellation can leave tiny negatives


def nearest(X_train: np.ndarray, X_query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices (m, k) of the k nearest training rows, closest first, and their distances."""
    if not 1 <= k <= len(X_train):
        raise ValueError(f"k must be between 1 and {len(X_train)}, got {k}")
    d2 = squared_distances(X_query, X_train)
    part = np.argpartition(d2, k - 1, axis=1)[:, :k]  # the k smallest, unordered: O(n) per row
    rows = np.arange(len(X_query))[:, None]
    order = np.argsort(d2[rows, part], axis=1, kind="stable")
    idx = part[rows, order]
    return idx, np.sqrt(d2[rows, idx])


def neighbour_weights(dist: np.ndarray, weights: str) -> np.ndarray:
    """Uniform weights, or 1/distance; a query that sits on training points uses only those."""
    if weights == "uniform":
        return np.ones_like(dist)
    with np.errstate(divide="ignore"):
        w = 1.0 / dist
    on_point = np.isinf(w).any(axis=1)
    w[on_point] = np.isinf(w[on_point]).astype(float)
    return w


def knn_classify(X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int,
                 weights: str = "uniform") -> np.ndarray:
    """Weighted majority vote. Tie rule: among classes with equal votes, the smallest label wins."""
    classes, y_codes = np.unique(y_train, return_inverse=True)  # classes come out sorted
    idx, dist = nearest(X_train, X_query, k)
    w = neighbour_weights(dist, weights)
    votes = np.zeros((len(X_query), len(classes)))
    np.add.at(votes, (np.arange(len(X_query))[:, None], y_codes[idx]), w)
    return classes[votes.argmax(axis=1)]  # argmax returns the first maximum: smallest label


def knn_regress(X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int,
                weights: str = "uniform") -> np.ndarray:
    """Weighted mean of the k nearest targets."""
    idx, dist = nearest(X_train, X_query, k)
    w = neighbour_weights(dist, weights)
    return (w * y_train[idx]).sum(axis=1) / w.sum(axis=1)
# --8<-- [end:knn]



def accuracy_by_k(X_tr, y_tr, X_te, y_te, ks: list[int]) -> list[tuple[int, float, float]]:
    """(k, train accuracy, test accuracy) for each k."""
    return [(k, float((knn_classify(X_tr, y_tr, X_tr, k) == y_tr).mean()),
             float((knn_classify(X_tr, y_tr, X_te, k) == y_te).mean())) for k in ks]


def kfold_splits(n: int, n_folds: int,
                 rng: np.random.Generator) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train indices, validation indices) for each fold of a shuffled k-fold split."""
    folds = np.array_split(rng.permutation(n), n_folds)
    return [(np.concatenate(folds[:i] + folds[i + 1:]), fold)
            for i, fold in enumerate(folds)]


def cv_accuracy(X: np.ndarray, y: np.ndarray, k: int, splits) -> float:
    """Mean validation accuracy over the folds: uses the training set only."""
    return float(np.mean([(knn_classify(X[tr], y[tr], X[va], k) == y[va]).mean()
                          for tr, va in splits]))


def cube_side_for_fraction(fraction: float, d: int) -> float:
    """Side of the sub-cube of [0, 1]^d that holds `fraction` of uniformly spread points."""
    return fraction ** (1.0 / d)


def plot_boundaries(X: np.ndarray, y: np.ndarray, ks: list[int]) -> None:
    lo, hi = X.min(axis=0) - 0.3, X.max(axis=0) + 0.3
    g0, g1 = np.meshgrid(np.linspace(lo[0], hi[0], 220), np.linspace(lo[1], hi[1], 160))
    grid = np.c_[g0.ravel(), g1.ravel()]
    fig, axes = plt.subplots(1, len(ks), figsize=(11, 3.6), sharey=True)
    for ax, k in zip(axes, ks):
        region = knn_classify(X, y, grid, k).reshape(g0.shape)
        ax.contourf(g0, g1, region, levels=[-0.5, 0.5, 1.5], colors=["C0", "C1"], alpha=0.25)
        for label in (0, 1):
            ax.scatter(*X[y == label].T, s=10, color=f"C{label}", label=f"class {label}")
        ax.set(title=f"k = {k}", xlabel="$x_1$")
    axes[0].set_ylabel("$x_2$")
    axes[0].legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X_tr, y_tr = make_moons(rng, 200, noise=0.3)
    X_te, y_te = make_moons(rng, 1000, noise=0.3)
    print("training labels per class:", np.bincount(y_tr).tolist())
    print("  k  train acc  test acc")
    for k, train, test in accuracy_by_k(X_tr, y_tr, X_te, y_te, [1, 5, 15, 51, 199]):
        print(f"{k:3d}  {train:9.3f}  {test:8.3f}")

    # Choose k on the training set alone: 5-fold cross-validation over odd k up to 51.
    splits = kfold_splits(len(X_tr), 5, rng)
    grid = list(range(1, 52, 2))
    cv = [cv_accuracy(X_tr, y_tr, k, splits) for k in grid]
    best = grid[int(np.argmax(cv))]  # the smallest k among equal CV scores
    test_acc = (knn_classify(X_tr, y_tr, X_te, best) == y_te).mean()
    print(f"k chosen by 5-fold CV: {best} (CV acc {max(cv):.3f}), "
          f"test acc {test_acc:.3f}")

    # A vote tie: two neighbours of class 1, two of class 0. The smaller label wins.
    X_tie = np.array([[-2.0], [-1.0], [1.0], [2.0]])
    y_tie = np.array([1, 1, 0, 0])
    print("tied vote at x=0 ->", knn_classify(X_tie, y_tie, np.array([[0.0]]), k=4)[0])

    # Regression: noisy sine, the mean of the k nearest targets.
    x = np.sort(rng.uniform(0, 6, 80))[:, None]
    t = np.sin(x[:, 0]) + rng.normal(0, 0.2, 80)
    pred = knn_regress(x, t, np.array([[1.5], [4.7]]), k=7)
    print("regression at x=1.5, 4.7:", np.round(pred, 3), " true sin:", np.round(np.sin([1.5, 4.7]), 3))
    for d in (1, 2, 10, 100):
        print(f"d={d:3d}: a cube holding 1% of uniform data has side {cube_side_for_fraction(0.01, d):.2f}")
    plot_boundaries(X_tr, y_tr, [1, 15, 199])
# --8<-- [end:main]


if __name__ == "__main__":
    main()
