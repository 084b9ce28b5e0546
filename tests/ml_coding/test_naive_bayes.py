"""Naive Bayes from scratch agrees with scikit-learn's GaussianNB and MultinomialNB."""

import numpy as np
import pytest
from sklearn.datasets import load_digits, load_wine
from sklearn.naive_bayes import GaussianNB, MultinomialNB

from snippets.ml_coding.naive_bayes import (
    SEED, fit_gaussian, fit_multinomial, gaussian_joint_log_likelihood,
    multinomial_joint_log_likelihood, predict_proba, split,
)


@pytest.fixture(scope="module")
def wine_split():
    wine = load_wine()
    train, test = split(len(wine.target), 0.3, np.random.default_rng(SEED))
    return wine.data[train], wine.target[train], wine.data[test], wine.target[test]


@pytest.fixture(scope="module")
def digits_split():
    digits = load_digits()
    rng = np.random.default_rng(SEED)
    split(178, 0.3, rng)  # main() splits wine first with the same generator
    train, test = split(len(digits.target), 0.3, rng)
    return digits.data[train], digits.target[train], digits.data[test], digits.target[test]


@pytest.mark.parametrize("var_smoothing", [1e-9, 1e-3, 0.1])
def test_gaussian_matches_sklearn(wine_split, var_smoothing):
    X_train, y_train, X_test, _ = wine_split
    ours = fit_gaussian(X_train, y_train, var_smoothing)
    reference = GaussianNB(var_smoothing=var_smoothing).fit(X_train, y_train)
    np.testing.assert_allclose(ours.params["mean"], reference.theta_, rtol=1e-10)
    np.testing.assert_allclose(ours.params["var"], reference.var_, rtol=1e-10)
    np.testing.assert_allclose(np.exp(ours.log_prior), reference.class_prior_, rtol=1e-12)
    proba = predict_proba(gaussian_joint_log_likelihood(ours, X_test))
    np.testing.assert_allclose(proba, reference.predict_proba(X_test), atol=1e-9)


def test_gaussian_variance_floor_handles_a_constant_feature():
    rng = np.random.default_rng(1)
    X = np.c_[rng.normal(size=(60, 2)), np.full(60, 3.0)]  # third feature never varies
    y = np.repeat([0, 1], 30)
    X[y == 1, 0] += 2.0
    ours = predict_proba(gaussian_joint_log_likelihood(fit_gaussian(X, y), X))
    assert np.isfinite(ours).all()
    np.testing.assert_allclose(ours, GaussianNB().fit(X, y).predict_proba(X), atol=1e-9)


@pytest.mark.parametrize("alpha", [1.0, 0.5, 0.01])
def test_multinomial_matches_sklearn(digits_split, alpha):
    X_train, y_train, X_test, _ = digits_split
    ours = fit_multinomial(X_train, y_train, alpha)
    reference = MultinomialNB(alpha=alpha).fit(X_train, y_train)
    np.testing.assert_allclose(ours.params["log_theta"], reference.feature_log_prob_, rtol=1e-10)
    np.testing.assert_allclose(ours.log_prior, reference.class_log_prior_, rtol=1e-12)
    proba = predict_proba(multinomial_joint_log_likelihood(ours, X_test))
    np.testing.assert_allclose(proba, reference.predict_proba(X_test), atol=1e-9)


def test_predict_proba_is_stable_for_huge_log_likelihoods():
    jll = np.array([[-1e5, -1e5 - np.log(3.0)]])  # exp() of either is 0.0 in float64
    np.testing.assert_allclose(predict_proba(jll), [[0.75, 0.25]], rtol=1e-9)


def test_numbers_on_the_page(wine_split, digits_split):
    X_train, y_train, X_test, y_test = wine_split
    assert len(y_test) == 53
    gnb = fit_gaussian(X_train, y_train)
    assert (gaussian_joint_log_likelihood(gnb, X_test).argmax(axis=1) == y_test).mean() == 1.0

    X_train, y_train, X_test, y_test = digits_split
    assert len(y_test) == 539
    mnb = fit_multinomial(X_train, y_train)
    jll = multinomial_joint_log_likelihood(mnb, X_test)
    accuracy = (jll.argmax(axis=1) == y_test).mean()
    assert accuracy == pytest.approx(0.8998, abs=5e-5)
    assert accuracy == MultinomialNB().fit(X_train, y_train).score(X_test, y_test)
    theta = np.exp(mnb.params["log_theta"])
    direct = np.prod(theta[None, :, :] ** X_test[:, None, :], axis=2)
    assert int((direct == 0).all(axis=1).sum()) == 537
    assert jll.min() == pytest.approx(-1998.6, abs=0.05)
    assert jll.max() == pytest.approx(-735.0, abs=0.05)
    unseen = np.array([X_train[y_train == c].sum(axis=0) == 0 for c in range(10)])
    assert int(unseen.sum()) == 134
    killed = ((X_test > 0) & unseen[y_test]).any(axis=1)
    assert int(killed.sum()) == 9
