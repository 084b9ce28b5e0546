"""Turning a skewed variable into a roughly normal one: log, Box-Cox, Yeo-Johnson, rank-based inverse normal.

Used by docs/math/probability-fundamentals.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import optimize, stats

SEED = 4


# --8<-- [start:transforms]
def box_cox(x: np.ndarray, lam: float) -> np.ndarray:
    """(x^lam - 1) / lam, and log(x) at lam = 0; needs x > 0."""
    return np.log(x) if abs(lam) < 1e-12 else (x**lam - 1.0) / lam


def box_cox_log_likelihood(lam: float, x: np.ndarray) -> float:
    """Profile log-likelihood of lam under 'the transformed data are normal'; the Jacobian term
    (lam - 1) sum(log x) keeps different lam comparable."""
    y = box_cox(x, lam)
    return -0.5 * len(x) * np.log(y.var()) + (lam - 1.0) * float(np.log(x).sum())


def fit_box_cox(x: np.ndarray) -> float:
    """The lam that makes the transformed data look most normal (maximum likelihood)."""
    result = optimize.minimize_scalar(lambda lam: -box_cox_log_likelihood(lam, x),
                                      bounds=(-3, 3), method="bounded", options={"xatol": 1e-8})
    return float(result.x)


def rank_inverse_normal(x: np.ndarray) -> np.ndarray:
    """Phi^-1((rank - 0.5) / n): normal scores. Works for any continuous data, keeps only the order."""
    ranks = stats.rankdata(x)
    return stats.norm.ppf((ranks - 0.5) / len(x))
# --8<-- [end:transforms]


def shape(values: np.ndarray) -> str:
    return f"skew {stats.skew(values):+.2f}, excess kurtosis {stats.kurtosis(values):+.2f}"


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    x = rng.gamma(shape=2.0, scale=1.0, size=5_000)  # right-skewed, positive
    lam = fit_box_cox(x)
    yj, yj_lam = stats.yeojohnson(x)
    versions = {
        "raw Gamma(2)": x,
        "log": np.log(x),
        f"Box-Cox, lambda = {lam:.3f}": box_cox(x, lam),
        f"Yeo-Johnson, lambda = {yj_lam:.3f}": yj,
        "rank-based inverse normal": rank_inverse_normal(x),
        "exact PIT: Phi^-1(F(x))": stats.norm.ppf(stats.gamma(2.0).cdf(x)),
    }
    for name, values in versions.items():
        print(f"{name:<32} {shape(values)}")
    fig, axes = plt.subplots(1, 4, figsize=(12, 3.2))
    for ax, name in zip(axes, list(versions)[:3] + ["rank-based inverse normal"]):
        ax.hist(versions[name], bins=60, density=True)
        ax.set_title(f"{name}\nskew {stats.skew(versions[name]):+.2f}", fontsize=10)
        ax.set_yticks([])
    fig.tight_layout()
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
