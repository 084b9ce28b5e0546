"""German tank: estimator means and MSEs match theory; the discrete MVUE is exactly unbiased."""

from itertools import combinations

import numpy as np
import pytest

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from snippets.math.german_tank import (  # noqa: E402
    estimate_continuous, estimate_serials, plot, theoretical_mse,
)

N_SE = 4.0


@pytest.fixture(scope="module")
def estimates():
    rng = np.random.default_rng(8)
    return estimate_continuous(rng.uniform(0, 1000.0, size=(100_000, 10)))


def test_means_match_theory_within_4_se(estimates):
    expected_means = {"max (MLE)": 1000 * 10 / 11, "max (n+1)/n (MVUE)": 1000.0, "2 x mean": 1000.0}
    for name, values in estimates.items():
        se = values.std(ddof=1) / np.sqrt(values.size)
        assert abs(values.mean() - expected_means[name]) < N_SE * se, name


def test_mse_matches_theory(estimates):
    mse = theoretical_mse(1000.0, 10)
    for name, values in estimates.items():
        assert ((values - 1000.0) ** 2).mean() == pytest.approx(mse[name], rel=0.03), name
    assert mse["max (n+1)/n (MVUE)"] < mse["max (MLE)"] < mse["2 x mean"]
    printed_rmse = {name: round(float(np.sqrt(v)), 1) for name, v in mse.items()}
    assert printed_rmse == {"max (MLE)": 123.1, "max (n+1)/n (MVUE)": 91.3, "2 x mean": 182.6}


def test_discrete_mvue_is_exactly_unbiased():
    # all C(30, 4) = 27,405 equally likely samples of serials 1..30
    N, k = 30, 4
    values = [estimate_serials(np.array(s)) for s in combinations(range(1, N + 1), k)]
    assert np.mean(values) == pytest.approx(N, abs=1e-9)
    maxima = [max(s) for s in combinations(range(1, N + 1), k)]
    assert np.mean(maxima) < N  # the plain maximum is biased low


def test_serial_example():
    assert estimate_serials(np.array([19, 40, 42, 60])) == 74
    # A scaled maximum minus one, which equals the maximum plus the average gap (m - k) / k.
    for serials in ([3], [5, 9], [19, 40, 42, 60], [2, 7, 11, 30, 31]):
        k, m = len(serials), max(serials)
        assert estimate_serials(np.array(serials)) == pytest.approx((k + 1) / k * m - 1)
        assert estimate_serials(np.array(serials)) == pytest.approx(m + (m - k) / k)


def test_both_panels_have_legends(estimates):
    plot(estimates)
    left, right = plt.gcf().axes
    names = set(estimates)
    assert names <= {t.get_text() for t in left.get_legend().get_texts()}
    assert {t.get_text() for t in right.get_legend().get_texts()} == names
    plt.close("all")


def test_rmse_ratios_and_mse_optimal_scale():
    mse = theoretical_mse(1000.0, 10)
    assert np.sqrt(mse["max (n+1)/n (MVUE)"] / mse["max (MLE)"]) == pytest.approx(0.742, abs=5e-4)
    assert np.sqrt(mse["max (n+1)/n (MVUE)"] / mse["2 x mean"]) == pytest.approx(0.5)
    # among estimators c * max, the MSE is smallest at c = (n + 2) / (n + 1), below the MVUE's
    n, d = 10, 1000.0
    e_m, e_m2 = n * d / (n + 1), n * d**2 / (n + 2)
    cs = np.linspace(1.0, 1.2, 20_001)
    mse_c = cs**2 * e_m2 - 2 * cs * d * e_m + d**2
    assert cs[mse_c.argmin()] == pytest.approx((n + 2) / (n + 1), abs=1e-5)
    assert mse_c.min() < mse["max (n+1)/n (MVUE)"]
