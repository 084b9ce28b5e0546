"""Activation functions and their derivatives from scratch: sigmoid, tanh, ReLU, leaky ReLU, GELU, softmax.

Used by docs/ml-coding/activations.md.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np

_erf = np.frompyfunc(math.erf, 1, 1)  # the standard library's erf, applied elementwise


# --8<-- [start:elementwise]
def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + e^-x), written so that exp never sees a large positive argument."""
    e = np.exp(-np.abs(x))  # in (0, 1]: cannot overflow
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_grad(x: np.ndarray) -> np.ndarray:
    s = sigmoid(x)
    return s * (1.0 - s)  # at most 0.25, at x = 0


def tanh(x: np.ndarray) -> np.ndarray:
    return np.tanh(x)  # equals 2 * sigmoid(2x) - 1


def tanh_grad(x: np.ndarray) -> np.ndarray:
    return 1.0 - np.tanh(x) ** 2  # at most 1, at x = 0


def relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0.0)


def relu_grad(x: np.ndarray) -> np.ndarray:
    return (x > 0).astype(float)  # the subgradient 0 is used at x = 0


def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    return np.where(x > 0, x, alpha * x)


def leaky_relu_grad(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    return np.where(x > 0, 1.0, alpha)


def normal_cdf(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + _erf(np.asarray(x, dtype=float) / math.sqrt(2.0)).astype(float))


def gelu(x: np.ndarray) -> np.ndarray:
    """Exact GELU: x * Phi(x), Phi the standard normal CDF."""
    return x * normal_cdf(x)


def gelu_grad(x: np.ndarray) -> np.ndarray:
    pdf = np.exp(-0.5 * x**2) / math.sqrt(2.0 * math.pi)
    return normal_cdf(x) + x * pdf  # product rule


_C = math.sqrt(2.0 / math.pi)


def gelu_tanh(x: np.ndarray) -> np.ndarray:
    """The tanh approximation of GELU used by BERT and GPT-2."""
    return 0.5 * x * (1.0 + np.tanh(_C * (x + 0.044715 * x**3)))


def gelu_tanh_grad(x: np.ndarray) -> np.ndarray:
    t = np.tanh(_C * (x + 0.044715 * x**3))
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t**2) * _C * (1.0 + 3 * 0.044715 * x**2)
# --8<-- [end:elementwise]


# --8<-- [start:softmax]
def softmax(z: np.ndarray) -> np.ndarray:
    """Softmax of a vector z (K,), shifted by max(z) so exp cannot overflow."""
    e = np.exp(z - z.max())
    return e / e.sum()


def softmax_jacobian(z: np.ndarray) -> np.ndarray:
    """J[i, j] = d s_i / d z_j = s_i (delta_ij - s_j), i.e. diag(s) - s s^T, shape (K, K)."""
    s = softmax(z)
    return np.diag(s) - np.outer(s, s)


def softmax_backward(z: np.ndarray, upstream: np.ndarray) -> np.ndarray:
    """J^T g without building J: s * (g - <g, s>), O(K) instead of O(K^2)."""
    s = softmax(z)
    return s * (upstream - upstream @ s)
# --8<-- [end:softmax]


ACTIVATIONS = {
    "sigmoid": (sigmoid, sigmoid_grad),
    "tanh": (tanh, tanh_grad),
    "ReLU": (relu, relu_grad),
    "leaky ReLU (0.01)": (leaky_relu, leaky_relu_grad),
    "GELU (exact)": (gelu, gelu_grad),
    "GELU (tanh approx.)": (gelu_tanh, gelu_tanh_grad),
}


def plot() -> None:
    x = np.linspace(-4, 4, 801)
    fig, axes = plt.subplots(2, 3, figsize=(11, 6.2), sharex=True)
    names = ["sigmoid", "tanh", "ReLU", "leaky ReLU (0.01)", "GELU (exact)"]
    for ax, name in zip(axes.flat, names):
        f, df = ACTIVATIONS[name]
        ax.plot(x, f(x), label="f(x)")
        ax.plot(x, df(x), "--", label="f'(x)")
        if name == "GELU (exact)":
            ax.plot(x, gelu_tanh(x), ":", label="tanh approx.")
        ax.set_title(name)
        ax.legend(fontsize=8, loc="upper left")
    ax = axes.flat[5]
    two = np.array([softmax(np.array([z, 0.0])) for z in x])
    ax.plot(x, two[:, 0], label="$s_1$ of $(z, 0)$")
    ax.plot(x, two[:, 0] * (1 - two[:, 0]), "--", label=r"$\partial s_1/\partial z_1$")
    ax.plot(x, -two[:, 0] * two[:, 1], ":", label=r"$\partial s_1/\partial z_2$")
    ax.set_title("softmax, 2 classes")
    ax.legend(fontsize=8, loc="upper left")
    for ax in axes[1]:
        ax.set_xlabel("x")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    points = np.array([-3.0, -1.0, 0.0, 1.0, 3.0])
    print("x:".ljust(22) + " ".join(f"{p:>7.1f}" for p in points))
    for name, (f, df) in ACTIVATIONS.items():
        print(f"{name:<21} " + " ".join(f"{v:7.4f}" for v in f(points)))
        print(f"{'  derivative':<21} " + " ".join(f"{v:7.4f}" for v in df(points)))
    grid = np.linspace(-6, 6, 12001)
    print(f"max |GELU exact - tanh approx| on [-6, 6]: {np.abs(gelu(grid) - gelu_tanh(grid)).max():.1e}")
    print(f"GELU minimum: {gelu(grid).min():.4f} at x = {grid[gelu(grid).argmin()]:.3f}")
    extremes = sigmoid(np.array([-1000.0, 1000.0]))
    print(f"sigmoid(-1000), sigmoid(1000): {extremes[0]:.1f}, {extremes[1]:.1f}")
    z = np.array([1.0, 2.0, 3.0])
    J = softmax_jacobian(z)
    print("softmax([1, 2, 3]):", np.round(softmax(z), 4))
    print("Jacobian:\n", np.round(J, 4))
    print("row sums of the Jacobian:", np.round(J.sum(axis=1), 12) + 0.0)
    plot()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
