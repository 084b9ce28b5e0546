"""Gaussian and multinomial naive Bayes from scratch, computed in log space.

Used by docs/ml-coding/naive-bayes.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Ellipse
from scipy.special import logsumexp
from sklearn.datasets import load_digits, load_wine

SEED = 0


# --8<-- [start:nb]
@dataclass
class NaiveBayes:
    classes: np.ndarray  # (c,)
    log_prior: np.ndarray  # (c,) log P(y = class)
    params: dict[str, np.ndarray]  # per-class feature parameters, (c, d) arrays


def class_log_prior(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    classes, counts = np.unique(y, return_counts=True)
    return classes, np.log(counts) - np.log(len(y))


def fit_gaussian(X: np.ndarray, y: np.ndarray, var_smoothing: float = 1e-9) -> NaiveBayes:
    """One mean and one variance per class and feature; a variance floor avoids division by 0."""
    classes, log_prior = class_log_prior(y)
    floor = var_smoothing * X.var(axis=0).max()  # scaled to the widest feature, as in sklearn
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    variances = np.array([X[y == c].var(axis=0) for c in classes]) + floor
    return NaiveBayes(classes, log_prior, {"mean": means, "var": variances})


def gaussian_joint_log_likelihood(model: NaiveBayes, X: np.ndarray) -> np.ndarray:
    """(n, c) log P(y) + sum_j log N(x_j; mean_cj, var_cj)."""
    mean, var = model.params["mean"], model.params["var"]
    log_norm = -0.5 * np.log(2.0 * np.pi * var).sum(axis=1)  # (c,)
    sq = ((X[:, None, :] - mean[None, :, :]) ** 2 / var[None, :, :]).sum(axis=2)  # (n, c)
    return model.log_prior + log_norm - 0.5 * sq


def fit_multinomial(X: np.ndarray, y: np.ndarray, alpha: float = 1.0) -> NaiveBayes:
    """Per-class feature probabilities from counts, with alpha pseudo-counts (Laplace if 1)."""
    classes, log_prior = class_log_prior(y)
    counts = np.array([X[y == c].sum(axis=0) for c in classes]) + alpha  # (c, d)
    log_theta = np.log(counts) - np.log(counts.sum(axis=1, keepdims=True))
    return NaiveBayes(classes, log_prior, {"log_theta": log_theta})


def multinomial_joint_log_likelihood(model: NaiveBayes, X: np.ndarray) -> np.ndarray:
    """(n, c) log P(y) + sum_j x_j log theta_cj (the multinomial coefficient is the same for all c)."""
    return model.log_prior + X @ model.params["log_theta"].T


def predict_proba(joint_log_likelihood: np.ndarray) -> np.ndarray:
    """Normalize in log space: subtracting logsumexp never overflows or underflows to 0/0."""
    return np.exp(joint_log_likelihood - logsumexp(joint_log_likelihood, axis=1, keepdims=True))
# --8<-- [end:nb]


def split(n: int, test_fraction: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    order = rng.permutation(n)
    n_test = int(round(test_fraction * n))
    return order[n_test:], order[:n_test]


def plot(X: np.ndarray, y: np.ndarray, model: NaiveBayes, names: list[str]) -> None:
    fig, ax = plt.subplots(figsize=(7, 4.8))
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    xx, yy = np.meshgrid(np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300),
                         np.linspace(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5, 300))
    grid = np.c_[xx.ravel(), yy.ravel()]
    region = gaussian_joint_log_likelihood(model, grid).argmax(axis=1).reshape(xx.shape)
    ax.contourf(xx, yy, region, levels=[-0.5, 0.5, 1.5, 2.5], colors=colors[:3], alpha=0.15)
    for k, c in enumerate(model.classes):
        ax.scatter(*X[y == c].T, s=14, color=colors[k], label=f"cultivar {c}")
        for n_std in (1, 2):  # axis-aligned: naive Bayes has no covariance between features
            w, h = 2 * n_std * np.sqrt(model.params["var"][k])
            ax.add_patch(Ellipse(model.params["mean"][k], w, h, fill=False, color=colors[k],
                                 linestyle="-" if n_std == 1 else ":"))
    ax.set(title="Gaussian naive Bayes: decision regions and 1σ/2σ class ellipses",
           xlabel=names[0], ylabel=names[1])
    ax.legend(fontsize=9, loc="upper left")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    wine = load_wine()
    train, test = split(len(wine.target), 0.3, rng)
    gnb = fit_gaussian(wine.data[train], wine.target[train])
    proba = predict_proba(gaussian_joint_log_likelihood(gnb, wine.data[test]))
    accuracy = (gnb.classes[proba.argmax(axis=1)] == wine.target[test]).mean()
    print(f"Gaussian NB on wine: test accuracy {accuracy:.4f} on {len(test)} wines")

    digits = load_digits()
    train, test = split(len(digits.target), 0.3, rng)
    mnb = fit_multinomial(digits.data[train], digits.target[train], alpha=1.0)
    jll = multinomial_joint_log_likelihood(mnb, digits.data[test])
    accuracy = (mnb.classes[jll.argmax(axis=1)] == digits.target[test]).mean()
    print(f"multinomial NB on digits: test accuracy {accuracy:.4f} on {len(test)} images")

    theta = np.exp(mnb.params["log_theta"])  # (10, 64)
    direct = np.prod(theta[None, :, :] ** digits.data[test][:, None, :], axis=2)  # (n, 10)
    print(f"likelihood as a plain product: all 10 classes underflow to 0.0 for "
          f"{int((direct == 0).all(axis=1).sum())} of {len(test)} images")
    print(f"in log space the joint log-likelihoods range from {jll.min():.1f} to {jll.max():.1f}")

    X_train, y_train = digits.data[train], digits.target[train]
    X_test, y_test = digits.data[test], digits.target[test]
    unseen = np.array([X_train[y_train == c].sum(axis=0) == 0 for c in mnb.classes])  # (10, 64)
    vetoed = (X_test > 0)[:, None, :] & unseen[None, :, :]  # a pixel the class never showed
    killed = vetoed[np.arange(len(y_test)), y_test].any(axis=1)
    print(f"with alpha=0, {int(unseen.sum())} (class, pixel) pairs get probability 0, and "
          f"{int(killed.sum())} test images get probability 0 for their true class")

    features = ["alcohol", "flavanoids"]
    cols = [wine.feature_names.index(f) for f in features]
    plot(wine.data[:, cols], wine.target, fit_gaussian(wine.data[:, cols], wine.target), features)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
