"""Full-batch gradient descent vs mini-batch SGD vs single-example SGD on least squares, per epoch.

Used by docs/ml-coding/optimizers.md.
"""

from __future__ import annotations

from collections.abc import Iterator

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:sgd]
def minibatches(n: int, batch_size: int, rng: np.random.Generator) -> Iterator[np.ndarray]:
    """One epoch: a fresh permutation cut into batches, so every example is used exactly once."""
    order = rng.permutation(n)
    for start in range(0, n, batch_size):
        yield order[start:start + batch_size]


def mse_grad(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Gradient of 0.5 * mean((Xw - y)^2): X (b, d), y (b,) -> (d,)."""
    return X.T @ (X @ w - y) / len(y)


def sgd_epochs(X: np.ndarray, y: np.ndarray, batch_size: int, lr: float, epochs: int,
               rng: np.random.Generator) -> list[float]:
    """Train w from zero; return the full-data loss after each epoch (index 0 = before training)."""
    w = np.zeros(X.shape[1])
    losses = [float(0.5 * np.mean((X @ w - y) ** 2))]
    for _ in range(epochs):
        for idx in minibatches(len(y), batch_size, rng):
            w -= lr * mse_grad(w, X[idx], y[idx])
        losses.append(float(0.5 * np.mean((X @ w - y) ** 2)))
    return losses


def never_drawn_with_replacement(n: int, rng: np.random.Generator) -> float:
    """Fraction of n examples that n draws with replacement miss (tends to 1/e)."""
    return 1.0 - len(np.unique(rng.integers(0, n, size=n))) / n
# --8<-- [end:sgd]


def make_regression(rng: np.random.Generator, n: int = 2000, d: int = 20) -> tuple[np.ndarray, np.ndarray]:
    X = rng.normal(size=(n, d))
    return X, X @ rng.normal(size=d) + 0.5 * rng.normal(size=n)


SETUPS = {"gradient descent (batch 2000, lr 0.5)": (2000, 0.5),
          "mini-batch SGD (batch 32, lr 0.05)": (32, 0.05),
          "SGD (batch 1, lr 0.005)": (1, 0.005)}


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X, y = make_regression(rng)
    w_star = np.linalg.lstsq(X, y, rcond=None)[0]
    best = 0.5 * np.mean((X @ w_star - y) ** 2)
    print(f"least-squares optimum loss: {best:.4f}")
    fig, ax = plt.subplots(figsize=(7, 4))
    for name, (batch_size, lr) in SETUPS.items():
        losses = sgd_epochs(X, y, batch_size, lr, epochs=20, rng=rng)
        excess = np.array(losses) - best
        updates = -(-len(y) // batch_size)
        print(f"{name:<38} updates/epoch {updates:>4}, excess loss after 1 / 5 / 20 epochs: "
              f"{excess[1]:.1e} / {excess[5]:.1e} / {excess[20]:.1e}")
        ax.plot(excess, marker=".", label=name)
    missed = never_drawn_with_replacement(len(y), rng)
    print(f"{len(y)} draws with replacement miss {missed:.1%} of the examples (1/e = {np.exp(-1):.1%})")
    ax.set(yscale="log", xlabel="epoch (passes over the 2000 examples)", ylabel="loss - optimum",
           title="Same number of gradient evaluations, different batch sizes")
    ax.legend(fontsize=9)
    fig.tight_layout()
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
