"""The chain rule as a product of Jacobians, evaluated right to left (backprop) and checked numerically.

Used by docs/math/calculus.md.
"""

from __future__ import annotations

import numpy as np

from snippets._shared.gradcheck import numerical_gradient, relative_error

SEED = 0


# --8<-- [start:chain]
def forward(x: np.ndarray, A: np.ndarray, w: np.ndarray) -> float:
    """f(x) = softplus(w . tanh(A x)): R^n -> R^m -> R^m -> R -> R."""
    return float(np.logaddexp(0.0, w @ np.tanh(A @ x)))


def jacobians(x: np.ndarray, A: np.ndarray, w: np.ndarray) -> list[np.ndarray]:
    """The Jacobian of each stage at the current point, in forward order."""
    u = A @ x                        # u = A x          J1 = A              (m, n)
    h = np.tanh(u)                   # h = tanh(u)      J2 = diag(1 - h^2)  (m, m)
    s = w @ h                        # s = w . h        J3 = w^T            (1, m)
    sigmoid = 1.0 / (1.0 + np.exp(-s))  # f = softplus(s)  J4 = sigmoid(s)  (1, 1)
    return [A, np.diag(1.0 - h**2), w[None, :], np.array([[sigmoid]])]


def gradient_by_chain_rule(x: np.ndarray, A: np.ndarray, w: np.ndarray) -> np.ndarray:
    """df/dx = J4 J3 J2 J1, multiplied from the left: each product is a row vector (cheap)."""
    row = np.ones((1, 1))
    for J in reversed(jacobians(x, A, w)):
        row = row @ J
    return row[0]
# --8<-- [end:chain]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    n, m = 5, 4
    x, A, w = rng.normal(size=n), rng.normal(size=(m, n)), rng.normal(size=m)
    shapes = [J.shape for J in jacobians(x, A, w)]
    print("Jacobian shapes, forward order:", shapes)
    analytic = gradient_by_chain_rule(x, A, w)
    numeric = numerical_gradient(lambda v: forward(v, A, w), x.copy())
    print("chain rule gradient:", np.round(analytic, 4))
    print("finite differences: ", np.round(numeric, 4))
    print("relative error below 1e-6:", relative_error(analytic, numeric) < 1e-6)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
