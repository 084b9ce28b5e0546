"""Dot and outer products, linear independence, span and basis checks, norms versus metrics.

Used by docs/math/vectors.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np


# --8<-- [start:products]
def projection(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Component of a along b: (a.b / |b|^2) b. Its signed length is a.b / |b|."""
    return (a @ b) / (b @ b) * b


def angle_degrees(a: np.ndarray, b: np.ndarray) -> float:
    """Angle between a and b from cos(theta) = a.b / (|a| |b|)."""
    cos = (a @ b) / (np.linalg.norm(a) * np.linalg.norm(b))
    return float(np.degrees(np.arccos(np.clip(cos, -1.0, 1.0))))


def max_dot_unit_vector(a: np.ndarray) -> tuple[np.ndarray, float]:
    """The unit x maximizing a.x is a/|a| (Cauchy-Schwarz); the maximum is |a|."""
    length = float(np.linalg.norm(a))
    if length == 0.0:
        raise ValueError("every unit vector gives 0 for the zero vector")
    return a / length, length


def outer(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """u v^T: entry (i, j) is u_i v_j, an (m, n) matrix of rank 1 when u, v are nonzero."""
    return u[:, None] * v[None, :]
# --8<-- [end:products]


# --8<-- [start:independence]
def is_linearly_independent(vectors: np.ndarray, tol: float = 1e-10) -> bool:
    """Rows are independent iff the rank equals the number of rows."""
    return int(np.linalg.matrix_rank(vectors, tol=tol)) == len(vectors)


def span_dimension(vectors: np.ndarray) -> int:
    """Dimension of the span = rank of the matrix whose rows are the vectors."""
    return int(np.linalg.matrix_rank(np.atleast_2d(vectors)))


def same_span(A: np.ndarray, B: np.ndarray) -> bool:
    """Two sets (rows of A and B) span the same subspace iff stacking them adds no rank."""
    r_a, r_b = span_dimension(A), span_dimension(B)
    return r_a == r_b == span_dimension(np.vstack([A, B]))
# --8<-- [end:independence]


# --8<-- [start:norms]
def p_norm(x: np.ndarray, p: float) -> float:
    """(sum |x_i|^p)^(1/p); p = inf gives max |x_i|."""
    if np.isinf(p):
        return float(np.max(np.abs(x)))
    return float(np.sum(np.abs(x) ** p) ** (1.0 / p))


def discrete_metric(x: np.ndarray, y: np.ndarray) -> float:
    """d(x, y) = 0 if x == y else 1: a valid metric that no norm induces."""
    return 0.0 if np.array_equal(x, y) else 1.0
# --8<-- [end:norms]


def plot(a: np.ndarray, b: np.ndarray) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.4))
    proj = projection(a, b)
    left.plot([0, proj[0]], [0, proj[1]], lw=6, alpha=0.5, label="projection of a on b", zorder=1)
    left.plot([a[0], proj[0]], [a[1], proj[1]], ls="--", label="residual (orthogonal to b)")
    for vec, name in ((a, "a"), (b, "b")):
        left.quiver(0, 0, *vec, angles="xy", scale_units="xy", scale=1, color="black",
                    width=0.008, zorder=3)
        left.text(vec[0] + 0.1, vec[1] + 0.1, name, fontsize=13)
    left.set(title=f"a.b = |b| x signed length of projection = {a @ b:.0f}",
             xlabel="$x_1$", ylabel="$x_2$", aspect="equal", xlim=(-0.3, 5.6), ylim=(-0.3, 5.8))
    left.legend(loc="upper left", fontsize=9)  # ylim leaves the top band free for it
    theta = np.linspace(0, 2 * np.pi, 400)
    circle = np.stack([np.cos(theta), np.sin(theta)], axis=1)
    for p, label in ((1, "$L_1$"), (2, "$L_2$"), (np.inf, r"$L_\infty$")):
        ball = circle / np.array([p_norm(v, p) for v in circle])[:, None]
        right.plot(ball[:, 0], ball[:, 1], lw=2, label=label)
    right.set(title="Unit balls {x : ||x|| = 1}", xlabel="$x_1$", ylabel="$x_2$", aspect="equal")
    right.legend(loc="center left", bbox_to_anchor=(1.02, 0.5), fontsize=10)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    a, b = np.array([3.0, 4.0]), np.array([5.0, 1.0])
    print(f"a.b = {a @ b:.1f}, angle = {angle_degrees(a, b):.2f} deg, "
          f"projection of a on b = {np.round(projection(a, b), 3).tolist()}")
    x_star, best = max_dot_unit_vector(a)
    print(f"argmax over unit x of a.x = {np.round(x_star, 3).tolist()}, max = {best:.1f}")
    u, v = np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0])
    print(f"outer(u, v) =\n{outer(u, v)}\nrank = {np.linalg.matrix_rank(outer(u, v))}")
    S = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 2.0]])
    print("rows of S independent?", is_linearly_independent(S), "| span dimension:", span_dimension(S))
    B = np.array([[1.0, 1.0, 2.0], [1.0, -1.0, 0.0]])
    print("S and B span the same plane?", same_span(S, B))
    print("span dimension of one nonzero vector in R^5:", span_dimension(np.arange(1.0, 6.0)))
    x = np.array([3.0, -4.0, 0.0, 1.0])
    print("norms of", x.tolist(), {str(p): round(p_norm(x, p), 3) for p in (1, 2, np.inf)})
    z, one = np.zeros(2), np.array([1.0, 0.0])
    print(f"discrete metric: d(0, e1) = {discrete_metric(z, one):.0f}, "
          f"d(0, 2 e1) = {discrete_metric(z, 2 * one):.0f} (a norm would give 2)")
    plot(a, b)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
