"""Synchronized batch norm over shards equals batch norm on the concatenated batch, forward and
backward (numerical gradient); the learning-rate schedule follows the linear scaling rule."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.math.sync_batch_norm import (
    EPS, local_bn_stats, scaled_lr_schedule, sync_bn_backward, sync_bn_forward,
)


def global_bn(x, gamma, beta):
    return gamma * (x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + EPS) + beta


@pytest.fixture
def data():
    rng = np.random.default_rng(0)
    x = rng.normal(1.0, 2.0, size=(23, 4))
    shards = np.split(x, [3, 10, 11, 18])  # unequal shards, one of size 1
    return rng, x, shards, rng.normal(size=4), rng.normal(size=4)


def test_forward_matches_global_batch_norm(data):
    _, x, shards, gamma, beta = data
    y, _ = sync_bn_forward(shards, gamma, beta)
    np.testing.assert_allclose(np.vstack(y), global_bn(x, gamma, beta), atol=1e-12)


def test_backward_matches_numerical_gradient(data):
    rng, x, shards, gamma, beta = data
    weights = rng.normal(size=x.shape)  # loss = sum(weights * BN(x))
    split_weights = np.split(weights, [3, 10, 11, 18])
    _, cache = sync_bn_forward(shards, gamma, beta)
    d_x, d_gamma, d_beta = sync_bn_backward(split_weights, gamma, cache)
    loss_x = lambda v: float((weights * global_bn(v, gamma, beta)).sum())  # noqa: E731
    loss_g = lambda g: float((weights * global_bn(x, g, beta)).sum())  # noqa: E731
    loss_b = lambda b: float((weights * global_bn(x, gamma, b)).sum())  # noqa: E731
    assert relative_error(np.vstack(d_x), numerical_gradient(loss_x, x.copy())) < 1e-6
    assert relative_error(d_gamma, numerical_gradient(loss_g, gamma.copy())) < 1e-6
    assert relative_error(d_beta, numerical_gradient(loss_b, beta.copy())) < 1e-6


def test_local_statistics_are_noisier_than_global():
    rng = np.random.default_rng(1)
    means = []
    for _ in range(600):
        means.append(local_bn_stats(np.split(rng.normal(size=(32, 1)), 8))[0][:, 0])
    # A mean of 4 samples has sd 1/2; the mean of 32 has sd 1/sqrt(32).
    assert np.std(means) == pytest.approx(0.5, rel=0.04)  # 4,800 means: 1% standard error
    variances = np.array([local_bn_stats(np.split(rng.normal(size=(32, 1)), 8))[1][:, 0]
                          for _ in range(600)])
    assert variances.mean() == pytest.approx(3 / 4, rel=0.04)  # biased: (n - 1) / n with n = 4


def test_gradient_averaging_equals_large_batch_gradient():
    rng = np.random.default_rng(2)
    X, y, w = rng.normal(size=(64, 3)), rng.normal(size=64), rng.normal(size=3)
    grad = lambda Xs, ys: 2 * Xs.T @ (Xs @ w - ys) / len(ys)  # noqa: E731  mean squared error
    per_worker = [grad(Xs, ys) for Xs, ys in zip(np.split(X, 8), np.split(y, 8))]
    np.testing.assert_allclose(np.mean(per_worker, axis=0), grad(X, y), rtol=1e-12)
    np.testing.assert_allclose(np.sum(per_worker, axis=0), 8 * grad(X, y), rtol=1e-12)


def test_lr_schedule():
    values = [scaled_lr_schedule(s, 0.1, 8, 5) for s in range(7)]
    np.testing.assert_allclose(values, [0.16, 0.32, 0.48, 0.64, 0.8, 0.8, 0.8])
    assert scaled_lr_schedule(10_000, 0.1, 1, 5) == pytest.approx(0.1)
