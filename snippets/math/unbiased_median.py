"""Unbiased estimation of a median: why a fixed sample size cannot do it, and a randomized
multilevel (Rhee-Glynn style) estimator that can, checked by simulation.

Used by docs/math/estimation-and-confidence.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

SEED = 11
A, B = 2.0, 5.0  # X ~ Beta(2, 5) on [0, 1]


# --8<-- [start:mixture]
def mixture_cdf(x: np.ndarray, t: float) -> np.ndarray:
    """CDF of (1 - t) Uniform[0, 0.1] + t Uniform[0.9, 1]."""
    return (1 - t) * np.clip(x / 0.1, 0, 1) + t * np.clip((x - 0.9) / 0.1, 0, 1)


def mixture_median(t: float) -> float:
    """True median: 0.05 / (1 - t) below t = 1/2, then it jumps into [0.9, 1]."""
    return 0.05 / (1 - t) if t < 0.5 else 0.9 + 0.1 * (0.5 - (1 - t)) / t


def expected_sample_median(t: float, n: int, grid: int = 20_001) -> float:
    """E[median of n draws] (n odd) = integral of P(at most (n-1)/2 draws are <= x) dx."""
    x = np.linspace(0, 1, grid)
    survival = stats.binom.cdf((n - 1) // 2, n, mixture_cdf(x, t))
    return float(np.trapezoid(survival, x))
# --8<-- [end:mixture]


# --8<-- [start:estimator]
def level_differences(rng: np.random.Generator, k: int, count: int) -> np.ndarray:
    """Delta_k for `count` independent replicates, each using 2**k fresh draws.

    Delta_0 = X; Delta_k = median(all 2**k) - mean(median(first half), median(second half)).
    E[Delta_k] = E[m_(2**k)] - E[m_(2**(k-1))], so the sum over k telescopes to lim E[m_n]."""
    x = rng.beta(A, B, size=(count, 2**k))
    if k == 0:
        return x[:, 0]
    half = 2 ** (k - 1)
    return np.median(x, axis=1) - 0.5 * (np.median(x[:, :half], axis=1)
                                         + np.median(x[:, half:], axis=1))


def randomized_median_estimates(rng: np.random.Generator, repeats: int,
                                ratio: float = 2**-1.25) -> tuple[np.ndarray, float]:
    """Single-term estimator Z = Delta_N / P(N = k) with N ~ Geometric: P(N = k) = (1-r) r^k.

    Returns the `repeats` estimates and the average number of draws each one used."""
    levels = rng.geometric(1 - ratio, size=repeats) - 1  # support 0, 1, 2, ...
    estimates = np.empty(repeats)
    for k in np.unique(levels):
        chosen = levels == k
        p_k = (1 - ratio) * ratio**k
        estimates[chosen] = level_differences(rng, int(k), int(chosen.sum())) / p_k
    return estimates, float(np.mean(2.0**levels))
# --8<-- [end:estimator]


def fixed_n_median_bias(rng: np.random.Generator, n: int, repeats: int) -> tuple[float, float]:
    """Bias of the plain sample median of n draws, and its Monte-Carlo standard error."""
    medians = np.median(rng.beta(A, B, size=(repeats, n)), axis=1)
    true = stats.beta(A, B).median()
    return float(medians.mean() - true), float(medians.std(ddof=1) / np.sqrt(repeats))


def exact_sample_median_bias(n: int, grid: int = 200_001) -> float:
    """Exact E[median of n Beta(2, 5) draws] - true median, n odd, by numerical integration."""
    x = np.linspace(0, 1, grid)
    survival = stats.binom.cdf((n - 1) // 2, n, stats.beta(A, B).cdf(x))
    return float(np.trapezoid(survival, x) - stats.beta(A, B).median())


def expected_draws(ratio: float = 2**-1.25) -> float:
    """E[2**N] = sum_k 2^k (1 - r) r^k = (1 - r) / (1 - 2r), finite when r < 1/2."""
    return (1 - ratio) / (1 - 2 * ratio)


def plot(ts: np.ndarray, rows: list[tuple[str, float, float]]) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    left.plot(ts, [mixture_median(t) for t in ts], label="true median (jumps at t = 1/2)")
    for n in (3, 15):
        left.plot(ts, [expected_sample_median(t, n) for t in ts], label=f"E[sample median], n = {n}")
    left.set(title="Mixture (1-t) U[0,0.1] + t U[0.9,1]", xlabel="mixing weight t", ylabel="value")
    left.legend(fontsize=9)
    names = [r[0] for r in rows]
    right.errorbar(range(len(rows)), [r[1] for r in rows], yerr=[2 * r[2] for r in rows],
                   fmt="o", capsize=5)
    right.axhline(0, linestyle="--", color="C2")
    right.set_xticks(range(len(rows)), names, fontsize=9)
    right.set(title="Bias for Beta(2, 5), with 2 standard errors", ylabel="estimate - true median")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    true = stats.beta(A, B).median()
    print(f"true median of Beta(2, 5): {true:.4f}")
    rows = []
    for n in (1, 2, 5, 9):
        bias, se = fixed_n_median_bias(rng, n, 400_000)
        rows.append((f"median\nn={n}", bias, se))
        exact = f", exact {exact_sample_median_bias(n):+.4f}" if n % 2 else ""
        print(f"sample median, n = {n}: bias {bias:+.4f} (s.e. {se:.4f}){exact}")
    estimates, cost = randomized_median_estimates(rng, 400_000)
    se = estimates.std(ddof=1) / np.sqrt(len(estimates))
    rows.append(("randomized\nmultilevel", estimates.mean() - true, se))
    print(f"randomized multilevel: bias {estimates.mean() - true:+.4f} (s.e. {se:.4f}), "
          f"sd per estimate {estimates.std(ddof=1):.3f}")
    print(f"draws per estimate: simulated mean {cost:.2f}, expected {expected_draws():.2f}")
    odd = np.median(rng.beta(A, B, size=(400_000, 5)), axis=1)
    print(f"P(sample median of 5 <= true median) = {np.mean(odd <= true):.4f} (median-unbiased)")
    ts = np.linspace(0.3, 0.7, 81)
    print(f"mixture median at t = 0.49, 0.51: {mixture_median(0.49):.4f}, {mixture_median(0.51):.4f}")
    plot(ts, rows)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
