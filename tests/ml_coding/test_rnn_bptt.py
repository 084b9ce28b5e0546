"""BPTT gradients agree with central differences; gradient norms follow the spectral radius; clipping works."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.rnn_bptt import (
    SEED, clip_by_global_norm, gradient_norms_through_time, recurrent_matrix, rnn_backward, rnn_forward,
)


@pytest.mark.parametrize("activation", ["tanh", "linear"])
def test_bptt_matches_numerical_gradient(activation):
    rng = np.random.default_rng(1)
    T, B, D, H = 6, 3, 4, 5
    params = {"x": rng.normal(size=(T, B, D)), "h0": rng.normal(size=(B, H)),
              "Wx": rng.normal(0, 0.5, (D, H)), "Wh": rng.normal(0, 0.4, (H, H)), "b": rng.normal(size=H)}
    R = rng.normal(size=(T, B, H))  # loss = sum_t <R_t, h_t>: upstream gradient R_t at every step

    def loss(p):
        return float(np.sum(R * rnn_forward(p["x"], p["h0"], p["Wx"], p["Wh"], p["b"], activation)))

    hs = rnn_forward(params["x"], params["h0"], params["Wx"], params["Wh"], params["b"], activation)
    grads = rnn_backward(R, params["x"], params["h0"], hs, params["Wx"], params["Wh"], activation)
    for name in params:
        numeric = numerical_gradient(lambda v, name=name: loss({**params, name: v}), params[name].copy())
        assert relative_error(grads[name], numeric) < 1e-6, name


def test_forward_matches_unrolled_formula():
    rng = np.random.default_rng(2)
    x, h0 = rng.normal(size=(3, 2, 4)), rng.normal(size=(2, 5))
    Wx, Wh, b = rng.normal(size=(4, 5)), rng.normal(size=(5, 5)) * 0.3, rng.normal(size=5)
    h1 = np.tanh(x[0] @ Wx + h0 @ Wh + b)
    h2 = np.tanh(x[1] @ Wx + h1 @ Wh + b)
    h3 = np.tanh(x[2] @ Wx + h2 @ Wh + b)
    np.testing.assert_allclose(rnn_forward(x, h0, Wx, Wh, b), np.stack([h1, h2, h3]), atol=1e-14)


def test_recurrent_matrix_has_the_requested_spectral_radius():
    rng = np.random.default_rng(3)
    for kind in ("orthogonal", "gaussian"):
        W = recurrent_matrix(16, 1.3, kind, rng)
        assert np.abs(np.linalg.eigvals(W)).max() == pytest.approx(1.3)
    W = recurrent_matrix(16, 0.7, "orthogonal", rng)
    np.testing.assert_allclose(np.linalg.svd(W, compute_uv=False), 0.7)


@pytest.mark.parametrize("radius", [0.8, 0.9, 1.0, 1.1, 1.2])
def test_linear_rnn_gradient_scales_as_radius_to_the_power_of_the_distance(radius):
    norms = gradient_norms_through_time(radius, "linear", np.random.default_rng(4))
    assert norms[0] / norms[-1] == pytest.approx(radius ** (len(norms) - 1), rel=1e-9)


def test_printed_ratios():
    rng = np.random.default_rng(SEED)
    rng.normal(size=(5, 4, 3)), rng.normal(0, 0.5, (3, 6)), rng.normal(0, 0.3, (6, 6))  # main's first draws
    ratios = {}
    for activation, radii in {"linear": [0.8, 0.9, 1.0, 1.1, 1.2], "tanh": [0.8, 1.0, 1.5, 2.0, 3.0]}.items():
        for radius in radii:
            norms = gradient_norms_through_time(radius, activation, rng)
            ratios[activation, radius] = norms[0] / norms[-1]
    assert ratios["linear", 0.8] == pytest.approx(1.92e-6, rel=3e-3)
    assert ratios["linear", 1.2] == pytest.approx(4.70e4, rel=2e-3)
    assert ratios["tanh", 0.8] == pytest.approx(3.35e-8, rel=2e-3)
    assert ratios["tanh", 1.5] == pytest.approx(0.269, rel=2e-3)
    assert ratios["tanh", 3.0] == pytest.approx(1.52e6, rel=4e-3)


def test_clip_by_global_norm():
    rng = np.random.default_rng(5)
    grads = [rng.normal(size=(3, 4)) * 10, rng.normal(size=4) * 10]
    clipped, norm = clip_by_global_norm(grads, max_norm=1.0)
    assert norm == pytest.approx(np.sqrt(sum(np.sum(g**2) for g in grads)))
    assert np.sqrt(sum(np.sum(g**2) for g in clipped)) == pytest.approx(1.0)
    np.testing.assert_allclose(clipped[0] / grads[0], clipped[1][0] / grads[1][0])  # direction kept
    small = [g * 1e-3 for g in grads]
    unchanged, _ = clip_by_global_norm(small, max_norm=1.0)
    np.testing.assert_array_equal(unchanged[0], small[0])


def test_printed_clipping_norm():
    rng = np.random.default_rng(SEED)
    x, h0 = rng.normal(size=(5, 4, 3)), np.zeros((4, 6))
    Wx, Wh, b = rng.normal(0, 0.5, (3, 6)), rng.normal(0, 0.3, (6, 6)), np.zeros(6)
    hs = rnn_forward(x, h0, Wx, Wh, b)
    grads = rnn_backward(np.ones_like(hs), x, h0, hs, Wx, Wh)
    _, norm = clip_by_global_norm([grads["Wx"], grads["Wh"], grads["b"]], 1.0)
    assert norm == pytest.approx(32.605, abs=5e-4)
