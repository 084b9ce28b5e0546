"""p-values under the null and an alternative, and three ways significance misleads:
many tests, peeking, and huge samples.

Used by docs/math/hypothesis-testing.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

SEED = 5


# --8<-- [start:pvalues]
def one_sample_t_p_values(samples: np.ndarray) -> np.ndarray:
    """Two-sided p-values of H0: mean = 0, one test per row (vectorized t-test)."""
    n = samples.shape[1]
    t = samples.mean(axis=1) / (samples.std(axis=1, ddof=1) / np.sqrt(n))
    return 2 * stats.t.sf(np.abs(t), df=n - 1)


def t_test_power(effect: float, n: int, alpha: float = 0.05) -> float:
    """Exact power of the two-sided one-sample t-test: the t statistic is noncentral t."""
    critical = stats.t.ppf(1 - alpha / 2, df=n - 1)
    nc = effect * np.sqrt(n)
    return float(stats.nct.sf(critical, n - 1, nc) + stats.nct.cdf(-critical, n - 1, nc))


def family_wise_error(m: int, alpha: float = 0.05) -> float:
    """P(at least one false positive among m independent true-null tests)."""
    return 1 - (1 - alpha) ** m


def false_positive_share(prior_true: float, alpha: float, power: float) -> float:
    """Share of significant results that are false positives, given the base rate of real effects."""
    false_hits = (1 - prior_true) * alpha
    return false_hits / (false_hits + prior_true * power)


def peeking_false_positive_rate(rng: np.random.Generator, looks: np.ndarray, repeats: int,
                                alpha: float = 0.05) -> float:
    """Null data, z-test (sigma = 1) after each batch; stop at the first p < alpha."""
    data = rng.normal(size=(repeats, looks[-1]))
    sums = np.cumsum(data, axis=1)[:, looks - 1]
    p = 2 * stats.norm.sf(np.abs(sums) / np.sqrt(looks))
    return float(np.mean((p < alpha).any(axis=1)))
# --8<-- [end:pvalues]


def plot(null_p: np.ndarray, alt_p: np.ndarray, effect: float, n: int) -> None:
    fig, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=False)
    bins = np.linspace(0, 1, 21)
    axes[0].hist(null_p, bins=bins, density=True, alpha=0.8)
    axes[0].axhline(1.0, linestyle="--", color="C2", label="Uniform(0, 1) density")
    axes[0].set(title="H0 true: p-values are uniform", xlabel="p-value", ylabel="density")
    axes[0].legend(loc="lower right")
    axes[1].hist(alt_p, bins=bins, density=True, alpha=0.8, color="C1")
    axes[1].axvline(0.05, linestyle="--", color="C3", label="alpha = 0.05")
    axes[1].set(title=f"H1 true (effect {effect} sd, n = {n}): piled up near 0",
                xlabel="p-value", ylabel="density")
    axes[1].legend()
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    n, effect, tests = 20, 0.5, 20_000
    null_p = one_sample_t_p_values(rng.normal(0.0, 1.0, size=(tests, n)))
    alt_p = one_sample_t_p_values(rng.normal(effect, 1.0, size=(tests, n)))
    print(f"H0 true : P(p < 0.05) = {np.mean(null_p < 0.05):.4f}, P(p < 0.5) = {np.mean(null_p < 0.5):.4f}")
    print(f"H1 true : P(p < 0.05) = {np.mean(alt_p < 0.05):.4f} "
          f"(exact power {t_test_power(effect, n):.4f})")
    print(f"KS test of H0 p-values against Uniform(0,1): p = {stats.kstest(null_p, 'uniform').pvalue:.3f}")

    hits = rng.random(size=(tests, 20)) < 0.05  # 20 independent true-null tests per study
    print(f"\n20 tests at alpha 0.05: P(>= 1 false positive) = {family_wise_error(20):.4f}, "
          f"simulated {np.mean(hits.any(axis=1)):.4f}")
    looks = np.arange(10, 201, 10)
    print(f"peeking after every 10 of 200 observations: false-positive rate "
          f"{peeking_false_positive_rate(rng, looks, 20_000):.4f} instead of 0.05")
    print(f"10% of ideas real, power 0.8: {false_positive_share(0.1, 0.05, 0.8):.1%} "
          f"of significant results are false positives")
    big = 1_000_000
    effect_tiny = 0.003  # in standard deviations
    z = effect_tiny * np.sqrt(big)
    print(f"n = 1,000,000 and a true effect of 0.003 sd: z = {z:.2f}, "
          f"p = {2 * stats.norm.sf(z):.4f}")
    plot(null_p, alt_p, effect, n)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
