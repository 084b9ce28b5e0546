"""Activation derivatives agree with central differences; GELU and softmax agree with SciPy."""

import math
import warnings

import numpy as np
import pytest
from scipy.special import erf, expit
from scipy.special import softmax as scipy_softmax

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.activations import (
    ACTIVATIONS, gelu, gelu_tanh, sigmoid, softmax, softmax_backward, softmax_jacobian,
)

# Points away from the kinks of ReLU and leaky ReLU at 0, where the derivative is undefined.
X = np.array([-4.1, -2.3, -0.7, -0.05, 0.05, 0.3, 1.1, 2.9, 4.4])


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_derivative_matches_numerical_gradient(name):
    f, df = ACTIVATIONS[name]
    numeric = numerical_gradient(lambda x: float(np.sum(f(x))), X.copy())
    assert relative_error(df(X), numeric) < 1e-6


def test_gelu_exact_matches_scipy_erf_reference():
    x = np.linspace(-8, 8, 1601)
    reference = 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
    np.testing.assert_allclose(gelu(x), reference, rtol=1e-14, atol=1e-15)


def test_gelu_tanh_approximation_error_as_printed():
    x = np.linspace(-6, 6, 12001)
    reference = 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
    assert np.abs(gelu_tanh(x) - reference).max() == pytest.approx(4.7e-4, abs=0.05e-4)
    assert gelu(x).min() == pytest.approx(-0.1700, abs=5e-5)
    assert x[gelu(x).argmin()] == pytest.approx(-0.752, abs=1e-3)


def test_sigmoid_matches_scipy_and_does_not_overflow():
    x = np.array([-1000.0, -30.0, -1.0, 0.0, 1.0, 30.0, 1000.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow warning would fail the test
        np.testing.assert_allclose(sigmoid(x), expit(x), rtol=1e-15)


def test_printed_values():
    np.testing.assert_allclose(softmax(np.array([1.0, 2.0, 3.0])), [0.0900, 0.2447, 0.6652], atol=5e-5)
    assert ACTIVATIONS["sigmoid"][1](np.array([0.0]))[0] == 0.25
    assert ACTIVATIONS["tanh"][1](np.array([0.0]))[0] == 1.0


@pytest.mark.parametrize("seed", range(3))
def test_softmax_jacobian_matches_numerical_and_scipy(seed):
    z = np.random.default_rng(seed).normal(size=5) * 3
    np.testing.assert_allclose(softmax(z), scipy_softmax(z), rtol=1e-14)
    numeric = np.stack([numerical_gradient(lambda v, i=i: float(softmax(v)[i]), z.copy()) for i in range(5)])
    np.testing.assert_allclose(softmax_jacobian(z), numeric, rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(softmax_jacobian(z).sum(axis=1), 0.0, atol=1e-15)


def test_softmax_backward_equals_jacobian_transpose_product():
    rng = np.random.default_rng(4)
    z, g = rng.normal(size=6), rng.normal(size=6)
    np.testing.assert_allclose(softmax_backward(z, g), softmax_jacobian(z).T @ g, atol=1e-15)

