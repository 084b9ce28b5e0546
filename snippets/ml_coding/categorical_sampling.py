"""Sampling a categorical (and multinomial) distribution: inverse CDF and Vose's alias method.

Used by docs/ml-coding/random-generators.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 3


# --8<-- [start:categorical]
def inverse_cdf_sample(p: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    """Draw u ~ U[0,1) and return the first category whose cumulative probability exceeds u."""
    cdf = np.cumsum(p)
    cdf[-1] = 1.0  # rounding can leave the total at 0.9999999999999999
    return np.searchsorted(cdf, rng.random(size), side="right")  # O(log K) per draw


def build_alias_table(p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vose's method, O(K): split K columns of height 1/K into a category's own share and one
    other category (its alias) that fills the rest of the column."""
    K = len(p)
    scaled = np.asarray(p, dtype=float) * K / np.sum(p)  # average column height is now 1
    prob, alias = np.ones(K), np.arange(K)
    small = [i for i in range(K) if scaled[i] < 1.0]
    large = [i for i in range(K) if scaled[i] >= 1.0]
    while small and large:
        s, g = small.pop(), large.pop()
        prob[s], alias[s] = scaled[s], g  # column s: s up to scaled[s], g above it
        scaled[g] -= 1.0 - scaled[s]  # g gave away the part that filled column s
        (small if scaled[g] < 1.0 else large).append(g)
    return prob, alias  # columns left in either list are full (prob 1), up to rounding


def alias_sample(prob: np.ndarray, alias: np.ndarray, size: int,
                 rng: np.random.Generator) -> np.ndarray:
    """O(1) per draw: pick a column uniformly, then its own category or its alias."""
    column = rng.integers(0, len(prob), size=size)
    return np.where(rng.random(size) < prob[column], column, alias[column])


def multinomial_counts(p: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """One multinomial draw: how often each category occurs in n categorical draws."""
    prob, alias = build_alias_table(p)
    return np.bincount(alias_sample(prob, alias, n, rng), minlength=len(p))
# --8<-- [end:categorical]


def implied_probabilities(prob: np.ndarray, alias: np.ndarray) -> np.ndarray:
    """The distribution a table encodes: own shares plus the shares given away as an alias."""
    K = len(prob)
    implied = prob / K
    np.add.at(implied, alias, (1.0 - prob) / K)
    return implied


def plot(p: np.ndarray, prob: np.ndarray, alias: np.ndarray, freq: np.ndarray) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4))
    k = np.arange(len(p))
    left.bar(k - 0.2, p, width=0.4, label="target p")
    left.bar(k + 0.2, freq, width=0.4, label="alias sampler, 100,000 draws")
    left.set(title="Target and sampled frequencies", xlabel="category", ylabel="probability",
             ylim=(0, 0.42))
    left.legend(fontsize=9, loc="upper right")
    right.bar(k, prob, width=0.7, label="own category")
    right.bar(k, 1 - prob, bottom=prob, width=0.7, label="alias")
    for i in k:
        if prob[i] < 1 - 1e-12:
            right.text(i, (1 + prob[i]) / 2, f"→{alias[i]}", ha="center", va="center", fontsize=10)
    right.set(title="Alias table: each column holds at most two categories",
              xlabel="column (chosen uniformly)", ylabel="share of the column", ylim=(0, 1.05))
    right.legend(fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    p = np.array([0.30, 0.05, 0.25, 0.02, 0.28, 0.10])
    prob, alias = build_alias_table(p)
    print("target p:   ", " ".join(f"{v:.4f}" for v in p))
    print("alias prob: ", " ".join(f"{v:.4f}" for v in prob))
    print("alias index:", alias.tolist())
    print("table reproduces p exactly:", np.allclose(implied_probabilities(prob, alias), p))
    n = 100_000
    freq_alias = np.bincount(alias_sample(prob, alias, n, rng), minlength=len(p)) / n
    freq_cdf = np.bincount(inverse_cdf_sample(p, n, rng), minlength=len(p)) / n
    print("alias sampler:", " ".join(f"{v:.4f}" for v in freq_alias))
    print("inverse CDF:  ", " ".join(f"{v:.4f}" for v in freq_cdf))
    print("one multinomial draw, n=1000:", multinomial_counts(p, 1000, rng).tolist())
    plot(p, prob, alias, freq_alias)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
