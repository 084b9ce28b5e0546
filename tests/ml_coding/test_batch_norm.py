"""Batch norm from scratch: numerical gradients, running statistics, and inference with the running statistics."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.batch_norm import RunningStats, batchnorm_backward, batchnorm_forward


def fresh(c):
    return RunningStats(np.zeros(c), np.ones(c))


@pytest.mark.parametrize("shape", [(6, 4), (4, 3, 3, 2)])
def test_gradients_match_numerical(shape):
    rng = np.random.default_rng(len(shape))
    c = shape[1]
    x = rng.normal(1.0, 2.0, size=shape)
    gamma, beta = rng.normal(size=c), rng.normal(size=c)
    upstream = rng.normal(size=shape)

    def loss(x_, g_, b_):
        return float(np.sum(batchnorm_forward(x_, g_, b_, fresh(c), True)[0] * upstream))

    _, cache, _ = batchnorm_forward(x, gamma, beta, fresh(c), True)
    dx, dgamma, dbeta = batchnorm_backward(upstream, cache)
    assert relative_error(dx, numerical_gradient(lambda v: loss(v, gamma, beta), x.copy())) < 1e-6
    assert relative_error(dgamma, numerical_gradient(lambda v: loss(x, v, beta), gamma.copy())) < 1e-6
    assert relative_error(dbeta, numerical_gradient(lambda v: loss(x, gamma, v), beta.copy())) < 1e-6


def test_training_mode_standardizes_each_channel_and_updates_running_stats():
    rng = np.random.default_rng(0)
    x = rng.normal(3.0, 2.0, size=(16, 3, 5, 5))
    stats = RunningStats(np.full(3, 1.0), np.full(3, 2.0))
    out, _, new = batchnorm_forward(x, np.ones(3), np.zeros(3), stats, True, momentum=0.2)
    np.testing.assert_allclose(out.mean(axis=(0, 2, 3)), 0.0, atol=1e-12)
    np.testing.assert_allclose(out.var(axis=(0, 2, 3)), 1.0, atol=1e-4)
    per_channel = x.transpose(1, 0, 2, 3).reshape(3, -1)
    np.testing.assert_allclose(new.mean, 0.8 * 1.0 + 0.2 * per_channel.mean(axis=1))
    np.testing.assert_allclose(new.var, 0.8 * 2.0 + 0.2 * per_channel.var(axis=1, ddof=1))


def test_inference_uses_running_stats_not_the_batch():
    rng = np.random.default_rng(1)
    stats = RunningStats(np.array([2.0, -1.0]), np.array([4.0, 0.25]))
    gamma, beta = np.array([1.5, 0.5]), np.array([0.1, -0.2])
    x = rng.normal(10.0, 5.0, size=(7, 2))  # batch statistics far from the running ones
    out, _, after = batchnorm_forward(x, gamma, beta, stats, False)
    expected = gamma * (x - stats.mean) / np.sqrt(stats.var + 1e-5) + beta
    np.testing.assert_allclose(out, expected)
    single, _, _ = batchnorm_forward(x[:1], gamma, beta, stats, False)
    np.testing.assert_allclose(single, out[:1])  # independent of the other examples
    assert after is stats  # inference does not touch the running statistics


def test_conv_input_equals_dense_input_with_pixels_as_examples():
    rng = np.random.default_rng(2)
    x = rng.normal(size=(3, 4, 2, 5))
    gamma, beta = rng.normal(size=4), rng.normal(size=4)
    out4, _, s4 = batchnorm_forward(x, gamma, beta, fresh(4), True)
    flat = x.transpose(0, 2, 3, 1).reshape(-1, 4)
    out2, _, s2 = batchnorm_forward(flat, gamma, beta, fresh(4), True)
    np.testing.assert_allclose(out4.transpose(0, 2, 3, 1).reshape(-1, 4), out2, atol=1e-12)
    np.testing.assert_allclose(s4.var, s2.var)


def test_page_numbers():
    from snippets.ml_coding.batch_norm import SEED
    rng = np.random.default_rng(SEED)
    c = 3
    gamma, beta = np.ones(c), np.zeros(c)
    rng.normal(3.0, 2.0, size=(32, c, 4, 4))
    printed = {0.1: (3.10, 3.94), 0.01: (2.86, 3.85)}
    for momentum, (mean, var) in printed.items():
        stats = fresh(c)
        for _ in range(300):
            _, _, stats = batchnorm_forward(rng.normal(3.0, 2.0, size=(32, c)), gamma, beta, stats, True, momentum)
        assert round(stats.mean[0], 2) == mean and round(stats.var[0], 2) == var
    # Momentum 0.01 still remembers its zero start: 3 * (1 - 0.99**300) is about 2.85.
    assert 3 * (1 - 0.99 ** 300) == pytest.approx(2.85, abs=0.01)
    stats = RunningStats(np.full(c, 3.0), np.full(c, 4.0))
    out, _, _ = batchnorm_forward(np.array([[5.0, 5.0, 5.0]]), gamma, beta, stats, False)
    assert round(out[0, 0], 2) == 1.00
    probe = np.array([[5.0, 5.0, 5.0]])
    for size, printed_std in [(4, 0.52), (64, 0.15)]:
        values = [batchnorm_forward(np.vstack([probe, rng.normal(3.0, 2.0, (size - 1, c))]),
                                    gamma, beta, stats, True)[0][0, 0] for _ in range(500)]
        assert round(float(np.std(values)), 2) == printed_std


def test_train_mode_output_is_bounded_by_batch_size():
    # In a batch of n, a standardized value can never exceed sqrt(n - 1) in absolute value.
    x = np.array([[10.0], [0.0], [0.0], [0.0]])
    out, _, _ = batchnorm_forward(x, np.ones(1), np.zeros(1), fresh(1), True, eps=0.0)
    assert out[0, 0] == pytest.approx(np.sqrt(3))


def test_running_stats_converge_to_population_values():
    rng = np.random.default_rng(5)
    stats = fresh(1)
    for _ in range(2000):
        _, _, stats = batchnorm_forward(rng.normal(-2.0, 3.0, size=(64, 1)), np.ones(1), np.zeros(1), stats, True, 0.05)
    # EMA of batch means: std about 3 / 8 * sqrt(0.05 / 1.95), i.e. ~0.06; allow 4 sigma.
    assert stats.mean[0] == pytest.approx(-2.0, abs=0.25)
    assert stats.var[0] == pytest.approx(9.0, rel=0.15)
