"""Smallest eigenpair of a symmetric matrix that is only available as x -> Ax: shifted power iteration and Lanczos.

Used by docs/math/linear-systems.md.
"""

from __future__ import annotations

from typing import Callable

import matplotlib.pyplot as plt
import numpy as np
from scipy.linalg import eigh_tridiagonal

SEED = 0
MatVec = Callable[[np.ndarray], np.ndarray]


# --8<-- [start:operator]
def implicit_symmetric(eigenvalues: np.ndarray, rng: np.random.Generator,
                       n_reflections: int = 3) -> tuple[MatVec, np.ndarray]:
    """x -> Q diag(eigenvalues) Q^T x with Q a product of Householder reflections.

    Memory is O(n): the n x n matrix is never formed. Also returns Q e_argmin (the true answer)."""
    n = len(eigenvalues)
    vs = [v / np.linalg.norm(v) for v in rng.normal(size=(n_reflections, n))]

    def apply_q(x: np.ndarray, order: list[np.ndarray]) -> np.ndarray:
        for v in order:
            x = x - 2.0 * v * (v @ x)  # (I - 2 v v^T) x
        return x

    def matvec(x: np.ndarray) -> np.ndarray:
        return apply_q(eigenvalues * apply_q(x, vs[::-1]), vs)  # Q Lambda Q^T x

    e = np.zeros(n)
    e[np.argmin(eigenvalues)] = 1.0
    return matvec, apply_q(e, vs)


def blockwise_matvec(get_rows: Callable[[int, int], np.ndarray], n: int, x: np.ndarray,
                     block: int = 4096) -> np.ndarray:
    """Ax when A lives on disk: stream blocks of rows (e.g. slices of an np.memmap)."""
    return np.concatenate([get_rows(i, min(i + block, n)) @ x for i in range(0, n, block)])
# --8<-- [end:operator]


# --8<-- [start:solvers]
def shifted_power_iteration(matvec: MatVec, x0: np.ndarray, shift: float,
                            n_iter: int) -> tuple[np.ndarray, list[float]]:
    """Power iteration on (shift I - A): its top eigenvector is A's bottom one when
    shift > (lambda_max + lambda_min) / 2. Returns x and the Rayleigh quotient per matvec."""
    x = x0 / np.linalg.norm(x0)
    history = []
    for _ in range(n_iter):
        ax = matvec(x)
        history.append(float(x @ ax))  # x^T A x, the current estimate of lambda_min
        y = shift * x - ax
        x = y / np.linalg.norm(y)
    return x, history


def rayleigh_gradient_step(matvec: MatVec, x: np.ndarray, lr: float) -> np.ndarray:
    """One projected gradient step on x^T A x over the unit sphere. Equal to one power step
    on ((1/lr + rho) I - A): gradient descent here is a power iteration with a moving shift."""
    ax = matvec(x)
    rho = x @ ax
    y = x - lr * (ax - rho * x)  # the gradient 2(Ax - rho x), with the 2 absorbed in lr
    return y / np.linalg.norm(y)


def sphere_gradient_descent(matvec: MatVec, x0: np.ndarray, lr: float,
                            n_iter: int) -> tuple[np.ndarray, float]:
    """Repeated projected gradient steps; converges to v_min only if
    lr < 2 / (lambda_max - lambda_min). Returns x and its Rayleigh quotient."""
    x = x0 / np.linalg.norm(x0)
    for _ in range(n_iter):
        x = rayleigh_gradient_step(matvec, x, lr)
    return x, float(x @ matvec(x))


