"""Optimizer trajectories on an ill-conditioned quadratic and on Rosenbrock, and the effect of the learning rate.

Used by docs/ml-coding/optimizers.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets.ml_coding.optimizers import SGD, AdaGrad, Adam, Momentum, Nesterov, RMSprop

CURVATURES = np.array([1.0, 25.0])  # Hessian eigenvalues: condition number 25


# --8<-- [start:problems]
def quadratic(w: np.ndarray) -> float:
    return float(0.5 * (CURVATURES * w**2).sum())


def quadratic_grad(w: np.ndarray) -> np.ndarray:
    return CURVATURES * w


def rosenbrock(w: np.ndarray) -> float:
    """(1 - x)^2 + 100 (y - x^2)^2: a curved, flat-bottomed valley with its minimum at (1, 1)."""
    return float((1 - w[0]) ** 2 + 100 * (w[1] - w[0] ** 2) ** 2)


def rosenbrock_grad(w: np.ndarray) -> np.ndarray:
    x, y = w
    return np.array([-2 * (1 - x) - 400 * x * (y - x**2), 200 * (y - x**2)])


def run(optimizer, grad, w0: np.ndarray, steps: int) -> np.ndarray:
    """The path (steps + 1, dim) of an optimizer from w0."""
    path = [np.asarray(w0, dtype=float)]
    for _ in range(steps):
        path.append(optimizer.step(path[-1], grad))
    return np.array(path)
# --8<-- [end:problems]


def quadratic_setups() -> dict:
    return {"SGD (lr 0.07)": SGD(0.07), "momentum (lr 0.05, 0.6)": Momentum(0.05, 0.6),
            "Nesterov (lr 0.05, 0.6)": Nesterov(0.05, 0.6), "AdaGrad (lr 1.0)": AdaGrad(1.0),
            "RMSprop (lr 0.1)": RMSprop(0.1), "Adam (lr 0.3)": Adam(0.3)}


def rosenbrock_setups() -> dict:
    return {"SGD (lr 1e-3)": SGD(1e-3), "momentum (lr 5e-4, 0.9)": Momentum(5e-4, 0.9),
            "Nesterov (lr 5e-4, 0.9)": Nesterov(5e-4, 0.9), "AdaGrad (lr 0.5)": AdaGrad(0.5),
            "RMSprop (lr 0.01)": RMSprop(0.01), "Adam (lr 0.05)": Adam(0.05)}


def contour(ax, f, xs: np.ndarray, ys: np.ndarray, levels) -> None:
    X, Y = np.meshgrid(xs, ys)
    Z = np.array([[f(np.array([x, y])) for x in xs] for y in ys])
    ax.contour(X, Y, Z, levels=levels, colors="#9ca3af", linewidths=0.6)


def plot_paths(quad_paths: dict, rosen_paths: dict) -> None:
    fig, axes = plt.subplots(2, 2, figsize=(11, 8))
    contour(axes[0, 0], quadratic, np.linspace(-5, 5, 120), np.linspace(-2, 2, 80), np.geomspace(0.01, 60, 12))
    contour(axes[1, 0], rosenbrock, np.linspace(-2, 2, 120), np.linspace(-1, 3, 120), np.geomspace(0.5, 2500, 12))
    for name, path in quad_paths.items():
        axes[0, 0].plot(*path[:41].T, marker=".", markersize=3, linewidth=1, label=name)
        axes[0, 1].plot([quadratic(w) for w in path], label=name)
    for name, path in rosen_paths.items():
        axes[1, 0].plot(*path.T, linewidth=1.2, label=name)
        axes[1, 1].plot(np.linalg.norm(path - 1.0, axis=1), label=name)
    axes[1, 0].plot(1, 1, "k*", markersize=12)
    axes[0, 0].set(title="$0.5(x^2 + 25y^2)$: first 40 steps", xlabel="x", ylabel="y")
    axes[0, 1].set(title="quadratic: loss per step", xlabel="step", ylabel="loss", yscale="log", ylim=(1e-16, 1e3))
    axes[1, 0].set(title="Rosenbrock: 3000 steps (minimum at the star)", xlabel="x", ylabel="y")
    axes[1, 1].set(title="Rosenbrock: distance to (1, 1)", xlabel="step", ylabel="distance", yscale="log")
    axes[0, 1].legend(fontsize=8, loc="lower left")
    axes[1, 1].legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    plt.show()


def plot_learning_rates(curves: dict) -> None:
    fig, ax = plt.subplots(figsize=(7, 4))
    for name, losses in curves.items():
        ax.plot(losses, label=name)
    ax.set(yscale="log", ylim=(1e-8, 1e6), xlabel="step", ylabel="loss",
           title="Gradient descent on $0.5(x^2 + 25y^2)$: three learning rates")
    ax.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    w0 = np.array([-4.5, 1.0])
    quad_paths = {n: run(opt, quadratic_grad, w0, 200) for n, opt in quadratic_setups().items()}
    print("quadratic, loss after 50 / 200 steps:")
    for name, path in quad_paths.items():
        print(f"  {name:<25} {quadratic(path[50]):.2e} / {quadratic(path[200]):.2e}")
    start = np.array([-1.5, 2.0])
    rosen_paths = {n: run(opt, rosenbrock_grad, start, 3000) for n, opt in rosenbrock_setups().items()}
    print("Rosenbrock from (-1.5, 2), distance to (1, 1) after 3000 steps:")
    for name, path in rosen_paths.items():
        print(f"  {name:<25} {np.linalg.norm(path[-1] - 1.0):.2e}")
    plot_paths(quad_paths, rosen_paths)

    print("gradient descent, per-step factor max|1 - lr * curvature| (below 1 converges):")
    curves = {}
    for label, lr in [("too low", 0.002), ("about right", 0.075), ("too high", 0.085)]:
        factor = np.abs(1 - lr * CURVATURES).max()
        curves[f"lr {lr} ({label})"] = [quadratic(w) for w in run(SGD(lr), quadratic_grad, w0, 100)]
        print(f"  lr {lr:<6} {label:<12} factor {factor:.3f}, loss after 100 steps "
              f"{curves[f'lr {lr} ({label})'][-1]:.2e}")
    print(f"  divergence threshold 2 / largest curvature = {2 / CURVATURES.max():.3f}")
    plot_learning_rates(curves)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
