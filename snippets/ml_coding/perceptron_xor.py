"""The perceptron, its mistake bound on separable data, its failure on XOR, and a 2-2-1 ReLU network for XOR.

Used by docs/ml-coding/perceptron-and-mlp.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 2


# --8<-- [start:perceptron]
def perceptron(X: np.ndarray, y: np.ndarray, max_epochs: int = 100) -> tuple[np.ndarray, int, bool]:
    """Rosenblatt's rule on labels in {-1, +1}: on a mistake, w += y x (bias folded into w).

    Returns the weights [b, w...], the number of updates, and whether an epoch ran without mistakes.
    """
    A = np.c_[np.ones(len(X)), X]
    w = np.zeros(A.shape[1])
    updates = 0
    for _ in range(max_epochs):
        mistakes = 0
        for a, label in zip(A, y):
            if label * (a @ w) <= 0:  # wrong side of the boundary, or on it
                w += label * a
                mistakes += 1
        updates += mistakes
        if mistakes == 0:
            return w, updates, True
    return w, updates, False


def mistake_bound(X: np.ndarray, y: np.ndarray, w_star: np.ndarray) -> float:
    """Novikoff: updates <= (R / gamma)^2 for any unit-norm separator w_star (bias included)."""
    A = np.c_[np.ones(len(X)), X]
    u = w_star / np.linalg.norm(w_star)
    gamma = (y * (A @ u)).min()  # margin of the separator; must be > 0
    R = np.linalg.norm(A, axis=1).max()
    return float((R / gamma) ** 2)
# --8<-- [end:perceptron]


# --8<-- [start:xor]
XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
W1 = np.array([[1.0, 1.0], [1.0, 1.0]])  # both hidden units see x1 + x2 ...
B1 = np.array([0.0, -1.0])  # ... the second one only fires once the sum exceeds 1
W2 = np.array([1.0, -2.0])  # out = h1 - 2 h2
B2 = 0.0


def xor_network(X: np.ndarray) -> np.ndarray:
    """Two ReLU hidden units and a linear output: 0, 1, 1, 0 on the four corners."""
    hidden = np.maximum(0.0, X @ W1 + B1)
    return hidden @ W2 + B2


def xor_with_skip(X: np.ndarray) -> np.ndarray:
    """One hidden unit is enough if the inputs also reach the output: x1 + x2 - 2 relu(x1 + x2 - 1)."""
    return X.sum(axis=1) - 2.0 * np.maximum(0.0, X.sum(axis=1) - 1.0)
# --8<-- [end:xor]


def separable_data(rng: np.random.Generator, n: int, margin: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points on either side of a known line, at least `margin` away from it; labels in {-1, +1}."""
    w_star = np.array([0.5, 1.0, -2.0])  # [b, w1, w2]
    X = rng.uniform(-2.0, 2.0, size=(4 * n, 2))
    score = (np.c_[np.ones(len(X)), X] @ w_star) / np.linalg.norm(w_star[1:])
    keep = np.abs(score) >= margin
    return X[keep][:n], np.sign(score[keep][:n]), w_star


def plot(X: np.ndarray, y: np.ndarray, w: np.ndarray, w_star: np.ndarray) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.6))
    for label, color in ((-1, "C0"), (1, "C1")):
        left.scatter(*X[y == label].T, s=10, color=color, label=f"y = {label:+d}")
    xs = np.linspace(-2, 2, 2)
    left.plot(xs, -(w[0] + w[1] * xs) / w[2], color="black", label="perceptron's line")
    left.plot(xs, -(w_star[0] + w_star[1] * xs) / w_star[2], linestyle="--", color="C2",
              label="line that made the labels")
    left.set(title="Perceptron on separable data", xlabel="$x_1$", ylabel="$x_2$", ylim=(-2, 2))
    left.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2)
    hidden = np.maximum(0.0, XOR_INPUTS @ W1 + B1)
    notes = ["x = (0, 0): XOR 0", "x = (0, 1) and (1, 0): XOR 1", "", "x = (1, 1): XOR 0"]
    offsets = [(-25, 12), (-20, 12), (0, 0), (-60, 12)]
    for (h1, h2), note, t, offset in zip(hidden, notes, [0, 1, 1, 0], offsets):
        right.scatter(h1, h2, s=120, color=f"C{t}", zorder=3)
        right.annotate(note, (h1, h2), textcoords="offset points", xytext=offset, fontsize=9)
    hs = np.linspace(-0.2, 2.3, 2)
    right.plot(hs, (hs - 0.5) / 2, color="black", linestyle="--", label="$h_1 - 2h_2 = 0.5$")
    right.set(title="XOR inputs in the hidden space", xlabel="$h_1$ = relu($x_1+x_2$)",
              ylabel="$h_2$ = relu($x_1+x_2-1$)", xlim=(-0.3, 2.6), ylim=(-0.4, 1.3))
    right.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.16))
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X, y, w_star = separable_data(rng, 200, margin=0.1)
    w, updates, converged = perceptron(X, y)
    print(f"separable data: converged={converged} after {updates} updates; "
          f"Novikoff bound (R/gamma)^2 = {mistake_bound(X, y, w_star):.0f}")
    y_xor = np.array([-1.0, 1.0, 1.0, -1.0])
    _, updates_xor, converged_xor = perceptron(XOR_INPUTS, y_xor, max_epochs=1000)
    print(f"XOR: converged={converged_xor} after {updates_xor} updates in 1000 epochs")
    print("x1 x2 | 2-2-1 ReLU net | with skip connection")
    for x, out, skip in zip(XOR_INPUTS, xor_network(XOR_INPUTS), xor_with_skip(XOR_INPUTS)):
        print(f" {x[0]:.0f}  {x[1]:.0f} | {out:14.0f} | {skip:20.0f}")
    plot(X, y, w, w_star)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
