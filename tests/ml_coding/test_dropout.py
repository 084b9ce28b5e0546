"""Inverted dropout: expectation preserved (seeded Monte Carlo), backward reuses the mask, test mode is the identity."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.dropout import SEED, dropout_backward, dropout_forward, vanilla_dropout_forward


@pytest.mark.parametrize("p", [0.1, 0.5, 0.8])
def test_expectation_is_preserved(p):
    rng = np.random.default_rng(42)
    x = rng.normal(2.0, 1.0, size=400_000)
    out, _ = dropout_forward(x, p, rng)
    # Per element E[out] = x and Var[out] = x^2 p / (1-p); the mean of n outputs has
    # std sqrt(mean(x^2) p / (1-p) / n). Allow 5 standard errors.
    tolerance = 5 * np.sqrt(np.mean(x ** 2) * p / (1 - p) / x.size)
    assert abs(out.mean() - x.mean()) < tolerance


@pytest.mark.parametrize("p", [0.2, 0.5, 0.9])
def test_drop_rate_and_variance(p):
    rng = np.random.default_rng(7)
    out, mask = dropout_forward(np.ones(400_000), p, rng)
    # Fraction dropped is a binomial proportion: standard error sqrt(p(1-p)/n), 5 sigma.
    assert abs(np.mean(mask == 0) - p) < 5 * np.sqrt(p * (1 - p) / out.size)
    assert set(np.unique(mask)) <= {0.0, 1.0 / (1.0 - p)}
    assert out.std() == pytest.approx(np.sqrt(p / (1 - p)), rel=0.02)


def test_backward_uses_the_same_mask_and_matches_numerical_gradient():
    x = np.random.default_rng(0).normal(size=(4, 5))
    upstream = np.random.default_rng(1).normal(size=(4, 5))
    out, mask = dropout_forward(x, 0.4, np.random.default_rng(3))
    dx = dropout_backward(upstream, mask)
    np.testing.assert_array_equal(dx == 0, out == 0)  # dropped units get no gradient
    np.testing.assert_array_equal(dx, upstream * mask)
    # With the random draw fixed (same seed every call), dropout is a fixed linear map of x.
    numeric = numerical_gradient(lambda v: float(np.sum(dropout_forward(v, 0.4, np.random.default_rng(3))[0] * upstream)), x.copy())
    assert relative_error(dx, numeric) < 1e-6


def test_test_mode_is_the_identity():
    x = np.random.default_rng(0).normal(size=(3, 7))
    for p in (0.0, 0.3, 0.9):
        out, mask = dropout_forward(x, p, np.random.default_rng(5), training=False)
        assert out is x and mask is None
        np.testing.assert_array_equal(dropout_backward(np.ones_like(x), mask), np.ones_like(x))


def test_vanilla_dropout_matches_in_expectation_at_test_time():
    rng = np.random.default_rng(11)
    x = np.full(400_000, 3.0)
    train_mean = vanilla_dropout_forward(x, 0.3, rng).mean()
    assert train_mean == pytest.approx(vanilla_dropout_forward(x, 0.3, rng, training=False)[0], rel=0.01)


def test_rejects_p_of_one():
    with pytest.raises(ValueError, match="drop probability"):
        dropout_forward(np.ones(3), 1.0, np.random.default_rng(0))


def test_page_numbers():
    rng = np.random.default_rng(SEED)
    x = np.ones((1000, 1000))
    printed = {0.1: (1.000, 0.900, 0.334), 0.3: (1.000, 0.700, 0.655), 0.5: (0.999, 0.499, 1.000),
               0.7: (1.000, 0.300, 1.527), 0.9: (0.998, 0.100, 2.998)}
    for p, (mean, raw_mean, std) in printed.items():
        out, _ = dropout_forward(x, p, rng)
        raw = vanilla_dropout_forward(x, p, rng)
        assert (round(out.mean(), 3), round(raw.mean(), 3), round(out.std(), 3)) == (mean, raw_mean, std)
    out, mask = dropout_forward(np.arange(1.0, 7.0).reshape(2, 3), 0.5, np.random.default_rng(1))
    np.testing.assert_array_equal(out, [[2, 4, 0], [8, 0, 0]])
