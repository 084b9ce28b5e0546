"""Dependence measures agree with SciPy (Pearson, Spearman), a brute-force distance correlation,
closed forms for Gaussian data, and permutation tests behave as tests should."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.dependence_measures import (
    concordance_probability, correlation_p_value, distance_correlation, pearson,
    permutation_p_value, relations, smallest_significant_r, spearman,
)


def brute_distance_correlation(x, y):
    n = len(x)
    def double_centered(v):
        d = [[abs(v[i] - v[j]) for j in range(n)] for i in range(n)]
        row = [sum(r) / n for r in d]
        grand = sum(row) / n
        return [[d[i][j] - row[i] - row[j] + grand for j in range(n)] for i in range(n)]
    a, b = double_centered(list(x)), double_centered(list(y))
    mean = lambda p, q: sum(p[i][j] * q[i][j] for i in range(n) for j in range(n)) / n**2  # noqa: E731
    return (mean(a, b) / (mean(a, a) * mean(b, b)) ** 0.5) ** 0.5


def test_pearson_and_spearman_match_scipy():
    x, y = np.random.default_rng(0).normal(size=(2, 80))
    y = y + 0.5 * x
    assert pearson(x, y) == pytest.approx(stats.pearsonr(x, y).statistic)
    y[3] = y[7]  # ties
    assert spearman(x, y) == pytest.approx(stats.spearmanr(x, y).statistic)


def test_correlation_is_bounded():
    rng = np.random.default_rng(1)
    for _ in range(200):
        x, y = rng.standard_cauchy(size=(2, 10))
        assert -1 - 1e-12 <= pearson(x, y) <= 1 + 1e-12
    x = rng.normal(size=50)
    assert pearson(x, 3 * x + 2) == pytest.approx(1.0)
    assert pearson(x, -x) == pytest.approx(-1.0)


def test_distance_correlation_matches_brute_force_and_extremes():
    x, y = np.random.default_rng(2).normal(size=(2, 25))
    assert distance_correlation(x, y**2 + x) == pytest.approx(brute_distance_correlation(x, y**2 + x))
    assert distance_correlation(x, 5 * x - 1) == pytest.approx(1.0)


def test_zero_covariance_but_dependent():
    values = np.array([-1.0, 0.0, 1.0])
    assert np.mean(values**3) - values.mean() * np.mean(values**2) == 0.0
    x = np.random.default_rng(3).normal(size=200_000)
    assert abs(pearson(x, x**2)) < 0.01  # standard error ~ 1 / sqrt(n) = 0.0022
    assert np.mean(x**2 > 1) == pytest.approx(2 * stats.norm.sf(1), abs=0.004)


def test_permutation_tests_detect_what_they_should():
    rng = np.random.default_rng(4)
    data = relations(rng, 300)
    x, y = data["U-shaped, y = x^2 + noise"]
    assert permutation_p_value(distance_correlation, x, y, rng, 99) == pytest.approx(0.01)
    x, y = data["linear, rho = 0.3"]
    assert permutation_p_value(pearson, x, y, rng, 199) <= 0.01


def test_permutation_p_values_are_roughly_uniform_under_independence():
    rng = np.random.default_rng(5)
    p = [permutation_p_value(pearson, rng.normal(size=30), rng.normal(size=30), rng, 99)
         for _ in range(300)]
    assert np.mean(np.array(p) <= 0.05) == pytest.approx(0.05, abs=0.04)


def test_permutation_agrees_with_t_based_p_value():
    rng = np.random.default_rng(6)
    x = rng.normal(size=40)
    y = 0.25 * x + rng.normal(size=40)
    exact = stats.pearsonr(x, y).pvalue
    assert permutation_p_value(pearson, x, y, rng, 4999) == pytest.approx(exact, abs=0.02)


def test_interpretation_numbers():
    assert round(concordance_probability(0.3), 4) == 0.5970
    x, y = np.random.default_rng(7).multivariate_normal([0, 0], [[1, 0.3], [0.3, 1]], 200_000).T
    i, j = np.arange(0, 200_000, 2), np.arange(1, 200_000, 2)
    concordant = np.mean((x[i] - x[j]) * (y[i] - y[j]) > 0)
    assert concordant == pytest.approx(concordance_probability(0.3), abs=0.006)
    assert round(-0.5 * np.log(1 - 0.09), 4) == 0.0472
    assert round(correlation_p_value(0.3, 30), 3) == 0.107
    x = np.random.default_rng(8).normal(size=30)  # build data whose sample r is exactly 0.3
    z = np.random.default_rng(9).normal(size=30)
    z = z - z.mean() - ((z - z.mean()) @ (x - x.mean())) / ((x - x.mean()) @ (x - x.mean())) * (x - x.mean())
    y = 0.3 * (x - x.mean()) / x.std() + np.sqrt(1 - 0.09) * z / z.std()
    assert pearson(x, y) == pytest.approx(0.3)
    assert correlation_p_value(0.3, 30) == pytest.approx(stats.pearsonr(x, y).pvalue)
    assert round(smallest_significant_r(30), 3) == 0.361
    assert round(smallest_significant_r(1000), 3) == 0.062
    assert correlation_p_value(smallest_significant_r(30), 30) == pytest.approx(0.05)


def test_knn_mutual_information_near_gaussian_closed_form():
    from sklearn.feature_selection import mutual_info_regression
    x, y = relations(np.random.default_rng(9), 5000)["linear, rho = 0.3"]
    estimate = mutual_info_regression(x[:, None], y, random_state=0)[0]
    assert estimate == pytest.approx(-0.5 * np.log(1 - 0.09), abs=0.02)
