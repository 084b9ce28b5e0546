"""Search strategies written out: random search, Bayesian optimization (GP + expected
improvement), the successive-halving schedule and nested cross-validation.

Used by snippets/projects/hyperparameter_search.py and tests/projects/test_hyperparameter_search.py.
"""

from __future__ import annotations

import warnings
from typing import Callable

import numpy as np
from scipy.stats import norm
from sklearn.base import clone
from sklearn.exceptions import ConvergenceWarning
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import ConstantKernel, Matern, WhiteKernel
from sklearn.model_selection import GridSearchCV

Objective = Callable[[np.ndarray], float]  # maps a point of the box to a score to MAXIMIZE


def branin(x: np.ndarray) -> float:
    """Negated Branin function on [-5, 10] x [0, 15]; its maximum is -0.397887 (three optima)."""
    a, b, c, r, s, t = 1.0, 5.1 / (4 * np.pi**2), 5 / np.pi, 6.0, 10.0, 1 / (8 * np.pi)
    x1, x2 = x
    return -float(a * (x2 - b * x1**2 + c * x1 - r) ** 2 + s * (1 - t) * np.cos(x1) + s)


BRANIN_BOUNDS = np.array([[-5.0, 10.0], [0.0, 15.0]])
BRANIN_MAX = -0.397887


def sample_box(bounds: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """n points drawn uniformly from the box (bounds has one [low, high] row per dimension)."""
    return rng.uniform(bounds[:, 0], bounds[:, 1], size=(n, len(bounds)))


def random_search(f: Objective, bounds: np.ndarray, n_evals: int,
                  rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Evaluate f at n_evals uniform points; returns the points and their scores."""
    X = sample_box(bounds, n_evals, rng)
    return X, np.array([f(x) for x in X])


def expected_improvement(mu: np.ndarray, sigma: np.ndarray, best: float, xi: float = 0.01) -> np.ndarray:
    """E[max(f - best - xi, 0)] under f ~ N(mu, sigma^2), for maximization."""
    sigma = np.maximum(sigma, 1e-12)
    z = (mu - best - xi) / sigma
    return (mu - best - xi) * norm.cdf(z) + sigma * norm.pdf(z)


def bayes_opt(f: Objective, bounds: np.ndarray, n_evals: int, rng: np.random.Generator,
              n_init: int = 5, n_candidates: int = 2000, xi: float = 0.01,
              init: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """GP-EI loop: start from `init` (points and their scores) or n_init random points, then
    each next point maximizes EI (margin xi, in the objective's units) over random candidates."""
    if init is None:
        X = sample_box(bounds, n_init, rng)
        y = np.array([f(x) for x in X])
    else:
        X, y = np.array(init[0], dtype=float), np.array(init[1], dtype=float)
    span = bounds[:, 1] - bounds[:, 0]
    kernel = (ConstantKernel(1.0, (1e-2, 1e2)) * Matern(length_scale=np.full(len(bounds), 0.3),
                                                          length_scale_bounds=(1e-2, 1e1), nu=2.5)
              + WhiteKernel(1e-4, (1e-8, 1e-1)))
    while len(y) < n_evals:
        unit = (X - bounds[:, 0]) / span  # the GP works on the unit box
        gp = GaussianProcessRegressor(kernel, normalize_y=True, n_restarts_optimizer=2,
                                      random_state=int(rng.integers(2**31)))
        with warnings.catch_warnings():  # a length scale at its bound is fine for this loop
            warnings.simplefilter("ignore", ConvergenceWarning)
            gp.fit(unit, y)
        candidates = rng.uniform(size=(n_candidates, len(bounds)))
        mu, sigma = gp.predict(candidates, return_std=True)  # in the objective's units
        incumbent = float(gp.predict(unit).max())  # best posterior mean: robust to noisy scores
        pick = candidates[np.argmax(expected_improvement(mu, sigma, incumbent, xi))]
        x_next = bounds[:, 0] + pick * span
        X = np.vstack([X, x_next])
        y = np.append(y, f(x_next))
    return X, y


def best_so_far(y: np.ndarray) -> np.ndarray:
    return np.maximum.accumulate(y)


def halving_schedule(n_candidates: int, min_resources: int, max_resources: int,
                     factor: int = 3) -> list[tuple[int, int]]:
    """(candidates, resources per candidate) for each rung of successive halving.

    Each rung keeps the best 1/factor of the candidates and gives each factor times the
    resources; it stops when resources would exceed the maximum or one candidate is left.
    """
    n_rungs_by_resources = int(np.floor(np.log(max_resources / min_resources) / np.log(factor))) + 1
    n_rungs_by_candidates = int(np.ceil(np.log(n_candidates) / np.log(factor))) + 1
    rungs = []
    for i in range(min(n_rungs_by_resources, n_rungs_by_candidates)):
        rungs.append((int(np.ceil(n_candidates / factor**i)), min_resources * factor**i))
    return rungs


def successive_halving(configs: list, score: Callable[[object, int], float], min_resources: int,
                       max_resources: int, factor: int = 3) -> tuple[object, list[list[float]]]:
    """Run successive halving: score(config, resources) -> higher is better."""
    alive = list(configs)
    history = []
    for n_keep, resources in halving_schedule(len(configs), min_resources, max_resources, factor):
        alive = alive[:n_keep]
        scores = [score(c, resources) for c in alive]
        history.append(scores)
        order = np.argsort(scores)[::-1]  # best first; stable ties keep the earlier config
        alive = [alive[i] for i in order]
    return alive[0], history


def nested_cv(estimator, grid: dict, X: np.ndarray, y: np.ndarray, outer, inner) -> np.ndarray:
    """Outer-fold scores of 'grid search with inner CV, refit, score on the outer test fold'."""
    scores = []
    for train_idx, test_idx in outer.split(X, y):
        search = GridSearchCV(clone(estimator), grid, cv=inner).fit(X[train_idx], y[train_idx])
        scores.append(search.score(X[test_idx], y[test_idx]))
    return np.array(scores)
