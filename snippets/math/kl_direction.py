"""Forward vs reverse KL: fitting one Gaussian to a two-peaked target covers both peaks or picks one.

Used by docs/math/information-theory.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import optimize, stats

GRID = np.linspace(-10, 10, 4001)
DX = GRID[1] - GRID[0]


# --8<-- [start:kl_fit]
def target_pdf(x: np.ndarray) -> np.ndarray:
    """A bimodal target p: an equal mixture of N(-3, 1) and N(3, 1)."""
    return 0.5 * stats.norm.pdf(x, -3, 1) + 0.5 * stats.norm.pdf(x, 3, 1)


def kl_on_grid(p: np.ndarray, q: np.ndarray) -> float:
    """KL(p || q) = integral of p log(p / q), by a Riemann sum on the shared grid (nats)."""
    tiny = 1e-300
    return float(np.sum(p * (np.log(p + tiny) - np.log(q + tiny))) * DX)


def fit_gaussian(direction: str, start_mean: float = 1.0) -> tuple[float, float]:
    """Mean and sd of the Gaussian q minimizing KL(p || q) ("forward") or KL(q || p) ("reverse")."""
    p = target_pdf(GRID)

    def objective(params: np.ndarray) -> float:
        q = stats.norm.pdf(GRID, params[0], np.exp(params[1]))
        return kl_on_grid(p, q) if direction == "forward" else kl_on_grid(q, p)

    result = optimize.minimize(objective, x0=[start_mean, 0.0], method="Nelder-Mead",
                               options={"xatol": 1e-7, "fatol": 1e-10, "maxiter": 4000})
    return float(result.x[0]), float(np.exp(result.x[1]))
# --8<-- [end:kl_fit]


def plot(fits: dict[str, tuple[float, float]]) -> None:
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.fill_between(GRID, target_pdf(GRID), alpha=0.3, label="target p (two peaks)")
    for name, (mean, sd) in fits.items():
        ax.plot(GRID, stats.norm.pdf(GRID, mean, sd), label=f"{name}: mean {mean:.2f}, sd {sd:.2f}")
    ax.set(xlim=(-8, 8), xlabel="x", ylabel="density", title="One Gaussian fitted to two peaks")
    ax.legend(fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    fits = {"forward KL(p||q), mass-covering": fit_gaussian("forward"),
            "reverse KL(q||p), mode-seeking": fit_gaussian("reverse")}
    for name, (mean, sd) in fits.items():
        print(f"{name:<34} mean {mean:+.3f}, sd {sd:.3f}")
    print(f"moments of p: mean 0, sd {np.sqrt(1 + 9):.3f} (forward KL matches them)")
    plot(fits)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
