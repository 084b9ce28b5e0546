"""2-D convolution from scratch agrees with scipy.signal.correlate2d, and naive loops agree with im2col."""

import itertools

import numpy as np
import pytest
from scipy.signal import correlate2d

from snippets.ml_coding.conv2d import (
    LAPLACIAN, SOBEL_X, conv2d_im2col, conv2d_naive, make_shapes_image, output_size, param_counts,
)


def scipy_reference(x, w, b, stride, padding, dilation):
    """Per-channel scipy cross-correlation, summed over input channels, then strided."""
    c_out, c_in, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    outs = []
    for sample in xp:
        maps = []
        for o in range(c_out):
            acc = 0.0
            for c in range(c_in):
                dilated = np.zeros((dilation * (kh - 1) + 1, dilation * (kw - 1) + 1))
                dilated[::dilation, ::dilation] = w[o, c]
                acc = acc + correlate2d(sample[c], dilated, mode="valid")
            maps.append(acc[::stride, ::stride] + (0.0 if b is None else b[o]))
        outs.append(maps)
    return np.array(outs)


CASES = list(itertools.product([1, 2, 3], [0, 1, 2], [1, 2], [(3, 3), (2, 3), (1, 1)]))


@pytest.mark.parametrize("stride,padding,dilation,kernel", CASES)
def test_naive_and_im2col_match_scipy(stride, padding, dilation, kernel):
    rng = np.random.default_rng(stride * 100 + padding * 10 + dilation)
    x = rng.normal(size=(2, 3, 8, 7))
    w = rng.normal(size=(4, 3, *kernel))
    b = rng.normal(size=4)
    reference = scipy_reference(x, w, b, stride, padding, dilation)
    naive = conv2d_naive(x, w, b, stride, padding, dilation)
    fast = conv2d_im2col(x, w, b, stride, padding, dilation)
    assert naive.shape == reference.shape
    np.testing.assert_allclose(naive, reference, atol=1e-10)
    np.testing.assert_allclose(fast, naive, atol=1e-10)


def test_output_size_formula_and_page_example():
    assert output_size(9, 3, stride=2, padding=1, dilation=2) == 4
    assert output_size(32, 3, padding=1) == 32  # 'same' for an odd kernel
    assert output_size(32, 2, stride=2) == 16
    x = np.zeros((2, 3, 9, 9))
    w = np.zeros((4, 3, 3, 3))
    assert conv2d_im2col(x, w, stride=2, padding=1, dilation=2).shape == (2, 4, 4, 4)


def test_is_cross_correlation_not_convolution():
    # An asymmetric kernel on an impulse: correlation writes the kernel flipped around the impulse.
    x = np.zeros((1, 1, 5, 5))
    x[0, 0, 2, 2] = 1.0
    k = np.arange(9.0).reshape(1, 1, 3, 3)
    out = conv2d_naive(x, k, padding=1)[0, 0, 1:4, 1:4]
    np.testing.assert_array_equal(out, k[0, 0, ::-1, ::-1])


def test_sobel_and_laplacian_on_flat_region_are_zero():
    img = make_shapes_image()
    filters = np.stack([SOBEL_X, LAPLACIAN])[:, None]
    maps = conv2d_im2col(img[None, None], filters, padding=1)[0]
    assert np.all(maps[:, 14:22, 14:22] == 0.0)  # inside the square
    assert np.abs(maps[0]).max() > 0.0


def test_fully_connected_layer_equals_conv_with_full_size_kernel():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(3, 4, 5, 5))
    weights = rng.normal(size=(6, 4 * 5 * 5))
    fc = x.reshape(3, -1) @ weights.T
    conv = conv2d_im2col(x, weights.reshape(6, 4, 5, 5))
    np.testing.assert_allclose(conv[:, :, 0, 0], fc, atol=1e-10)


def test_depthwise_separable_param_counts():
    assert param_counts(128, 256, 3) == (294_912, 33_920)
    full, separable = param_counts(128, 256, 3)
    assert round(full / separable, 1) == 8.7


def test_stacked_small_kernels_cost_less_for_the_same_receptive_field():
    from snippets.ml_coding.conv2d import stack_cost
    assert stack_cost(64, 5, 1) == (5, 102_400)
    assert stack_cost(64, 3, 2) == (5, 73_728)
    assert stack_cost(64, 7, 1) == (7, 200_704)
    assert stack_cost(64, 3, 3) == (7, 110_592)
    # Receptive field check by brute force: an impulse spreads over 5x5 after two 3x3 convs.
    x = np.zeros((1, 1, 11, 11))
    x[0, 0, 5, 5] = 1.0
    ones = np.ones((1, 1, 3, 3))
    y = conv2d_naive(conv2d_naive(x, ones, padding=1), ones, padding=1)
    rows, cols = np.nonzero(y[0, 0])
    assert (rows.max() - rows.min() + 1, cols.max() - cols.min() + 1) == (5, 5)
