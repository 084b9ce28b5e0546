"""Logistic-regression gradient and Hessian against numerical derivatives; the Hessian is PSD; softmax CE Hessian."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.math.logistic_convexity import (
    SEED, gradient, hessian, loss, make_data, prob_of_label, sigmoid, softmax_cross_entropy_hessian,
)


@pytest.fixture
def data():
    return make_data(np.random.default_rng(SEED))


def test_sigmoid_symmetry_and_probabilities_sum_to_one(data):
    X, y = data
    z = np.linspace(-30, 30, 61)
    np.testing.assert_allclose(sigmoid(-z), 1 - sigmoid(z), atol=1e-15)
    np.testing.assert_allclose(sigmoid(z), 1 / (1 + np.exp(-z)))
    w = np.array([0.3, -0.2, 0.1, 0.5])
    np.testing.assert_allclose(prob_of_label(w, X, np.ones(len(y))) + prob_of_label(w, X, -np.ones(len(y))), 1.0)


@pytest.mark.parametrize("scale", [0.1, 1.0, 5.0])
def test_gradient_matches_numerical(data, scale):
    X, y = data
    w = np.random.default_rng(1).normal(size=4) * scale
    numeric = numerical_gradient(lambda v: loss(v, X, y), w.copy())
    assert relative_error(gradient(w, X, y), numeric) < 1e-6


def test_hessian_matches_numerical_and_is_psd(data):
    X, y = data
    rng = np.random.default_rng(2)
    for _ in range(5):
        w = rng.normal(size=4) * 2
        H_num = np.column_stack([numerical_gradient(lambda v, i=i: gradient(v, X, y)[i], w.copy())
                                 for i in range(4)])
        np.testing.assert_allclose(hessian(w, X, y), H_num, atol=1e-7)
    for _ in range(200):
        assert np.linalg.eigvalsh(hessian(rng.normal(size=4) * 3, X, y))[0] >= -1e-12


def test_loss_is_convex_along_random_lines(data):
    X, y = data
    rng = np.random.default_rng(3)
    for _ in range(200):
        a, b, t = rng.normal(size=4) * 3, rng.normal(size=4) * 3, rng.uniform()
        assert loss(t * a + (1 - t) * b, X, y) <= t * loss(a, X, y) + (1 - t) * loss(b, X, y) + 1e-12


def test_page_smallest_eigenvalue(data):
    X, y = data
    rng = np.random.default_rng(SEED)
    make_data(rng)  # main() draws the data from the same generator first
    rng.normal(size=4)
    smallest = min(np.linalg.eigvalsh(hessian(rng.normal(size=4) * 3, X, y))[0] for _ in range(1000))
    assert smallest == pytest.approx(0.0001, abs=5e-5)
    assert smallest > 0


def test_softmax_cross_entropy_hessian():
    z = np.array([2.0, -1.0, 0.5])

    def ce(logits, k=0):
        return -(logits[k] - np.log(np.exp(logits).sum()))

    def ce_grad(logits, k=0):
        return numerical_gradient(lambda v: ce(v, k), logits.copy(), eps=1e-5)

    H_num = np.column_stack([numerical_gradient(lambda v, i=i: ce_grad(v)[i], z.copy(), eps=1e-4)
                             for i in range(3)])
    H = softmax_cross_entropy_hessian(z)
    np.testing.assert_allclose(H, H_num, atol=1e-4)
    eig = np.linalg.eigvalsh(H)
    np.testing.assert_allclose(eig, [0.0, 0.0546, 0.296], atol=5e-5)
    np.testing.assert_allclose(H @ np.ones(3), 0.0, atol=1e-15)  # flat along z + c 1
