"""The randomized multilevel median estimator is unbiased (seeded simulation against the exact
Beta median); fixed-n expectations are polynomials in a mixture weight while the median jumps."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.unbiased_median import (
    A, B, exact_sample_median_bias, expected_draws, expected_sample_median, fixed_n_median_bias, level_differences, mixture_median,
    randomized_median_estimates,
)

TRUE = stats.beta(A, B).median()




def test_median_of_mixture_jumps():
    assert mixture_median(0.49) == pytest.approx(0.05 / 0.51)
    assert (round(mixture_median(0.49), 4), round(mixture_median(0.51), 4)) == (0.0980, 0.9020)
    cdf_at = lambda t, m: (1 - t) * min(m / 0.1, 1) + t * max((m - 0.9) / 0.1, 0)  # noqa: E731
    for t in (0.2, 0.49, 0.51, 0.8):
        assert cdf_at(t, mixture_median(t)) == pytest.approx(0.5)


def test_expected_sample_median_matches_simulation():
    rng = np.random.default_rng(0)
    t, n, size = 0.4, 3, 200_000
    high = rng.random((size, n)) < t
    x = np.where(high, rng.uniform(0.9, 1.0, (size, n)), rng.uniform(0.0, 0.1, (size, n)))
    assert np.median(x, axis=1).mean() == pytest.approx(expected_sample_median(t, n), abs=0.003)


@pytest.mark.parametrize("n", [3, 5])
def test_expected_sample_median_is_a_polynomial_of_degree_n(n):
    # Any estimator's expectation under the mixture is a polynomial of degree <= n in t;
    # a median that jumps cannot be one, so no fixed-n estimator is unbiased for it.
    nodes = np.linspace(0, 1, n + 1)
    coefficients = np.polyfit(nodes, [expected_sample_median(t, n) for t in nodes], n)
    for t in (0.13, 0.37, 0.62, 0.91):
        assert np.polyval(coefficients, t) == pytest.approx(expected_sample_median(t, n), abs=1e-6)


@pytest.mark.parametrize("n", [5, 9])
def test_fixed_n_bias_matches_exact_integral(n):
    bias, se = fixed_n_median_bias(np.random.default_rng(n), n, 200_000)
    exact = exact_sample_median_bias(n)
    assert bias == pytest.approx(exact, abs=4 * se)
    assert exact > 20 * se  # the bias is real, not noise
    assert round(exact, 4) == {5: 0.0067, 9: 0.0040}[n]


def test_level_differences_telescope():
    rng = np.random.default_rng(1)
    deltas = level_differences(rng, 3, 200_000)  # E = E[m_8] - E[m_4]
    m8 = np.median(rng.beta(A, B, (200_000, 8)), axis=1).mean()
    m4 = np.median(rng.beta(A, B, (200_000, 4)), axis=1).mean()
    assert deltas.mean() == pytest.approx(m8 - m4, abs=0.001)


@pytest.mark.parametrize("seed", [5, 6])
def test_randomized_estimator_is_unbiased(seed):
    estimates, cost = randomized_median_estimates(np.random.default_rng(seed), 200_000)
    se = estimates.std(ddof=1) / np.sqrt(len(estimates))
    assert estimates.mean() == pytest.approx(TRUE, abs=4 * se)
    assert se < 0.002  # finite variance: about 0.7 per estimate
    # The number of draws has a finite mean but an infinite variance, so its average is noisy.
    assert cost == pytest.approx(expected_draws(), rel=0.25)


def test_expected_draws_closed_form():
    r = 2**-1.25
    assert expected_draws() == pytest.approx(sum((1 - r) * (2 * r) ** k for k in range(2000)))
    assert round(expected_draws(), 2) == 3.64


def test_odd_sample_median_is_median_unbiased():
    medians = np.median(np.random.default_rng(2).beta(A, B, (400_000, 5)), axis=1)
    assert np.mean(medians <= TRUE) == pytest.approx(0.5, abs=0.003)


def test_level_differences_shrink_faster_than_plain_differences():
    # The variance argument needs E[Delta_k^2] to fall faster than 2^-k (it is O(2^-1.5k)
    # asymptotically). A plain difference m_(2^k) - m_(2^(k-1)) only falls like 2^-k, i.e. by 1/4
    # over two levels; the antithetic difference falls by about 1/6 here and 1/8 in the limit.
    rng = np.random.default_rng(7)
    antithetic = {k: np.mean(level_differences(rng, k, 10_000) ** 2) for k in (6, 8)}
    plain = {}
    for k in (6, 8):
        x = rng.beta(A, B, size=(10_000, 2**k))
        plain[k] = np.mean((np.median(x, axis=1) - np.median(x[:, : 2 ** (k - 1)], axis=1)) ** 2)
    assert plain[8] / plain[6] == pytest.approx(0.25, rel=0.15)
    assert 0.1 < antithetic[8] / antithetic[6] < 0.21
    assert np.all(level_differences(rng, 1, 100) == 0)  # median of 2 = mean of the two halves
