"""Central-difference numerical gradients, the reference that analytic backward passes are checked against."""

from __future__ import annotations

from typing import Callable

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """d f / d x by central differences, one coordinate at a time; `x` is restored afterwards."""
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    flat_x, flat_grad = x.reshape(-1), grad.reshape(-1)
    for i in range(flat_x.size):
        original = flat_x[i]
        flat_x[i] = original + eps
        upper = f(x)
        flat_x[i] = original - eps
        lower = f(x)
        flat_x[i] = original
        flat_grad[i] = (upper - lower) / (2 * eps)
    return grad


def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """max |a - n| / max(|a| + |n|, tiny): below about 1e-6 means the backward pass is right."""
    scale = np.maximum(np.abs(analytic) + np.abs(numeric), 1e-12)
    return float(np.max(np.abs(analytic - numeric) / scale))
