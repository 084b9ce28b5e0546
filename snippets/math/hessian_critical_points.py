"""The second-derivative test: classify critical points by the eigenvalues of the Hessian.

Used by docs/math/calculus.md.
"""

from __future__ import annotations

import itertools

import matplotlib.pyplot as plt
import numpy as np


# --8<-- [start:hessian]
def f(x: float, y: float) -> float:
    """f(x, y) = x^3 - 3x + y^3 - 3y: four critical points at (+-1, +-1)."""
    return x**3 - 3 * x + y**3 - 3 * y


def gradient(x: float, y: float) -> np.ndarray:
    return np.array([3 * x**2 - 3, 3 * y**2 - 3])


def hessian(x: float, y: float) -> np.ndarray:
    return np.array([[6 * x, 0.0], [0.0, 6 * y]])


def classify(H: np.ndarray, tol: float = 1e-9) -> str:
    """All eigenvalues > 0: minimum; all < 0: maximum; both signs: saddle; a zero: test fails."""
    eig = np.linalg.eigvalsh(H)
    if np.any(np.abs(eig) <= tol):
        return "inconclusive"
    if np.all(eig > 0):
        return "local minimum"
    if np.all(eig < 0):
        return "local maximum"
    return "saddle point"
# --8<-- [end:hessian]


def plot(points: list[tuple[float, float]], kinds: list[str]) -> None:
    grid = np.linspace(-2.2, 2.2, 300)
    X, Y = np.meshgrid(grid, grid)
    fig, ax = plt.subplots(figsize=(6, 5))
    contours = ax.contour(X, Y, f(X, Y), levels=20, linewidths=0.8)
    fig.colorbar(contours, ax=ax, label="f(x, y)")
    markers = {"local minimum": "o", "local maximum": "^", "saddle point": "X"}
    for kind in markers:
        pts = np.array([p for p, k in zip(points, kinds) if k == kind])
        ax.scatter(pts[:, 0], pts[:, 1], s=120, marker=markers[kind], zorder=3, label=kind)
    ax.set(title="$f = x^3 - 3x + y^3 - 3y$", xlabel="x", ylabel="y", aspect="equal")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=3, fontsize=9)
    plt.show()


# --8<-- [start:main]
def main() -> None:
    points = list(itertools.product([-1.0, 1.0], repeat=2))
    kinds = []
    for x, y in points:
        H = hessian(x, y)
        kind = classify(H)
        kinds.append(kind)
        print(f"({x:+.0f}, {y:+.0f}): grad = {gradient(x, y).tolist()}, "
              f"Hessian eigenvalues = {np.linalg.eigvalsh(H).tolist()}, f = {f(x, y):+.0f} -> {kind}")
    print("x^4 at 0: Hessian = 0 ->", classify(np.array([[0.0]])), "(it is a minimum)")
    plot(points, kinds)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
