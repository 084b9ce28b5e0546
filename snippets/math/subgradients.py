"""Non-differentiable points in ML (|x|, ReLU): one-sided derivatives, subgradients, and the value autodiff uses.

Used by docs/math/calculus.md.
"""

from __future__ import annotations

from typing import Callable

import matplotlib.pyplot as plt
import numpy as np

Fn = Callable[[np.ndarray], np.ndarray]


# --8<-- [start:subgradients]
def one_sided_derivatives(f: Fn, x: float, h: float = 1e-6) -> tuple[float, float]:
    """(left, right) difference quotients; f is differentiable at x only if they agree."""
    return float((f(x) - f(x - h)) / h), float((f(x + h) - f(x)) / h)


def abs_subdifferential(x: float) -> tuple[float, float]:
    """The set of subgradients of |x| as an interval: {sign x} away from 0, [-1, 1] at 0."""
    return (-1.0, 1.0) if x == 0 else (float(np.sign(x)),) * 2


def relu_subdifferential(x: float) -> tuple[float, float]:
    """ReLU = max(0, x) is convex: {0} left of 0, {1} right of 0, [0, 1] at 0."""
    return (0.0, 1.0) if x == 0 else ((1.0, 1.0) if x > 0 else (0.0, 0.0))


def is_subgradient(f: Fn, g: float, x0: float, grid: np.ndarray) -> bool:
    """g is a subgradient of f at x0 iff f(x) >= f(x0) + g (x - x0) for every x."""
    return bool(np.all(f(grid) >= f(x0) + g * (grid - x0) - 1e-12))


def relu_grad_autodiff_convention(x: np.ndarray) -> np.ndarray:
    """What frameworks return: 1 for x > 0 and 0 otherwise, picking 0 from [0, 1] at x = 0."""
    return (x > 0).astype(float)


def l1_subgradient(w: np.ndarray) -> np.ndarray:
    """A valid subgradient of |w|_1: sign(w), with 0 chosen at the kink."""
    return np.sign(w)


def abs_grad_conventions(x: np.ndarray) -> dict[str, np.ndarray]:
    """The element of [-1, 1] two autodiff rules for |x| pick: sign(x), which is 0 at 0
    (PyTorch's rule), and +1 wherever x >= 0 (JAX's rule for real inputs)."""
    return {"sign(x)": np.sign(x), "+1 if x >= 0": np.where(x >= 0, 1.0, -1.0)}
# --8<-- [end:subgradients]


def plot() -> None:
    x = np.linspace(-2, 2, 401)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.plot(x, np.abs(x), lw=2.5, label="$|x|$")
    for g in (-1.0, -0.5, 0.0, 0.5, 1.0):
        left.plot(x, g * x, lw=1.2, ls="--", color="C1",
                  label="lines g x, g = -1, -0.5, 0, 0.5, 1" if g == -1.0 else None)
    left.set(title="Every slope in [-1, 1] is a subgradient of |x| at 0", xlabel="x",
             ylim=(-1.2, 2.1))
    left.legend(loc="upper center", fontsize=9)
    relu = np.maximum(x, 0)
    right.plot(x, relu, lw=2.5, label="ReLU(x)")
    right.step(x, relu_grad_autodiff_convention(x), where="post", lw=2, label="gradient used by autodiff")
    right.plot([0, 0], [0, 1], lw=6, alpha=0.4, label="subdifferential [0, 1] at 0")
    right.set(title="ReLU and its (sub)gradient", xlabel="x", ylim=(-0.2, 2.1))
    right.legend(loc="upper left", fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    grid = np.linspace(-3, 3, 601)
    for name, f in (("|x|", np.abs), ("ReLU", lambda v: np.maximum(v, 0.0)), ("x^2", np.square)):
        left, right = (round(d, 3) + 0.0 for d in one_sided_derivatives(f, 0.0))  # no "-0.000"
        print(f"{name:>4} at 0: left derivative {left:+.3f}, right derivative {right:+.3f}")
    candidates = [-1.5, -1.0, 0.0, 0.3, 1.0, 1.2]
    print("subgradients of |x| at 0 among", candidates, "->",
          [g for g in candidates if is_subgradient(np.abs, g, 0.0, grid)])
    print("subdifferential of |x| at 0:", abs_subdifferential(0.0),
          "| of ReLU at 0:", relu_subdifferential(0.0))
    w = np.array([0.7, 0.0, -2.0])
    print("a subgradient of |w|_1 at", w.tolist(), "is", l1_subgradient(w).tolist())
    for rule, g in abs_grad_conventions(np.array([-1.0, 0.0, 1.0])).items():
        print(f"|x| gradient rule {rule!r} at x = -1, 0, 1: {g.tolist()}")
    plot()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
