"""Ridge in closed form, lasso and elastic net by coordinate descent, their paths on
the diabetes data, the strength chosen by cross-validation, the unsquared L2 norm.

Used by docs/ml-breadth/regularization.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import brentq
from sklearn.datasets import load_diabetes
from sklearn.model_selection import KFold
from sklearn.preprocessing import StandardScaler

SEED = 0


# --8<-- [start:core]
def soft_threshold(z: np.ndarray, t: float) -> np.ndarray:
    """sign(z) max(|z| - t, 0): the minimizer of (w - z)^2 / 2 + t |w|."""
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


def ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[float, np.ndarray]:
    """(b, w) minimizing ||y - b - Xw||^2 + alpha ||w||^2 (scikit-learn's Ridge)."""
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ (y - ym))
    return ym - xm @ w, w


def elastic_net(
    X: np.ndarray,
    y: np.ndarray,
    alpha: float,
    l1_ratio: float = 1.0,
    w: np.ndarray | None = None,
    tol: float = 1e-12,
    max_iter: int = 100_000,
) -> tuple[float, np.ndarray]:
    """(b, w) minimizing ||y - b - Xw||^2 / (2n) + alpha l1_ratio ||w||_1
    + alpha (1 - l1_ratio) ||w||^2 / 2 (scikit-learn's ElasticNet; Lasso when
    l1_ratio = 1) by cyclic coordinate descent from w (default zeros)."""
    n, d = X.shape
    xm, ym = X.mean(axis=0), y.mean()
    Xc, yc = X - xm, y - ym
    w = np.zeros(d) if w is None else w.copy()
    r = yc - Xc @ w  # residual, kept up to date
    col_sq = (Xc**2).sum(axis=0) / n
    for _ in range(max_iter):
        max_step = 0.0
        for j in range(d):
            rho = Xc[:, j] @ r / n + col_sq[j] * w[j]  # fit of feature j alone
            new = soft_threshold(rho, alpha * l1_ratio)
            new /= col_sq[j] + alpha * (1 - l1_ratio)
            if new != w[j]:
                r -= Xc[:, j] * (new - w[j])
                max_step = max(max_step, abs(new - w[j]))
                w[j] = new
        if max_step < tol:
            break
    return ym - xm @ w, w


def lasso_path(X: np.ndarray, y: np.ndarray, alphas: np.ndarray) -> np.ndarray:
    """(len(alphas), d) lasso coefficients, warm-started from alpha to alpha."""
    w, path = None, []
    for a in alphas:
        w = elastic_net(X, y, a, 1.0, w)[1]
        path.append(w)
    return np.array(path)


# --8<-- [end:core]


# --8<-- [start:norm]
def l2_norm_penalty(X: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    """w minimizing ||y - b - Xw||^2 / (2n) + lam ||w||_2 (the norm, not squared).
    At w != 0 the optimality condition is ridge with alpha = n lam / ||w||, so
    search that alpha; w = 0 once lam >= ||Xc^T yc|| / n."""
    n = len(y)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    if lam >= np.linalg.norm(Xc.T @ yc) / n:
        return np.zeros(X.shape[1])

    def gap(log_a: float) -> float:  # increasing in alpha
        a = np.exp(log_a)
        return a / n * np.linalg.norm(ridge(X, y, a)[1]) - lam

    log_a = brentq(gap, -30, 60, xtol=1e-14, rtol=1e-14)
    return ridge(X, y, np.exp(log_a))[1]


# --8<-- [end:norm]


def cv_mse(X: np.ndarray, y: np.ndarray, alphas: np.ndarray, k: int) -> np.ndarray:
    """(len(alphas), k) validation MSE of the lasso on seeded shuffled folds."""
    folds = KFold(k, shuffle=True, random_state=SEED).split(X)
    out = []
    for tr, va in folds:
        path = lasso_path(X[tr], y[tr], alphas)
        b = y[tr].mean() - path @ X[tr].mean(axis=0)
        out.append(((y[va][None] - b[:, None] - path @ X[va].T) ** 2).mean(axis=1))
    return np.array(out).T


def diabetes() -> tuple[np.ndarray, np.ndarray, list[str]]:
    data = load_diabetes()
    return (
        StandardScaler().fit_transform(data.data),
        data.target,
        data.feature_names,
    )


# --8<-- [start:main]
def main() -> None:
    X, y, names = diabetes()
    n = len(y)
    alpha_max = np.abs((X - X.mean(0)).T @ (y - y.mean())).max() / n
    alphas = alpha_max * np.logspace(0.025, -2.975, 61)
    path = lasso_path(X, y, alphas)
    print(f"lasso: all weights are zero for alpha >= {alpha_max:.4f}")
    entered = [int(np.argmax(path[:, j] != 0)) for j in range(X.shape[1])]
    order = np.argsort(entered, kind="stable")
    print("order of entry:", " ".join(names[j] for j in order))
    mse = cv_mse(X, y, alphas, 5)
    mean, se = mse.mean(1), mse.std(1, ddof=1) / np.sqrt(mse.shape[1])
    best = int(mean.argmin())
    one_se = int(np.argmax(mean <= mean[best] + se[best]))  # largest such alpha
    for label, i in (("min CV", best), ("1-SE rule", one_se)):
        print(
            f"{label:9s}: alpha {alphas[i]:.4f}, CV MSE {mean[i]:.1f},"
            f" {np.count_nonzero(path[i])} of 10 weights nonzero"
        )
    print("kept by the 1-SE rule:", " ".join(np.array(names)[path[one_se] != 0]))
    ridge_alphas = np.logspace(-2, 5, 61)
    ridge_path = np.array([ridge(X, y, a)[1] for a in ridge_alphas])
    print(f"ridge, alpha 1e5: smallest |w| {np.abs(ridge_path[-1]).min():.2e}")
    lam_max = np.linalg.norm((X - X.mean(0)).T @ (y - y.mean())) / n
    lams = lam_max * np.linspace(1.2, 0.02, 60)
    norm_path = np.array([l2_norm_penalty(X, y, lam) for lam in lams])
    print(f"L2 norm penalty: all weights are zero for lam >= {lam_max:.4f}")
    w_half = l2_norm_penalty(X, y, lam_max / 2)
    print(f"at lam_max / 2: {np.count_nonzero(w_half)} of 10 weights nonzero")
    plot_paths(alphas, path, ridge_alphas, ridge_path, lams, norm_path, names)


# --8<-- [end:main]


def plot_paths(alphas, path, ridge_alphas, ridge_path, lams, norm_path, names):
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.8))
    panels = (
        (alphas, path, "lasso", r"$\alpha$ (Lasso)", "log"),
        (ridge_alphas, ridge_path, "ridge", r"$\alpha$ (Ridge)", "log"),
        (lams, norm_path, r"unsquared norm $\|w\|_2$", r"$\lambda$", "linear"),
    )
    for ax, (x, coefs, title, xlabel, scale) in zip(axes, panels):
        for j in range(coefs.shape[1]):
            ax.plot(x, coefs[:, j], color=f"C{j % 8}", ls="-" if j < 8 else "--")
        ax.set(xscale=scale, title=title, xlabel=xlabel)
        ax.invert_xaxis()
    axes[0].set_ylabel("coefficient (standardized features)")
    axes[0].legend(names, fontsize=6, ncol=2, loc="upper left")
    fig.tight_layout()
    plt.show()


if __name__ == "__main__":
    main()
