"""Reservoir sampling from a stream: uniform (algorithm R) and weighted (Efraimidis-Spirakis A-Res).

Used by docs/ml-coding/sampling.md.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from typing import TypeVar

import matplotlib.pyplot as plt
import numpy as np

SEED = 5
T = TypeVar("T")


# --8<-- [start:reservoir]
def reservoir_sample(stream: Iterable[T], k: int, rng: np.random.Generator) -> list[T]:
    """Algorithm R: a uniform k-subset of a stream of unknown length, in one pass and O(k) memory."""
    reservoir: list[T] = []
    for i, item in enumerate(stream):  # item i is the (i+1)-th seen
        if i < k:
            reservoir.append(item)
        else:
            j = int(rng.integers(0, i + 1))  # keep the new item with probability k / (i+1) ...
            if j < k:
                reservoir[j] = item  # ... evicting a uniformly chosen current member
    return reservoir


def weighted_reservoir_sample(stream: Iterable[tuple[T, float]], k: int,
                              rng: np.random.Generator) -> list[T]:
    """A-Res: give each item the key u^(1/w), u ~ U(0,1), and keep the k largest keys in a heap.
    Keys are compared as log(u)/w, which is monotone in u^(1/w) and does not underflow."""
    heap: list[tuple[float, int, T]] = []  # min-heap: heap[0] holds the smallest kept key
    for index, (item, weight) in enumerate(stream):
        if weight <= 0:
            continue  # zero weight: never selected
        key = math.log(1.0 - rng.random()) / weight  # 1 - U lies in (0, 1], so log is finite
        if len(heap) < k:
            heapq.heappush(heap, (key, index, item))
        elif key > heap[0][0]:
            heapq.heapreplace(heap, (key, index, item))
    return [item for _, _, item in sorted(heap, reverse=True)]
# --8<-- [end:reservoir]


def inclusion_frequencies(n: int, k: int, trials: int, rng: np.random.Generator) -> np.ndarray:
    """How often each stream position ends up in the algorithm-R reservoir."""
    counts = np.zeros(n)
    for _ in range(trials):
        counts[reservoir_sample(range(n), k, rng)] += 1
    return counts / trials


def weighted_first_pick_frequencies(weights: np.ndarray, trials: int,
                                    rng: np.random.Generator) -> np.ndarray:
    """How often each item is the single (k = 1) weighted-reservoir pick."""
    counts = np.zeros(len(weights))
    for _ in range(trials):
        counts[weighted_reservoir_sample(enumerate(weights), 1, rng)[0]] += 1
    return counts / trials


def plot(freq: np.ndarray, k: int, weights: np.ndarray, picked: np.ndarray) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4))
    positions = np.arange(1, len(freq) + 1)
    left.bar(positions, freq, label="simulated")
    left.axhline(k / len(freq), color="C1", linewidth=2, label=f"k/n = {k / len(freq):.2f}")
    left.set(title="Algorithm R: each position kept with prob. k/n", xlabel="stream position",
             ylabel="inclusion frequency", ylim=(0, 0.4))
    left.legend(fontsize=9)
    items = np.arange(len(weights))
    right.bar(items - 0.2, picked, width=0.4, label="simulated (k = 1)")
    right.bar(items + 0.2, weights / weights.sum(), width=0.4, label="w_i / Σw")
    right.set(title="A-Res: pick probability ∝ weight", xlabel="item", ylabel="probability")
    right.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    print("5 of a stream of 100,000:", reservoir_sample(iter(range(100_000)), 5, rng))
    n, k, trials = 20, 5, 10_000
    freq = inclusion_frequencies(n, k, trials, rng)
    print(f"algorithm R, n={n}, k={k}, {trials} runs: inclusion frequency "
          f"min {freq.min():.4f}, max {freq.max():.4f} (k/n = {k / n:.4f})")

    weights = np.array([1.0, 2.0, 3.0, 4.0, 10.0])
    picked = weighted_first_pick_frequencies(weights, trials, rng)
    print("A-Res k=1 frequencies:", " ".join(f"{p:.4f}" for p in picked))
    print("weights / sum:        ", " ".join(f"{p:.4f}" for p in weights / weights.sum()))
    stream = ((f"item{i}", w) for i, w in enumerate(weights))
    print("A-Res k=3 from a generator:", weighted_reservoir_sample(stream, 3, rng))
    plot(freq, k, weights, picked)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
