"""Logistic regression with labels in {-1, +1}: loss, gradient and Hessian derived by hand, checked numerically, and the Hessian is PSD.

Used by docs/math/convexity.md.
"""

from __future__ import annotations

import numpy as np
from scipy.special import expit

from snippets._shared.gradcheck import numerical_gradient, relative_error

SEED = 0


# --8<-- [start:logistic]
def sigmoid(z: np.ndarray) -> np.ndarray:
    return expit(z)  # 1 / (1 + e^-z), computed without overflow


def prob_of_label(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """p(y | x) = sigmoid(y w.x) for y in {-1, +1}: p(y=-1|x) = 1 - sigmoid(w.x) = sigmoid(-w.x)."""
    return sigmoid(y * (X @ w))


def loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """Mean negative log-likelihood: mean log(1 + exp(-y w.x))."""
    return float(np.mean(np.logaddexp(0.0, -y * (X @ w))))


def gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per example: -y (1 - p(y|x)) x. Averaged over the data."""
    return -(y * (1.0 - prob_of_label(w, X, y))) @ X / len(y)


def hessian(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per example: p (1 - p) x x^T with p = sigmoid(w.x) (y^2 = 1 drops out). A weighted sum of
    outer products with non-negative weights, hence positive semi-definite."""
    p = sigmoid(X @ w)
    return (X * (p * (1.0 - p))[:, None]).T @ X / len(y)


def softmax_cross_entropy_hessian(logits: np.ndarray) -> np.ndarray:
    """Hessian of -log softmax(z)_k in the logits z: diag(p) - p p^T (the same for every k)."""
    p = np.exp(logits - logits.max())
    p /= p.sum()
    return np.diag(p) - np.outer(p, p)
# --8<-- [end:logistic]


def make_data(rng: np.random.Generator, n: int = 200, d: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Overlapping classes with a bias column; labels in {-1, +1}."""
    X = np.column_stack([rng.normal(size=(n, d)), np.ones(n)])
    w_true = np.array([1.5, -2.0, 0.5, 0.3])
    y = np.where(rng.uniform(size=n) < sigmoid(X @ w_true), 1.0, -1.0)
    return X, y


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X, y = make_data(rng)
    w = rng.normal(size=X.shape[1])
    z = X[:5] @ w
    print("sigmoid(-w.x) == 1 - sigmoid(w.x):", np.allclose(sigmoid(-z), 1.0 - sigmoid(z)))
    g_num = numerical_gradient(lambda v: loss(v, X, y), w.copy())
    print(f"gradient vs finite differences: relative error < 1e-6: {relative_error(gradient(w, X, y), g_num) < 1e-6}")
    H_num = np.column_stack([numerical_gradient(lambda v, i=i: gradient(v, X, y)[i], w.copy())
                             for i in range(len(w))])
    print(f"Hessian vs finite differences of the gradient: max abs diff < 1e-6: "
          f"{np.abs(hessian(w, X, y) - H_num).max() < 1e-6}")
    smallest = min(np.linalg.eigvalsh(hessian(rng.normal(size=4) * 3, X, y))[0] for _ in range(1000))
    print(f"smallest Hessian eigenvalue over 1000 random w: {smallest:.4f} (>= 0: convex)")
    H_sm = softmax_cross_entropy_hessian(np.array([2.0, -1.0, 0.5]))
    print("softmax cross-entropy Hessian eigenvalues:", np.round(np.linalg.eigvalsh(H_sm), 4) + 0.0)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
