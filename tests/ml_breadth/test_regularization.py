"""Closed-form ridge and coordinate-descent lasso and elastic net agree with
scikit-learn; the unsquared-norm solution agrees with a generic optimizer."""

import numpy as np
import pytest
from scipy.optimize import minimize
from sklearn.datasets import load_diabetes
from sklearn.linear_model import ElasticNet, Lasso, LassoCV, Ridge
from sklearn.linear_model import lasso_path as sk_lasso_path
from sklearn.model_selection import KFold

from snippets.ml_breadth.regularization import (
    SEED,
    cv_mse,
    diabetes,
    elastic_net,
    l2_norm_penalty,
    lasso_path,
    main,
    ridge,
    soft_threshold,
)

X_STD, Y, _ = diabetes()
X_RAW = load_diabetes().data  # columns of unit norm, as load_diabetes returns them
N = len(Y)
ALPHA_MAX = np.abs((X_STD - X_STD.mean(0)).T @ (Y - Y.mean())).max() / N


@pytest.mark.parametrize("X", [X_RAW, X_STD], ids=["raw", "standardized"])
@pytest.mark.parametrize("alpha", [0.01, 1.0, 10.0, 1000.0])
def test_ridge_matches_sklearn(X, alpha):
    # both minimize ||y - b - Xw||^2 + alpha ||w||^2, a sum over rows, b unpenalized
    b, w = ridge(X, Y, alpha)
    ref = Ridge(alpha=alpha).fit(X, Y)
    np.testing.assert_allclose(w, ref.coef_, rtol=1e-9, atol=1e-9)
    assert b == pytest.approx(ref.intercept_, rel=1e-9)


@pytest.mark.parametrize("frac", [0.9, 0.3, 0.05, 0.01, 0.002])
@pytest.mark.parametrize("l1_ratio", [1.0, 0.5, 0.1])
def test_coordinate_descent_matches_sklearn(frac, l1_ratio):
    # ||y - b - Xw||^2 / (2n) + alpha r ||w||_1 + alpha (1 - r) ||w||^2 / 2
    alpha = frac * ALPHA_MAX
    b, w = elastic_net(X_STD, Y, alpha, l1_ratio)
    model = (
        Lasso(alpha=alpha)
        if l1_ratio == 1
        else ElasticNet(alpha=alpha, l1_ratio=l1_ratio)
    )
    ref = model.set_params(tol=1e-14, max_iter=1_000_000).fit(X_STD, Y)
    np.testing.assert_allclose(w, ref.coef_, atol=1e-6)
    assert b == pytest.approx(ref.intercept_, abs=1e-6)
    np.testing.assert_array_equal(w == 0, ref.coef_ == 0)


def test_path_zero_pattern_matches_sklearn_lasso_path():
    alphas = ALPHA_MAX * np.logspace(0.025, -2.975, 61)
    ours = lasso_path(X_STD, Y, alphas)
    Xc, yc = X_STD - X_STD.mean(0), Y - Y.mean()  # lasso_path has no intercept
    _, ref, _ = sk_lasso_path(Xc, yc, alphas=alphas, tol=1e-14, max_iter=1_000_000)
    np.testing.assert_array_equal(ours == 0, ref.T == 0)
    np.testing.assert_allclose(ours, ref.T, atol=1e-6)
    assert np.all(ours[0] == 0)  # alphas[0] > alpha_max zeroes every weight
    assert (
        np.count_nonzero(ours[1]) >= 1
    )  # the first feature enters below alpha_max


@pytest.mark.parametrize("alpha", [0.05, 0.3, 1.0, 2.5])
def test_soft_threshold_is_the_orthonormal_lasso_solution(alpha):
    rng = np.random.default_rng(SEED)
    n, d = 200, 6
    A = rng.normal(size=(n, d))
    Q, _ = np.linalg.qr(A - A.mean(0))  # orthonormal columns orthogonal to 1
    X = np.sqrt(n) * Q  # so X^T X / n = I
    y = X @ rng.normal(0, 1.5, d) + rng.normal(size=n) + 3.0
    expected = soft_threshold(X.T @ (y - y.mean()) / n, alpha)
    np.testing.assert_allclose(elastic_net(X, y, alpha)[1], expected, atol=1e-10)
    ref = Lasso(alpha=alpha, tol=1e-14, max_iter=100_000).fit(X, y).coef_
    np.testing.assert_allclose(ref, expected, atol=1e-8)


def test_soft_threshold_minimizes_the_scalar_problem():
    grid = np.linspace(-5, 5, 200_001)
    for z in (-3.0, -0.4, 0.0, 0.7, 2.2):
        best = grid[np.argmin((grid - z) ** 2 / 2 + 0.8 * np.abs(grid))]
        assert soft_threshold(np.array(z), 0.8) == pytest.approx(best, abs=1e-4)


def test_unsquared_norm_matches_generic_optimizer_and_zeroes_all_at_once():
    Xc, yc = X_STD - X_STD.mean(0), Y - Y.mean()
    lam_max = np.linalg.norm(Xc.T @ yc) / N
    for frac in (0.8, 0.5, 0.1):
        lam = frac * lam_max
        w = l2_norm_penalty(X_STD, Y, lam)

        def objective(v, lam=lam):
            return ((yc - Xc @ v) ** 2).sum() / (2 * N) + lam * np.linalg.norm(v)

        ref = minimize(objective, w + 0.5, method="BFGS", options={"gtol": 1e-10})
        assert objective(w) <= ref.fun + 1e-9
        np.testing.assert_allclose(w, ref.x, atol=1e-3)
        assert np.count_nonzero(w) == 10  # every weight is nonzero below lam_max
    for frac in (1.0, 1.5):
        assert np.all(l2_norm_penalty(X_STD, Y, frac * lam_max) == 0)
    # just below lam_max all weights are tiny but nonzero, in the direction X^T y
    w = l2_norm_penalty(X_STD, Y, 0.999 * lam_max)
    direction = Xc.T @ yc / np.linalg.norm(Xc.T @ yc)
    assert w / np.linalg.norm(w) == pytest.approx(direction, abs=1e-2)


def test_cross_validation_matches_lasso_cv():
    alphas = ALPHA_MAX * np.logspace(0.025, -2.975, 61)
    ours = cv_mse(X_STD, Y, alphas, 5)
    ref = LassoCV(
        alphas=alphas,
        cv=KFold(5, shuffle=True, random_state=SEED),
        tol=1e-14,
        max_iter=1_000_000,
    ).fit(X_STD, Y)
    # LassoCV sorts alphas in decreasing order, as they are here
    np.testing.assert_allclose(ours, ref.mse_path_, rtol=1e-6)
    assert alphas[ours.mean(1).argmin()] == pytest.approx(ref.alpha_)


def test_printed_numbers(capsys, monkeypatch):
    monkeypatch.setattr("matplotlib.pyplot.show", lambda: None)
    main()
    out = capsys.readouterr().out
    for line in [
        "lasso: all weights are zero for alpha >= 45.1600",
        "order of entry: bmi s5 bp s3 sex s6 s1 s4 age s2",
        "min CV   : alpha 0.8507, CV MSE 2971.8, 8 of 10 weights nonzero",
        "1-SE rule: alpha 4.7836, CV MSE 3077.6, 5 of 10 weights nonzero",
        "kept by the 1-SE rule: sex bmi bp s3 s5",
        "ridge, alpha 1e5: smallest |w| 1.36e-02",
        "L2 norm penalty: all weights are zero for lam >= 93.0113",
        "at lam_max / 2: 10 of 10 weights nonzero",
    ]:
        assert line in out
