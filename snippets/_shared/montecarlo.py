"""Monte-Carlo estimates with their standard error, shared by the probability pages of docs/math/.

A simulated answer "agrees" with a closed form when it lies within a few standard errors of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Estimate:
    """A sample mean of i.i.d. draws and the standard error of that mean."""

    mean: float
    stderr: float
    n: int

    def z_score(self, exact: float) -> float:
        """How many standard errors the estimate sits from `exact`."""
        if self.stderr == 0.0:
            return 0.0 if self.mean == exact else float("inf")
        return (self.mean - exact) / self.stderr

    def agrees_with(self, exact: float, n_se: float = 4.0) -> bool:
        """True when |mean - exact| <= n_se standard errors (4 SE: a false alarm about 1 in 16,000)."""
        return abs(self.z_score(exact)) <= n_se


def estimate(values: np.ndarray) -> Estimate:
    """Mean and standard error of i.i.d. draws (booleans count as 0/1 indicators)."""
    x = np.asarray(values, dtype=float).ravel()
    if x.size < 2:
        raise ValueError("need at least two draws to estimate a standard error")
    return Estimate(float(x.mean()), float(x.std(ddof=1) / np.sqrt(x.size)), int(x.size))


def conditional_estimate(event: np.ndarray, given: np.ndarray) -> Estimate:
    """P(event | given) from paired boolean draws: the fraction of `given` draws where `event` holds."""
    event, given = np.asarray(event, dtype=bool), np.asarray(given, dtype=bool)
    return estimate(event[given])
