"""The Lagrange-multiplier solution of max/min 4x^2 - y on the unit circle agrees with brute force and SLSQP."""

import numpy as np
import pytest
from scipy.optimize import minimize

from snippets.math.lagrange_multipliers import extremes_on_circle, f, lagrange_candidates


def test_candidates_satisfy_the_lagrange_conditions():
    for x, y, lam in lagrange_candidates():
        assert x**2 + y**2 == pytest.approx(1.0)
        np.testing.assert_allclose([8 * x, -1.0], [lam * 2 * x, lam * 2 * y], atol=1e-12)


def test_extremes_match_dense_grid():
    values = [f(x, y) for x, y, _ in lagrange_candidates()]
    lo, t_lo, hi, t_hi = extremes_on_circle()
    assert max(values) == pytest.approx(65 / 16) == pytest.approx(hi, abs=1e-8)
    assert min(values) == pytest.approx(-1.0) == pytest.approx(lo, abs=1e-8)
    assert t_lo == pytest.approx(np.pi / 2, abs=1e-3)
    assert t_hi == pytest.approx(np.pi + np.arctan(1 / np.sqrt(63)), abs=1e-3)


def test_extremes_match_scipy_constrained_optimizer():
    circle = {"type": "eq", "fun": lambda p: p[0] ** 2 + p[1] ** 2 - 1}
    best_max, best_min = -np.inf, np.inf
    for start in ([0.5, 0.5], [-0.5, -0.5], [0.9, -0.1], [0.1, 0.9]):
        hi = minimize(lambda p: -f(*p), start, constraints=[circle], method="SLSQP")
        lo = minimize(lambda p: f(*p), start, constraints=[circle], method="SLSQP")
        best_max, best_min = max(best_max, -hi.fun), min(best_min, lo.fun)
    assert best_max == pytest.approx(65 / 16, abs=1e-6)
    assert best_min == pytest.approx(-1.0, abs=1e-6)
