"""Small seeded toy data sets shared by several snippets."""

from __future__ import annotations

import numpy as np


def make_moons(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles with Gaussian noise; labels 0 and 1."""
    t = rng.uniform(0.0, np.pi, size=n)
    y = rng.integers(0, 2, size=n)
    X = np.where(y[:, None] == 0, np.c_[np.cos(t), np.sin(t)], np.c_[1 - np.cos(t), 0.5 - np.sin(t)])
    return X + rng.normal(0.0, noise, size=X.shape), y
