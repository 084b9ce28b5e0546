"""Hessian classification agrees with brute-force sampling around each critical point; scipy finds the same points."""

import itertools

import numpy as np
import pytest
from scipy.optimize import approx_fprime, root

from snippets.math.hessian_critical_points import classify, f, gradient, hessian


def brute_force_kind(x0, y0, radius=1e-3, n=720):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    diffs = f(x0 + radius * np.cos(t), y0 + radius * np.sin(t)) - f(x0, y0)
    if np.all(diffs > 0):
        return "local minimum"
    if np.all(diffs < 0):
        return "local maximum"
    return "saddle point"


def test_critical_points_and_their_kinds():
    expected = {(-1, -1): "local maximum", (-1, 1): "saddle point",
                (1, -1): "saddle point", (1, 1): "local minimum"}
    for (x, y), kind in expected.items():
        np.testing.assert_allclose(gradient(x, y), 0.0)
        assert classify(hessian(x, y)) == kind == brute_force_kind(x, y)
    assert f(-1, -1) == 4 and f(1, 1) == -4 and f(1, -1) == 0


def test_scipy_root_finds_only_these_points():
    found = set()
    for start in itertools.product(np.linspace(-2, 2, 5), repeat=2):
        sol = root(lambda p: gradient(*p), np.array(start) + 0.01)
        if sol.success:
            found.add(tuple(np.round(sol.x, 6)))
    assert found == {(-1.0, -1.0), (-1.0, 1.0), (1.0, -1.0), (1.0, 1.0)}


def test_analytic_derivatives_match_finite_differences():
    rng = np.random.default_rng(0)
    for p in rng.uniform(-2, 2, size=(10, 2)):
        g = approx_fprime(p, lambda q: f(*q), 1e-7)
        np.testing.assert_allclose(gradient(*p), g, atol=1e-4)
        H = np.column_stack([approx_fprime(p, lambda q, i=i: gradient(*q)[i], 1e-7) for i in range(2)])
        np.testing.assert_allclose(hessian(*p), H, atol=1e-4)


def test_zero_eigenvalue_is_inconclusive():
    assert classify(np.array([[0.0]])) == "inconclusive"
    assert classify(np.diag([2.0, 0.0])) == "inconclusive"
