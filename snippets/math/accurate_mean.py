"""Averaging a million float32 numbers: naive running sum, pairwise (np.sum), Kahan, float64,
against the exactly rounded math.fsum.

Used by docs/math/numerical-computing.md.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:sums]
def naive_sum(x: np.ndarray) -> float:
    """Left-to-right running sum in the input dtype: error grows like n * eps."""
    return float(np.cumsum(x, dtype=x.dtype)[-1])  # cumsum is strictly sequential


def pairwise_sum(x: np.ndarray) -> float:
    """np.sum uses pairwise (tree) summation in blocks: error grows like log2(n) * eps."""
    return float(np.sum(x, dtype=x.dtype))


def kahan_sum(x: np.ndarray) -> float:
    """Compensated summation in the input dtype: the error stays about 2 eps, whatever n."""
    total = x.dtype.type(0)
    compensation = x.dtype.type(0)  # the low-order bits lost by the previous addition
    for value in x:
        y = value - compensation
        t = total + y
        compensation = (t - total) - y
        total = t
    return float(total)


def exact_mean(x: np.ndarray) -> float:
    """Reference: math.fsum is exactly rounded (float32 inputs are exact in float64)."""
    return math.fsum(x.astype(np.float64).tolist()) / len(x)
# --8<-- [end:sums]


def relative_errors(x: np.ndarray) -> dict[str, float]:
    truth = exact_mean(x)
    n = len(x)
    estimates = {
        "naive float32 running sum": naive_sum(x) / n,
        "pairwise float32 (np.sum)": pairwise_sum(x) / n,
        "Kahan float32": kahan_sum(x) / n,
        "float64 accumulator": float(np.sum(x, dtype=np.float64)) / n,
    }
    return {name: abs(value - truth) / abs(truth) for name, value in estimates.items()}


def plot(x: np.ndarray) -> None:
    sizes = np.unique(np.logspace(2, 6, 25).astype(int))
    running = np.cumsum(x, dtype=np.float32)
    naive, pairwise = [], []
    for n in sizes:
        truth = math.fsum(x[:n].astype(np.float64).tolist())
        naive.append(abs(float(running[n - 1]) - truth) / truth)
        pairwise.append(abs(float(np.sum(x[:n])) - truth) / truth)
    fig, ax = plt.subplots(figsize=(8, 4.2))
    ax.loglog(sizes, np.maximum(naive, 1e-12), marker="o", label="naive running sum")
    ax.loglog(sizes, np.maximum(pairwise, 1e-12), marker="s", label="pairwise (np.sum)")
    ax.loglog(sizes, sizes * np.finfo(np.float32).eps, linestyle="--", label="n x eps (worst-case scale)")
    ax.set(title="Relative error of a float32 sum of uniform [0, 1) values",
           xlabel="number of values n", ylabel="relative error")
    ax.legend()
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    x = rng.random(1_000_000).astype(np.float32)
    print(f"exact mean (math.fsum): {exact_mean(x):.10f}")
    for name, err in relative_errors(x).items():
        print(f"  {name:<27} relative error {err:.2e}")
    total = np.float32(exact_mean(x) * len(x))
    print(f"  (a float32 sum cannot beat half a unit in the last place: {np.spacing(total) / 2 / total:.2e})")
    shifted = (10_000 + rng.random(1_000_000)).astype(np.float32)  # large offset, small spread
    print(f"values near 10,000 (means): naive {naive_sum(shifted) / len(shifted):.4f}, "
          f"pairwise {pairwise_sum(shifted) / len(shifted):.4f}, exact {exact_mean(shifted):.4f}, "
          f"shift first {10_000 + pairwise_sum(shifted - np.float32(10_000)) / len(shifted):.4f}")
    plot(x)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
