"""Layer norm from scratch: numerical gradients, per-example statistics, independence from the batch."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.layer_norm import (
    SEED, batch_dependence, layernorm_backward, layernorm_forward, rmsnorm_forward,
)


@pytest.mark.parametrize("shape", [(4, 6), (2, 3, 5)])
def test_gradients_match_numerical(shape):
    rng = np.random.default_rng(len(shape))
    d = shape[-1]
    x = rng.normal(0.5, 2.0, size=shape)
    gamma, beta = rng.normal(size=d), rng.normal(size=d)
    upstream = rng.normal(size=shape)
    # eps=1e-5: with 1e-6, rounding noise dominates the relative error of near-zero entries.

    def loss(x_, g_, b_):
        return float(np.sum(layernorm_forward(x_, g_, b_)[0] * upstream))

    _, cache = layernorm_forward(x, gamma, beta)
    dx, dgamma, dbeta = layernorm_backward(upstream, cache)
    assert relative_error(dx, numerical_gradient(lambda v: loss(v, gamma, beta), x.copy(), eps=1e-5)) < 1e-6
    assert relative_error(dgamma, numerical_gradient(lambda v: loss(x, v, beta), gamma.copy(), eps=1e-5)) < 1e-6
    assert relative_error(dbeta, numerical_gradient(lambda v: loss(x, gamma, v), beta.copy(), eps=1e-5)) < 1e-6


def test_each_token_is_standardized_over_its_features():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(3, 4, 16)) * rng.uniform(0.1, 50.0, size=(3, 4, 1)) + 7.0
    y, _ = layernorm_forward(x, np.ones(16), np.zeros(16), eps=0.0)
    np.testing.assert_allclose(y.mean(axis=-1), 0.0, atol=1e-12)
    np.testing.assert_allclose(y.std(axis=-1), 1.0, atol=1e-12)
    reference = (x - x.mean(-1, keepdims=True)) / x.std(-1, keepdims=True)
    np.testing.assert_allclose(y, reference, atol=1e-12)


def test_invariant_to_scaling_and_shifting_one_example():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(5, 8))
    gamma, beta = rng.normal(size=8), rng.normal(size=8)
    y, _ = layernorm_forward(x, gamma, beta, eps=0.0)
    y2, _ = layernorm_forward(3.7 * x - 2.0, gamma, beta, eps=0.0)
    np.testing.assert_allclose(y2, y, atol=1e-12)


def test_output_does_not_depend_on_the_rest_of_the_batch():
    values = batch_dependence(np.random.default_rng(2), [2, 8], trials=20)
    assert values["layer norm"] == [0.0, 0.0]
    assert min(values["batch norm (train mode)"]) > 0.05


def test_rmsnorm_equals_layernorm_on_zero_mean_rows():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(4, 10))
    x -= x.mean(axis=-1, keepdims=True)
    gamma = rng.normal(size=10)
    expected, _ = layernorm_forward(x, gamma, np.zeros(10), eps=0.0)
    np.testing.assert_allclose(rmsnorm_forward(x, gamma, eps=0.0), expected, atol=1e-12)


def test_page_numbers():
    rng = np.random.default_rng(SEED)
    scales = np.array([0.1, 1.0, 10.0, 100.0, 1.0])[None, :, None]
    x = rng.normal(size=(2, 5, 8)) * scales + 3.0
    y, _ = layernorm_forward(x, np.ones(8), np.zeros(8))
    assert np.round(x[0].std(axis=-1), 2).tolist() == [0.06, 0.69, 6.91, 61.08, 0.62]
    assert np.round(y[0].std(axis=-1), 2).tolist() == [1.0] * 5
    dependence = batch_dependence(rng, [2, 4, 8, 16, 32, 64])
    assert [round(v, 3) for v in dependence["batch norm (train mode)"]] == [0.716, 0.612, 0.519, 0.316, 0.251, 0.177]
    assert dependence["layer norm"] == [0.0] * 6
