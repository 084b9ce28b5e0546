"""Categorical sampling: the alias table encodes p exactly; both samplers pass chi-square tests."""

import numpy as np
import pytest
from scipy.stats import chisquare

from snippets.ml_coding.categorical_sampling import (
    SEED, alias_sample, build_alias_table, implied_probabilities, inverse_cdf_sample,
    multinomial_counts,
)

ALPHA = 0.001


def random_distribution(rng: np.random.Generator, k: int) -> np.ndarray:
    p = rng.dirichlet(np.full(k, 0.5))
    p[rng.integers(k)] = 0.0  # include a zero-probability category
    return p / p.sum()


@pytest.mark.parametrize("seed", range(10))
def test_alias_table_reproduces_the_distribution(seed):
    rng = np.random.default_rng(seed)
    p = random_distribution(rng, int(rng.integers(2, 40)))
    prob, alias = build_alias_table(p)
    assert ((prob >= 0) & (prob <= 1)).all()
    np.testing.assert_allclose(implied_probabilities(prob, alias), p, atol=1e-12)


def test_alias_table_normalizes_unnormalized_weights():
    prob, alias = build_alias_table(np.array([2.0, 1.0, 1.0]))
    np.testing.assert_allclose(implied_probabilities(prob, alias), [0.5, 0.25, 0.25], atol=1e-12)


@pytest.mark.parametrize("sampler", ["alias", "inverse_cdf"])
def test_samplers_pass_chi_square(sampler):
    rng = np.random.default_rng(1)
    p = random_distribution(rng, 12)
    n = 200_000
    if sampler == "alias":
        draws = alias_sample(*build_alias_table(p), n, rng)
    else:
        draws = inverse_cdf_sample(p, n, rng)
    counts = np.bincount(draws, minlength=len(p))
    assert counts[p == 0].sum() == 0  # impossible categories never appear
    keep = p > 0
    assert chisquare(counts[keep], p[keep] * n).pvalue > ALPHA


def test_inverse_cdf_boundaries():
    p = np.array([0.2, 0.0, 0.8])
    cdf_edges = np.array([0.0, 0.1999999, 0.2, 0.5, 0.9999999])

    class FixedUniforms:
        def random(self, size):
            return cdf_edges[:size]

    assert inverse_cdf_sample(p, 5, FixedUniforms()).tolist() == [0, 0, 2, 2, 2]


def test_multinomial_counts_match_mean_and_covariance():
    # E[N_i] = n p_i, Cov(N_i, N_j) = n (diag(p) - p p^T); check on 4,000 seeded draws
    rng = np.random.default_rng(2)
    p = np.array([0.5, 0.3, 0.2])
    n = 50
    draws = np.array([multinomial_counts(p, n, rng) for _ in range(4000)])
    assert (draws.sum(axis=1) == n).all()
    # standard errors: at most sqrt(12.5 / 4000) = 0.056 for a mean, about 0.28 for a variance
    np.testing.assert_allclose(draws.mean(axis=0), n * p, atol=0.22)  # 4 standard errors
    np.testing.assert_allclose(np.cov(draws.T), n * (np.diag(p) - np.outer(p, p)), atol=1.1)


def test_numbers_on_the_page():
    rng = np.random.default_rng(SEED)
    p = np.array([0.30, 0.05, 0.25, 0.02, 0.28, 0.10])
    prob, alias = build_alias_table(p)
    np.testing.assert_allclose(prob, [1.0, 0.3, 0.9, 0.12, 0.4, 0.6], atol=1e-12)
    assert alias.tolist() == [0, 0, 0, 4, 2, 4]
    n = 100_000
    freq_alias = np.bincount(alias_sample(prob, alias, n, rng), minlength=6) / n
    freq_cdf = np.bincount(inverse_cdf_sample(p, n, rng), minlength=6) / n
    np.testing.assert_allclose(freq_alias, [0.3006, 0.0498, 0.2506, 0.0206, 0.2792, 0.0991],
                               atol=5e-5)
    np.testing.assert_allclose(freq_cdf, [0.2994, 0.0500, 0.2517, 0.0199, 0.2791, 0.0999],
                               atol=5e-5)
    assert multinomial_counts(p, 1000, rng).tolist() == [289, 41, 258, 17, 294, 101]
