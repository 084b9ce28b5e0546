"""Newton's method versus gradient descent: on L2-regularized logistic regression and on an ill-conditioned quadratic.

Used by docs/math/convexity.md.
"""

# snippet-build: timeout=120

from __future__ import annotations

from typing import Callable

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_breast_cancer

from snippets.math.logistic_convexity import gradient, hessian, loss

LAMBDA = 1e-3  # L2 strength on the weights (not on the bias)


# --8<-- [start:methods]
def objective(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    return loss(w, X, y) + 0.5 * LAMBDA * float(w[:-1] @ w[:-1])


def objective_grad(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return gradient(w, X, y) + LAMBDA * np.append(w[:-1], 0.0)


def objective_hessian(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return hessian(w, X, y) + LAMBDA * np.diag(np.append(np.ones(len(w) - 1), 0.0))


def gradient_descent(X: np.ndarray, y: np.ndarray, n_iter: int) -> list[float]:
    """Fixed step 1/L, L = an upper bound on the Hessian's largest eigenvalue."""
    L = np.linalg.eigvalsh(X.T @ X / len(y))[-1] / 4 + LAMBDA  # sigmoid' <= 1/4
    w = np.zeros(X.shape[1])
    history = [objective(w, X, y)]
    for _ in range(n_iter):
        w = w - objective_grad(w, X, y) / L
        history.append(objective(w, X, y))
    return history


def newton(X: np.ndarray, y: np.ndarray, n_iter: int) -> tuple[np.ndarray, list[float]]:
    """Newton steps -H^-1 g with backtracking (halve the step until the objective drops enough)."""
    w = np.zeros(X.shape[1])
    history = [objective(w, X, y)]
    for _ in range(n_iter):
        g = objective_grad(w, X, y)
        step = np.linalg.solve(objective_hessian(w, X, y), g)  # O(d^3), never an explicit inverse
        t = 1.0
        while objective(w - t * step, X, y) > history[-1] - 0.25 * t * (g @ step) and t > 1e-10:
            t /= 2
        w = w - t * step
        history.append(objective(w, X, y))
    return w, history
# --8<-- [end:methods]


def min_curvature_along_bias(w: np.ndarray, X: np.ndarray, y: np.ndarray,
                             biases: tuple[float, ...]) -> list[float]:
    """e_b^T H e_b of the penalized objective with the bias set to each value.

    The penalty adds nothing along the unpenalized bias: this is the mean of sigmoid'(z_i)."""
    e_b = np.zeros(len(w))
    e_b[-1] = 1.0
    return [float(e_b @ objective_hessian(np.append(w[:-1], b), X, y) @ e_b) for b in biases]


def load_data() -> tuple[np.ndarray, np.ndarray]:
    """Breast cancer, standardized, with a bias column; labels in {-1, +1}."""
    data = load_breast_cancer()
    Z = (data.data - data.data.mean(0)) / data.data.std(0)
    return np.column_stack([Z, np.ones(len(Z))]), np.where(data.target == 1, 1.0, -1.0)


def quadratic_paths(A: np.ndarray, start: np.ndarray, n_steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Paths of GD (step 1.8/lambda_max, below the stability limit 2/lambda_max) and Newton
    on f(x) = x^T A x / 2."""
    lr = 1.8 / np.linalg.eigvalsh(A)[-1]
    gd = [start]
    for _ in range(n_steps):
        gd.append(gd[-1] - lr * A @ gd[-1])
    newton_path = np.array([start, start - np.linalg.solve(A, A @ start)])  # lands on 0 at once
    return np.array(gd), newton_path


def first_below(history: list[float], best: float, tol: float) -> int:
    return next(i for i, h in enumerate(history) if h - best < tol)


def plot(gd_hist: list[float], nt_hist: list[float], best: float, A: np.ndarray) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    left.semilogy(np.maximum(np.array(gd_hist) - best, 1e-16), label="gradient descent, step 1/L")
    left.semilogy(np.maximum(np.array(nt_hist) - best, 1e-16), marker="o", label="Newton")
    left.set(title="Logistic regression, breast cancer (31 parameters)", xlabel="iteration",
             ylabel="objective - optimum", xscale="symlog", ylim=(1e-15, 1))
    left.legend(loc="lower left", fontsize=9)
    grid = np.linspace(-6, 6, 200)
    G1, G2 = np.meshgrid(grid, grid)
    right.contour(G1, G2, 0.5 * (A[0, 0] * G1**2 + 2 * A[0, 1] * G1 * G2 + A[1, 1] * G2**2),
                  levels=np.geomspace(0.05, 150, 12), linewidths=0.7)
    gd_path, nt_path = quadratic_paths(A, np.array([-5.0, 3.0]), 25)
    right.plot(gd_path[:, 0], gd_path[:, 1], marker=".", label="gradient descent, 25 steps")
    right.plot(nt_path[:, 0], nt_path[:, 1], marker="o", lw=2, label="Newton, 1 step")
    right.set(title=f"Quadratic, condition number {np.linalg.cond(A):.0f}", xlabel="$x_1$",
              ylabel="$x_2$", aspect="equal")
    right.legend(loc="upper right", fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    X, y = load_data()
    w_star, nt_hist = newton(X, y, n_iter=15)
    gd_hist = gradient_descent(X, y, n_iter=5000)
    best = nt_hist[-1]
    cond = np.linalg.cond(objective_hessian(w_star, X, y))
    print(f"optimum {best:.6f}; Hessian condition number at the optimum {cond:.0f}")
    for tol in (1e-4, 1e-8):
        print(f"iterations to get within {tol:.0e}: Newton {first_below(nt_hist, best, tol)}, "
              f"gradient descent {first_below(gd_hist, best, tol) if min(gd_hist) - best < tol else '> 5000'}")
    print(f"smallest Hessian eigenvalue at the optimum: "
          f"{np.linalg.eigvalsh(objective_hessian(w_star, X, y))[0]:.4f}")
    curv = min_curvature_along_bias(w_star, X, y, (w_star[-1], 10.0, 40.0, 80.0))
    print("curvature along the unpenalized bias at bias = optimum, 10, 40, 80: "
          + ", ".join(f"{c:.1e}" for c in curv))
    rotation = np.array([[np.cos(0.5), -np.sin(0.5)], [np.sin(0.5), np.cos(0.5)]])
    A = rotation @ np.diag([1.0, 12.0]) @ rotation.T
    plot(gd_hist, nt_hist, best, A)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
