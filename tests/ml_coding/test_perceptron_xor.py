"""The perceptron separates separable data within Novikoff's bound, fails on XOR; the XOR networks are exact."""

import warnings

import numpy as np
import pytest
from sklearn.linear_model import Perceptron

from snippets.ml_coding.perceptron_xor import (
    SEED, XOR_INPUTS, mistake_bound, perceptron, separable_data, xor_network, xor_with_skip,
)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("margin", [0.05, 0.2])
def test_converges_within_the_mistake_bound(seed, margin):
    X, y, w_star = separable_data(np.random.default_rng(seed), 150, margin)
    w, updates, converged = perceptron(X, y, max_epochs=10_000)
    assert converged
    A = np.c_[np.ones(len(X)), X]
    assert np.all(y * (A @ w) > 0)  # every training point on the right side
    assert updates <= mistake_bound(X, y, w_star)


def test_printed_numbers():
    X, y, w_star = separable_data(np.random.default_rng(SEED), 200, margin=0.1)
    _, updates, converged = perceptron(X, y)
    assert converged and updates == 17
    assert round(mistake_bound(X, y, w_star)) == 702


def test_same_updates_as_sklearn_perceptron():
    # scikit-learn's Perceptron with lr 1, no shuffling and no penalty runs the same update rule.
    X, y, _ = separable_data(np.random.default_rng(1), 100, 0.1)
    w, _, _ = perceptron(X, y, max_epochs=3)
    reference = Perceptron(eta0=1.0, shuffle=False, max_iter=3, tol=None, penalty=None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # three epochs may be too few for it to report convergence
        reference.fit(X, y)
    np.testing.assert_allclose(w, np.r_[reference.intercept_, reference.coef_[0]])


def test_never_converges_on_xor():
    _, _, converged = perceptron(XOR_INPUTS, np.array([-1.0, 1.0, 1.0, -1.0]), max_epochs=1000)
    assert not converged


def test_xor_networks_compute_xor():
    expected = np.array([0.0, 1.0, 1.0, 0.0])
    np.testing.assert_array_equal(xor_network(XOR_INPUTS), expected)
    np.testing.assert_array_equal(xor_with_skip(XOR_INPUTS), expected)
    # With a 0.5 threshold the net is a correct classifier even on noisy inputs near the corners.
    rng = np.random.default_rng(0)
    corners = rng.integers(0, 2, size=(500, 2)).astype(float)
    noisy = corners + rng.uniform(-0.2, 0.2, size=corners.shape)
    truth = np.logical_xor(corners[:, 0], corners[:, 1])
    np.testing.assert_array_equal(xor_network(noisy) > 0.5, truth)
