"""Each loss picks its summary: squared -> mean, absolute -> median, pinball -> quantile; costs -> threshold."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.point_predictions import absolute, best_point, cost_threshold, pinball, squared

STEP = 0.005


@pytest.fixture(scope="module")
def draws() -> np.ndarray:
    return np.random.default_rng(0).lognormal(0.0, 1.0, size=40_000)


@pytest.fixture(scope="module")
def grid() -> np.ndarray:
    return np.linspace(0.05, 6.0, 1191)


def test_losses_pick_sample_mean_median_quantile(draws, grid):
    assert best_point(draws, squared, grid) == pytest.approx(draws.mean(), abs=STEP)
    assert best_point(draws, absolute, grid) == pytest.approx(np.median(draws), abs=STEP)
    assert best_point(draws, pinball(0.9), grid) == pytest.approx(np.quantile(draws, 0.9), abs=STEP)


def test_sample_summaries_agree_with_the_lognormal_closed_forms(draws):
    dist = stats.lognorm(s=1.0)
    se_mean = dist.std() / np.sqrt(draws.size)
    assert abs(draws.mean() - np.exp(0.5)) < 4 * se_mean
    assert dist.mean() == pytest.approx(np.exp(0.5))
    assert dist.median() == pytest.approx(1.0)
    assert dist.ppf(0.9) == pytest.approx(np.exp(stats.norm.ppf(0.9)))
    assert round(np.exp(stats.norm.ppf(0.9)), 3) == 3.602


def test_cost_threshold_minimizes_expected_cost():
    assert cost_threshold(1.0, 10.0) == pytest.approx(1 / 11)
    rng = np.random.default_rng(1)
    p = rng.random(400_000)  # calibrated probabilities
    y = rng.random(p.size) < p
    thresholds = np.linspace(0, 1, 201)
    costs = [np.mean((p > t) & ~y) * 1.0 + np.mean((p <= t) & y) * 10.0 for t in thresholds]
    assert thresholds[int(np.argmin(costs))] == pytest.approx(1 / 11, abs=0.02)
