"""The percentile helpers against closed forms: for independent normal stages the
p99 of the sum is mu + z sqrt(sum sigma^2) while the p99s add to sum(mu + z sigma);
for comonotone stages the two agree; fan-out slow shares match 1 - 0.99^n."""

import numpy as np
import pytest
from scipy.stats import norm

from snippets.system_design.tail_latency import (
    STAGE_MEDIANS_MS,
    fanout_slow_fraction,
    stage_latencies,
    sum_of_p99s_vs_p99_of_sum,
)

Z99 = norm.ppf(0.99)


def test_independent_normal_stages_match_closed_form():
    rng = np.random.default_rng(5)
    mu, sd = np.array([10.0, 20.0, 30.0]), np.array([2.0, 3.0, 4.0])
    samples = mu + sd * rng.standard_normal((400_000, 3))
    added, end_to_end = sum_of_p99s_vs_p99_of_sum(samples)
    assert added == pytest.approx((mu + Z99 * sd).sum(), rel=2e-3)
    assert end_to_end == pytest.approx(
        mu.sum() + Z99 * np.sqrt((sd**2).sum()), rel=2e-3
    )
    assert added > end_to_end


def test_page_lognormal_stages():
    rng = np.random.default_rng(0)  # the snippet's seed and order of draws
    independent = stage_latencies(rng, STAGE_MEDIANS_MS, 0.5, 200_000, shared=False)
    shared = stage_latencies(rng, STAGE_MEDIANS_MS, 0.5, 200_000, shared=True)
    exact_sum_p99 = (STAGE_MEDIANS_MS * np.exp(0.5 * Z99)).sum()  # 240.3 ms
    added, end_to_end = sum_of_p99s_vs_p99_of_sum(independent)
    assert added == pytest.approx(exact_sum_p99, rel=0.01)
    assert end_to_end < 0.7 * added  # 148.9 vs 240.1
    added, end_to_end = sum_of_p99s_vs_p99_of_sum(shared)
    assert end_to_end == pytest.approx(added, rel=1e-3)  # comonotone: equal
    assert added == pytest.approx(exact_sum_p99, rel=0.01)


@pytest.mark.parametrize("n_calls", [1, 10, 100])
def test_fanout_matches_closed_form(n_calls):
    p = 1 - 0.99**n_calls
    share = fanout_slow_fraction(np.random.default_rng(n_calls), n_calls, 100_000)
    assert share == pytest.approx(p, abs=4 * np.sqrt(p * (1 - p) / 100_000))
