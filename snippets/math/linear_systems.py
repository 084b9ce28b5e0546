"""Solving Ax = b: one, infinitely many or no solution; least squares and the pseudo-inverse via the SVD.

Used by docs/math/linear-systems.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np


# --8<-- [start:solve]
def classify(A: np.ndarray, b: np.ndarray) -> str:
    """Rouche-Capelli: compare rank A, rank [A | b] and the number of unknowns."""
    rank_a = np.linalg.matrix_rank(A)
    rank_ab = np.linalg.matrix_rank(np.column_stack([A, b]))
    if rank_ab > rank_a:
        return "none"  # b is outside the column space
    return "unique" if rank_a == A.shape[1] else "infinitely many"


def pseudo_inverse(A: np.ndarray, rtol: float = 1e-12) -> np.ndarray:
    """A+ = V S+ U^T: invert the nonzero singular values, leave the zero ones at zero."""
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    s_inv = np.zeros_like(s)
    keep = s > rtol * s.max()
    s_inv[keep] = 1.0 / s[keep]
    return Vt.T @ (s_inv[:, None] * U.T)


def least_squares_normal_equations(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    """argmin |Ax - b|^2 for full column rank A: solve (A^T A) x = A^T b (squares the condition number)."""
    return np.linalg.solve(A.T @ A, A.T @ b)


def null_space(A: np.ndarray, rtol: float = 1e-12) -> np.ndarray:
    """Orthonormal basis (columns) of {x : Ax = 0}: right singular vectors of zero singular values."""
    _, s, Vt = np.linalg.svd(A)
    rank = int((s > rtol * s.max()).sum())
    return Vt[rank:].T
# --8<-- [end:solve]


def equation_label(c1: float, c2: float, rhs: float) -> str:
    """'x + 2y = 4' style text for c1 x + c2 y = rhs (unit coefficients are not written)."""
    def coef(c: float) -> str:
        return "" if abs(c) == 1 else f"{abs(c):g}"
    sign = "+" if c2 >= 0 else "-"
    return f"{'-' if c1 < 0 else ''}{coef(c1)}x {sign} {coef(c2)}y = {rhs:g}"


def plot(wide_a: np.ndarray, wide_b: np.ndarray, tall_a: np.ndarray, tall_b: np.ndarray) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.4))
    t = np.linspace(-1, 5, 100)
    x_min = pseudo_inverse(wide_a) @ wide_b
    a1, a2 = wide_a[0]
    left.plot(t, (wide_b[0] - a1 * t) / a2, label=f"solutions of {equation_label(a1, a2, wide_b[0])}")
    left.plot([0, x_min[0]], [0, x_min[1]], ls="--", label="shortest path from the origin")
    left.scatter(*x_min, s=80, zorder=3, label=f"minimum-norm x = A+ b = ({x_min[0]:.1f}, {x_min[1]:.1f})")
    left.set(title="More unknowns than equations", xlabel="x", ylabel="y", aspect="equal",
             xlim=(-1, 5), ylim=(-1, 3.5))
    left.legend(loc="upper right", fontsize=8)
    for (c1, c2), rhs in zip(tall_a, tall_b):
        right.plot(t, (rhs - c1 * t) / c2, label=equation_label(c1, c2, rhs))
    x_ls = pseudo_inverse(tall_a) @ tall_b
    right.scatter(*x_ls, s=80, color="black", zorder=3,
                  label=f"least squares ({x_ls[0]:.2f}, {x_ls[1]:.2f})")
    right.set(title="More equations than unknowns, inconsistent", xlabel="x", ylabel="y",
              aspect="equal", xlim=(-1, 5), ylim=(-1, 3.5))
    right.legend(loc="upper right", fontsize=8)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    square_a, square_b = np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([3.0, 5.0])
    print(f"square, full rank: {classify(square_a, square_b)}, "
          f"x = {np.round(np.linalg.solve(square_a, square_b), 3).tolist()}")
    wide_a, wide_b = np.array([[1.0, 2.0]]), np.array([4.0])
    x_min = pseudo_inverse(wide_a) @ wide_b
    direction = null_space(wide_a)[:, 0]
    direction *= np.sign(direction[0])  # an SVD basis vector is only defined up to sign
    print(f"1 equation, 2 unknowns: {classify(wide_a, wide_b)}; minimum-norm x = "
          f"{np.round(x_min, 3).tolist()}, plus any multiple of {np.round(direction, 3).tolist()}")
    tall_a = np.array([[1.0, 1.0], [1.0, -1.0], [1.0, 2.0]])
    tall_b = np.array([3.0, 1.0, 3.0])
    x_ls = pseudo_inverse(tall_a) @ tall_b
    print(f"3 equations, 2 unknowns: {classify(tall_a, tall_b)}; least-squares x = "
          f"{np.round(x_ls, 3).tolist()}, residual norm = {np.linalg.norm(tall_a @ x_ls - tall_b):.3f}")
    singular = np.array([[1.0, 2.0], [2.0, 4.0]])
    print("singular A, b in its column space:", classify(singular, np.array([1.0, 2.0])),
          "| b outside it:", classify(singular, np.array([1.0, 0.0])))
    plot(wide_a, wide_b, tall_a, tall_b)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
