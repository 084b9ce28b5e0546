"""Logistic regression from scratch: stable sigmoid and log-loss, L2 penalty, full-batch gradient descent.

Used by docs/ml-coding/logistic-regression.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import LinearSegmentedColormap

SEED = 5


# --8<-- [start:logreg]
def sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + e^-z) without overflow: only ever exponentiate a non-positive number."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def log_loss_from_logits(z: np.ndarray, y: np.ndarray) -> float:
    """Mean of -[y log p + (1-y) log(1-p)], p = sigmoid(z); -log p = log(1 + e^-z) = logaddexp(0, -z)."""
    return float(np.mean(y * np.logaddexp(0.0, -z) + (1.0 - y) * np.logaddexp(0.0, z)))


def objective(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lam: float) -> float:
    """Mean cross-entropy + (lam / 2) ||w||^2; the intercept b is not penalized."""
    return log_loss_from_logits(X @ w + b, y) + 0.5 * lam * float(w @ w)


def gradient(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray,
             lam: float) -> tuple[np.ndarray, float]:
    """d objective / d(w, b). The sigmoid's derivative cancels: the error is simply p - y."""
    error = sigmoid(X @ w + b) - y
    return X.T @ error / len(y) + lam * w, float(error.mean())


def fit(X: np.ndarray, y: np.ndarray, lam: float, max_iter: int = 20_000,
        tol: float = 1e-9) -> tuple[np.ndarray, float, list[float]]:
    """Full-batch gradient descent with step 1/L, L bounding the Hessian; stops on a tiny gradient."""
    A = np.c_[np.ones(len(X)), X]
    lipschitz = 0.25 * np.linalg.eigvalsh(A.T @ A / len(X)).max() + lam  # sigmoid' <= 1/4
    w, b = np.zeros(X.shape[1]), 0.0
    history = [objective(w, b, X, y, lam)]
    for _ in range(max_iter):
        grad_w, grad_b = gradient(w, b, X, y, lam)
        if np.sqrt(grad_w @ grad_w + grad_b**2) < tol:
            break
        w, b = w - grad_w / lipschitz, b - grad_b / lipschitz
        history.append(objective(w, b, X, y, lam))
    return w, b, history


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return sigmoid(X @ w + b)


def sklearn_C(lam: float, n: int) -> float:
    """scikit-learn minimizes C * sum(loss) + ||w||^2 / 2; ours times 1/(n lam) gives C = 1/(n lam)."""
    return 1.0 / (n * lam)
# --8<-- [end:logreg]


def make_two_blobs(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Two overlapping Gaussian classes in 2-D with different means."""
    y = rng.integers(0, 2, size=n)
    means = np.array([[-1.0, -0.5], [1.0, 1.0]])
    return means[y] + rng.normal(0.0, 1.0, size=(n, 2)) @ np.array([[1.0, 0.3], [0.0, 0.8]]), y


def plot(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, history: list[float]) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    lo, hi = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    g0, g1 = np.meshgrid(np.linspace(lo[0], hi[0], 200), np.linspace(lo[1], hi[1], 200))
    p = predict_proba(np.c_[g0.ravel(), g1.ravel()], w, b).reshape(g0.shape)
    cmap = LinearSegmentedColormap.from_list("classes", ["#3b82f6", "#ffffff", "#f59e0b"])
    filled = left.contourf(g0, g1, p, levels=np.linspace(0, 1, 11), cmap=cmap, alpha=0.35)
    lines = left.contour(g0, g1, p, levels=[0.1, 0.5, 0.9], colors="black", linewidths=[0.8, 1.8, 0.8])
    left.clabel(lines, fmt="p=%.1f", fontsize=8)
    for label in (0, 1):
        left.scatter(*X[y == label].T, s=10, color=f"C{label}", label=f"class {label}")
    fig.colorbar(filled, ax=left, label="P(y = 1 | x)")
    left.set(title="Decision boundary (p = 0.5) and probability", xlabel="$x_1$", ylabel="$x_2$")
    left.legend(loc="lower right", fontsize=8)
    gap = np.array(history[:-1]) - history[-1]
    right.plot(np.flatnonzero(gap > 0), gap[gap > 0])
    right.set(yscale="log", title="Objective minus its final value", xlabel="iteration",
              ylabel="gap")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X, y = make_two_blobs(rng, 400)
    lam = 0.01
    w, b, history = fit(X, y, lam)
    print(f"converged in {len(history) - 1} iterations; objective {history[-1]:.4f}")
    print("w =", np.round(w, 4), " b =", round(b, 4), f" (scikit-learn C = {sklearn_C(lam, len(y)):.2f})")
    print(f"training accuracy {np.mean((predict_proba(X, w, b) >= 0.5) == y):.3f}")

    z = np.array([-1000.0, -30.0, 0.0, 30.0, 1000.0])
    with np.errstate(over="ignore", divide="ignore"):
        naive_p = 1.0 / (1.0 + np.exp(-z))
        naive_loss = -np.log(naive_p)  # the loss of label 1 at each logit
    stable = [log_loss_from_logits(np.array([v]), np.array([1.0])) for v in z]
    print("logit     naive -log(sigmoid)   stable log(1 + e^-z)")
    for v, naive, good in zip(z, naive_loss, stable):
        print(f"{v:6.0f}   {naive:18.4g}   {good:18.4g}")
    plot(X, y, w, b, history)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
