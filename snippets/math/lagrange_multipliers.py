"""Extrema of f(x, y) = 4x^2 - y on the unit circle by Lagrange multipliers, checked on a dense parametrization.

Used by docs/math/calculus.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np


# --8<-- [start:lagrange]
def f(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return 4 * x**2 - y


def lagrange_candidates() -> list[tuple[float, float, float]]:
    """Solve grad f = lambda grad g with g = x^2 + y^2 - 1:
        8x = 2 lambda x  ->  x = 0  or  lambda = 4
        -1 = 2 lambda y
    x = 0:       y = +-1,            lambda = -1/(2y)
    lambda = 4:  y = -1/8, x = +-sqrt(1 - 1/64) = +-sqrt(63)/8
    Returns (x, y, lambda) for every candidate."""
    candidates = [(0.0, 1.0, -0.5), (0.0, -1.0, 0.5)]
    x = np.sqrt(63.0) / 8.0
    candidates += [(x, -1 / 8, 4.0), (-x, -1 / 8, 4.0)]
    return candidates


def extremes_on_circle(n: int = 200_001) -> tuple[float, float, float, float]:
    """Brute force: f at n points (cos t, sin t). Returns (min, argmin t, max, argmax t)."""
    t = np.linspace(0.0, 2 * np.pi, n)
    values = f(np.cos(t), np.sin(t))
    return float(values.min()), float(t[values.argmin()]), float(values.max()), float(t[values.argmax()])
# --8<-- [end:lagrange]


def plot(candidates: list[tuple[float, float, float]]) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.4))
    grid = np.linspace(-1.5, 1.5, 300)
    X, Y = np.meshgrid(grid, grid)
    left.contour(X, Y, f(X, Y), levels=[-1, 0, 1, 2, 3, 65 / 16, 5, 7], linewidths=0.9)
    t = np.linspace(0, 2 * np.pi, 400)
    left.plot(np.cos(t), np.sin(t), lw=2.5, color="black", label="constraint $x^2 + y^2 = 1$")
    for x, y, _ in candidates:
        left.scatter(x, y, s=90, zorder=3)
        left.annotate(f"f = {f(x, y):g}", (x, y), textcoords="offset points", xytext=(6, 8), fontsize=9)
    left.set(title="Level sets of $4x^2 - y$ touch the circle", xlabel="x", ylabel="y", aspect="equal")
    left.legend(loc="lower left", fontsize=8)
    right.plot(t, f(np.cos(t), np.sin(t)), lw=2)
    right.axhline(65 / 16, ls="--", lw=1.2, color="C1", label="max 65/16")
    right.axhline(-1, ls=":", lw=1.5, color="C3", label="min -1")
    right.set(title=r"$f(\cos t, \sin t)$ around the circle", xlabel="t (radians)", ylabel="f")
    right.legend(loc="lower right", fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    candidates = lagrange_candidates()
    for x, y, lam in candidates:
        print(f"x = {x:+.4f}, y = {y:+.4f}, lambda = {lam:+.3f}, f = {f(x, y):+.4f}")
    values = [f(x, y) for x, y, _ in candidates]
    print(f"Lagrange: max = {max(values):.4f} (= 65/16), min = {min(values):.4f}")
    lo, t_lo, hi, t_hi = extremes_on_circle()
    print(f"dense grid on the circle: max = {hi:.4f} at t = {t_hi:.2f}, min = {lo:.4f} at t = {t_lo:.2f}")
    plot(candidates)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
