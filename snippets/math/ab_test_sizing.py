"""Sample size and power of a two-proportion A/B test (ad click rates), checked by simulation.

Used by docs/math/ab-testing.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

SEED = 21


# --8<-- [start:sizing]
def sample_size_per_group(p1: float, p2: float, alpha: float = 0.05, power: float = 0.8,
                          two_sided: bool = True) -> int:
    """Visitors per arm for a two-proportion z-test to detect p1 -> p2 with the given power."""
    z_alpha = stats.norm.isf(alpha / 2 if two_sided else alpha)
    z_beta = stats.norm.isf(1 - power)
    p_bar = (p1 + p2) / 2
    spread = (z_alpha * np.sqrt(2 * p_bar * (1 - p_bar))
              + z_beta * np.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
    return int(np.ceil(spread**2 / (p1 - p2) ** 2))


def two_proportion_z(clicks_a: np.ndarray, clicks_b: np.ndarray, n: int) -> np.ndarray:
    """Pooled z statistic of B minus A, vectorized over experiments."""
    pa, pb = clicks_a / n, clicks_b / n
    pooled = (clicks_a + clicks_b) / (2 * n)
    return (pb - pa) / np.sqrt(pooled * (1 - pooled) * 2 / n)


def simulated_rejection_rate(rng: np.random.Generator, p1: float, p2: float, n: int,
                             experiments: int, alpha: float = 0.05, two_sided: bool = True) -> float:
    """Share of simulated experiments in which the z-test rejects H0: p1 == p2."""
    z = two_proportion_z(rng.binomial(n, p1, experiments), rng.binomial(n, p2, experiments), n)
    if two_sided:
        return float(np.mean(np.abs(z) > stats.norm.isf(alpha / 2)))
    return float(np.mean(z > stats.norm.isf(alpha)))


def sample_ratio_mismatch_p(n_a: int, n_b: int) -> float:
    """p-value that a 50/50 split produced these arm sizes (a failing split invalidates a test)."""
    return float(stats.binomtest(n_a, n_a + n_b, 0.5).pvalue)
# --8<-- [end:sizing]


def plot() -> None:
    lifts = np.linspace(0.02, 0.30, 60)
    fig, ax = plt.subplots(figsize=(8, 4.2))
    for base in (0.01, 0.05, 0.20):
        ax.plot(lifts * 100, [sample_size_per_group(base, base * (1 + x)) for x in lifts],
                label=f"baseline rate {base:.0%}")
    ax.set_yscale("log")
    ax.set(title="Visitors per arm for 80% power at alpha = 0.05 (two-sided)",
           xlabel="minimal detectable effect, relative lift (%)", ylabel="visitors per arm")
    ax.legend()
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    p1, p2 = 0.05, 0.055  # baseline click rate 5%, minimal detectable effect +10% relative
    n = sample_size_per_group(p1, p2)
    n_one = sample_size_per_group(p1, p2, two_sided=False)
    print("5.0% -> 5.5% click rate, alpha 0.05, power 0.8:")
    print(f"  two-sided: {n:,} visitors per arm ({2 * n:,} total), "
          f"about {n * p1:,.0f} and {n * p2:,.0f} clicks")
    print(f"  one-sided: {n_one:,} visitors per arm")
    print(f"  +5% relative lift instead (5.25%): {sample_size_per_group(p1, 0.0525):,} per arm")
    rare = sample_size_per_group(0.01, 0.011)
    print(f"  same +10% lift on a 1% baseline: {rare:,} per arm ({rare / n:.1f} times more)")
    rng = np.random.default_rng(SEED)
    print(f"simulated power at n = {n:,}: {simulated_rejection_rate(rng, p1, p2, n, 20_000):.4f}")
    print(f"simulated false-positive rate (no difference): "
          f"{simulated_rejection_rate(rng, p1, p1, n, 20_000):.4f}")
    print(f"sample ratio check, 50,000 vs 51,000 users: p = {sample_ratio_mismatch_p(50_000, 51_000):.4f}")
    plot()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
