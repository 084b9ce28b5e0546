"""t-intervals: exact coverage from the t CDF agrees with simulation; t-intervals reach 95%, z-intervals do not."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.t_distribution import exact_coverage, simulated_coverage

N_SE = 4.0
Z = stats.norm.ppf(0.975)


@pytest.mark.parametrize("n", [3, 5, 10])
def test_z_interval_undercovers_as_predicted(n):
    exact = exact_coverage(n, Z)
    mean, se = simulated_coverage(np.random.default_rng(n), n, Z, reps=60_000)
    assert abs(mean - exact) < N_SE * se
    assert exact < 0.95


@pytest.mark.parametrize("n", [3, 5, 10])
def test_t_interval_covers_95_percent(n):
    t_crit = stats.t.ppf(0.975, df=n - 1)
    assert exact_coverage(n, t_crit) == pytest.approx(0.95)
    mean, se = simulated_coverage(np.random.default_rng(100 + n), n, t_crit, reps=60_000)
    assert abs(mean - 0.95) < N_SE * se


def test_printed_values():
    assert [round(exact_coverage(n, Z), 4) for n in (3, 5, 10, 30, 100)] == [0.8109, 0.8784, 0.9184, 0.9403, 0.9472]
    assert round(stats.t.ppf(0.975, df=4), 3) == 2.776
