"""The vectorized LSTM agrees with a per-gate, per-example loop; the cell-path gain is the derivative it claims to be."""

import math

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient
from snippets.ml_coding.lstm_cell import SEED, cell_path_gain, init_lstm, lstm_forward


def reference_lstm(x, h0, c0, W, b):
    """Textbook LSTM: separate input and recurrent matrices per gate, scalar sigmoid, one example at a time."""
    T, B, D = x.shape
    H = h0.shape[1]
    gate = {name: (W[:D, k * H:(k + 1) * H], W[D:, k * H:(k + 1) * H], b[k * H:(k + 1) * H])
            for k, name in enumerate("ifgo")}
    sig = np.vectorize(lambda v: 1.0 / (1.0 + math.exp(-v)))
    hs = np.zeros((T, B, H))
    cs = np.zeros((T, B, H))
    for n in range(B):
        h, c = h0[n].copy(), c0[n].copy()
        for t in range(T):
            pre = {name: x[t, n] @ Wx + h @ Wh + bias for name, (Wx, Wh, bias) in gate.items()}
            i, f, o = sig(pre["i"]), sig(pre["f"]), sig(pre["o"])
            g = np.tanh(pre["g"])
            c = f * c + i * g
            h = o * np.tanh(c)
            hs[t, n], cs[t, n] = h, c
    return hs, cs


@pytest.mark.parametrize("seed", range(3))
def test_vectorized_forward_matches_per_gate_loop(seed):
    rng = np.random.default_rng(seed)
    T, B, D, H = 7, 3, 4, 5
    x = rng.normal(size=(T, B, D))
    h0, c0 = rng.normal(size=(B, H)), rng.normal(size=(B, H))
    W, b = rng.normal(0, 0.7, (D + H, 4 * H)), rng.normal(size=4 * H)
    hs, cs, fs = lstm_forward(x, h0, c0, W, b)
    ref_h, ref_c = reference_lstm(x, h0, c0, W, b)
    np.testing.assert_allclose(hs, ref_h, atol=1e-13)
    np.testing.assert_allclose(cs, ref_c, atol=1e-13)
    assert np.all((fs > 0) & (fs < 1))


def test_cell_path_gain_is_the_derivative_when_the_hidden_path_is_cut():
    # With zero recurrent weights, c_T depends on c_0 only through c_t = f_t * c_{t-1} + ...,
    # so dc_T/dc_0 = prod_{t=1..T} f_t exactly.
    rng = np.random.default_rng(7)
    T, D, H = 12, 3, 4
    W, b = init_lstm(D, H, rng, forget_bias=1.0)
    W[D:] = 0.0
    x = rng.normal(size=(T, 1, D))
    c0 = rng.normal(size=(1, H))
    _, _, fs = lstm_forward(x, np.zeros((1, H)), c0, W, b)
    for unit in range(H):
        numeric = numerical_gradient(lambda c: float(lstm_forward(x, np.zeros((1, H)), c, W, b)[1][-1, 0, unit]),
                                     c0.copy())
        assert numeric[0, unit] == pytest.approx(np.prod(fs[:, 0, unit]), rel=1e-6)
    per_unit = np.array([np.prod(fs[t + 1:, 0, :], axis=0).mean() for t in range(T)])
    np.testing.assert_allclose(cell_path_gain(fs), per_unit, rtol=1e-12)


def test_printed_numbers():
    rng = np.random.default_rng(SEED)
    T, B, D, H = 100, 16, 8, 32
    x = rng.normal(size=(T, B, D))
    zeros = np.zeros((B, H))
    assert 4 * (H * (D + H) + H) == 5248
    results = {}
    for forget_bias in [-1.0, 0.0, 1.0, 3.0]:
        W, b = init_lstm(D, H, rng, forget_bias)
        _, _, fs = lstm_forward(x, zeros, zeros, W, b)
        results[forget_bias] = (fs.mean(), cell_path_gain(fs))
    assert results[0.0][0] == pytest.approx(0.499, abs=5e-4)
    assert results[1.0][0] == pytest.approx(0.720, abs=5e-4)
    assert results[1.0][1][T - 51] == pytest.approx(1.34e-7, rel=4e-3)
    assert results[3.0][1][T - 11] == pytest.approx(0.563, abs=5e-4)
    assert results[3.0][1][T - 51] == pytest.approx(7.44e-2, rel=2e-3)
    assert results[0.0][1][T - 51] == pytest.approx(1.10e-15, rel=5e-3)
    assert results[0.0][1][T - 11] == pytest.approx(9.85e-4, rel=5e-3)
