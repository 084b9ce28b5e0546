"""Linear regression from scratch: least squares (lstsq and QR), batch gradient descent, closed-form ridge.

Used by docs/ml-coding/linear-regression.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy.linalg import solve_triangular
from sklearn.datasets import load_diabetes


# --8<-- [start:solvers]
def with_intercept(X: np.ndarray) -> np.ndarray:
    """Prepend a column of ones so that w[0] is the intercept."""
    return np.c_[np.ones(len(X)), X]


def fit_lstsq(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Minimize ||y - [1 X] w||^2 with an SVD-based solver; returns [intercept, coef...]."""
    w, *_ = np.linalg.lstsq(with_intercept(X), y, rcond=None)
    return w


def fit_qr(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Same solution via A = QR: then R w = Q^T y, a triangular system (A must have full rank)."""
    Q, R = np.linalg.qr(with_intercept(X))
    return solve_triangular(R, Q.T @ y)


def fit_normal_inverse(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The textbook formula w = (A^T A)^{-1} A^T y. Shown only to compare its accuracy."""
    A = with_intercept(X)
    return np.linalg.inv(A.T @ A) @ A.T @ y


def mse(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    residual = with_intercept(X) @ w - y
    return float(residual @ residual / len(y))


def fit_gradient_descent(X: np.ndarray, y: np.ndarray, lr: float,
                         n_iter: int) -> tuple[np.ndarray, list[float]]:
    """Batch gradient descent on the mean squared error; stops early if the loss blows up."""
    A = with_intercept(X)
    w = np.zeros(A.shape[1])
    history = [mse(X, y, w)]
    for _ in range(n_iter):
        grad = 2.0 / len(y) * A.T @ (A @ w - y)  # d/dw of (1/n) ||A w - y||^2
        w = w - lr * grad
        history.append(mse(X, y, w))
        if history[-1] > 1e3 * history[0]:  # diverging: no point in continuing
            break
    return w, history


def fit_ridge(X: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    """Minimize ||y - b - X w||^2 + lam ||w||^2; centering keeps the intercept b unpenalized."""
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    coef = np.linalg.solve(Xc.T @ Xc + lam * np.eye(X.shape[1]), Xc.T @ yc)
    return np.r_[y_mean - x_mean @ coef, coef]
# --8<-- [end:solvers]


def hessian_condition(X: np.ndarray) -> float:
    """Condition number of the MSE Hessian (2/n) A^T A: how elongated the loss bowl is."""
    A = with_intercept(X)
    eig = np.linalg.eigvalsh(2.0 / len(A) * A.T @ A)
    return float(eig.max() / eig.min())


def max_stable_lr(X: np.ndarray) -> float:
    """Gradient descent on a quadratic converges iff lr < 2 / (largest Hessian eigenvalue)."""
    A = with_intercept(X)
    return float(2.0 / np.linalg.eigvalsh(2.0 / len(A) * A.T @ A).max())


def polynomial_design(degree: int = 8) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features x, x^2, ..., x^degree on [0, 1] (nearly collinear), exact targets, true weights."""
    x = np.linspace(0.0, 1.0, 50)
    X = np.vander(x, degree + 1, increasing=True)[:, 1:]
    w_true = np.ones(degree + 1)
    return X, with_intercept(X) @ w_true, w_true  # noise-free: w_true is the exact answer


def ill_conditioned_errors(degree: int = 8) -> dict[str, float]:
    """Relative coefficient error of each solver on the exact polynomial fit."""
    X, y, w_true = polynomial_design(degree)
    solvers = {"lstsq": fit_lstsq, "qr": fit_qr, "inverse": fit_normal_inverse}
    return {name: float(np.linalg.norm(f(X, y) - w_true) / np.linalg.norm(w_true))
            for name, f in solvers.items()}


def load_standardized() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Diabetes data: features as loaded, standardized features, target.

    load_diabetes() already centres each feature and scales it to unit Euclidean norm
    (values of about 0.05); load_diabetes(scaled=False) gives the original units.
    """
    X, y = load_diabetes(return_X_y=True)
    return X, (X - X.mean(axis=0)) / X.std(axis=0), y


def plot_losses(histories: dict[float, list[float]], best: float, limit: float) -> None:
    fig, ax = plt.subplots(figsize=(7, 4))
    for lr, history in histories.items():
        gap = np.maximum(np.array(history) - best, 1e-12)
        ax.plot(gap, label=f"lr = {lr}" + (f" (above 2/L = {limit:.3f}: diverges)" if lr > limit else ""))
    ax.set(yscale="log", xlabel="iteration", ylabel="training MSE minus its minimum", ylim=(1e-6, 1e6),
           title="Batch gradient descent on standardized diabetes data")
    ax.legend()
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    X_raw, X, y = load_standardized()
    w = fit_lstsq(X, y)
    print("lstsq coefficients:", np.round(w, 2))
    print("QR agrees with lstsq to 1e-9:", bool(np.allclose(fit_qr(X, y), w, rtol=0, atol=1e-9)))
    limit = max_stable_lr(X)
    X_unscaled = load_diabetes(scaled=False).data  # age in years, blood pressure in mm Hg
    print("Hessian condition number: original units "
          f"{hessian_condition(X_unscaled):.1e}, "
          f"as loaded (unit-norm columns) {hessian_condition(X_raw):.0f}, "
          f"standardized {hessian_condition(X):.0f}; max stable lr {limit:.4f}")
    histories = {}
    for lr in (0.01, 0.2, 0.26):
        w_gd, histories[lr] = fit_gradient_descent(X, y, lr, n_iter=3000)
        print(f"GD lr={lr}: {len(histories[lr]) - 1} iterations, final MSE {histories[lr][-1]:.1f}, "
              f"max |w_gd - w_lstsq| = {np.abs(w_gd - w).max():.3g}")
    print("ridge lam=100:", np.round(fit_ridge(X, y, 100.0), 2))
    errors = ill_conditioned_errors()
    print(f"degree-8 polynomial design: cond(A) = {np.linalg.cond(with_intercept(polynomial_design()[0])):.1e}")
    print("degree-8 polynomial, relative error:", {k: f"{v:.0e}" for k, v in errors.items()})
    plot_losses({lr: h[:1500] for lr, h in histories.items()}, mse(X, y, w), limit)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
