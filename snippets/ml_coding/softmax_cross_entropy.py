"""Numerically stable softmax, log-softmax, cross-entropy and its gradient (softmax minus one-hot).

Used by docs/ml-coding/softmax-cross-entropy.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np


# --8<-- [start:stable]
def logsumexp(z: np.ndarray) -> np.ndarray:
    """log sum_k exp(z_k) over the last axis: (n, K) -> (n,), exact and overflow-free."""
    m = z.max(axis=-1, keepdims=True)  # (n, 1); the shift makes the largest exponent exp(0) = 1
    return (m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True)))[..., 0]


def log_softmax(z: np.ndarray) -> np.ndarray:
    """(n, K) log-probabilities z - logsumexp(z): no exp of a large number, no log of 0."""
    return z - logsumexp(z)[..., None]


def softmax(z: np.ndarray) -> np.ndarray:
    """(n, K) probabilities; each row sums to 1."""
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean over n of -log p(correct class). logits (n, K), labels (n,) integers in [0, K)."""
    n = len(labels)
    return float(-log_softmax(logits)[np.arange(n), labels].mean())


def cross_entropy_grad(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """d loss / d logits = (softmax(z) - one_hot(y)) / n, shape (n, K)."""
    n = len(labels)
    grad = softmax(logits)
    grad[np.arange(n), labels] -= 1.0
    return grad / n
# --8<-- [end:stable]


# --8<-- [start:binary]
def binary_cross_entropy_with_logits(z: np.ndarray, y: np.ndarray) -> float:
    """Mean of -[y log s(z) + (1-y) log(1-s(z))] = max(z,0) - z y + log(1 + e^{-|z|})."""
    return float(np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def binary_cross_entropy_grad(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """d loss / d z = (sigmoid(z) - y) / n: the two-class case of softmax minus one-hot."""
    s = np.where(z >= 0, 1.0 / (1.0 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z))))
    return (s - y) / len(z)
# --8<-- [end:binary]


# --8<-- [start:naive]
def naive_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> float:
    """The textbook formula, for comparison only: exp overflows for logits above about 709."""
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        p = np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)
        return float(-np.log(p[np.arange(len(labels)), labels]).mean())
# --8<-- [end:naive]


def plot() -> None:
    """Loss and gradient with respect to the logit for a positive example: CE vs squared error."""
    z = np.linspace(-8, 8, 401)
    s = 1.0 / (1.0 + np.exp(-z))
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8))
    left.plot(z, np.log1p(np.exp(-z)), label="cross-entropy $-\\log\\sigma(z)$")
    left.plot(z, 0.5 * (1 - s) ** 2, "--", label="squared error $\\frac{1}{2}(1-\\sigma(z))^2$")
    left.set(title="Loss for a positive example (y = 1)", xlabel="logit z", ylabel="loss")
    right.plot(z, np.abs(s - 1), label="cross-entropy: $|\\sigma(z) - 1|$")
    right.plot(z, np.abs((s - 1) * s * (1 - s)), "--", label="squared error: $|(\\sigma - 1)\\sigma(1-\\sigma)|$")
    right.set(title="|gradient| with respect to the logit", xlabel="logit z")
    for ax in (left, right):
        ax.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.1], [0.0, 0.0, 0.0]])
    labels = np.array([0, 1, 0, 2])  # the third example is confidently wrong
    print("probabilities:\n", np.round(softmax(logits), 4))
    print(f"cross-entropy: {cross_entropy(logits, labels):.4f}")
    print(f"uniform prediction over K=3 costs log 3 = {np.log(3):.4f}")
    print("gradient (softmax - one-hot) / n:\n", np.round(cross_entropy_grad(logits, labels), 4))
    big = np.array([[1e4, 0.0, -1e4], [-1e4, 1e4, 0.0]])
    big_labels = np.array([0, 2])
    print(f"logits of 1e4, naive: {naive_cross_entropy(big, big_labels)}")
    print(f"logits of 1e4, stable: {cross_entropy(big, big_labels):.1f}")
    print("stable gradient:\n", np.round(cross_entropy_grad(big, big_labels), 4) + 0.0)
    z, y = np.array([3.0, -2.0, 0.5, 800.0]), np.array([1.0, 0.0, 0.0, 0.0])
    print(f"binary cross-entropy with logits: {binary_cross_entropy_with_logits(z, y):.4f}")
    plot()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
