"""Multicollinearity: correlated features inflate coefficient variance (VIF), not predictions.

Used by docs/math/correlation-and-independence.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 12
BETA = np.array([1.0, 2.0, 3.0])  # intercept, x1, x2


# --8<-- [start:vif]
def make_design(rng: np.random.Generator, n: int, rho: float) -> np.ndarray:
    """Intercept column plus two standard-normal features with correlation rho."""
    x1 = rng.normal(size=n)
    x2 = rho * x1 + np.sqrt(1 - rho**2) * rng.normal(size=n)
    return np.column_stack([np.ones(n), x1, x2])


def ols(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Least-squares coefficients (lstsq is stable even when X is nearly singular)."""
    return np.linalg.lstsq(X, y, rcond=None)[0]


def vif(features: np.ndarray) -> np.ndarray:
    """Variance inflation factor 1 / (1 - R_j^2), R_j^2 from regressing feature j on the rest."""
    n, p = features.shape
    out = np.empty(p)
    for j in range(p):
        others = np.column_stack([np.ones(n), np.delete(features, j, axis=1)])
        target = features[:, j]
        residual = target - others @ ols(others, target)
        r2 = 1 - residual @ residual / ((target - target.mean()) @ (target - target.mean()))
        out[j] = 1 / (1 - r2)
    return out


def simulate_coefficients(rng: np.random.Generator, n: int, rho: float, repeats: int,
                          noise: float = 1.0) -> np.ndarray:
    """Refit OLS on `repeats` fresh data sets; returns a (repeats, 3) array of coefficients."""
    fits = []
    for _ in range(repeats):
        X = make_design(rng, n, rho)
        fits.append(ols(X, X @ BETA + noise * rng.normal(size=n)))
    return np.array(fits)


def theoretical_slope_sd(n: int, rho: float, noise: float = 1.0) -> float:
    """sd of a slope with a random Gaussian design: E[(X'X)^-1] = Sigma^-1 / (n - p - 2), p = 2."""
    return float(noise * np.sqrt(1 / ((1 - rho**2) * (n - 4))))
# --8<-- [end:vif]


def plot(low: np.ndarray, high: np.ndarray) -> None:
    fig, ax = plt.subplots(figsize=(6.5, 5))
    ax.scatter(high[:, 1], high[:, 2], s=5, alpha=0.4, label="corr(x1, x2) = 0.99")
    ax.scatter(low[:, 1], low[:, 2], s=5, alpha=0.6, label="corr(x1, x2) = 0")
    ax.plot(BETA[1], BETA[2], "kX", markersize=12, label="true (2, 3)")
    ax.set(title="OLS estimates over 2,000 data sets: a ridge along b1 + b2 = 5",
           xlabel="estimated b1", ylabel="estimated b2")
    ax.legend()
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    n = 100
    print(f"{'rho':>5}{'VIF':>9}{'sd(b1) sim':>12}{'theory':>9}{'sd(b1+b2)':>11}")
    fits = {}
    for rho in (0.0, 0.5, 0.9, 0.99):
        fits[rho] = simulate_coefficients(rng, n, rho, 2000)
        vifs = vif(make_design(rng, 100_000, rho)[:, 1:])
        print(f"{rho:5.2f}{vifs[0]:9.2f}{fits[rho][:, 1].std():12.4f}"
              f"{theoretical_slope_sd(n, rho):9.4f}{(fits[rho][:, 1] + fits[rho][:, 2]).std():11.4f}")
    sign_flips = np.mean(fits[0.99][:, 1] < 0)
    print(f"rho = 0.99: b1 has the wrong sign in {sign_flips:.1%} of data sets")
    plot(fits[0.0], fits[0.99])
# --8<-- [end:main]


if __name__ == "__main__":
    main()
