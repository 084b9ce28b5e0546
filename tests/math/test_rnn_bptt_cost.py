"""BPTT gradients match numerical gradients; the cache grows linearly in T for full BPTT and is
bounded by the chunk for truncated BPTT; truncation with k >= T is full BPTT."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.math.rnn_bptt_cost import bptt_flops, rnn_loss_and_grads


@pytest.fixture
def setup():
    rng = np.random.default_rng(0)
    T, batch, D, H = 7, 3, 4, 5
    return (rng.normal(size=(T, batch, D)), rng.normal(size=(batch, H)) * 0.1,
            rng.normal(0, 0.5, (D, H)), rng.normal(0, 0.5, (H, H)))


def test_full_bptt_matches_numerical_gradient(setup):
    xs, h0, Wx, Wh = setup
    _, grads, _ = rnn_loss_and_grads(xs, h0, Wx, Wh)
    num_x = numerical_gradient(lambda w: rnn_loss_and_grads(xs, h0, w, Wh)[0], Wx.copy())
    num_h = numerical_gradient(lambda w: rnn_loss_and_grads(xs, h0, Wx, w)[0], Wh.copy())
    assert relative_error(grads["Wx"], num_x) < 1e-6
    assert relative_error(grads["Wh"], num_h) < 1e-6


def test_truncated_gradient_equals_sum_of_chunk_gradients(setup):
    xs, h0, Wx, Wh = setup
    _, truncated, _ = rnn_loss_and_grads(xs, h0, Wx, Wh, truncate=3)
    # Reference: full BPTT on each chunk separately, starting from the true hidden state.
    expected = {"Wx": np.zeros_like(Wx), "Wh": np.zeros_like(Wh)}
    h = h0
    for start in range(0, len(xs), 3):
        _, g, _ = rnn_loss_and_grads(xs[start:start + 3], h, Wx, Wh)
        for key in expected:
            expected[key] += g[key]
        for x in xs[start:start + 3]:
            h = np.tanh(x @ Wx + h @ Wh)
    for key in expected:
        np.testing.assert_allclose(truncated[key], expected[key], rtol=1e-12)
    _, same, _ = rnn_loss_and_grads(xs, h0, Wx, Wh, truncate=100)
    _, full, _ = rnn_loss_and_grads(xs, h0, Wx, Wh)
    np.testing.assert_allclose(same["Wh"], full["Wh"])


def test_cache_is_linear_in_T_and_bounded_when_truncated():
    rng = np.random.default_rng(1)
    batch, D, H = 16, 32, 128
    Wx, Wh = rng.normal(size=(D, H)) * 0.1, rng.normal(size=(H, H)) * 0.1
    h0 = np.zeros((batch, H))
    for T in (25, 50, 400):
        xs = rng.normal(size=(T, batch, D))
        assert rnn_loss_and_grads(xs, h0, Wx, Wh)[2] == (T + 1) * batch * H * 8
        assert rnn_loss_and_grads(xs, h0, Wx, Wh, truncate=25)[2] == 26 * batch * H * 8
    assert bptt_flops(400, 16, 32, 128) == 2 * bptt_flops(200, 16, 32, 128)
    assert round(bptt_flops(400, 16, 32, 128) / 1e9, 3) == 0.786
    # The page: 0.049 GFLOPs at T = 25 and 0.786 at T = 400, a 16-fold rise for 16 times T.
    assert round(bptt_flops(25, 16, 32, 128) / 1e9, 3) == 0.049
    assert bptt_flops(400, 16, 32, 128) == 16 * bptt_flops(25, 16, 32, 128)
