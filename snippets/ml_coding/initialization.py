"""Zero, Xavier/Glorot and He/Kaiming initialization, and activation statistics through a deep ReLU network.

Used by docs/ml-coding/initialization.md.
"""

from __future__ import annotations

from typing import Callable

import matplotlib.pyplot as plt
import numpy as np

SEED = 0
Init = Callable[[int, int, np.random.Generator], np.ndarray]


# --8<-- [start:init]
def zeros(fan_in: int, fan_out: int, rng: np.random.Generator) -> np.ndarray:
    return np.zeros((fan_in, fan_out))


def small_normal(fan_in: int, fan_out: int, rng: np.random.Generator, std: float = 0.01) -> np.ndarray:
    return rng.normal(0.0, std, (fan_in, fan_out))


def xavier_normal(fan_in: int, fan_out: int, rng: np.random.Generator) -> np.ndarray:
    """Var = 2 / (fan_in + fan_out): keeps forward and backward variance for tanh-like units."""
    return rng.normal(0.0, np.sqrt(2.0 / (fan_in + fan_out)), (fan_in, fan_out))


def xavier_uniform(fan_in: int, fan_out: int, rng: np.random.Generator) -> np.ndarray:
    limit = np.sqrt(6.0 / (fan_in + fan_out))  # U(-a, a) has variance a^2 / 3
    return rng.uniform(-limit, limit, (fan_in, fan_out))


def he_normal(fan_in: int, fan_out: int, rng: np.random.Generator) -> np.ndarray:
    """Var = 2 / fan_in: ReLU zeroes half the signal, the factor 2 puts it back."""
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out))
# --8<-- [end:init]


# --8<-- [start:deep]
def layer_stats(init: Init, depth: int, width: int, batch: int,
                rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Std of the ReLU activations after each layer (forward) and of the gradient reaching each
    layer's input (backward, for a unit-variance random gradient at the top). Both (depth,)."""
    h = rng.normal(size=(batch, width))  # (batch, width) standardized inputs
    weights, masks, forward = [], [], []
    for _ in range(depth):
        W = init(width, width, rng)
        a = h @ W  # (batch, width) pre-activations
        h = np.maximum(a, 0.0)
        weights.append(W)
        masks.append(a > 0)
        forward.append(h.std())
    g = rng.normal(size=(batch, width))  # dL/dh at the top
    backward = []
    for W, mask in zip(reversed(weights), reversed(masks)):
        g = (g * mask) @ W.T  # through the ReLU, then through the linear layer
        backward.append(g.std())
    return np.array(forward), np.array(backward[::-1])
# --8<-- [end:deep]


# --8<-- [start:symmetry]
def hidden_units_after_training(W1: np.ndarray, w2: np.ndarray, X: np.ndarray, y: np.ndarray,
                                lr: float = 0.1, steps: int = 100) -> np.ndarray:
    """Train a 1-hidden-layer ReLU regressor (no biases) by gradient descent; return W1 (d, h)."""
    W1, w2 = W1.copy(), w2.copy()
    for _ in range(steps):
        a = X @ W1  # (n, h)
        h = np.maximum(a, 0.0)
        err = h @ w2 - y  # (n,) residuals of the mean squared error
        grad_w2 = h.T @ err / len(y)
        grad_W1 = X.T @ (np.outer(err, w2) * (a > 0)) / len(y)
        W1 -= lr * grad_W1
        w2 -= lr * grad_w2
    return W1
# --8<-- [end:symmetry]


SCHEMES = {"N(0, 0.01²)": small_normal, "N(0, 0.1²)": lambda i, o, r: small_normal(i, o, r, 0.1),
           "Xavier/Glorot": xavier_normal, "He/Kaiming": he_normal}


def plot(stats: dict) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for name, (forward, backward) in stats.items():
        layers = np.arange(1, len(forward) + 1)
        left.plot(layers, forward, marker=".", label=name)
        right.plot(layers, backward, marker=".", label=name)
    left.set(title="Forward: std of ReLU activations", xlabel="layer", ylabel="std", yscale="log")
    right.set(title="Backward: std of the gradient at each layer's input", xlabel="layer", yscale="log")
    left.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    stats = {name: layer_stats(init, depth=30, width=256, batch=256, rng=rng) for name, init in SCHEMES.items()}
    print("std of activations at layers 1 / 10 / 30, and of the gradient at layer 1:")
    for name, (forward, backward) in stats.items():
        print(f"  {name:<14} {forward[0]:.2e} / {forward[9]:.2e} / {forward[29]:.2e}   grad {backward[0]:.2e}")
    factors = {"N(0, 0.01²)": 256 * 0.01**2 / 2, "N(0, 0.1²)": 256 * 0.1**2 / 2,
               "Xavier/Glorot": 256 * (2 / 512) / 2, "He/Kaiming": 256 * (2 / 256) / 2}
    print("second-moment factor per layer, n var(w) / 2:", ", ".join(f"{k} {v:.4g}" for k, v in factors.items()))
    print(f"He, theoretical activation std sqrt(1 - 1/pi) = {np.sqrt(1 - 1 / np.pi):.3f}")
    he = stats["He/Kaiming"][0]
    print(f"He: activation std stays in [{he.min():.3f}, {he.max():.3f}] over 30 layers")
    plot(stats)

    X = rng.normal(size=(64, 3))
    y = np.sin(X[:, 0]) + X[:, 1] * X[:, 2]
    for name, W1 in [("constant 0.5", np.full((3, 8), 0.5)), ("He random", he_normal(3, 8, rng))]:
        trained = hidden_units_after_training(W1, np.full(8, 0.5), X, y)
        spread = np.abs(trained - trained[:, :1]).max()  # how far each unit is from unit 0
        print(f"{name:<12} init: max difference between the 8 hidden units after training = {spread:.3f}")
    zero = hidden_units_after_training(zeros(3, 8, rng), np.zeros(8), X, y)
    print(f"zero init: hidden weights after training still all zero: {bool(np.all(zero == 0))}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
