"""Newton and gradient descent reach scikit-learn's regularized logistic-regression optimum; iteration counts as printed."""

import numpy as np
import pytest
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from snippets.math.logistic_convexity import hessian
from snippets.math.newton_vs_gradient_descent import (
    LAMBDA, first_below, gradient_descent, load_data, min_curvature_along_bias, newton, objective,
    objective_grad,
    objective_hessian, quadratic_paths,
)


@pytest.fixture(scope="module")
def fitted():
    X, y = load_data()
    with threadpool_limits(limits=1):
        w, nt_hist = newton(X, y, n_iter=15)
        gd_hist = gradient_descent(X, y, n_iter=5000)
    return X, y, w, nt_hist, gd_hist


def test_newton_matches_sklearn(fitted):
    X, y, w, _, _ = fitted
    # sklearn minimizes C sum(loss) + |w|^2 / 2 without penalizing the intercept: C = 1 / (lambda n)
    ref = LogisticRegression(C=1 / (LAMBDA * len(y)), tol=1e-12, max_iter=20_000).fit(X[:, :-1], y)
    np.testing.assert_allclose(w[:-1], ref.coef_[0], atol=1e-4)
    assert w[-1] == pytest.approx(ref.intercept_[0], abs=1e-4)


def test_newton_matches_scipy_and_has_zero_gradient(fitted):
    X, y, w, nt_hist, _ = fitted
    res = minimize(objective, np.zeros(X.shape[1]), args=(X, y), jac=objective_grad,
                   hess=objective_hessian, method="trust-exact")
    assert nt_hist[-1] == pytest.approx(res.fun, abs=1e-10)
    assert np.linalg.norm(objective_grad(w, X, y)) < 1e-10


def test_page_numbers(fitted):
    X, y, w, nt_hist, gd_hist = fitted
    best = nt_hist[-1]
    assert best == pytest.approx(0.059828, abs=5e-7)
    assert np.linalg.cond(objective_hessian(w, X, y)) == pytest.approx(140, abs=0.5)
    assert first_below(nt_hist, best, 1e-4) == 7 and first_below(nt_hist, best, 1e-8) == 8
    assert first_below(gd_hist, best, 1e-4) == 3629
    assert min(gd_hist) - best >= 1e-8
    assert all(b <= a + 1e-15 for a, b in zip(gd_hist, gd_hist[1:]))  # monotone with step 1/L


def test_newton_solves_a_quadratic_in_one_step():
    rotation = np.array([[np.cos(0.5), -np.sin(0.5)], [np.sin(0.5), np.cos(0.5)]])
    A = rotation @ np.diag([1.0, 12.0]) @ rotation.T
    gd, nt = quadratic_paths(A, np.array([-5.0, 3.0]), 25)
    np.testing.assert_allclose(nt[-1], 0.0, atol=1e-12)
    assert np.linalg.norm(gd[-1]) > 0.05  # GD is still on its way after 25 steps
    assert np.linalg.cond(A) == pytest.approx(12.0)


def test_not_strongly_convex_along_the_unpenalized_bias(fitted):
    X, y, w, _, _ = fitted
    # The penalty's Hessian is lambda on the weights and 0 on the bias.
    penalty = objective_hessian(w, X, y) - hessian(w, X, y)
    np.testing.assert_allclose(np.diag(penalty), np.append(np.full(len(w) - 1, LAMBDA), 0.0))
    assert np.count_nonzero(penalty - np.diag(np.diag(penalty))) == 0
    # Curvature along the bias against the mean of sigmoid'(z) and a second difference.
    biases = (w[-1], 10.0, 40.0, 80.0)
    curv = min_curvature_along_bias(w, X, y, biases)
    for b, c in zip(biases, curv):
        z = X[:, :-1] @ w[:-1] + b
        s = 1 / (1 + np.exp(-z))
        assert c == pytest.approx(np.mean(s * (1 - s)), rel=1e-9)
    h = 1e-3
    f = lambda b: objective(np.append(w[:-1], b), X, y)  # noqa: E731
    second = (f(10.0 + h) - 2 * f(10.0) + f(10.0 - h)) / h**2
    assert second == pytest.approx(curv[1], rel=1e-4)
    # Positive everywhere (strictly convex) but tending to 0: no global strong convexity.
    assert [float(f"{c:.1e}") for c in curv] == [2.0e-02, 1.7e-02, 2.9e-05, 5.7e-11]
    assert all(c > 0 for c in curv) and curv[-1] < LAMBDA * 1e-7
    assert np.linalg.eigvalsh(objective_hessian(w, X, y))[0] == pytest.approx(LAMBDA, rel=0.05)
