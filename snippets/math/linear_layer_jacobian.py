"""The Jacobian of a batched linear layer y = x W: its shape, its block structure, and why nobody materializes it.

Used by docs/math/matrices.md.
"""

from __future__ import annotations

import numpy as np

SEED = 0


# --8<-- [start:jacobian]
def linear_layer(x: np.ndarray, W: np.ndarray) -> np.ndarray:
    """y = x W for a batch x of shape (N, d) and weights W of shape (d, m): y has shape (N, m)."""
    return x @ W


def jacobian_wrt_input(x: np.ndarray, W: np.ndarray) -> np.ndarray:
    """dy/dx as a 4-D array J[n, j, p, i] = d y[n, j] / d x[p, i], shape (N, m, N, d).

    y[n, j] = sum_i x[n, i] W[i, j], so the derivative is W[i, j] when p == n and 0 otherwise:
    N diagonal blocks, each equal to W^T of shape (m, d)."""
    N, d = x.shape
    m = W.shape[1]
    J = np.zeros((N, m, N, d))
    for n in range(N):
        J[n, :, n, :] = W.T
    return J


def vector_jacobian_product(upstream: np.ndarray, W: np.ndarray) -> np.ndarray:
    """What backprop actually computes: dL/dx = (dL/dy) W^T, shape (N, d), no Jacobian built."""
    return upstream @ W.T
# --8<-- [end:jacobian]


def numerical_jacobian(x: np.ndarray, W: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """Central differences of every output with respect to every input entry."""
    N, d = x.shape
    J = np.zeros((N, W.shape[1], N, d))
    for p in range(N):
        for i in range(d):
            step = np.zeros_like(x)
            step[p, i] = eps
            J[:, :, p, i] = (linear_layer(x + step, W) - linear_layer(x - step, W)) / (2 * eps)
    return J


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    N, d, m = 4, 3, 2
    x, W = rng.normal(size=(N, d)), rng.normal(size=(d, m))
    J = jacobian_wrt_input(x, W)
    print(f"x: {x.shape}, W: {W.shape}, y: {linear_layer(x, W).shape}, dy/dx: {J.shape}")
    print(f"as a matrix: ({N * m}, {N * d}) with {np.count_nonzero(J)} of {J.size} entries nonzero")
    agrees = np.allclose(J, numerical_jacobian(x, W), atol=1e-8)
    print(f"matches the finite-difference Jacobian: {agrees}")
    print(f"float32 Jacobian for N=256, d=m=4096: {256 * 4096 * 256 * 4096 * 4 / 2**40:.1f} TiB")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
