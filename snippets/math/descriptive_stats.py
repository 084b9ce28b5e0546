"""Descriptive statistics: mean, median, population vs sample variance, moments, z-scores.

Used by docs/math/descriptive-statistics.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

SEED = 0


# --8<-- [start:describe]
def describe(x: np.ndarray) -> dict[str, float]:
    """Mean, median, and both variances: divide by n (population) or n - 1 (sample)."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    mean = x.sum() / n
    squared_deviations = ((x - mean) ** 2).sum()
    ordered = np.sort(x)
    median = (ordered[(n - 1) // 2] + ordered[n // 2]) / 2  # middle value or mean of the two middles
    return {
        "mean": mean,
        "median": median,
        "population variance": squared_deviations / n,
        "sample variance": squared_deviations / (n - 1),
        "population std": np.sqrt(squared_deviations / n),
        "sample std": np.sqrt(squared_deviations / (n - 1)),
    }


def moments(x: np.ndarray) -> dict[str, float]:
    """Zeroth raw moment, mean, variance, skewness and excess kurtosis (plug-in estimates)."""
    x = np.asarray(x, dtype=float)
    mean = x.mean()
    centered = x - mean
    variance = (centered**2).mean()
    return {
        "zeroth (total mass)": float(np.mean(x**0)),
        "first (mean)": mean,
        "second central (variance)": variance,
        "third standardized (skewness)": (centered**3).mean() / variance**1.5,
        "fourth standardized - 3 (excess kurtosis)": (centered**4).mean() / variance**2 - 3.0,
    }
# --8<-- [end:describe]


# --8<-- [start:zscore]
def z_score(x: float, mean: float, std: float) -> float:
    """How many standard deviations x lies above the mean."""
    return (x - mean) / std


def normal_quantile_cutoff(mean: float, std: float, top_fraction: float) -> float:
    """Value above which the top `top_fraction` of a normal distribution lies."""
    return mean + stats.norm.ppf(1.0 - top_fraction) * std


def lognormal_tails_at_z_cutoffs(sigma: float, fraction: float) -> tuple[float, float]:
    """True fractions of a lognormal(0, sigma) above mean + z sd and below mean - z sd,
    with z the normal quantile that would put `fraction` in each tail."""
    dist = stats.lognorm(s=sigma)
    z = stats.norm.ppf(1.0 - fraction)
    upper = float(dist.sf(dist.mean() + z * dist.std()))
    lower = float(dist.cdf(dist.mean() - z * dist.std()))
    return upper, lower
# --8<-- [end:zscore]


def outlier_effect(x: np.ndarray, outlier: float) -> tuple[float, float, float, float]:
    """Mean and median before and after appending one outlier."""
    y = np.append(x, outlier)
    return float(np.mean(x)), float(np.median(x)), float(np.mean(y)), float(np.median(y))


def plot_skewed(rng: np.random.Generator, sigma: float = 0.6) -> None:
    dist = stats.lognorm(s=sigma)
    sample = dist.rvs(size=20_000, random_state=rng)
    z_cut = dist.mean() + stats.norm.ppf(0.9) * dist.std()
    fig, ax = plt.subplots(figsize=(8, 4))
    grid = np.linspace(0, 5, 400)
    ax.hist(sample, bins=120, range=(0, 5), density=True, alpha=0.5, label="sample")
    ax.plot(grid, dist.pdf(grid), label="lognormal density")
    ax.axvline(dist.median(), linestyle="--", color="C2", label=f"median {dist.median():.2f}")
    ax.axvline(dist.mean(), linestyle="-.", color="C3", label=f"mean {dist.mean():.2f}")
    ax.axvline(z_cut, linestyle=":", color="C4", label=f"mean + 1.28 sd = {z_cut:.2f}")
    ax.axvline(dist.ppf(0.9), linestyle="-", color="C5", label=f"true 90th pct = {dist.ppf(0.9):.2f}")
    low_cut = dist.mean() - stats.norm.ppf(0.9) * dist.std()
    ax.axvline(low_cut, linestyle=":", color="C6", label=f"mean - 1.28 sd = {low_cut:.2f}")
    ax.axvline(dist.ppf(0.1), linestyle="-", color="C7", label=f"true 10th pct = {dist.ppf(0.1):.2f}")
    ax.set(title="Right-skewed data: mean > median, z-score cutoffs misplace the tails",
           xlabel="value", ylabel="density")
    ax.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    data = np.array([1, 5, 3, 2, 4, 4])
    for name, value in describe(data).items():
        print(f"{name:>21}: {value:.4f}")
    print(f"{'sum of sq. deviations':>21}: {((data - data.mean()) ** 2).sum():.4f}")

    incomes = np.array([32, 38, 41, 45, 47, 52, 58])  # thousands
    before_mean, before_median, after_mean, after_median = outlier_effect(incomes, 5000)
    print(f"\nincomes: mean {before_mean:.1f}, median {before_median:.1f}")
    print(f"add one income of 5000: mean {after_mean:.1f}, median {after_median:.1f}")

    rng = np.random.default_rng(SEED)
    exponential = rng.exponential(size=200_000)
    print("\nmoments of 200,000 Exponential(1) draws (theory: 1, 1, 1, 2, 6):")
    for name, value in moments(exponential).items():
        print(f"  {name:>42}: {value:.3f}")

    z = z_score(1.1, 1.0, 0.12)
    print(f"\npuppy z-score: {z:.4f} (normal percentile {stats.norm.cdf(z):.4f})")
    print(f"top-10% weight cutoff: {normal_quantile_cutoff(1.0, 0.12, 0.10):.4f} lb")
    upper, lower = lognormal_tails_at_z_cutoffs(0.6, 0.10)
    print("lognormal(sigma=0.6), normal would give 0.1000 in each tail:")
    print(f"  fraction above mean + 1.2816 sd: {upper:.4f}")
    print(f"  fraction below mean - 1.2816 sd: {lower:.4f}")
    plot_skewed(rng)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
