"""A two-layer NumPy network (ReLU, softmax cross-entropy) trained by mini-batch SGD on two moons.

Used by docs/ml-coding/perceptron-and-mlp.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.datasets import make_moons

SEED = 0


# --8<-- [start:mlp]
Params = dict[str, np.ndarray]


def init_params(d_in: int, d_hidden: int, d_out: int, rng: np.random.Generator) -> Params:
    """He initialization for the ReLU layer; zero biases. Random weights break the symmetry."""
    return {"W1": rng.normal(0, np.sqrt(2.0 / d_in), (d_in, d_hidden)), "b1": np.zeros(d_hidden),
            "W2": rng.normal(0, np.sqrt(1.0 / d_hidden), (d_hidden, d_out)), "b2": np.zeros(d_out)}


def forward(p: Params, X: np.ndarray, relu: bool = True) -> tuple[np.ndarray, dict]:
    """Logits (n, d_out) and what the backward pass needs. relu=False makes the net linear."""
    pre = X @ p["W1"] + p["b1"]
    hidden = np.maximum(pre, 0.0) if relu else pre
    return hidden @ p["W2"] + p["b2"], {"X": X, "pre": pre, "hidden": hidden, "relu": relu}


def softmax_cross_entropy(logits: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean -log softmax(logits)[y] and its gradient (softmax - onehot) / n, stable via max-shift."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    n = len(y)
    grad = np.exp(log_probs)
    grad[np.arange(n), y] -= 1.0
    return float(-log_probs[np.arange(n), y].mean()), grad / n


def backward(p: Params, cache: dict, grad_logits: np.ndarray) -> Params:
    """Chain rule, layer by layer, from d loss / d logits back to every parameter."""
    grad_hidden = grad_logits @ p["W2"].T
    grad_pre = grad_hidden * (cache["pre"] > 0) if cache["relu"] else grad_hidden  # relu'(0) := 0
    return {"W2": cache["hidden"].T @ grad_logits, "b2": grad_logits.sum(axis=0),
            "W1": cache["X"].T @ grad_pre, "b1": grad_pre.sum(axis=0)}


def train(X: np.ndarray, y: np.ndarray, d_hidden: int, rng: np.random.Generator, lr: float = 0.2,
          epochs: int = 200, batch: int = 32, relu: bool = True) -> tuple[Params, list[float]]:
    """Mini-batch SGD: reshuffle every epoch, one update per batch; returns the mean loss per epoch."""
    p = init_params(X.shape[1], d_hidden, int(y.max()) + 1, rng)
    history = []
    for _ in range(epochs):
        order = rng.permutation(len(X))
        losses = []
        for start in range(0, len(X), batch):
            idx = order[start:start + batch]
            logits, cache = forward(p, X[idx], relu)
            loss, grad_logits = softmax_cross_entropy(logits, y[idx])
            for name, grad in backward(p, cache, grad_logits).items():
                p[name] -= lr * grad
            losses.append(loss * len(idx))
        history.append(sum(losses) / len(X))
    return p, history


def predict(p: Params, X: np.ndarray, relu: bool = True) -> np.ndarray:
    return forward(p, X, relu)[0].argmax(axis=1)
# --8<-- [end:mlp]



def plot(X: np.ndarray, y: np.ndarray, p: Params, histories: dict[str, list[float]]) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    lo, hi = X.min(axis=0) - 0.3, X.max(axis=0) + 0.3
    g0, g1 = np.meshgrid(np.linspace(lo[0], hi[0], 250), np.linspace(lo[1], hi[1], 200))
    region = predict(p, np.c_[g0.ravel(), g1.ravel()]).reshape(g0.shape)
    left.contourf(g0, g1, region, levels=[-0.5, 0.5, 1.5], colors=["C0", "C1"], alpha=0.25)
    for label in (0, 1):
        left.scatter(*X[y == label].T, s=8, color=f"C{label}", label=f"class {label}")
    left.set(title="ReLU network: decision regions", xlabel="$x_1$", ylabel="$x_2$")
    left.legend(loc="lower left", fontsize=8)
    for name, history in histories.items():
        right.plot(np.arange(1, len(history) + 1), history, label=name)
    right.set(title="Training loss per epoch", xlabel="epoch", ylabel="cross-entropy", yscale="log")
    right.legend()
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X, y = make_moons(rng, 600, noise=0.2)
    X_test, y_test = make_moons(rng, 2000, noise=0.2)
    histories = {}
    for name, relu in (("ReLU, 32 hidden units", True), ("no activation (linear)", False)):
        p, histories[name] = train(X, y, d_hidden=32, rng=np.random.default_rng(SEED), relu=relu)
        train_acc = np.mean(predict(p, X, relu) == y)
        test_acc = np.mean(predict(p, X_test, relu) == y_test)
        print(f"{name:24s} final loss {histories[name][-1]:.3f}  train acc {train_acc:.3f}  "
              f"test acc {test_acc:.3f}")
        if relu:
            relu_params = p
    plot(X, y, relu_params, histories)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
