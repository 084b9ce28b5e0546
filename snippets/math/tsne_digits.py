"""How t-SNE works: perplexity-calibrated affinities, Student-t similarities, the KL gradient; then scikit-learn's TSNE on digits.

Used by docs/math/dimensionality-reduction.md.
"""

# snippet-build: timeout=120

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA
from sklearn.manifold import TSNE
from sklearn.model_selection import cross_val_score
from sklearn.neighbors import KNeighborsClassifier

SEED = 0


# --8<-- [start:tsne]
def squared_distances(X: np.ndarray) -> np.ndarray:
    sq = (X**2).sum(axis=1)
    return np.maximum(sq[:, None] - 2 * X @ X.T + sq[None, :], 0.0)


def conditional_affinities(D2: np.ndarray, perplexity: float, n_steps: int = 100) -> np.ndarray:
    """p(j|i) proportional to exp(-beta_i D2_ij), with beta_i = 1 / (2 sigma_i^2) found by bisection
    so that the entropy of row i equals log(perplexity): a "soft number of neighbours"."""
    n = len(D2)
    P = np.zeros((n, n))
    target = np.log(perplexity)
    for i in range(n):
        d = np.delete(D2[i], i)
        lo, hi, beta = 0.0, np.inf, 1.0
        for _ in range(n_steps):
            p = np.exp(-(d - d.min()) * beta)
            p /= p.sum()
            entropy = -(p * np.log(np.maximum(p, 1e-300))).sum()
            if entropy > target:  # too flat: narrow the Gaussian
                lo, beta = beta, beta * 2 if hi == np.inf else (beta + hi) / 2
            else:
                hi, beta = beta, (beta + lo) / 2
        P[i, np.arange(n) != i] = p
    return P


def joint_affinities(P_conditional: np.ndarray) -> np.ndarray:
    """Symmetrize: p_ij = (p(j|i) + p(i|j)) / 2n, so every point gets total mass >= 1/2n."""
    return (P_conditional + P_conditional.T) / (2 * len(P_conditional))


def low_dim_affinities(Y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """q_ij proportional to (1 + |y_i - y_j|^2)^-1: a heavy-tailed Student t with one degree of freedom."""
    kernel = 1.0 / (1.0 + squared_distances(Y))
    np.fill_diagonal(kernel, 0.0)
    return kernel / kernel.sum(), kernel


def kl_and_gradient(P: np.ndarray, Y: np.ndarray) -> tuple[float, np.ndarray]:
    """KL(P || Q) and its gradient 4 sum_j (p_ij - q_ij) (1 + |y_i - y_j|^2)^-1 (y_i - y_j)."""
    Q, kernel = low_dim_affinities(Y)
    mask = P > 0
    kl = float((P[mask] * np.log(P[mask] / Q[mask])).sum())
    W = (P - Q) * kernel
    return kl, 4.0 * (W.sum(axis=1)[:, None] * Y - W @ Y)
# --8<-- [end:tsne]


def digits_subset(n: int = 500) -> tuple[np.ndarray, np.ndarray]:
    X, y = load_digits(return_X_y=True)
    idx = np.random.default_rng(SEED).choice(len(X), size=n, replace=False)
    return X[idx], y[idx]


def embeddings(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """2-D PCA and 2-D t-SNE (perplexity 30, fixed random_state, PCA initialization)."""
    pca = PCA(n_components=2).fit_transform(X)
    tsne = TSNE(n_components=2, perplexity=30.0, init="pca", max_iter=500,
                random_state=SEED).fit_transform(X)
    return pca, tsne


def knn_accuracy(E: np.ndarray, y: np.ndarray) -> float:
    """5-fold accuracy of 5-nearest-neighbours in the embedding: are neighbours the same digit?"""
    return float(cross_val_score(KNeighborsClassifier(n_neighbors=5), E, y, cv=5).mean())


def groups_per_digit(E: np.ndarray, y: np.ndarray, gap: float = 0.08,
                     min_size: int = 5) -> list[int]:
    """For each digit, the number of groups of at least min_size points in the layout E:
    single-linkage clusters, split where a gap exceeds `gap` times the map's width."""
    cutoff = gap * np.ptp(E, axis=0).max()
    counts = []
    for digit in np.unique(y):
        labels = fcluster(linkage(E[y == digit], "single"), cutoff, "distance")
        counts.append(int(np.sum(np.bincount(labels) >= min_size)))
    return counts


def plot(pca: np.ndarray, tsne: np.ndarray, y: np.ndarray) -> None:
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.8))
    cmap = plt.get_cmap("tab10")
    for ax, E, title in ((axes[0], pca, "PCA, 2 components"), (axes[1], tsne, "t-SNE, perplexity 30")):
        ax.scatter(E[:, 0], E[:, 1], c=cmap(y), s=8, alpha=0.5)
        for digit in range(10):  # label each class at its median position
            cx, cy = np.median(E[y == digit], axis=0)
            ax.text(cx, cy, str(digit), fontsize=14, fontweight="bold", color=cmap(digit),
                    ha="center", va="center")
        ax.set(title=title, xticks=[], yticks=[])
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    X, y = digits_subset()
    P_cond = conditional_affinities(squared_distances(X), perplexity=30.0)
    H = -(P_cond * np.log(np.where(P_cond > 0, P_cond, 1.0))).sum(axis=1)
    print(f"{len(X)} digits, 64 pixels; perplexity of every row of P: "
          f"min {np.exp(H).min():.3f}, max {np.exp(H).max():.3f}")
    pca, tsne = embeddings(X)
    P = joint_affinities(P_cond)
    pca_kl = min(kl_and_gradient(P, pca * s)[0] for s in np.geomspace(0.01, 10, 31))
    # The t-SNE layout differs slightly between platforms: its numbers get 2 decimals.
    tsne_kl = kl_and_gradient(P, tsne)[0]
    print(f"KL(P || Q): PCA layout at its best scale {pca_kl:.3f}, "
          f"t-SNE layout {tsne_kl:.2f}")
    pca_acc, tsne_acc = knn_accuracy(pca, y), knn_accuracy(tsne, y)
    print(f"5-NN accuracy in 2-D: PCA {pca_acc:.2f}, t-SNE {tsne_acc:.2f}")
    groups = groups_per_digit(tsne, y)
    print("t-SNE groups of >= 5 points per digit (gaps > 8% of the map split them): "
          + ", ".join(f"{d}: {g}" for d, g in enumerate(groups)))
    plot(pca, tsne, y)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
