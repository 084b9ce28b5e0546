"""Stable softmax / log-softmax / cross-entropy agree with SciPy, survive logits of 1e4, and have the right gradient."""

import warnings

import numpy as np
import pytest
from scipy.special import log_softmax as scipy_log_softmax
from scipy.special import logsumexp as scipy_logsumexp
from scipy.special import softmax as scipy_softmax

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.softmax_cross_entropy import (
    binary_cross_entropy_grad, binary_cross_entropy_with_logits, cross_entropy, cross_entropy_grad,
    log_softmax, logsumexp, naive_cross_entropy, softmax,
)

LOGITS = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.1], [0.0, 0.0, 0.0]])
LABELS = np.array([0, 1, 0, 2])
BIG = np.array([[1e4, 0.0, -1e4], [-1e4, 1e4, 0.0]])


@pytest.mark.parametrize("scale", [1.0, 50.0, 1e4])
def test_matches_scipy(scale):
    z = np.random.default_rng(0).normal(size=(6, 5)) * scale
    np.testing.assert_allclose(logsumexp(z), scipy_logsumexp(z, axis=-1), rtol=1e-13)
    np.testing.assert_allclose(softmax(z), scipy_softmax(z, axis=-1), rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(log_softmax(z), scipy_log_softmax(z, axis=-1), rtol=1e-12, atol=1e-12)


def test_no_overflow_or_nan_at_1e4():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any overflow / invalid warning fails the test
        loss = cross_entropy(BIG, np.array([0, 2]))
        grad = cross_entropy_grad(BIG, np.array([0, 2]))
    assert loss == pytest.approx(5000.0)  # first row is right (loss 0), second is off by 1e4
    assert np.isfinite(grad).all()
    np.testing.assert_allclose(grad, [[0, 0, 0], [0, 0.5, -0.5]], atol=1e-15)
    assert np.isnan(naive_cross_entropy(BIG, np.array([0, 2])))


def test_printed_values():
    assert cross_entropy(LOGITS, LABELS) == pytest.approx(0.9555, abs=5e-5)
    assert cross_entropy(np.zeros((1, 3)), np.array([1])) == pytest.approx(np.log(3))
    np.testing.assert_allclose(cross_entropy_grad(LOGITS, LABELS)[2], [-0.219, 0.0114, 0.2075], atol=5e-5)
    z, y = np.array([3.0, -2.0, 0.5, 800.0]), np.array([1.0, 0.0, 0.0, 0.0])
    assert binary_cross_entropy_with_logits(z, y) == pytest.approx(200.2874, abs=5e-5)


def test_cross_entropy_gradient_is_softmax_minus_one_hot_numerically():
    rng = np.random.default_rng(1)
    z = rng.normal(size=(5, 4)) * 3
    y = rng.integers(0, 4, size=5)
    numeric = numerical_gradient(lambda v: cross_entropy(v, y), z.copy())
    assert relative_error(cross_entropy_grad(z, y), numeric) < 1e-6
    one_hot = np.eye(4)[y]
    np.testing.assert_allclose(cross_entropy_grad(z, y), (scipy_softmax(z, axis=1) - one_hot) / 5, atol=1e-15)


def test_binary_cross_entropy_against_direct_formula_and_gradient():
    rng = np.random.default_rng(2)
    z = rng.normal(size=7) * 4
    y = rng.integers(0, 2, size=7).astype(float)
    p = 1 / (1 + np.exp(-z))
    direct = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert binary_cross_entropy_with_logits(z, y) == pytest.approx(direct, rel=1e-12)
    numeric = numerical_gradient(lambda v: binary_cross_entropy_with_logits(v, y), z.copy())
    np.testing.assert_allclose(binary_cross_entropy_grad(z, y), numeric, rtol=1e-6, atol=1e-9)
