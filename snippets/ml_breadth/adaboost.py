"""Discrete AdaBoost with decision stumps: weighted stumps, the alpha from the
exponential loss, and how the sample weights move.

Used by docs/ml-breadth/adaboost.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:stump]
def fit_stump(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, criterion: str = "gini"
) -> tuple[int, float, int, int]:
    """(feature, threshold, left label, right label) of the best weighted stump;
    y in {-1, +1}. criterion "gini" (as scikit-learn's trees) or "error"."""
    best, best_cost = None, np.inf
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        pos = np.cumsum(w[order] * (y[order] > 0))[:-1]  # +1 weight left of cut
        neg = np.cumsum(w[order] * (y[order] < 0))[:-1]
        r_pos, r_neg = w[y > 0].sum() - pos, w[y < 0].sum() - neg
        if criterion == "gini":
            cost = (pos + neg - (pos**2 + neg**2) / (pos + neg)) + (
                r_pos + r_neg - (r_pos**2 + r_neg**2) / (r_pos + r_neg)
            )
        else:
            cost = np.minimum(pos, neg) + np.minimum(r_pos, r_neg)
        cost = np.where(xs[1:] > xs[:-1], cost, np.inf)
        i = int(cost.argmin())
        if cost[i] < best_cost:
            best_cost = cost[i]
            left = 1 if pos[i] > neg[i] else -1  # ties go to -1, as in sklearn
            right = 1 if r_pos[i] > r_neg[i] else -1
            best = (j, float((xs[i] + xs[i + 1]) / 2), left, right)
    return best


def stump_predict(stump: tuple[int, float, int, int], X: np.ndarray) -> np.ndarray:
    j, t, left, right = stump
    return np.where(X[:, j] <= t, left, right)


# --8<-- [end:stump]


# --8<-- [start:adaboost]
def adaboost(
    X: np.ndarray, y: np.ndarray, n_rounds: int, criterion: str = "gini"
) -> tuple[list, np.ndarray, np.ndarray, np.ndarray]:
    """Stumps, their alphas, weighted errors and the (n_rounds + 1, n) weights."""
    w = np.full(len(X), 1.0 / len(X))
    stumps, alphas, errors, history = [], [], [], [w]
    for _ in range(n_rounds):
        stump = fit_stump(X, y, w, criterion)
        h = stump_predict(stump, X)
        err = w[h != y].sum()  # weights sum to one
        alpha = 0.5 * np.log((1 - err) / err)  # minimizes sum w exp(-alpha y h)
        w = w * np.exp(-alpha * y * h)
        w = w / w.sum()  # the normalizer Z_t equals 2 sqrt(err (1 - err))
        stumps.append(stump), alphas.append(alpha), errors.append(err)
        history.append(w)
    return stumps, np.array(alphas), np.array(errors), np.array(history)


def staged_scores(stumps: list, alphas: np.ndarray, X: np.ndarray) -> np.ndarray:
    """(n_rounds, n) ensemble scores F_t(x) = sum_{s <= t} alpha_s h_s(x)."""
    votes = np.array([a * stump_predict(s, X) for s, a in zip(stumps, alphas)])
    return np.cumsum(votes, axis=0)


# --8<-- [end:adaboost]


def make_data(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Points in a square, +1 inside a disc, 5% of labels flipped; features are
    rounded to float32 so scikit-learn's float32 trees see the same values."""
    X = rng.uniform(-1, 1, (n, 2)).astype(np.float32).astype(float)
    y = np.where((X**2).sum(axis=1) < 0.5, 1, -1)
    return X, np.where(rng.random(n) < 0.05, -y, y)


def sign(F: np.ndarray) -> np.ndarray:
    return np.where(F > 0, 1, -1)


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X, y = make_data(rng, 300)
    X_test, y_test = make_data(rng, 5000)
    stumps, alphas, errors, history = adaboost(X, y, 200)
    F, F_test = (
        staged_scores(stumps, alphas, X),
        staged_scores(stumps, alphas, X_test),
    )
    print("round  weighted err  alpha  train err  exp loss  test err")
    for t in (1, 2, 3, 5, 10, 20, 50, 100, 200):
        print(
            f"{t:5d}  {errors[t - 1]:12.3f}  {alphas[t - 1]:5.3f}"
            f"  {np.mean(sign(F[t - 1]) != y):9.3f}"
            f"  {np.mean(np.exp(-y * F[t - 1])):8.3f}"
            f"  {np.mean(sign(F_test[t - 1]) != y_test):8.3f}"
        )
    Z = 2 * np.sqrt(errors * (1 - errors))
    print(f"product of Z_t after 200 rounds {np.prod(Z):.4f}")
    flipped = np.where((X**2).sum(axis=1) < 0.5, 1, -1) != y
    share = history[-1][flipped].sum()
    print(f"{flipped.sum()} flipped labels ({flipped.mean():.1%} of rows) hold")
    print(f"{share:.1%} of the weight after 200 rounds")
    plot_weights(X, y, history, (0, 1, 5, 200))


# --8<-- [end:main]


def plot_weights(X: np.ndarray, y: np.ndarray, history: np.ndarray, rounds) -> None:
    fig, axes = plt.subplots(1, len(rounds), figsize=(11, 3.2), sharey=True)
    for ax, t in zip(axes, rounds):
        size = 25 * len(X) * history[t]  # area 25 = the starting weight 1/n
        for k, label in enumerate((-1, 1)):
            m = y == label
            ax.scatter(
                *X[m].T, s=size[m], color=f"C{k}", alpha=0.6, label=f"y={label}"
            )
        ax.add_patch(plt.Circle((0, 0), np.sqrt(0.5), fill=False, linestyle="--"))
        ax.set(title=f"weights after {t} rounds", aspect="equal", xlabel="$x_1$")
    axes[0].set_ylabel("$x_2$")
    axes[0].legend(loc="lower left", fontsize=7)
    fig.tight_layout()
    plt.show()


if __name__ == "__main__":
    main()
