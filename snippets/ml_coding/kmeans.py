"""K-means from scratch: k-means++ seeding, vectorized Lloyd iterations, convergence check.

Used by docs/ml-coding/k-means.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np

SEED = 7


# --8<-- [start:kmeans]
@dataclass
class KMeansResult:
    centers: np.ndarray  # (k, d)
    labels: np.ndarray  # (n,)
    inertia_history: list[float]  # within-cluster sum of squares after each iteration
    n_iter: int


def squared_distances(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """(n, k) squared Euclidean distances, via |x|^2 - 2 x.c + |c|^2 (no (n, k, d) tensor)."""
    # Centre both sides on the data mean: the distances are unchanged, but far from the
    # origin the three terms are huge and nearly cancel, losing every significant digit.
    origin = X.mean(axis=0)
    X, centers = X - origin, centers - origin
    d2 = (X**2).sum(axis=1)[:, None] - 2.0 * X @ centers.T + (centers**2).sum(axis=1)[None, :]
    return np.maximum(d2, 0.0)  # rounding can make tiny distances negative


def kmeans_plus_plus(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Pick k initial centers, each new one with probability proportional to D(x)^2."""
    centers = [X[rng.integers(len(X))]]
    closest = squared_distances(X, np.array(centers))[:, 0]
    for _ in range(1, k):
        total = closest.sum()
        if total == 0.0:  # fewer distinct points than k: any point will do
            index = rng.integers(len(X))
        else:
            index = rng.choice(len(X), p=closest / total)
        centers.append(X[index])
        closest = np.minimum(closest, squared_distances(X, X[index][None, :])[:, 0])
    return np.array(centers, dtype=float)


def kmeans(X: np.ndarray, k: int, rng: np.random.Generator, init: np.ndarray | None = None,
           max_iter: int = 300, tol: float = 1e-4) -> KMeansResult:
    """Lloyd's algorithm. Stops when the centers' summed squared shift in one update is
    at most tol times the mean feature variance (scikit-learn's rule)."""
    X = np.asarray(X, dtype=float)
    if not 1 <= k <= len(X):
        raise ValueError(f"k must be between 1 and the number of points ({len(X)}), got {k}")
    centers = kmeans_plus_plus(X, k, rng) if init is None else np.array(init, dtype=float)
    threshold = tol * X.var(axis=0).mean()  # same scale-aware tolerance as scikit-learn
    history: list[float] = []
    for iteration in range(1, max_iter + 1):
        d2 = squared_distances(X, centers)
        labels = d2.argmin(axis=1)
        cost = d2[np.arange(len(X)), labels]
        history.append(float(cost.sum()))
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, X)
        new_centers = centers.copy()
        filled = counts > 0
        new_centers[filled] = sums[filled] / counts[filled, None]
        for empty in np.flatnonzero(~filled):  # re-seed an empty cluster at the worst-fit point
            far = cost.argmax()
            new_centers[empty] = X[far]
            cost[far] = 0.0  # the next empty cluster takes a different point
        shift = ((new_centers - centers) ** 2).sum()
        centers = new_centers
        if shift <= threshold:
            break
    labels = squared_distances(X, centers).argmin(axis=1)
    return KMeansResult(centers, labels, history, iteration)
# --8<-- [end:kmeans]


def make_blobs(rng: np.random.Generator, n_per_cluster: int = 150) -> np.ndarray:
    """Three Gaussian blobs of different spread in 2-D."""
    means = np.array([[0.0, 0.0], [3.2, 0.6], [1.4, 3.0]])
    spreads = np.array([0.9, 1.1, 0.8])
    return np.vstack([rng.normal(m, s, size=(n_per_cluster, 2)) for m, s in zip(means, spreads)])


def plot(X: np.ndarray, result: KMeansResult) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
    for cluster in range(len(result.centers)):
        members = X[result.labels == cluster]
        left.scatter(members[:, 0], members[:, 1], s=12, alpha=0.7, label=f"cluster {cluster}")
    left.scatter(*result.centers.T, marker="X", s=160, color="black", label="centers")
    left.set(title="Clusters found", xlabel="$x_1$", ylabel="$x_2$")
    left.legend(loc="upper right", fontsize=9)
    steps = np.arange(1, len(result.inertia_history) + 1)
    right.plot(steps, result.inertia_history, marker="o")
    right.set(title="Inertia per iteration", xlabel="iteration", ylabel="within-cluster SS")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X = make_blobs(rng)
    seeds = kmeans_plus_plus(X, 3, rng)
    result = kmeans(X, k=3, rng=rng, init=seeds)
    print(f"converged after {result.n_iter} iterations")
    print("inertia per iteration:", " ".join(f"{v:.1f}" for v in result.inertia_history))
    labels = squared_distances(X, seeds).argmin(axis=1)  # the first assignment step
    means = np.array([X[labels == j].mean(axis=0) for j in range(3)])  # first update
    after = ((X - means[labels]) ** 2).sum()
    print(f"inertia right after the first update step: {after:.1f}")
    print("centers:\n", np.round(result.centers, 2))
    print("cluster sizes:", np.bincount(result.labels).tolist())
    plot(X, result)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
