"""Matrices as linear maps: determinant as volume, row scaling, eigenvalues with trace and determinant, covariance vs Gram.

Used by docs/math/matrices.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:determinant]
def scale_row(A: np.ndarray, row: int, t: float) -> np.ndarray:
    """A copy of A with one row multiplied by t: the determinant is multiplied by t."""
    B = np.array(A, dtype=float)
    B[row] *= t
    return B


def parallelogram_area(A: np.ndarray) -> float:
    """Area of the image of the unit square under a 2x2 map: |a11 a22 - a12 a21|."""
    return float(abs(A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]))


def matrix_with_eigenvalues(eigenvalues: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """P diag(lambda) P^-1 for a random invertible P: a non-symmetric matrix with that spectrum."""
    n = len(eigenvalues)
    P = rng.normal(size=(n, n)) + n * np.eye(n)  # diagonally heavy, hence safely invertible
    return P @ np.diag(eigenvalues) @ np.linalg.inv(P)
# --8<-- [end:determinant]


# --8<-- [start:covariance]
def covariance_and_gram(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For data X (n samples, d features), centered as Xc:
    covariance = Xc^T Xc / (n - 1), (d, d), feature-by-feature;
    Gram       = Xc Xc^T,           (n, n), sample-by-sample inner products."""
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (len(X) - 1), Xc @ Xc.T
# --8<-- [end:covariance]


# --8<-- [start:spectral]
def spectral_by_deflation(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The induction proof of the spectral theorem as code, repeated eigenvalues too.

    Take one eigenvalue (real, as A is symmetric) and a unit eigenvector v in the null
    space of A - lambda I. Its complement is invariant (x perp v gives
    v^T A x = lambda v^T x = 0), so in an orthonormal basis B of the complement A
    becomes the symmetric B^T A B, one size smaller: recurse."""
    n = len(A)
    if n == 1:
        return A[0].copy(), np.ones((1, 1))
    lam = float(np.linalg.eigvals(A).real[0])  # any root of det(A - lambda I)
    v = np.linalg.svd(A - lam * np.eye(n))[2][-1]  # unit v with (A - lam I) v = 0
    basis = np.linalg.qr(np.column_stack([v, np.eye(n)]))[0]  # +-v, then v-perp
    B = basis[:, 1:n]
    values, vectors = spectral_by_deflation(B.T @ A @ B)
    return np.concatenate([[lam], values]), np.column_stack([v, B @ vectors])
# --8<-- [end:spectral]


def plot(A: np.ndarray, S: np.ndarray) -> None:
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.4))
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], dtype=float)
    grid = np.linspace(-1, 2, 7)
    for ax, M, letter, title in ((axes[0], A, "A", f"A: det = {np.linalg.det(A):.2f}"),
                                 (axes[1], S, "S", f"singular S: det = {abs(np.linalg.det(S)):.2f}")):
        for g in grid:  # images of grid lines stay straight and parallel
            for line in (np.stack([np.full(50, g), np.linspace(-1, 2, 50)]),
                         np.stack([np.linspace(-1, 2, 50), np.full(50, g)])):
                image = M @ line
                ax.plot(image[0], image[1], lw=0.6, alpha=0.35, color="gray")
        ax.grid(False)  # the gray lines are the image of the grid instead
        ax.fill(square[:, 0], square[:, 1], alpha=0.3, label="unit square")
        image = (M @ square.T).T
        ax.fill(image[:, 0], image[:, 1], alpha=0.5, label="its image")
        for col, name in ((M[:, 0], f"${letter}e_1$"), (M[:, 1], f"${letter}e_2$")):
            ax.quiver(0, 0, *col, angles="xy", scale_units="xy", scale=1, color="black",
                      width=0.008, zorder=3)
            ax.text(col[0] + 0.05, col[1] + 0.05, name)
        ax.set(title=title, xlim=(-1.5, 3.5), ylim=(-1.5, 3.5), aspect="equal",
               xlabel="$x_1$", ylabel="$x_2$")
        ax.legend(loc="lower right", fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    A = np.array([[2.0, 1.0], [0.5, 1.5]])
    S = np.array([[1.0, 2.0], [0.5, 1.0]])  # second column = 2 x first column
    print(f"det A = {np.linalg.det(A):.2f}, area of the image of the unit square = "
          f"{parallelogram_area(A):.2f}; det S = {abs(np.linalg.det(S)):.2f}")
    M = np.array([[2.0, -1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]])
    print(f"det M = {np.linalg.det(M):.2f}, row 1 scaled by 5: {np.linalg.det(scale_row(M, 0, 5)):.2f}, "
          f"whole matrix scaled by 5: {np.linalg.det(5 * M):.2f}")
    E = matrix_with_eigenvalues(np.array([3.0, 3.0, 2.0, -1.0]), rng)
    print(f"eigenvalues 3, 3, 2, -1: trace = {np.trace(E):.4f}, det = {np.linalg.det(E):.4f}")
    H = np.array([[1.0, 4.0, -2.0], [-1.0, 3.0, 2.0], [3.0, 5.0, -6.0]])
    print(f"[[1,4,-2],[-1,3,2],[3,5,-6]]: column 3 = -2 x column 1 -> det = "
          f"{abs(np.linalg.det(H)):.4f}, rank = {np.linalg.matrix_rank(H)}")
    X = rng.normal(size=(6, 3)) @ np.array([[1.0, 0.5, 0.0], [0.0, 1.0, 0.3], [0.0, 0.0, 0.2]])
    C, G = covariance_and_gram(X)
    print(f"covariance {C.shape}, Gram {G.shape}")
    print("eigenvalues of (n-1) x covariance:", np.round(np.linalg.eigvalsh(5 * C)[::-1], 4))
    gram_eigs = np.linalg.eigvalsh(G)[::-1]
    gram_eigs[np.abs(gram_eigs) < 1e-9] = 0.0  # rank <= d: the other n - d are zero up to rounding
    print("eigenvalues of Gram:             ", np.round(gram_eigs, 4))
    Q0 = np.linalg.qr(rng.normal(size=(5, 5)))[0]
    T = Q0 @ np.diag([2.0, 2.0, 2.0, 5.0, -1.0]) @ Q0.T  # symmetric; 2 is a triple root
    values, Q = spectral_by_deflation(T)
    orthogonal = np.allclose(Q.T @ Q, np.eye(5), atol=1e-12)
    rebuilt = np.allclose(Q @ np.diag(values) @ Q.T, T, atol=1e-12)
    print(f"deflation, eigenvalues 2, 2, 2, 5, -1: "
          f"{np.round(np.sort(values), 6).tolist()}; Q orthogonal: {orthogonal}, Q diag Q^T = T: {rebuilt}")
    plot(A, S)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
