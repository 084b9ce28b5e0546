"""Estimating the upper end d of Uniform[0, d] (the German tank problem): max, MVUE and 2 x mean.

Used by docs/math/probability-estimation.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 1943
D_TRUE = 1000.0
N_SAMPLE = 10


# --8<-- [start:estimators]
def estimate_continuous(x: np.ndarray) -> dict[str, np.ndarray]:
    """Three estimators of d from samples of Uniform[0, d] along the last axis."""
    n = x.shape[-1]
    top = x.max(axis=-1)
    return {
        "max (MLE)": top,  # biased low: E = n d / (n + 1)
        "max (n+1)/n (MVUE)": top * (n + 1) / n,  # unbiased, smallest variance
        "2 x mean": 2 * x.mean(axis=-1),  # unbiased, method of moments, much noisier
    }


def theoretical_mse(d: float, n: int) -> dict[str, float]:
    """Bias^2 + variance of each estimator (the max has variance n d^2 / ((n+1)^2 (n+2)))."""
    var_max = n * d**2 / ((n + 1) ** 2 * (n + 2))
    return {
        "max (MLE)": (d / (n + 1)) ** 2 + var_max,
        "max (n+1)/n (MVUE)": d**2 / (n * (n + 2)),
        "2 x mean": d**2 / (3 * n),
    }


def estimate_serials(serials: np.ndarray) -> float:
    """Discrete version: serial numbers 1..N drawn without replacement.

    MVUE = (k + 1) / k * m - 1: the maximum scaled up, minus one (= m + (m - k) / k)."""
    k, m = len(serials), int(np.max(serials))
    return (k + 1) / k * m - 1
# --8<-- [end:estimators]


def plot(estimates: dict[str, np.ndarray]) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [3, 2]})
    bins = np.linspace(300, 1700, 141)
    for name, values in estimates.items():
        left.hist(values, bins=bins, histtype="step", linewidth=1.6, density=True, label=name)
    left.axvline(D_TRUE, linestyle="--", color="black", linewidth=1, label="true d")
    left.set(xlabel="estimate of d", ylabel="density",
             title=f"Sampling distributions, n = {N_SAMPLE}, d = {D_TRUE:.0f}")
    left.legend(fontsize=9)
    ns = np.unique(np.geomspace(2, 1000, 30).astype(int))
    curves = [theoretical_mse(D_TRUE, int(n)) for n in ns]
    for name in estimates:
        right.loglog(ns, [np.sqrt(c[name]) for c in curves], label=name)
    right.set(xlabel="sample size n", ylabel="RMSE", title="Error shrinks as 1/n vs 1/sqrt(n)")
    right.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    samples = rng.uniform(0, D_TRUE, size=(200_000, N_SAMPLE))
    estimates = estimate_continuous(samples)
    mse = theoretical_mse(D_TRUE, N_SAMPLE)
    print(f"{'estimator':<20} {'mean':>8} {'RMSE sim':>9} {'RMSE exact':>11}")
    for name, values in estimates.items():
        rmse = np.sqrt(((values - D_TRUE) ** 2).mean())
        print(f"{name:<20} {values.mean():>8.1f} {rmse:>9.1f} {np.sqrt(mse[name]):>11.1f}")
    mvue = np.sqrt(mse["max (n+1)/n (MVUE)"])
    print(f"exact RMSE ratios: MVUE / MLE = {mvue / np.sqrt(mse['max (MLE)']):.3f},"
          f" MVUE / (2 x mean) = {mvue / np.sqrt(mse['2 x mean']):.3f}")
    serials = np.array([19, 40, 42, 60])
    print(f"serials {serials.tolist()} -> estimated number of tanks {estimate_serials(serials):.0f}")
    plot(estimates)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
