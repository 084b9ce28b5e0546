"""Maximum likelihood for the exponential distribution: rate = 1 / sample mean, its bias and its error.

Used by docs/math/probability-estimation.md.
"""

from __future__ import annotations

import numpy as np
from scipy import optimize

SEED = 5
RATE = 2.0


# --8<-- [start:mle]
def log_likelihood(rate: float, x: np.ndarray) -> float:
    """l(lambda) = n log(lambda) - lambda * sum(x) for i.i.d. Exponential(rate) data."""
    return len(x) * np.log(rate) - rate * float(np.sum(x))


def mle_rate(x: np.ndarray) -> float:
    """Setting dl/dlambda = n / lambda - sum(x) to zero gives lambda_hat = 1 / mean(x)."""
    return 1.0 / float(np.mean(x))


def unbiased_rate(x: np.ndarray) -> float:
    """E[1 / mean] = n lambda / (n - 1), so (n - 1) / sum(x) is unbiased (needs n >= 2)."""
    return (len(x) - 1) / float(np.sum(x))


def numerical_mle(x: np.ndarray) -> float:
    """The same maximum found by a bounded 1-D optimizer, as a check on the algebra."""
    result = optimize.minimize_scalar(lambda r: -log_likelihood(r, x), bounds=(1e-6, 1e3),
                                      method="bounded", options={"xatol": 1e-10})
    return float(result.x)
# --8<-- [end:mle]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    x = rng.exponential(scale=1 / RATE, size=200)
    print(f"n = 200, true rate {RATE}: MLE 1/mean = {mle_rate(x):.4f},"
          f" numerical argmax = {numerical_mle(x):.4f}")
    print(f"  asymptotic standard error rate/sqrt(n) = {mle_rate(x) / np.sqrt(len(x)):.4f}")
    n = 5
    small = rng.exponential(scale=1 / RATE, size=(200_000, n))
    mle = 1 / small.mean(axis=1)
    unbiased = (n - 1) / small.sum(axis=1)
    print(f"n = {n}: mean of MLE {mle.mean():.3f} (theory n*rate/(n-1) = {n * RATE / (n - 1):.3f}),"
          f" mean of (n-1)/sum {unbiased.mean():.3f}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
