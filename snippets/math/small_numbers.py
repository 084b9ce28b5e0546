"""The law of small numbers: with one true rate everywhere, the most extreme rates come from
small counties.

Used by docs/math/probability-estimation.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 3
TRUE_RATE = 0.002  # the same 20 cases per 10,000 people in every county
N_COUNTIES = 3000


# --8<-- [start:simulate]
def simulate_counties(rng: np.random.Generator, n_counties: int = N_COUNTIES,
                      rate: float = TRUE_RATE) -> tuple[np.ndarray, np.ndarray]:
    """Populations log-uniform between 1,000 and 1,000,000; cases ~ Binomial(population, rate)."""
    population = np.round(10 ** rng.uniform(3, 6, size=n_counties)).astype(int)
    cases = rng.binomial(population, rate)
    return population, cases / population


def rate_sd(population: np.ndarray, rate: float = TRUE_RATE) -> np.ndarray:
    """Standard deviation of an observed rate: sqrt(p (1 - p) / n), large for small n."""
    return np.sqrt(rate * (1 - rate) / population)


def extremes(population: np.ndarray, observed: np.ndarray, k: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the k lowest-rate and k highest-rate counties (ties broken in favour of the
    larger county, so small counties do not win merely by tying)."""
    low = np.lexsort((-population, observed))[:k]
    high = np.lexsort((-population, -observed))[:k]
    return low, high
# --8<-- [end:simulate]


def plot(population: np.ndarray, observed: np.ndarray) -> None:
    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.scatter(population, observed * 1e4, s=6, alpha=0.5, label="county (same true rate)")
    grid = np.geomspace(population.min(), population.max(), 200)
    for z, style in ((2, "--"), (3, ":")):
        upper = (TRUE_RATE + z * rate_sd(grid)) * 1e4
        lower = np.maximum(TRUE_RATE - z * rate_sd(grid), 0) * 1e4
        ax.plot(grid, upper, style, color="black", linewidth=1, label=f"true rate ± {z} sd")
        ax.plot(grid, lower, style, color="black", linewidth=1)
    ax.axhline(TRUE_RATE * 1e4, color="black", linewidth=1)
    ax.set_xscale("log")
    ax.set(xlabel="county population", ylabel="observed cases per 10,000",
           title="Funnel plot: small counties fill both extremes")
    ax.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    population, observed = simulate_counties(rng)
    low, high = extremes(population, observed)
    for name, idx in (("lowest", low), ("highest", high)):
        pairs = ", ".join(f"{population[i]:,} ({observed[i] * 1e4:.1f})" for i in idx)
        print(f"3 {name}-rate counties, population (cases per 10,000): {pairs}")
    print(f"counties with zero cases: {np.sum(observed == 0)}, largest of them: {population[observed == 0].max()}")
    for lo, hi in ((1_000, 5_000), (100_000, 1_000_001)):
        group = (population >= lo) & (population < hi)
        theory = np.sqrt(np.mean(rate_sd(population[group]) ** 2))
        print(f"population {lo:>7}-{hi - 1:>7}: {group.sum():>4} counties, rate sd"
              f" {observed[group].std() * 1e4:5.2f} per 10,000 (binomial theory {theory * 1e4:5.2f})")
    print(f"sd of the observed rate: {rate_sd(np.array(1_000))[()] * 1e4:.1f} per 10,000 at 1,000 people,"
          f" {rate_sd(np.array(1_000_000))[()] * 1e4:.2f} at 1,000,000")
    plot(population, observed)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
