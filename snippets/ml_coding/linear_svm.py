"""Linear SVM from scratch: hinge loss minimized by Pegasos (stochastic subgradient descent).

Used by docs/ml-coding/linear-svm.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.svm import LinearSVC

SEED = 0


# --8<-- [start:svm]
def add_bias_column(X: np.ndarray) -> np.ndarray:
    """Append a constant 1 so the last weight is the bias (it is regularized, like LinearSVC's)."""
    return np.hstack([X, np.ones((len(X), 1))])


def svm_objective(w: np.ndarray, Xb: np.ndarray, y: np.ndarray, lam: float) -> float:
    """lam/2 |w|^2 + mean hinge loss; labels y are -1 or +1, Xb carries the bias column."""
    margins = y * (Xb @ w)
    return 0.5 * lam * float(w @ w) + float(np.maximum(0.0, 1.0 - margins).mean())


def svm_subgradient(w: np.ndarray, Xb: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    """A subgradient of svm_objective: only points with margin < 1 contribute -y x."""
    violators = y * (Xb @ w) < 1.0
    return lam * w - (y[violators, None] * Xb[violators]).sum(axis=0) / len(y)


def pegasos(Xb: np.ndarray, y: np.ndarray, lam: float, n_iter: int, batch_size: int,
            rng: np.random.Generator, record_every: int = 0) -> tuple[np.ndarray, list[float]]:
    """Mini-batch Pegasos: step 1/(lam t) along a batch subgradient, then project on the ball
    |w| <= 1/sqrt(lam), which contains the optimum. Returns w and the objective every
    `record_every` steps (0: never)."""
    w = np.zeros(Xb.shape[1])
    history: list[float] = []
    radius = 1.0 / np.sqrt(lam)
    for t in range(1, n_iter + 1):
        batch = rng.integers(len(y), size=batch_size)
        w = w - svm_subgradient(w, Xb[batch], y[batch], lam) / (lam * t)
        norm = np.linalg.norm(w)
        if norm > radius:
            w *= radius / norm
        if record_every and t % record_every == 0:
            history.append(svm_objective(w, Xb, y, lam))
    return w, history


def predict(w: np.ndarray, X: np.ndarray) -> np.ndarray:
    return np.where(add_bias_column(X) @ w >= 0.0, 1, -1)
# --8<-- [end:svm]


def standardized_split(X: np.ndarray, y: np.ndarray, rng: np.random.Generator,
                       test_fraction: float = 0.3) -> tuple[np.ndarray, ...]:
    """Random split; the scaling statistics come from the training part only."""
    order = rng.permutation(len(y))
    n_test = int(round(test_fraction * len(y)))
    test, train = order[:n_test], order[n_test:]
    mean, std = X[train].mean(axis=0), X[train].std(axis=0)
    return (X[train] - mean) / std, y[train], (X[test] - mean) / std, y[test]


def toy_data(rng: np.random.Generator, n: int = 60) -> tuple[np.ndarray, np.ndarray]:
    """Two overlapping Gaussian blobs, labels -1 and +1."""
    X = np.vstack([rng.normal([-1.3, -0.9], 0.75, (n, 2)), rng.normal([1.3, 0.9], 0.75, (n, 2))])
    return X, np.repeat([-1, 1], n)


def plot(X: np.ndarray, y: np.ndarray, w: np.ndarray, lam: float, history: list[float],
         best: float) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.4))
    scores = add_bias_column(X) @ w
    support = y * scores <= 1.0  # on or inside the margin: the points that shape w
    for label, name in ((-1, "class -1"), (1, "class +1")):
        left.scatter(*X[y == label].T, s=16, label=name)
    left.scatter(*X[support].T, s=90, facecolors="none", edgecolors="black", linewidths=1.1,
                 label=f"margin <= 1 ({support.sum()})")
    xs = np.linspace(X[:, 0].min() - 0.3, X[:, 0].max() + 0.3, 2)
    for level, style in ((0.0, "-"), (1.0, "--"), (-1.0, "--")):  # w1 x1 + w2 x2 + b = level
        left.plot(xs, (level - w[2] - w[0] * xs) / w[1], style, color="gray", linewidth=1.3)
    left.set(title="Decision line and margins w·x + b = ±1",
             xlabel="$x_1$", ylabel="$x_2$", ylim=(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5))
    left.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3)
    t = np.arange(1, len(history) + 1)
    right.plot(t, np.maximum(np.array(history) - best, 1e-6), label="Pegasos iterate")
    right.plot(t, 1.0 / (lam * t), linestyle="--", color="gray", label="1 / (λ t)")
    right.set(title="Gap to the optimum (LinearSVC) on the toy data", xlabel="iteration t",
              ylabel="objective − optimum", xscale="log", yscale="log")
    right.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    data = load_breast_cancer()
    y_all = np.where(data.target == 1, 1, -1)
    X_train, y_train, X_test, y_test = standardized_split(data.data, y_all, rng)
    C = 0.1  # LinearSVC's C corresponds to lam = 1 / (C n)
    lam = 1.0 / (C * len(y_train))
    w, _ = pegasos(add_bias_column(X_train), y_train, lam, n_iter=20_000, batch_size=8, rng=rng)
    print(f"breast cancer: {len(y_train)} train, {len(y_test)} test, lam = {lam:.6f}")
    print(f"primal objective on train: {svm_objective(w, add_bias_column(X_train), y_train, lam):.4f}")
    print(f"test accuracy: {(predict(w, X_test) == y_test).mean():.4f}")
    ref = LinearSVC(loss="hinge", C=C, dual=True, tol=1e-8, max_iter=100_000, random_state=0).fit(X_train, y_train)
    w_ref = np.r_[ref.coef_[0], ref.intercept_[0]]
    print(f"LinearSVC (hinge, C={C}): objective "
          f"{svm_objective(w_ref, add_bias_column(X_train), y_train, lam):.4f}, "
          f"test accuracy {ref.score(X_test, y_test):.4f}")
    margins = y_train * (add_bias_column(X_train) @ w)
    print(f"training points with margin <= 1, Pegasos iterate: {(margins <= 1).sum()}")
    ref_margins = y_train * (add_bias_column(X_train) @ w_ref)
    on = np.abs(ref_margins - 1) <= 1e-6  # exactly on the margin, to solver precision
    print("support vectors of the LinearSVC solution: "
          f"{(on | (ref_margins < 1)).sum()} "
          f"({on.sum()} on the margin, {(ref_margins < 1 - 1e-6).sum()} inside it)")

    X, y = toy_data(rng)
    lam_toy = 0.02
    w2, history = pegasos(add_bias_column(X), y, lam_toy, n_iter=4000, batch_size=4, rng=rng,
                          record_every=1)
    ref = LinearSVC(loss="hinge", C=1 / (lam_toy * len(y)), dual=True, tol=1e-10,
                    max_iter=100_000, random_state=0).fit(X, y)
    best = svm_objective(np.r_[ref.coef_[0], ref.intercept_[0]], add_bias_column(X), y, lam_toy)
    print(f"toy data: w = {np.round(w2[:2], 3).tolist()}, b = {w2[2]:.3f}, "
          f"margin width 2/|w| = {2 / np.linalg.norm(w2[:2]):.3f}")
    plot(X, y, w2, lam_toy, history, best)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
