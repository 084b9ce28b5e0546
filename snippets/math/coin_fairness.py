"""Is a coin fair after 10 heads in 15 tosses? Exact binomial test and a Bayesian analysis.

Used by docs/math/hypothesis-testing.md.
"""

from __future__ import annotations

import numpy as np
from scipy import stats
from scipy.special import comb


# --8<-- [start:coin]
def binomial_pmf(k: np.ndarray, n: int, p: float) -> np.ndarray:
    """P(K = k) for K ~ Binomial(n, p)."""
    return comb(n, k) * p**k * (1 - p) ** (n - k)


def exact_binomial_p_value(heads: int, n: int, p: float = 0.5,
                           alternative: str = "two-sided") -> float:
    """Exact p-value: total probability, under H0, of outcomes at least as extreme as observed.

    Two-sided: sum the probabilities of every outcome no more likely than the observed one."""
    k = np.arange(n + 1)
    pmf = binomial_pmf(k, n, p)
    if alternative == "greater":
        return float(pmf[k >= heads].sum())
    if alternative == "less":
        return float(pmf[k <= heads].sum())
    return float(min(1.0, pmf[pmf <= pmf[heads] * (1 + 1e-7)].sum()))


def beta_posterior(heads: int, n: int, a: float = 1.0, b: float = 1.0) -> stats.rv_continuous:
    """Posterior of the heads probability under a Beta(a, b) prior (conjugate update)."""
    return stats.beta(a + heads, b + n - heads)


def bayes_factor_fair(heads: int, n: int) -> float:
    """P(data | p = 0.5) / P(data | p ~ Uniform(0, 1)); > 1 favours the fair coin.

    Under a uniform prior every head count 0..n is equally likely: P = 1 / (n + 1)."""
    return float(binomial_pmf(np.array(heads), n, 0.5) * (n + 1))
# --8<-- [end:coin]


# --8<-- [start:main]
def main() -> None:
    heads, n = 10, 15
    print(f"{heads} heads in {n} tosses")
    print(f"  exact two-sided p-value: {exact_binomial_p_value(heads, n):.4f}")
    print(f"  exact one-sided p-value (more heads): {exact_binomial_p_value(heads, n, alternative='greater'):.4f}")
    posterior = beta_posterior(heads, n)
    lo, hi = posterior.ppf([0.025, 0.975])
    print(f"  uniform prior -> Beta({heads + 1}, {n - heads + 1}) posterior: mean {posterior.mean():.4f}, "
          f"95% credible interval [{lo:.4f}, {hi:.4f}]")
    print(f"  posterior P(p > 0.5) = {posterior.sf(0.5):.4f}")
    print(f"  Bayes factor, fair vs uniform-p coin: {bayes_factor_fair(heads, n):.4f}")
    print(f"10 heads in 10 tosses: two-sided p-value {exact_binomial_p_value(10, 10):.5f}, "
          f"Bayes factor {bayes_factor_fair(10, 10):.4f}")
    needed = next(3 * j for j in range(1, 200) if exact_binomial_p_value(2 * j, 3 * j) < 0.05)
    print(f"if exactly 2/3 of tosses are heads, p < 0.05 first happens at {needed} tosses")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
