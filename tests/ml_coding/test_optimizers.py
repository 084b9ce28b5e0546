"""Each optimizer's first two steps match a hand computation, and each converges on a least-squares problem."""

import numpy as np
import pytest

from snippets.ml_coding.optimizers import SGD, AdaGrad, Adam, AdamW, Momentum, Nesterov, RMSprop, quadratic_grad

W0 = np.array([1.0, -2.0])  # f = 0.5 (w0^2 + 25 w1^2), gradient (1, -50) at W0
EPS = 1e-8


def two_steps(opt):
    w1 = opt.step(W0, quadratic_grad)
    return w1, opt.step(w1, quadratic_grad)


def check(actual, expected):
    np.testing.assert_allclose(actual, expected, rtol=1e-14, atol=1e-15)


def test_sgd_by_hand():
    w1, w2 = two_steps(SGD(0.02))
    check(w1, [1 - 0.02 * 1, -2 + 0.02 * 50])  # (0.98, -1.0)
    check(w2, [0.98 - 0.02 * 0.98, -1.0 + 0.02 * 25])  # gradient at w1 is (0.98, -25)


def test_momentum_by_hand():
    w1, w2 = two_steps(Momentum(0.02, 0.9))
    check(w1, [0.98, -1.0])  # v1 = g0, so the first step is plain SGD
    v2 = np.array([0.9 * 1 + 0.98, 0.9 * -50 + -25])  # (1.88, -70)
    check(w2, np.array([0.98, -1.0]) - 0.02 * v2)  # (0.9424, 0.4)


def test_nesterov_by_hand():
    w1, w2 = two_steps(Nesterov(0.02, 0.9))
    check(w1, [0.98, -1.0])
    look = np.array([0.98 - 0.02 * 0.9 * 1, -1.0 - 0.02 * 0.9 * -50])  # (0.962, -0.1)
    v2 = 0.9 * np.array([1.0, -50.0]) + np.array([1.0, 25.0]) * look  # (1.862, -47.5)
    check(w2, np.array([0.98, -1.0]) - 0.02 * v2)  # (0.94276, -0.05)


def test_adagrad_by_hand():
    w1, w2 = two_steps(AdaGrad(0.1))
    check(w1, [1 - 0.1 * 1 / (1 + EPS), -2 + 0.1 * 50 / (50 + EPS)])  # about (0.9, -1.9)
    g1 = np.array([1.0, 25.0]) * w1
    G2 = np.array([1.0, 2500.0]) + g1**2
    check(w2, w1 - 0.1 * g1 / (np.sqrt(G2) + EPS))
    assert w2 == pytest.approx([0.833104, -1.831125], abs=5e-7)


def test_rmsprop_by_hand():
    w1, w2 = two_steps(RMSprop(0.1, 0.9))
    s1 = np.array([0.1 * 1.0, 0.1 * 2500.0])
    check(w1, W0 - 0.1 * np.array([1.0, -50.0]) / (np.sqrt(s1) + EPS))  # 0.1 * sqrt(10) = 0.316 per coordinate
    g1 = np.array([1.0, 25.0]) * w1
    s2 = 0.9 * s1 + 0.1 * g1**2
    check(w2, w1 - 0.1 * g1 / (np.sqrt(s2) + EPS))
    assert w2 == pytest.approx([0.498871, -1.473875], abs=5e-7)


def test_adam_by_hand():
    w1, w2 = two_steps(Adam(0.1))
    g0 = np.array([1.0, -50.0])
    # step 1: m_hat = g0, v_hat = g0^2, so the step is lr * g0 / (|g0| + eps), about lr * sign(g0)
    check(w1, W0 - 0.1 * g0 / (np.abs(g0) + EPS))
    g1 = np.array([1.0, 25.0]) * w1
    m2 = 0.9 * 0.1 * g0 + 0.1 * g1
    v2 = 0.999 * 0.001 * g0**2 + 0.001 * g1**2
    m_hat, v_hat = m2 / (1 - 0.9**2), v2 / (1 - 0.999**2)
    check(w2, w1 - 0.1 * m_hat / (np.sqrt(v_hat) + EPS))
    assert w2 == pytest.approx([0.800412, -1.800166], abs=5e-7)


def test_adamw_by_hand_and_difference_from_l2():
    w1, w2 = two_steps(AdamW(0.1, weight_decay=0.5))
    g0 = np.array([1.0, -50.0])
    check(w1, W0 - 0.1 * (g0 / (np.abs(g0) + EPS) + 0.5 * W0))  # about (0.85, -1.8)
    assert w2 == pytest.approx([0.708248, -1.610412], abs=5e-7)
    # Coupled L2 (Adam with weight_decay) feeds g + wd w into the moments instead.
    coupled = Adam(0.1, weight_decay=0.5).step(W0, quadratic_grad)
    g = g0 + 0.5 * W0
    check(coupled, W0 - 0.1 * g / (np.abs(g) + EPS))
    assert not np.allclose(coupled, w1)


def test_adamw_without_decay_is_adam():
    a, b = Adam(0.05), AdamW(0.05, weight_decay=0.0)
    wa = wb = W0
    for _ in range(20):
        wa, wb = a.step(wa, quadratic_grad), b.step(wb, quadratic_grad)
    np.testing.assert_array_equal(wa, wb)


@pytest.fixture(scope="module")
def least_squares():
    rng = np.random.default_rng(0)
    A, b = rng.normal(size=(50, 5)), rng.normal(size=50)
    return A, b, np.linalg.lstsq(A, b, rcond=None)[0]


@pytest.mark.parametrize("make, tol", [
    (lambda: SGD(0.5), 1e-10), (lambda: Momentum(0.1, 0.9), 1e-10), (lambda: Nesterov(0.1, 0.9), 1e-10),
    (lambda: AdaGrad(0.5), 1e-10), (lambda: Adam(0.05), 1e-7), (lambda: AdamW(0.05), 1e-7),
    (lambda: RMSprop(0.01), 2e-2), (lambda: RMSprop(0.001), 2e-3),  # constant lr: hovers at a distance ~ lr
])
def test_converges_to_least_squares_solution(least_squares, make, tol):
    A, b, w_star = least_squares
    opt, w = make(), np.zeros(5)
    for _ in range(2000):
        w = opt.step(w, lambda v: A.T @ (A @ v - b) / len(b))
    assert np.linalg.norm(w - w_star) < tol
