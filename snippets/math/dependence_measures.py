"""Zero correlation is not independence: Pearson, Spearman, distance correlation, mutual
information and permutation tests on linear, monotone and U-shaped relations.

Used by docs/math/correlation-and-independence.md.
"""

from __future__ import annotations

from collections.abc import Callable

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats
from sklearn.feature_selection import mutual_info_regression

SEED = 8


# --8<-- [start:measures]
def pearson(x: np.ndarray, y: np.ndarray) -> float:
    """Covariance over the product of standard deviations; in [-1, 1] by Cauchy-Schwarz."""
    xc, yc = x - x.mean(), y - y.mean()
    return float(xc @ yc / np.sqrt((xc @ xc) * (yc @ yc)))


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Pearson correlation of the ranks: measures monotone, not only linear, association."""
    return pearson(stats.rankdata(x), stats.rankdata(y))


def distance_correlation(x: np.ndarray, y: np.ndarray) -> float:
    """Szekely's distance correlation: zero (in the population) if and only if independent."""
    def centered(v: np.ndarray) -> np.ndarray:
        d = np.abs(v[:, None] - v[None, :])
        return d - d.mean(axis=0) - d.mean(axis=1)[:, None] + d.mean()
    a, b = centered(x), centered(y)
    dcov2, dvar_x, dvar_y = (a * b).mean(), (a * a).mean(), (b * b).mean()
    return float(np.sqrt(max(dcov2, 0.0) / np.sqrt(dvar_x * dvar_y)))


def permutation_p_value(statistic: Callable[[np.ndarray, np.ndarray], float], x: np.ndarray,
                        y: np.ndarray, rng: np.random.Generator, n_perm: int = 999) -> float:
    """Shuffle y to break any dependence; p = share of shuffles at least as extreme (|stat|)."""
    observed = abs(statistic(x, y))
    null = np.array([abs(statistic(x, rng.permutation(y))) for _ in range(n_perm)])
    return float((1 + np.sum(null >= observed)) / (n_perm + 1))
# --8<-- [end:measures]


def correlation_p_value(r: float, n: int) -> float:
    """Two-sided p-value of a sample correlation r from n normal pairs under rho = 0."""
    t = abs(r) * np.sqrt((n - 2) / (1 - r**2))
    return float(2 * stats.t.sf(t, df=n - 2))


def smallest_significant_r(n: int, alpha: float = 0.05) -> float:
    """|r| at which the two-sided test at level alpha starts rejecting."""
    t = stats.t.isf(alpha / 2, df=n - 2)
    return float(t / np.sqrt(n - 2 + t**2))


def concordance_probability(rho: float) -> float:
    """P(two draws of a bivariate normal are ordered the same way in x and in y)."""
    return 0.5 + np.arcsin(rho) / np.pi


def relations(rng: np.random.Generator, n: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    x = rng.normal(size=n)
    noise = rng.normal(size=n)
    return {
        "linear, rho = 0.3": (x, 0.3 * x + np.sqrt(1 - 0.09) * noise),
        "monotone, y = exp(2x)": (x, np.exp(2 * x)),
        "U-shaped, y = x^2 + noise": (x, x**2 + 0.3 * noise),
        "independent": (x, noise),
    }


def plot(data: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
    fig, axes = plt.subplots(1, 4, figsize=(13, 3.4))
    for ax, (name, (x, y)) in zip(axes, data.items()):
        ax.scatter(x, y, s=6, alpha=0.5)
        ax.set_title(f"{name}\nPearson {pearson(x, y):.2f}, dCor {distance_correlation(x, y):.2f}",
                     fontsize=10)
        ax.set_xlabel("x")
    axes[0].set_ylabel("y")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    values = np.array([-1.0, 0.0, 1.0])  # X uniform on {-1, 0, 1}, Y = X^2
    cov = np.mean(values * values**2) - values.mean() * np.mean(values**2)
    print(f"X uniform on {{-1,0,1}}, Y = X^2: Cov = {cov:.4f}, "
          f"P(Y=0) = {1 / 3:.4f} but P(Y=0 | X=0) = 1.0000")
    x = rng.normal(size=200_000)
    y = x**2
    print(f"X ~ N(0,1), Y = X^2: sample corr {pearson(x, y):+.4f}; "
          f"P(Y > 1) = {np.mean(y > 1):.4f}, P(Y > 1 | |X| > 1) = {np.mean(y[np.abs(x) > 1] > 1):.4f}")

    data = relations(rng, 300)
    print(f"\n{'relation (n = 300)':<27}{'Pearson':>8}{'Spearman':>9}{'dCor':>6}"
          f"{'perm p (Pearson)':>17}{'perm p (dCor)':>14}")
    for name, (a, b) in data.items():
        print(f"{name:<27}{pearson(a, b):8.3f}{spearman(a, b):9.3f}{distance_correlation(a, b):6.3f}"
              f"{permutation_p_value(pearson, a, b, rng):17.3f}"
              f"{permutation_p_value(distance_correlation, a, b, rng, 199):14.3f}")

    rho = 0.3
    print(f"\nrho = 0.3: explains {rho**2:.0%} of the variance; "
          f"P(concordant pair) = {concordance_probability(rho):.4f}; "
          f"Gaussian MI = {-0.5 * np.log(1 - rho**2):.4f} nats")
    big = relations(rng, 5000)
    for name in ("linear, rho = 0.3", "U-shaped, y = x^2 + noise", "independent"):
        a, b = big[name]
        print(f"kNN mutual information, n = 5000, {name}: "
              f"{mutual_info_regression(a[:, None], b, random_state=0)[0]:.4f} nats")
    print(f"r = 0.3: p = {correlation_p_value(0.3, 30):.3f} at n = 30, "
          f"{correlation_p_value(0.3, 1000):.1e} at n = 1000")
    print(f"smallest significant |r|: {smallest_significant_r(30):.3f} at n = 30, "
          f"{smallest_significant_r(1000):.3f} at n = 1000")
    plot(data)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
