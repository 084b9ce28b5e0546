"""The two-layer network's backward pass matches numerical gradients, and SGD learns two moons."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.two_layer_mlp import (
    SEED, backward, forward, init_params, make_moons, predict, softmax_cross_entropy, train,
)


def loss_of(params, X, y, relu=True):
    return softmax_cross_entropy(forward(params, X, relu)[0], y)[0]


@pytest.mark.parametrize("relu", [True, False])
def test_backward_matches_numerical_gradient(relu):
    rng = np.random.default_rng(3)
    X, y = rng.normal(size=(16, 3)), rng.integers(0, 4, 16)
    params = init_params(3, 7, 4, rng)
    params["b1"] = rng.normal(0, 0.5, 7)  # move pre-activations off zero, where relu has a kink
    logits, cache = forward(params, X, relu)
    analytic = backward(params, cache, softmax_cross_entropy(logits, y)[1])
    for name in params:
        def f(value, name=name):
            return loss_of({**params, name: value}, X, y, relu)
        numeric = numerical_gradient(f, params[name].copy())
        assert relative_error(analytic[name], numeric) < 1e-6, name


def test_softmax_cross_entropy_against_direct_formula():
    rng = np.random.default_rng(4)
    logits, y = rng.normal(0, 3, (10, 5)), rng.integers(0, 5, 10)
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    loss, grad = softmax_cross_entropy(logits, y)
    assert loss == pytest.approx(-np.log(probs[np.arange(10), y]).mean(), rel=1e-12)
    np.testing.assert_allclose(grad, (probs - np.eye(5)[y]) / 10, atol=1e-12)
    huge, _ = softmax_cross_entropy(np.array([[1000.0, 0.0], [0.0, 1000.0]]), np.array([0, 0]))
    assert huge == pytest.approx(500.0)  # finite: mean of 0 and 1000


def test_learns_two_moons_and_the_linear_net_cannot():
    rng = np.random.default_rng(SEED)
    X, y = make_moons(rng, 600, noise=0.2)
    X_test, y_test = make_moons(rng, 2000, noise=0.2)
    p, history = train(X, y, 32, np.random.default_rng(SEED))
    test_acc = np.mean(predict(p, X_test) == y_test)
    assert test_acc >= 0.95  # the page's claim
    assert test_acc == pytest.approx(0.973, abs=5e-4)  # the printed number
    assert history[-1] == pytest.approx(0.043, abs=5e-4)
    assert history[-1] < 0.2 * history[0]
    p_lin, history_lin = train(X, y, 32, np.random.default_rng(SEED), relu=False)
    linear_acc = np.mean(predict(p_lin, X_test, relu=False) == y_test)
    assert linear_acc == pytest.approx(0.871, abs=5e-4)
    assert history_lin[-1] == pytest.approx(0.267, abs=5e-4)
    assert linear_acc < 0.9 < test_acc


def test_linear_network_collapses_to_one_linear_map():
    rng = np.random.default_rng(5)
    p = init_params(2, 6, 3, rng)
    X = rng.normal(size=(20, 2))
    W, b = p["W1"] @ p["W2"], p["b1"] @ p["W2"] + p["b2"]
    np.testing.assert_allclose(forward(p, X, relu=False)[0], X @ W + b, atol=1e-12)
