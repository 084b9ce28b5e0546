"""From a predictive distribution to one decision: the loss function picks the mean, median, quantile or threshold.

Used by docs/math/probability-fundamentals.md.
"""

from __future__ import annotations

import numpy as np

SEED = 12


# --8<-- [start:losses]
def squared(error: np.ndarray) -> np.ndarray:
    return error**2


def absolute(error: np.ndarray) -> np.ndarray:
    return np.abs(error)


def pinball(tau: float):
    """Quantile loss: under-prediction costs tau per unit, over-prediction 1 - tau."""
    return lambda error: np.maximum(tau * error, (tau - 1) * error)  # error = outcome - prediction


def best_point(samples: np.ndarray, loss, grid: np.ndarray) -> float:
    """The single number that minimizes the average loss over draws from the predictive distribution."""
    risks = [loss(samples - c).mean() for c in grid]
    return float(grid[int(np.argmin(risks))])


def cost_threshold(cost_false_positive: float, cost_false_negative: float) -> float:
    """Act when p * C_FN > (1 - p) * C_FP, i.e. p > C_FP / (C_FP + C_FN)."""
    return cost_false_positive / (cost_false_positive + cost_false_negative)
# --8<-- [end:losses]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    draws = rng.lognormal(mean=0.0, sigma=1.0, size=100_000)  # e.g. a delivery time, in hours
    grid = np.linspace(0.05, 6.0, 1191)  # steps of 0.005
    exact = {"squared -> mean": np.exp(0.5), "absolute -> median": 1.0,
             "pinball 0.9 -> 90% quantile": np.exp(1.2815515655446004)}
    losses = {"squared -> mean": squared, "absolute -> median": absolute,
              "pinball 0.9 -> 90% quantile": pinball(0.9)}
    for name, loss in losses.items():
        print(f"{name:<28} best constant {best_point(draws, loss, grid):.3f}, exact {exact[name]:.3f}")
    print(f"mode (0-1 loss, continuous limit): exact {np.exp(-1.0):.3f}")
    print(f"classify positive when p > {cost_threshold(1.0, 10.0):.4f} if a miss costs 10x a false alarm")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
