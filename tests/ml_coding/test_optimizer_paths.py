"""The problems' gradients are right, and the trajectory and learning-rate numbers on the page are reproduced."""

import numpy as np
import pytest
from scipy.optimize import rosen, rosen_der

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.ml_coding.optimizer_paths import (
    CURVATURES, quadratic, quadratic_grad, quadratic_setups, rosenbrock, rosenbrock_grad, rosenbrock_setups, run,
)
from snippets.ml_coding.optimizers import SGD

W0 = np.array([-4.5, 1.0])


def test_rosenbrock_matches_scipy():
    for w in [np.array([-1.5, 2.0]), np.array([0.3, -0.7]), np.array([1.0, 1.0])]:
        assert rosenbrock(w) == pytest.approx(rosen(w))
        np.testing.assert_allclose(rosenbrock_grad(w), rosen_der(w), atol=1e-12)


def test_quadratic_gradient_numerically():
    w = np.array([0.7, -1.3])
    assert relative_error(quadratic_grad(w), numerical_gradient(quadratic, w.copy())) < 1e-8


def test_printed_quadratic_results():
    final = {n: quadratic(run(o, quadratic_grad, W0, 200)[-1]) for n, o in quadratic_setups().items()}
    assert final["SGD (lr 0.07)"] == pytest.approx(2.50e-12, rel=5e-3)
    assert final["RMSprop (lr 0.1)"] == pytest.approx(3.26e-2, rel=5e-3)  # stalls: steps stay ~ lr
    assert final["momentum (lr 0.05, 0.6)"] < 1e-30


def test_printed_rosenbrock_results():
    dist = {n: np.linalg.norm(run(o, rosenbrock_grad, np.array([-1.5, 2.0]), 3000)[-1] - 1.0)
            for n, o in rosenbrock_setups().items()}
    assert dist["SGD (lr 1e-3)"] == pytest.approx(0.4507, abs=5e-4)
    assert dist["momentum (lr 5e-4, 0.9)"] == pytest.approx(2.5e-3, abs=5e-5)
    assert dist["RMSprop (lr 0.01)"] == pytest.approx(6.06e-2, abs=5e-4)
    assert dist["Adam (lr 0.05)"] < 1e-13


def test_learning_rate_regimes():
    assert 2 / CURVATURES.max() == pytest.approx(0.08)
    factors = [np.abs(1 - lr * CURVATURES).max() for lr in (0.002, 0.075, 0.085)]
    np.testing.assert_allclose(factors, [0.998, 0.925, 1.125])
    low, good, high = (quadratic(run(SGD(lr), quadratic_grad, W0, 100)[-1]) for lr in (0.002, 0.075, 0.085))
    assert low == pytest.approx(6.78, abs=5e-3)
    assert good == pytest.approx(1.71e-6, rel=5e-3)
    assert high == pytest.approx(2.13e11, rel=5e-3)
    # Closed form along the stiff axis: y_t = (1 - lr * 25)^t y_0.
    y = run(SGD(0.085), quadratic_grad, W0, 10)[:, 1]
    np.testing.assert_allclose(y, (1 - 0.085 * 25) ** np.arange(11) * 1.0, rtol=1e-12)
