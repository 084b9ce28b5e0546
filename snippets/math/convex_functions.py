"""Convex, concave and neither, by the chord definition; Jensen's inequality on a small example.

Used by docs/math/convexity.md.
"""

from __future__ import annotations

from typing import Callable

import matplotlib.pyplot as plt
import numpy as np

Fn = Callable[[np.ndarray], np.ndarray]


# --8<-- [start:convexity]
def chord_gaps(f: Fn, a: np.ndarray, b: np.ndarray, t: np.ndarray) -> np.ndarray:
    """t f(a) + (1 - t) f(b) - f(t a + (1 - t) b): >= 0 everywhere iff f is convex on the samples."""
    return t * f(a) + (1 - t) * f(b) - f(t * a + (1 - t) * b)


def classify_on_interval(f: Fn, lo: float, hi: float, rng: np.random.Generator,
                         n: int = 20_000, tol: float = 1e-12) -> str:
    """Sample random chords in [lo, hi] and report which side of the graph they fall on."""
    a, b, t = rng.uniform(lo, hi, n), rng.uniform(lo, hi, n), rng.uniform(0, 1, n)
    gaps = chord_gaps(f, a, b, t)
    if np.all(gaps >= -tol):
        return "convex"
    if np.all(gaps <= tol):
        return "concave"
    return "neither"


def jensen_sides(f: Fn, values: np.ndarray, probs: np.ndarray) -> tuple[float, float]:
    """(f(E[X]), E[f(X)]) for a discrete X; Jensen: f(E X) <= E f(X) when f is convex."""
    return float(f(np.array(values @ probs))), float(f(values) @ probs)
# --8<-- [end:convexity]


def plot(cases: list[tuple[str, Fn, float, float, float, float]]) -> None:
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.6))
    for ax, (title, f, lo, hi, a, b) in zip(axes, cases):
        x = np.linspace(lo, hi, 300)
        ax.plot(x, f(x), lw=2.5, label="f")
        ax.plot([a, b], [f(np.array(a)), f(np.array(b))], lw=1.8, marker="o", label="chord")
        ax.set(title=title, xlabel="x")
        ax.legend(loc="best", fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(0)
    cases = [
        ("x^2", "convex: $x^2$ (chord above)", np.square, -2.0, 2.0, -1.5, 1.0),
        ("log x", "concave: $\\log x$ (chord below)", np.log, 0.2, 4.0, 0.4, 3.5),
        ("x^3", "neither: $x^3$ (chord crosses)", lambda v: v**3, -2.0, 2.0, -1.5, 1.8),
    ]
    for name, _, f, lo, hi, *_ in cases:
        print(f"{name:>5} on [{lo}, {hi}]: {classify_on_interval(f, lo, hi, rng)}")
    values, probs = np.array([1.0, 2.0, 3.0, 4.0]), np.full(4, 0.25)
    for name, f in (("x^2", np.square), ("log x", np.log)):
        left, right = jensen_sides(f, values, probs)
        print(f"X uniform on 1..4, f = {name:>5}: f(E[X]) = {left:.4f}, E[f(X)] = {right:.4f}")
    plot([case[1:] for case in cases])
# --8<-- [end:main]


if __name__ == "__main__":
    main()
