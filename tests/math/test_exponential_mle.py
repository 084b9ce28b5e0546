"""Exponential MLE: matches SciPy's fit and a numerical optimizer; its bias matches n*rate/(n-1)."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.exponential_mle import log_likelihood, mle_rate, numerical_mle, unbiased_rate

N_SE = 4.0


def test_mle_matches_scipy_and_optimizer():
    x = np.random.default_rng(0).exponential(scale=0.5, size=300)
    loc, scale = stats.expon.fit(x, floc=0)
    assert mle_rate(x) == pytest.approx(1 / scale, rel=1e-9)
    assert numerical_mle(x) == pytest.approx(mle_rate(x), rel=1e-6)
    assert log_likelihood(mle_rate(x), x) == pytest.approx(stats.expon(scale=scale).logpdf(x).sum())


def test_score_is_zero_at_the_mle():
    x = np.random.default_rng(1).exponential(scale=2.0, size=50)
    r, h = mle_rate(x), 1e-6
    score = (log_likelihood(r + h, x) - log_likelihood(r - h, x)) / (2 * h)
    assert abs(score) < 1e-4


def test_bias_of_mle_and_unbiased_correction():
    rng = np.random.default_rng(2)
    n, rate = 5, 2.0
    samples = rng.exponential(scale=1 / rate, size=(100_000, n))
    mle = np.array([mle_rate(s) for s in samples[:2000]])  # the function itself, on a subset
    np.testing.assert_allclose(mle, 1 / samples[:2000].mean(axis=1))
    all_mle = 1 / samples.mean(axis=1)
    se = all_mle.std(ddof=1) / np.sqrt(len(all_mle))
    assert abs(all_mle.mean() - n * rate / (n - 1)) < N_SE * se
    unbiased = np.array([unbiased_rate(s) for s in samples[:20_000]])
    se = unbiased.std(ddof=1) / np.sqrt(len(unbiased))
    assert abs(unbiased.mean() - rate) < N_SE * se
