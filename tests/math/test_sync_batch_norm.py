"""Synchronized batch norm over shards equals batch norm on the concatenated batch, forward and
backward (numerical gradient); the learning-rate schedule follows the linear scaling rule."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.math.sync_batch_norm import (
    EPS, SEED, local_bn_stats, scaled_lr_schedule, small_steps_vs_one_step, sync_bn_backward,
    sync_bn_forward,
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


def page_regression_data():
    rng = np.random.default_rng(SEED)  # main draws these after the batch-norm data
    rng.normal(2.0, 3.0, size=(32, 3))
    X = rng.normal(size=(128, 5))
    return X, X @ rng.normal(size=5) + rng.normal(0.0, 0.5, size=128), np.zeros(5)


def test_k_small_steps_match_one_step_with_k_times_the_rate_to_first_order():
    # The linear scaling rule: 8 steps of lr on 8 mini-batches move the weights by
    # lr * (sum of 8 gradients) + O(lr^2); one step of 8 lr on the mean gradient moves them by
    # the first term, so the miss relative to the move shrinks like lr. The sqrt(8) rule
    # moves only 1 / sqrt(8) as far: its relative miss tends to 1 - 1 / sqrt(8) = 0.646.
    X, y, w0 = page_regression_data()
    ratios = []
    for lr in (1e-4, 1e-3, 1e-2):
        miss, move = small_steps_vs_one_step(X, y, w0, lr, 8, 8 * lr)
        ratios.append(miss / move)
    assert ratios[0] < 1e-3
    assert ratios[1] / ratios[0] == pytest.approx(10, rel=0.05)
    miss, move = small_steps_vs_one_step(X, y, w0, 1e-5, 8, np.sqrt(8) * 1e-5)
    assert miss / move == pytest.approx(1 - 1 / np.sqrt(8), abs=1e-3)


def test_small_steps_against_a_plain_loop_and_the_printed_table():
    X, y, w0 = page_regression_data()
    w = w0.copy()
    for i in range(8):
        Xb, yb = X[16 * i:16 * (i + 1)], y[16 * i:16 * (i + 1)]
        w = w - 0.01 * 2 * Xb.T @ (Xb @ w - yb) / 16
    big = w0 - 0.08 * 2 * X.T @ (X @ w0 - y) / 128
    miss, move = small_steps_vs_one_step(X, y, w0, 0.01, 8, 0.08)
    assert (miss, move) == (pytest.approx(np.linalg.norm(w - big)), pytest.approx(np.linalg.norm(w)))
    table = []
    for lr in (0.001, 0.01, 0.05):
        lin = small_steps_vs_one_step(X, y, w0, lr, 8, 8 * lr)
        sq = small_steps_vs_one_step(X, y, w0, lr, 8, np.sqrt(8) * lr)
        table.append((round(lin[0] / lin[1], 3), round(sq[0] / sq[1], 3)))
    assert table == [(0.007, 0.644), (0.077, 0.620), (0.426, 0.500)]
