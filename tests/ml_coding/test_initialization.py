"""Initializers have the stated variances; He keeps ReLU activations in a band over depth; zero/constant init stays symmetric."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient
from snippets.ml_coding.initialization import (
    SCHEMES, SEED, he_normal, hidden_units_after_training, layer_stats, xavier_normal, xavier_uniform, zeros,
)


@pytest.mark.parametrize("init, expected_var", [
    (xavier_normal, 2 / (400 + 600)), (xavier_uniform, 2 / (400 + 600)), (he_normal, 2 / 400),
])
def test_initializer_variance_monte_carlo(init, expected_var):
    W = init(400, 600, np.random.default_rng(0))  # 240,000 samples: relative sd of the variance ~0.3%
    assert W.shape == (400, 600)
    assert W.var() == pytest.approx(expected_var, rel=0.02)
    assert abs(W.mean()) < 3 * np.sqrt(expected_var / W.size) + 1e-12


def test_xavier_uniform_bound():
    W = xavier_uniform(50, 70, np.random.default_rng(1))
    assert np.abs(W).max() <= np.sqrt(6 / 120)


@pytest.mark.parametrize("seed", range(3))
def test_he_keeps_activation_std_in_band_across_30_layers(seed):
    forward, backward = layer_stats(he_normal, depth=30, width=256, batch=256, rng=np.random.default_rng(seed))
    # Theory: E[h^2] = 1 at every layer, i.e. std = sqrt(1 - 1/pi) = 0.826; finite width makes it drift.
    assert np.all((forward > 0.3) & (forward < 1.5))
    assert np.all((backward > 0.2) & (backward < 2.5))


def test_he_preserves_the_second_moment_per_layer():
    ratios = []  # E[h_out^2] / E[h_in^2] for a ReLU layer after a He-initialized linear map: 1 in expectation
    for seed in range(4):
        rng = np.random.default_rng(seed)
        h = np.maximum(rng.normal(size=(256, 256)), 0.0)
        for _ in range(10):
            new = np.maximum(h @ he_normal(256, 256, rng), 0.0)
            ratios.append(np.mean(new**2) / np.mean(h**2))
            h = new
    assert np.mean(ratios) == pytest.approx(1.0, abs=0.04)  # 40 ratios with sd about 0.1 each


def test_xavier_halves_the_variance_per_relu_layer():
    forward, _ = layer_stats(xavier_normal, depth=30, width=256, batch=256, rng=np.random.default_rng(2))
    per_layer = (forward[-1] / forward[0]) ** (1 / 29)
    assert per_layer == pytest.approx(1 / np.sqrt(2), abs=0.03)


def test_printed_statistics():
    rng = np.random.default_rng(SEED)
    stats = {name: layer_stats(init, depth=30, width=256, batch=256, rng=rng) for name, init in SCHEMES.items()}
    he = stats["He/Kaiming"][0]
    assert he.min() == pytest.approx(0.490, abs=5e-4) and he.max() == pytest.approx(0.829, abs=5e-4)
    assert stats["N(0, 0.01²)"][0][29] < 1e-27 and stats["N(0, 0.01²)"][1][0] < 1e-27
    assert stats["N(0, 0.1²)"][0][29] == pytest.approx(26.2, abs=0.05)
    assert stats["N(0, 0.1²)"][1][0] == pytest.approx(42.2, abs=0.05)
    assert stats["Xavier/Glorot"][0][29] == pytest.approx(2.13e-5, rel=3e-3)
    assert stats["Xavier/Glorot"][1][0] == pytest.approx(3.48e-5, rel=2e-3)


def _data():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(64, 3))
    return X, np.sin(X[:, 0]) + X[:, 1] * X[:, 2]


def test_constant_and_zero_init_stay_symmetric():
    X, y = _data()
    trained = hidden_units_after_training(np.full((3, 8), 0.5), np.full(8, 0.5), X, y)
    np.testing.assert_array_equal(trained, np.repeat(trained[:, :1], 8, axis=1))  # all units identical
    assert not np.allclose(trained, 0.5)  # ...even though they did learn
    zero = hidden_units_after_training(zeros(3, 8, None), np.zeros(8), X, y)
    assert np.all(zero == 0)
    random = hidden_units_after_training(he_normal(3, 8, np.random.default_rng(0)), np.full(8, 0.5), X, y)
    assert np.abs(random - random[:, :1]).max() > 0.5


def test_training_step_uses_the_right_gradient():
    X, y = _data()
    W1 = he_normal(3, 8, np.random.default_rng(4))
    w2 = np.random.default_rng(5).normal(size=8)

    def loss(W):
        return 0.5 * np.mean((np.maximum(X @ W, 0) @ w2 - y) ** 2)

    expected = W1 - 0.1 * numerical_gradient(loss, W1.copy())
    np.testing.assert_allclose(hidden_units_after_training(W1, w2, X, y, lr=0.1, steps=1), expected, atol=1e-8)


def test_variance_factor_per_layer_matches_simulation():
    # n var(w) / 2 per ReLU layer: 0.0128 for N(0, 0.01^2) and 1.28 for N(0, 0.1^2) at n = 256
    rng = np.random.default_rng(6)
    a = rng.normal(size=(500, 256))
    h = np.maximum(a, 0.0)
    for std, factor in [(0.01, 0.0128), (0.1, 1.28)]:
        assert 256 * std**2 / 2 == pytest.approx(factor)
        # Averaged over 8 weight draws: the mean of h (not zero after a ReLU) adds a term that
        # is zero on average over W but fluctuates by about 3% for a single 256 x 256 matrix.
        ratios = [np.mean((h @ rng.normal(0, std, (256, 256))) ** 2) / np.mean(a**2) for _ in range(8)]
        assert np.mean(ratios) == pytest.approx(factor, rel=0.04)
    relu_of_normal = np.maximum(rng.normal(size=1_000_000) * np.sqrt(2), 0.0)
    assert relu_of_normal.std() == pytest.approx(np.sqrt(1 - 1 / np.pi), abs=3e-3)
    assert np.sqrt(1 - 1 / np.pi) == pytest.approx(0.826, abs=5e-4)
