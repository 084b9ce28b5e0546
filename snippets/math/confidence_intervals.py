"""Confidence intervals for a mean: the puppy interval, coverage by simulation, replication odds.

Used by docs/math/estimation-and-confidence.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

SEED = 3


# --8<-- [start:ci]
def z_interval(mean: float, sigma: float, n: int, level: float = 0.95) -> tuple[float, float]:
    """CI for the mean when the population standard deviation sigma is known."""
    half = stats.norm.ppf(0.5 + level / 2) * sigma / np.sqrt(n)
    return mean - half, mean + half


def t_interval(mean: float, s: float, n: int, level: float = 0.95) -> tuple[float, float]:
    """CI for the mean when sigma is estimated by the sample standard deviation s."""
    half = stats.t.ppf(0.5 + level / 2, df=n - 1) * s / np.sqrt(n)
    return mean - half, mean + half


def simulate_intervals(rng: np.random.Generator, mu: float, sigma: float, n: int,
                       repeats: int, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Draw `repeats` samples of size n; return their t-intervals (lo, hi) as two arrays."""
    samples = rng.normal(mu, sigma, size=(repeats, n))
    means, sds = samples.mean(axis=1), samples.std(axis=1, ddof=1)
    half = stats.t.ppf(0.5 + level / 2, df=n - 1) * sds / np.sqrt(n)
    return means - half, means + half


def replication_probability(level: float = 0.95) -> float:
    """P(a new sample mean lands inside the first sample's z-interval), sigma known.

    The difference of two independent sample means has variance 2 sigma^2 / n, so the
    probability is P(|Z| < z / sqrt(2))."""
    z = stats.norm.ppf(0.5 + level / 2)
    return float(2 * stats.norm.cdf(z / np.sqrt(2)) - 1)
# --8<-- [end:ci]


def simulate_replication(rng: np.random.Generator, sigma: float, n: int, repeats: int) -> float:
    """Fraction of repeats where a second sample mean falls inside the first z-interval."""
    first = rng.normal(1.0, sigma / np.sqrt(n), size=repeats)
    second = rng.normal(1.0, sigma / np.sqrt(n), size=repeats)
    half = stats.norm.ppf(0.975) * sigma / np.sqrt(n)
    return float(np.mean(np.abs(second - first) < half))


def plot_coverage(lo: np.ndarray, hi: np.ndarray, mu: float) -> None:
    fig, ax = plt.subplots(figsize=(9, 4))
    shown = np.arange(60)
    missed = (lo[shown] > mu) | (hi[shown] < mu)
    for i in shown:
        ax.plot([i, i], [lo[i], hi[i]], color="C3" if missed[i] else "C0", linewidth=2)
    ax.axhline(mu, color="C2", linestyle="--", label=f"true mean {mu}")
    ax.set(title=f"60 intervals from 60 samples of 100 puppies: {missed.sum()} miss the true mean",
           xlabel="sample", ylabel="95% CI for mean weight (lb)")
    ax.legend(loc="upper right")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    lo, hi = z_interval(1.0, 0.12, 100)
    print(f"puppies, sigma known:  95% CI = [{lo:.4f}, {hi:.4f}]")
    lo, hi = t_interval(1.0, 0.12, 100)
    print(f"quantiles: z = {stats.norm.ppf(0.975):.4f}, t(99) = {stats.t.ppf(0.975, 99):.4f}")
    print(f"puppies, sigma estimated (t, 99 df): 95% CI = [{lo:.4f}, {hi:.4f}]")
    print(f"middle 95% of individual puppies: [{1 - 1.96 * 0.12:.4f}, {1 + 1.96 * 0.12:.4f}]")

    rng = np.random.default_rng(SEED)
    lo, hi = simulate_intervals(rng, mu=1.0, sigma=0.12, n=100, repeats=20_000)
    covered = np.mean((lo <= 1.0) & (1.0 <= hi))
    print(f"coverage of 20,000 simulated 95% intervals: {covered:.4f}")
    print(f"P(next sample mean inside this CI): closed form {replication_probability():.4f}, "
          f"simulated {simulate_replication(rng, 0.12, 100, 200_000):.4f}")
    plot_coverage(lo, hi, mu=1.0)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
