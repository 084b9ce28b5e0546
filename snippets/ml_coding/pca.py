"""PCA from scratch two ways: SVD of the centered data and eigendecomposition of the covariance.

Used by docs/ml-coding/pca.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits, load_wine


# --8<-- [start:pca]
@dataclass
class PCAResult:
    mean: np.ndarray  # (d,) column means removed before projecting
    components: np.ndarray  # (k, d) orthonormal rows, the principal directions
    explained_variance: np.ndarray  # (k,) variance of the data along each direction
    explained_variance_ratio: np.ndarray  # (k,) share of the total variance


def fix_signs(components: np.ndarray) -> np.ndarray:
    """A direction and its negative are equally valid: make each row's largest entry positive."""
    largest = np.abs(components).argmax(axis=1)
    signs = np.sign(components[np.arange(len(components)), largest])
    return components * signs[:, None]


def pca_svd(X: np.ndarray, k: int) -> PCAResult:
    """Centered data Xc = U S V^T; the rows of V^T are the directions, S^2/(n-1) the variances."""
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    _, s, vt = np.linalg.svd(X - mean, full_matrices=False)
    variance = s**2 / (len(X) - 1)
    return PCAResult(mean, fix_signs(vt[:k]), variance[:k], variance[:k] / variance.sum())


def pca_eig(X: np.ndarray, k: int) -> PCAResult:
    """Covariance C = Xc^T Xc / (n-1) = V diag(lambda) V^T; sort eigenpairs by decreasing lambda."""
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    Xc = X - mean
    cov = Xc.T @ Xc / (len(X) - 1)
    eigvals, eigvecs = np.linalg.eigh(cov)  # ascending; columns are eigenvectors
    order = np.argsort(eigvals)[::-1]
    eigvals = np.clip(eigvals[order], 0.0, None)  # rounding can leave tiny negatives
    eigvecs = eigvecs[:, order]
    return PCAResult(mean, fix_signs(eigvecs[:, :k].T), eigvals[:k], eigvals[:k] / eigvals.sum())


def transform(X: np.ndarray, pca: PCAResult) -> np.ndarray:
    """(n, k) coordinates of each point along the principal directions."""
    return (X - pca.mean) @ pca.components.T


def inverse_transform(Z: np.ndarray, pca: PCAResult) -> np.ndarray:
    """Map (n, k) coordinates back to the original d-dimensional space."""
    return Z @ pca.components + pca.mean


def components_for_variance(ratio: np.ndarray, target: float) -> int:
    """Smallest k whose first k components explain more than `target` of the variance."""
    return int(np.searchsorted(np.cumsum(ratio), target, side="right") + 1)
# --8<-- [end:pca]


def standardize(X: np.ndarray) -> np.ndarray:
    """Zero mean and unit (population) standard deviation per column, as StandardScaler does."""
    return (X - X.mean(axis=0)) / X.std(axis=0)


def plot(Z: np.ndarray, labels: np.ndarray, ratio_wine: np.ndarray, ratio_digits: np.ndarray) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
    for cls in np.unique(labels):
        left.scatter(*Z[labels == cls].T, s=14, alpha=0.8, label=f"cultivar {cls}")
    left.set(title="Wine (standardized) on its first two PCs",
             xlabel=f"PC1 ({ratio_wine[0]:.0%} of variance)",
             ylabel=f"PC2 ({ratio_wine[1]:.0%} of variance)")
    left.legend(fontsize=9)
    for name, ratio in (("wine, 13 features", ratio_wine), ("digits, 64 features", ratio_digits)):
        right.plot(np.arange(1, len(ratio) + 1), np.cumsum(ratio), marker=".", label=name)
    right.axhline(0.95, linestyle="--", linewidth=1, color="gray", label="95% of variance")
    right.set(title="Cumulative explained variance", xlabel="number of components k",
              ylabel="explained variance ratio")
    right.legend(fontsize=9, loc="lower right")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    wine = load_wine()
    X_wine = standardize(wine.data)
    by_svd = pca_svd(X_wine, k=13)
    by_eig = pca_eig(X_wine, k=13)
    same = np.allclose(by_svd.components, by_eig.components, atol=1e-8) and np.allclose(
        by_svd.explained_variance, by_eig.explained_variance)
    print("SVD and eigendecomposition agree:", same)
    print("wine explained variance ratio, first 5:",
          " ".join(f"{r:.4f}" for r in by_svd.explained_variance_ratio[:5]))
    print(f"wine, first two PCs together: {by_svd.explained_variance_ratio[:2].sum():.4f}")
    raw = pca_svd(wine.data, k=1)
    print(f"wine WITHOUT standardizing, PC1 explains {raw.explained_variance_ratio[0]:.4f}")
    print("  its largest loading is on:", wine.feature_names[np.abs(raw.components[0]).argmax()])

    digits = load_digits().data
    ratio_digits = pca_svd(digits, k=64).explained_variance_ratio
    for target in (0.80, 0.90, 0.95, 0.99):
        print(f"digits: {components_for_variance(ratio_digits, target)} of 64 components "
              f"keep {target:.0%} of the variance")
    pca20 = pca_svd(digits, k=20)
    error = ((digits - inverse_transform(transform(digits, pca20), pca20)) ** 2).sum(axis=1).mean()
    total = ((digits - digits.mean(axis=0)) ** 2).sum(axis=1).mean()
    print(f"digits, k=20: mean squared reconstruction error {error:.2f} "
          f"= {error / total:.4f} of the total")
    plot(transform(X_wine, by_svd)[:, :2], wine.target, by_svd.explained_variance_ratio,
         ratio_digits)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
