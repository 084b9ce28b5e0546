"""The 10,000-stock trap: how many of 50 million pairs correlate above 0.8 by chance
when 24 monthly prices give 23 returns, for returns and for price levels, and what
corrections do.

Used by docs/math/hypothesis-testing.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

SEED = 2024


# --8<-- [start:stocks]
def prob_abs_corr_above(r: float, n: int) -> float:
    """P(|sample correlation| > r) for n independent bivariate-normal pairs with rho = 0.

    Under H0, t = r sqrt(n - 2) / sqrt(1 - r^2) follows Student t with n - 2 df."""
    t = r * np.sqrt(n - 2) / np.sqrt(1 - r**2)
    return float(2 * stats.t.sf(t, df=n - 2))


def corr_threshold(alpha: float, n: int) -> float:
    """|r| a single pair must exceed for a two-sided test at level alpha."""
    t = stats.t.isf(alpha / 2, df=n - 2)
    return float(t / np.sqrt(n - 2 + t**2))


def log_returns(prices: np.ndarray) -> np.ndarray:
    """Period-to-period log returns of each row: n prices give n - 1 returns."""
    return np.diff(np.log(prices), axis=1)


def expected_chance_pairs(
    stocks: int, prices_per_stock: int, r: float
) -> tuple[int, float]:
    """(returns per stock, expected number of unrelated pairs with |corr| > r).

    Returns are correlated, not prices, and n prices give n - 1 returns."""
    months = prices_per_stock - 1
    pairs = stocks * (stocks - 1) // 2
    return months, pairs * prob_abs_corr_above(r, months)


def count_pairs_above(series: np.ndarray, r: float, block: int = 1000) -> int:
    """Number of pairs i < j of rows with |corr| > r, in blocks (never the full matrix)."""
    z = series - series.mean(axis=1, keepdims=True)
    z /= np.linalg.norm(z, axis=1, keepdims=True)
    total = 0
    for start in range(0, len(z), block):
        corr = z[start:start + block] @ z[start:].T  # rows start.. against columns start..
        upper = np.triu(np.ones(corr.shape, dtype=bool), k=1)  # keep j > i only
        total += int(np.count_nonzero((np.abs(corr) > r) & upper))
    return total


def benjamini_hochberg(p: np.ndarray, q: float) -> np.ndarray:
    """Boolean mask of discoveries at false discovery rate q."""
    order = np.argsort(p)
    m = len(p)
    passed = p[order] <= q * np.arange(1, m + 1) / m
    k = passed.nonzero()[0].max() + 1 if passed.any() else 0
    mask = np.zeros(m, dtype=bool)
    mask[order[:k]] = True
    return mask
# --8<-- [end:stocks]


def plot(returns: np.ndarray, prices: np.ndarray, rng: np.random.Generator) -> None:
    i, j = rng.integers(0, len(returns), size=(2, 50_000))
    keep = i != j
    def pair_corr(x: np.ndarray) -> np.ndarray:
        z = x - x.mean(axis=1, keepdims=True)
        z /= np.linalg.norm(z, axis=1, keepdims=True)
        return (z[i[keep]] * z[j[keep]]).sum(axis=1)
    fig, ax = plt.subplots(figsize=(9, 4))
    bins = np.linspace(-1, 1, 81)
    ax.hist(pair_corr(returns), bins=bins, density=True, alpha=0.6,
            label="monthly returns (independent)")
    ax.hist(pair_corr(prices), bins=bins, density=True, alpha=0.6,
            label="price levels (random walks)")
    for x in (-0.8, 0.8):
        ax.axvline(x, linestyle="--", color="C3")
    ax.set(title="Correlations between unrelated stocks: 23 monthly returns, 24 prices",
           xlabel="sample correlation", ylabel="density")
    ax.legend(loc="upper left")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    stocks, prices_per_stock, r = 10_000, 24, 0.8
    steps = rng.normal(0.0, 0.05, size=(stocks, prices_per_stock - 1))
    start = np.zeros((stocks, 1))
    prices = 100 * np.exp(np.concatenate([start, np.cumsum(steps, axis=1)], axis=1))
    returns = log_returns(prices)  # 24 monthly prices give 23 monthly returns
    months, expected = expected_chance_pairs(stocks, prices_per_stock, r)
    assert returns.shape[1] == months
    pairs = stocks * (stocks - 1) // 2
    p_pair = prob_abs_corr_above(r, months)
    print(f"{prices_per_stock} prices -> {months} returns per stock; pairs: {pairs:,}")
    print(f"P(|r| > {r}) for one unrelated pair of return series: {p_pair:.2e}")
    print(f"expected pairs above {r} by chance: {expected:.1f}; "
          f"P(at least one) = {1 - np.exp(pairs * np.log1p(-p_pair)):.6f}")
    hits = count_pairs_above(returns, r)
    print(f"simulated independent returns: {hits:,} pairs above {r}")
    sub = prices[:2000]
    share = count_pairs_above(sub, r) / (len(sub) * (len(sub) - 1) // 2)
    print(f"price levels instead of returns: {share:.2%} of pairs above {r}")
    threshold = corr_threshold(0.05 / pairs, months)
    print(f"Bonferroni (alpha 0.05 / {pairs:,}): a pair needs |r| > {threshold:.4f}")
    # 1,000,000 unrelated pairs through Benjamini-Hochberg: under H0,
    # t = r sqrt(21 / (1 - r^2)) is Student t with months - 2 = 21 df; draw it directly.
    null_t = rng.standard_t(months - 2, size=1_000_000)
    p_values = 2 * stats.t.sf(np.abs(null_t), months - 2)
    found = benjamini_hochberg(p_values, 0.05).sum()
    print(f"1,000,000 null pairs: {np.sum(p_values < 0.05):,} with p < 0.05, "
          f"{found} after Benjamini-Hochberg at q = 0.05")
    plot(returns, prices, rng)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
