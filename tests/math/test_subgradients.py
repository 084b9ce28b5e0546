"""Subgradients of |x|, ReLU and the L1 norm satisfy the defining inequality; one-sided derivatives as printed."""

import numpy as np
import pytest

from snippets.math.subgradients import (
    abs_grad_conventions, abs_subdifferential, is_subgradient, l1_subgradient, one_sided_derivatives,
    relu_grad_autodiff_convention, relu_subdifferential,
)

GRID = np.linspace(-3, 3, 601)


def relu(v):
    return np.maximum(v, 0.0)


def test_one_sided_derivatives_at_zero():
    assert one_sided_derivatives(np.abs, 0.0) == pytest.approx((-1.0, 1.0))
    assert one_sided_derivatives(relu, 0.0) == pytest.approx((0.0, 1.0))
    assert one_sided_derivatives(np.square, 0.0) == pytest.approx((0.0, 0.0), abs=1e-5)


def test_subdifferential_intervals_match_the_definition():
    for sub, fn in ((abs_subdifferential, np.abs), (relu_subdifferential, relu)):
        for x0 in (-1.3, 0.0, 0.8):
            lo, hi = sub(x0)
            for g in np.linspace(-2, 2, 81):
                inside = lo - 1e-12 <= g <= hi + 1e-12
                assert is_subgradient(fn, g, x0, GRID) == inside, (fn, x0, g)


def test_page_candidates():
    candidates = [-1.5, -1.0, 0.0, 0.3, 1.0, 1.2]
    assert [g for g in candidates if is_subgradient(np.abs, g, 0.0, GRID)] == [-1.0, 0.0, 0.3, 1.0]


def test_autodiff_convention_is_a_subgradient_everywhere():
    x = np.array([-2.0, -0.1, 0.0, 0.1, 2.0])
    for x0, g in zip(x, relu_grad_autodiff_convention(x)):
        assert is_subgradient(relu, g, x0, GRID)


def test_l1_subgradient_against_definition_in_3d():
    rng = np.random.default_rng(0)
    w = np.array([0.7, 0.0, -2.0])
    g = l1_subgradient(w)
    np.testing.assert_array_equal(g, [1.0, 0.0, -1.0])
    others = rng.normal(size=(5000, 3)) * 3
    assert np.all(np.abs(others).sum(1) >= np.abs(w).sum() + (others - w) @ g - 1e-12)


def test_both_abs_gradient_rules_are_subgradients_and_differ_only_at_zero():
    x = np.linspace(-2, 2, 41)  # includes 0 exactly
    rules = abs_grad_conventions(x)
    for g in rules.values():
        for x0, g0 in zip(x, g):
            assert is_subgradient(np.abs, g0, x0, GRID)
    differ = rules["sign(x)"] != rules["+1 if x >= 0"]
    np.testing.assert_array_equal(x[differ], [0.0])
    at_zero = abs_grad_conventions(np.array([0.0]))
    assert (at_zero["sign(x)"][0], at_zero["+1 if x >= 0"][0]) == (0.0, 1.0)
