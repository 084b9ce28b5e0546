"""Why the t-distribution: with a small sample and an estimated sd, a z-interval covers too rarely.

Used by docs/math/probability-fundamentals.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

SEED = 6


# --8<-- [start:coverage]
def exact_coverage(n: int, critical: float) -> float:
    """P(|mean - mu| <= critical * s / sqrt(n)) for normal data: (mean - mu) / (s / sqrt(n)) ~ t_{n-1}."""
    return float(2 * stats.t.cdf(critical, df=n - 1) - 1)


def simulated_coverage(rng: np.random.Generator, n: int, critical: float,
                       reps: int = 100_000) -> tuple[float, float]:
    """Fraction of simulated intervals mean +- critical * s / sqrt(n) that contain the true mean 0,
    with its standard error."""
    x = rng.standard_normal((reps, n))
    half_width = critical * x.std(axis=1, ddof=1) / np.sqrt(n)
    covered = np.abs(x.mean(axis=1)) <= half_width
    return float(covered.mean()), float(covered.std(ddof=1) / np.sqrt(reps))
# --8<-- [end:coverage]


def plot() -> None:
    grid = np.linspace(-6, 6, 600)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8))
    for df in (1, 4, 30):
        left.plot(grid, stats.t.pdf(grid, df), label=f"t, {df} df")
        right.semilogy(grid, stats.t.pdf(grid, df), label=f"t, {df} df")
    for ax in (left, right):
        ax.plot(grid, stats.norm.pdf(grid), "--", color="black", linewidth=1, label="N(0, 1)")
        ax.set_xlabel("x")
    left.set(ylabel="density", title="Lower peak, heavier tails")
    right.set(ylabel="density (log scale)", title="Tails: polynomial vs Gaussian", ylim=(1e-8, 1))
    left.legend(fontsize=8)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    z = stats.norm.ppf(0.975)
    print(f"{'n':>3} {'t crit':>7} {'z-interval coverage':>20} {'simulated':>10} {'t-interval sim':>15}")
    for n in (3, 5, 10, 30, 100):
        t_crit = stats.t.ppf(0.975, df=n - 1)
        sim_z, _ = simulated_coverage(rng, n, z)
        sim_t, _ = simulated_coverage(rng, n, t_crit)
        print(f"{n:>3} {t_crit:>7.3f} {exact_coverage(n, z):>20.4f} {sim_z:>10.4f} {sim_t:>15.4f}")
    plot()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
