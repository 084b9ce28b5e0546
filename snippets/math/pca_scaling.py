"""PCA on features with very different ranges: raw versus standardized wine data.

Used by docs/math/dimensionality-reduction.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_wine


# --8<-- [start:scaling]
def principal_components(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scores (n, k), directions (d, k) and explained variance ratio (k,) via the SVD."""
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    Vt = Vt * np.sign(Vt[np.arange(len(Vt)), np.abs(Vt).argmax(axis=1)])[:, None]  # fix signs
    ratio = s**2 / (s**2).sum()
    return Xc @ Vt[:k].T, Vt[:k].T, ratio[:k]


def standardize(X: np.ndarray) -> np.ndarray:
    """Zero mean, unit variance per feature: PCA of the result = eigenvectors of the correlation matrix."""
    return (X - X.mean(axis=0)) / X.std(axis=0)
# --8<-- [end:scaling]


def plot(raw: np.ndarray, scaled: np.ndarray, labels: np.ndarray) -> None:
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.2))
    for ax, scores, title in ((axes[0], raw, "PCA on raw features"),
                              (axes[1], scaled, "PCA on standardized features")):
        for c in np.unique(labels):
            ax.scatter(scores[labels == c, 0], scores[labels == c, 1], s=14, alpha=0.8,
                       label=f"cultivar {c}")
        ax.set(title=title, xlabel="PC 1", ylabel="PC 2")
        ax.legend(loc="best", fontsize=8)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    data = load_wine()
    X, names = data.data, data.feature_names
    stds = X.std(axis=0)
    print(f"feature std ranges from {stds.min():.3f} ({names[stds.argmin()]}) "
          f"to {stds.max():.1f} ({names[stds.argmax()]})")
    raw_scores, raw_dirs, raw_ratio = principal_components(X, 2)
    sc_scores, sc_dirs, sc_ratio = principal_components(standardize(X), 2)
    print(f"raw:          PC1 explains {raw_ratio[0]:.4f}, its largest loading is "
          f"{names[np.abs(raw_dirs[:, 0]).argmax()]} ({np.abs(raw_dirs[:, 0]).max():.4f})")
    top = np.argsort(-np.abs(sc_dirs[:, 0]))[:3]
    print(f"standardized: PC1 explains {sc_ratio[0]:.4f}, PC2 {sc_ratio[1]:.4f}; top PC1 loadings: "
          + ", ".join(f"{names[i]} ({sc_dirs[i, 0]:+.3f})" for i in top))
    plot(raw_scores, sc_scores, data.target)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
