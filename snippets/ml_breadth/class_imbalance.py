"""Class weights, resampling, thresholds and focal loss on one imbalanced data set.

Used by docs/ml-breadth/class-imbalance.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import minimize
from sklearn.metrics import average_precision_score, precision_recall_curve

SEED = 0
N_SEEDS = 10
PREVALENCE = 0.02
METHODS = ["plain", "class weights", "oversample", "undersample", "focal"]


# --8<-- [start:focal]
def focal_loss(
    theta: np.ndarray,
    X: np.ndarray,
    y: np.ndarray,
    weights: np.ndarray,
    gamma: float,
    lam: float,
) -> tuple[float, np.ndarray]:
    """Weighted focal loss of a logistic model, summed over rows, plus
    lam/2 |w|^2 (the intercept theta[-1] is not penalized), and its gradient.

    Per row: -a_i (1 - p_t)^gamma log p_t, where p_t is the probability the model
    gives the true class; gamma = 0 is the weighted log loss.
    """
    z = X @ theta[:-1] + theta[-1]
    sign = np.where(y == 1, 1.0, -1.0)
    log_pt = -np.logaddexp(0.0, -sign * z)  # log sigmoid(z_t), stable
    pt = np.exp(log_pt)
    loss = -(weights * (1 - pt) ** gamma * log_pt).sum()
    # d loss / d z_t = gamma p_t (1 - p_t)^gamma log p_t - (1 - p_t)^(gamma + 1)
    dz = gamma * pt * (1 - pt) ** gamma * log_pt - (1 - pt) ** (gamma + 1)
    dz = weights * sign * dz
    w = theta[:-1]
    grad = np.append(X.T @ dz + lam * w, dz.sum())
    return float(loss + 0.5 * lam * w @ w), grad


def fit_logistic(
    X: np.ndarray,
    y: np.ndarray,
    weights: np.ndarray | None = None,
    gamma: float = 0.0,
    lam: float = 1.0,
) -> np.ndarray:
    """Minimize focal_loss with L-BFGS; returns (w_1..w_d, b)."""
    weights = np.ones(len(y)) if weights is None else weights
    result = minimize(
        focal_loss,
        np.zeros(X.shape[1] + 1),
        jac=True,
        args=(X, y, weights, gamma, lam),
        method="L-BFGS-B",
        options={"maxiter": 1000, "gtol": 1e-9},
    )
    return result.x


def predict_proba(theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(X @ theta[:-1] + theta[-1])))


# --8<-- [end:focal]


# --8<-- [start:methods]
def make_data(
    rng: np.random.Generator, n: int, prevalence: float = PREVALENCE, d: int = 4
) -> tuple[np.ndarray, np.ndarray]:
    """Two Gaussian classes with identity covariance; positives shifted by 1 in
    each of d features."""
    y = (rng.random(n) < prevalence).astype(int)
    return rng.normal(size=(n, d)) + y[:, None], y


def fit_method(
    method: str, X: np.ndarray, y: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """Train the logistic model one way; 'threshold moving' reuses 'plain'."""
    pos, neg = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
    if method == "class weights":  # n / (2 n_c): both classes weigh n / 2
        w = np.where(y == 1, len(y) / (2 * len(pos)), len(y) / (2 * len(neg)))
        return fit_logistic(X, y, w)
    if method == "oversample":  # draw positives with replacement up to n_neg
        rows = np.r_[neg, rng.choice(pos, size=len(neg), replace=True)]
        return fit_logistic(X[rows], y[rows])
    if method == "undersample":  # keep as many negatives as positives
        rows = np.r_[pos, rng.choice(neg, size=len(pos), replace=False)]
        return fit_logistic(X[rows], y[rows])
    return fit_logistic(X, y, gamma=2.0 if method == "focal" else 0.0)


def best_f1_threshold(y: np.ndarray, scores: np.ndarray) -> float:
    """The score threshold that maximizes F1 on a validation set."""
    precision, recall, thresholds = precision_recall_curve(y, scores)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    return float(thresholds[np.argmax(f1[:-1])])


def run_seed(seed: int, n_train: int = 3000, n_test: int = 20000) -> dict:
    """Per method: test PR-AUC, and precision and recall at its threshold
    (0.5, or the validation-F1 threshold for 'threshold moving')."""
    rng = np.random.default_rng(seed)
    X, y = make_data(rng, n_train)
    X_val, y_val = make_data(rng, n_train)
    X_test, y_test = make_data(rng, n_test)
    out = {}
    for method in METHODS + ["threshold moving"]:
        base = "plain" if method == "threshold moving" else method
        theta = fit_method(base, X, y, rng)
        cut = 0.5
        if method == "threshold moving":
            cut = best_f1_threshold(y_val, predict_proba(theta, X_val))
        p = predict_proba(theta, X_test)
        hit = p >= cut
        out[method] = {
            "pr_auc": average_precision_score(y_test, p),
            "precision": (y_test[hit] == 1).mean() if hit.any() else 0.0,
            "recall": hit[y_test == 1].mean(),
            "threshold": cut,
            "scores": p,
            "y": y_test,
        }
    return out


# --8<-- [end:methods]


def main() -> None:
    runs = [run_seed(SEED + s) for s in range(N_SEEDS)]
    print(f"prevalence {PREVALENCE}, 3000 train, 20000 test rows, {N_SEEDS} seeds")
    print("method            PR-AUC mean     sd precision  recall threshold")
    for m in METHODS + ["threshold moving"]:
        v = {k: np.array([r[m][k] for r in runs]) for k in runs[0][m] if k != "y"}
        print(
            f"{m:17s} {v['pr_auc'].mean():11.3f} {v['pr_auc'].std():6.3f} "
            f"{v['precision'].mean():9.3f} {v['recall'].mean():7.3f} "
            f"{v['threshold'].mean():9.3f}"
        )
    ap = np.array([[r[m]["pr_auc"] for m in METHODS] for r in runs])
    print("PR-AUC minus plain over the seeds: mean, min, max, seeds below plain")
    for m, g in zip(METHODS[1:], (ap[:, 1:] - ap[:, :1]).T):
        print(
            f"  {m:15s} {g.mean():+.3f} {g.min():+.3f} {g.max():+.3f} "
            f"{(g < 0).sum():3d}/{N_SEEDS}"
        )

    _, ax = plt.subplots(figsize=(6, 4.2))
    for m in METHODS:
        precision, recall, _ = precision_recall_curve(
            runs[0][m]["y"], runs[0][m]["scores"]
        )
        ax.plot(recall, precision, label=f"{m} ({runs[0][m]['pr_auc']:.3f})")
    ax.axhline(runs[0]["plain"]["y"].mean(), ls=":", label="prevalence")
    ax.set(
        xlabel="recall", ylabel="precision", title=f"Test PR curves, seed {SEED}"
    )
    ax.legend(fontsize=8)
    plt.show()


if __name__ == "__main__":
    main()
