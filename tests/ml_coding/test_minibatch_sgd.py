"""Epochs visit every example once; full-batch GD reaches the least-squares optimum; the printed numbers hold."""

import numpy as np
import pytest

from snippets.ml_coding.minibatch_sgd import (
    SEED, SETUPS, make_regression, minibatches, mse_grad, never_drawn_with_replacement, sgd_epochs,
)
from snippets._shared.gradcheck import numerical_gradient, relative_error


def test_each_epoch_is_a_permutation():
    rng = np.random.default_rng(0)
    for batch_size in (1, 7, 32, 100):
        batches = list(minibatches(100, batch_size, rng))
        np.testing.assert_array_equal(np.sort(np.concatenate(batches)), np.arange(100))
        assert all(len(b) == batch_size for b in batches[:-1])


def test_gradient_numerically():
    rng = np.random.default_rng(1)
    X, y, w = rng.normal(size=(9, 4)), rng.normal(size=9), rng.normal(size=4)
    numeric = numerical_gradient(lambda v: 0.5 * np.mean((X @ v - y) ** 2), w.copy())
    assert relative_error(mse_grad(w, X, y), numeric) < 1e-8


def test_full_batch_reaches_lstsq_optimum():
    X, y = make_regression(np.random.default_rng(2), n=300, d=5)
    best = 0.5 * np.mean((X @ np.linalg.lstsq(X, y, rcond=None)[0] - y) ** 2)
    losses = sgd_epochs(X, y, batch_size=300, lr=0.5, epochs=100, rng=np.random.default_rng(0))
    assert losses[-1] - best < 1e-12


def test_printed_numbers():
    rng = np.random.default_rng(SEED)
    X, y = make_regression(rng)
    best = 0.5 * np.mean((X @ np.linalg.lstsq(X, y, rcond=None)[0] - y) ** 2)
    assert best == pytest.approx(0.1224, abs=5e-5)
    excess = {name: np.array(sgd_epochs(X, y, b, lr, 20, rng)) - best for name, (b, lr) in SETUPS.items()}
    gd, mini, single = excess.values()
    assert gd[1] == pytest.approx(2.2, abs=0.05) and gd[20] == pytest.approx(2.0e-10, rel=0.05)
    assert mini[1] == pytest.approx(1.4e-2, rel=0.05) and mini[20] == pytest.approx(7.8e-4, rel=0.07)
    assert single[1] == pytest.approx(2.0e-3, rel=0.05) and single[20] == pytest.approx(5.1e-3, rel=0.02)
    # The trade-off the page states: small batches win after one epoch, full batch wins after 20.
    assert single[1] < mini[1] < gd[1] and gd[20] < mini[20] < single[20]
    missed = never_drawn_with_replacement(len(y), rng)
    assert missed == pytest.approx(np.exp(-1), abs=0.02)  # 2000 draws: standard deviation about 0.007


def test_missed_fraction_against_closed_form_monte_carlo():
    rng = np.random.default_rng(5)
    estimates = [never_drawn_with_replacement(500, rng) for _ in range(200)]
    assert np.mean(estimates) == pytest.approx((1 - 1 / 500) ** 500, abs=0.003)  # sd of the mean ~0.0015
