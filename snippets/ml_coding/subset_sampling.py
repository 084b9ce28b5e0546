"""Uniform sampling with and without replacement, and a stratified train/test split, from scratch.

Used by docs/ml-coding/sampling.md.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np

SEED = 11


# --8<-- [start:uniform]
def sample_with_replacement(n: int, k: int, rng: np.random.Generator) -> np.ndarray:
    """k independent uniform indices from range(n); repeats are allowed (a bootstrap if k = n)."""
    return rng.integers(0, n, size=k)


def sample_without_replacement(n: int, k: int, rng: np.random.Generator) -> np.ndarray:
    """Partial Fisher-Yates shuffle: k swaps give a uniform random ordered k-subset. O(n) memory."""
    if not 0 <= k <= n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    pool = np.arange(n)
    for i in range(k):
        j = int(rng.integers(i, n))  # uniform over the positions not yet chosen
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:k].copy()


def sample_without_replacement_floyd(n: int, k: int, rng: np.random.Generator) -> set[int]:
    """Floyd's algorithm: a uniform k-subset of range(n) in O(k) time and memory, for huge n."""
    chosen: set[int] = set()
    for j in range(n - k, n):
        t = int(rng.integers(0, j + 1))
        chosen.add(j if t in chosen else t)
    return chosen
# --8<-- [end:uniform]


# --8<-- [start:stratified]
def allocate(class_counts: np.ndarray, n_test: int) -> np.ndarray:
    """Test-set size per class, proportional to class size; largest remainders get the rounding."""
    exact = class_counts * n_test / class_counts.sum()
    sizes = np.floor(exact).astype(int)
    leftover = n_test - sizes.sum()
    sizes[np.argsort(-(exact - sizes), kind="stable")[:leftover]] += 1
    return sizes


def stratified_split(y: np.ndarray, test_size: float,
                     rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Train and test indices whose class proportions both match those of y."""
    classes, codes = np.unique(y, return_inverse=True)
    counts = np.bincount(codes)
    if counts.min() < 2:
        raise ValueError("every class needs at least 2 members to appear in both splits")
    n_test = math.ceil(test_size * len(y))  # the same rounding as scikit-learn
    test_parts = []
    for c, size in enumerate(allocate(counts, n_test)):
        members = np.flatnonzero(codes == c)
        test_parts.append(members[sample_without_replacement(len(members), size, rng)])
    test = np.sort(np.concatenate(test_parts))
    train = np.setdiff1d(np.arange(len(y)), test)
    return train, test
# --8<-- [end:stratified]


def audit_sample_size(margin: float, p: float = 0.5, z: float = 1.96) -> int:
    """Items to check so a proportion p is estimated within +-margin (normal approximation)."""
    return math.ceil(z**2 * p * (1 - p) / margin**2)


def imbalanced_labels(rng: np.random.Generator, n: int = 1000) -> np.ndarray:
    """Three classes with shares of about 90%, 8% and 2%."""
    return rng.choice(3, size=n, p=[0.90, 0.08, 0.02])


def plot(random_counts: np.ndarray, stratified_count: int) -> None:
    fig, ax = plt.subplots(figsize=(7, 3.8))
    values, freq = np.unique(random_counts, return_counts=True)
    ax.bar(values, freq / freq.sum(), width=0.8, label="simple random split")
    ax.axvline(stratified_count, color="C1", linewidth=3, label="stratified split (every time)")
    ax.set(title="Rare-class examples in a 20% test set, over 2,000 splits",
           xlabel="number of rare-class examples in the test set", ylabel="share of splits")
    ax.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    print("with replacement, 10 of 10:   ", sample_with_replacement(10, 10, rng).tolist())
    print("without replacement, 10 of 10:", sample_without_replacement(10, 10, rng).tolist())
    print("Floyd, 5 of 10**12:", sorted(sample_without_replacement_floyd(10**12, 5, rng)))
    n = 10_000
    unique = len(np.unique(sample_with_replacement(n, n, rng))) / n
    print(f"bootstrap of {n}: {unique:.4f} distinct (theory 1 - (1 - 1/n)^n = "
          f"{1 - (1 - 1 / n) ** n:.4f})")

    y = imbalanced_labels(rng)
    print("class counts:", np.bincount(y).tolist())
    train, test = stratified_split(y, 0.2, rng)
    print("stratified test counts:", np.bincount(y[test]).tolist(),
          " train counts:", np.bincount(y[train]).tolist())
    rare = 2
    random_counts = np.array([(y[sample_without_replacement(len(y), 200, rng)] == rare).sum()
                              for _ in range(2000)])
    print(f"random 20% splits: rare-class count in test ranges {random_counts.min()} to "
          f"{random_counts.max()}, std {random_counts.std():.2f}; "
          f"{(random_counts <= 1).mean():.2%} of splits have at most one")
    N, m, p = len(y), 200, float(np.mean(y == rare))
    sd = math.sqrt(m * p * (1 - p) * (N - m) / (N - 1))
    print(f"hypergeometric rare-class test count: mean {m * p:.1f}, sd {sd:.2f} "
          f"({sd / (m * p):.0%} of the mean)")
    print("labels to audit per annotator for +-5% / +-10% at 95% confidence:",
          audit_sample_size(0.05), "/", audit_sample_size(0.10))
    print("ways to pick 2 of 6 shirts and 1 of 4 trousers:", math.comb(6, 2) * math.comb(4, 1))
    plot(random_counts, int((y[test] == rare).sum()))
# --8<-- [end:main]


if __name__ == "__main__":
    main()
