"""Pooling from scratch agrees with brute-force loops, and its backward pass with numerical gradients."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.pooling import (
    avg_pool_backward, avg_pool_forward, max_pool_backward, max_pool_forward, pool_windows,
)

SHAPES = [(2, 3, 8, 8, 2, 2), (2, 2, 7, 9, 3, 2), (1, 2, 6, 6, 3, 3), (2, 1, 5, 5, 2, 1)]


def brute_force(x, k, stride, reduce):
    n, c, h, w = x.shape
    oh, ow = (h - k) // stride + 1, (w - k) // stride + 1
    out = np.empty((n, c, oh, ow))
    for s in range(n):
        for ch in range(c):
            for i in range(oh):
                for j in range(ow):
                    out[s, ch, i, j] = reduce(x[s, ch, i * stride:i * stride + k, j * stride:j * stride + k])
    return out


@pytest.mark.parametrize("n,c,h,w,k,stride", SHAPES)
def test_forward_matches_brute_force(n, c, h, w, k, stride):
    x = np.random.default_rng(h * w + k).normal(size=(n, c, h, w))
    np.testing.assert_allclose(max_pool_forward(x, k, stride)[0], brute_force(x, k, stride, np.max))
    np.testing.assert_allclose(avg_pool_forward(x, k, stride), brute_force(x, k, stride, np.mean))


@pytest.mark.parametrize("n,c,h,w,k,stride", SHAPES)
def test_avg_pool_gradient_is_numerically_correct(n, c, h, w, k, stride):
    rng = np.random.default_rng(k * 10 + stride)
    x = rng.normal(size=(n, c, h, w))
    upstream = rng.normal(size=avg_pool_forward(x, k, stride).shape)
    analytic = avg_pool_backward(upstream, x.shape, k, stride)
    numeric = numerical_gradient(lambda v: float(np.sum(avg_pool_forward(v, k, stride) * upstream)), x.copy())
    assert relative_error(analytic, numeric) < 1e-6


@pytest.mark.parametrize("n,c,h,w,k,stride", SHAPES)
def test_max_pool_gradient_is_numerically_correct_without_ties(n, c, h, w, k, stride):
    rng = np.random.default_rng(k * 10 + stride + 1)
    x = rng.permutation(n * c * h * w).reshape(n, c, h, w) / 7.0  # distinct values, gaps >> eps
    out, argmax = max_pool_forward(x, k, stride)
    upstream = rng.normal(size=out.shape)
    analytic = max_pool_backward(upstream, argmax, x.shape, k, stride)
    numeric = numerical_gradient(lambda v: float(np.sum(max_pool_forward(v, k, stride)[0] * upstream)), x.copy())
    assert relative_error(analytic, numeric) < 1e-6


def test_ties_send_the_whole_gradient_to_the_first_maximum():
    x = np.full((1, 1, 2, 2), 3.0)
    out, argmax = max_pool_forward(x)
    dx = max_pool_backward(np.array([[[[5.0]]]]), argmax, x.shape)
    np.testing.assert_array_equal(dx[0, 0], [[5.0, 0.0], [0.0, 0.0]])


def test_page_example():
    x = np.array([[1, 3, 2, 2], [4, 0, 2, 2], [5, 6, 1, 0], [7, 8, 0, 1]], dtype=float)[None, None]
    out, argmax = max_pool_forward(x)
    np.testing.assert_array_equal(out[0, 0], [[4, 2], [8, 1]])
    dx = max_pool_backward(np.ones_like(out), argmax, x.shape)[0, 0]
    np.testing.assert_array_equal(dx, [[0, 0, 1, 0], [1, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0]])
    np.testing.assert_array_equal(avg_pool_forward(x)[0, 0], [[2, 2], [6.5, 0.5]])
    assert pool_windows(np.zeros((8, 16, 32, 32)), 3, 2).shape == (8, 16, 15, 15, 3, 3)


def test_gradient_mass_is_conserved():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2, 2, 9, 9))
    out, argmax = max_pool_forward(x, 3, 2)
    upstream = rng.normal(size=out.shape)
    assert max_pool_backward(upstream, argmax, x.shape, 3, 2).sum() == pytest.approx(upstream.sum())
    assert avg_pool_backward(upstream, x.shape, 3, 2).sum() == pytest.approx(upstream.sum())


def test_average_gradient_share_and_uncovered_border():
    x = np.arange(49.0).reshape(1, 1, 7, 7)
    out = avg_pool_forward(x)
    assert out.shape == (1, 1, 3, 3)
    dx = avg_pool_backward(np.ones_like(out), x.shape)
    np.testing.assert_array_equal(dx[0, 0, :6, :6], np.full((6, 6), 0.25))
    assert not dx[0, 0, 6, :].any() and not dx[0, 0, :, 6].any()  # last row/column never pooled