def lanczos_smallest(matvec: MatVec, x0: np.ndarray, k: int) -> tuple[float, np.ndarray, list[float]]:
    """k Lanczos steps with full reorthogonalization; the smallest Ritz pair of the k x k
    tridiagonal T approximates A's smallest eigenpair. Also returns the Ritz value per step."""
    Q = np.zeros((k, len(x0)))
    alpha, beta = np.zeros(k), np.zeros(k)
    Q[0] = x0 / np.linalg.norm(x0)
    history = []
    for j in range(k):
        w = matvec(Q[j]) - (beta[j - 1] * Q[j - 1] if j > 0 else 0.0)
        alpha[j] = Q[j] @ w
        w -= Q[: j + 1].T @ (Q[: j + 1] @ w)  # Gram-Schmidt against every earlier q
        beta[j] = np.linalg.norm(w)
        history.append(float(eigh_tridiagonal(alpha[: j + 1], beta[:j], eigvals_only=True)[0]))
        if j + 1 < k:
            Q[j + 1] = w / beta[j]
    theta, y = eigh_tridiagonal(alpha, beta[: k - 1], select="i", select_range=(0, 0))
    x = Q.T @ y[:, 0]
    return float(theta[0]), x / np.linalg.norm(x), history
# --8<-- [end:solvers]


def make_problem(n: int, rng: np.random.Generator) -> tuple[MatVec, np.ndarray, np.ndarray]:
    """A spectrum in [-2, 3] with a gap of 0.2 at the bottom."""
    eigenvalues = np.concatenate([[-2.0, -1.8, 3.0], rng.uniform(-1.5, 3.0, size=n - 3)])
    matvec, v_min = implicit_symmetric(eigenvalues, rng)
    return matvec, v_min, eigenvalues


def estimate_norm(matvec: MatVec, x0: np.ndarray, n_iter: int = 20) -> float:
    """|A x| / |x| after a few power steps: a lower bound on |A|_2 that approaches it."""
    x = x0 / np.linalg.norm(x0)
    for _ in range(n_iter):
        y = matvec(x)
        x = y / np.linalg.norm(y)
    return float(np.linalg.norm(matvec(x)))


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    n = 100_000
    matvec, v_min, eigenvalues = make_problem(n, rng)
    x0 = rng.normal(size=n)
    shift = 1.1 * estimate_norm(matvec, x0)  # 20 matvecs; 10% margin above the estimate
    x_pow, hist_pow = shifted_power_iteration(matvec, x0, shift, n_iter=600)
    theta, x_lan, hist_lan = lanczos_smallest(matvec, x0, k=60)
    lam = eigenvalues.min()
    print(f"n = {n:,}, true lambda_min = {lam:.6f}, shift = {shift:.3f}")
    for name, hist, x in (("shifted power iteration", hist_pow, x_pow), ("Lanczos", hist_lan, x_lan)):
        needed = next(i + 1 for i, h in enumerate(hist) if abs(h - lam) < 1e-8)
        print(f"{name:>23}: {needed:3d} matvecs to reach |error| < 1e-8; after {len(hist)}: "
              f"estimate {hist[-1]:.6f}, |cos(x, v_min)| = {abs(x @ v_min):.6f}")
    small_matvec, _, small_eigs = make_problem(400, rng)  # spectrum [-2, 3] again, n = 400
    bound = 2 / (small_eigs.max() - small_eigs.min())
    print(f"gradient descent on the sphere (n = 400): step bound 2 / (3 - (-2)) = {bound:.2f}")
    for lr in (0.38, 0.42):
        _, rq = sphere_gradient_descent(small_matvec, rng.normal(size=400), lr, 1000)
        print(f"  lr = {lr}: x^T A x after 1000 steps = {rq:.6f}")
    plot(hist_pow, hist_lan, eigenvalues.min())
# --8<-- [end:main]


def plot(hist_pow: list[float], hist_lan: list[float], lam_min: float) -> None:
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.semilogy(np.arange(1, len(hist_pow) + 1), np.abs(np.array(hist_pow) - lam_min) + 1e-16,
                label="shifted power iteration")
    ax.semilogy(np.arange(1, len(hist_lan) + 1), np.abs(np.array(hist_lan) - lam_min) + 1e-16,
                label="Lanczos")
    ax.set(title="Error of the estimate of the smallest eigenvalue", xlabel="matrix-vector products",
           ylabel=r"$|\hat\lambda - \lambda_{\min}|$", ylim=(1e-14, 10))
    ax.legend()
    plt.show()


if __name__ == "__main__":
    main()
