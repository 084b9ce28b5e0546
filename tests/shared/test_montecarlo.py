"""The Monte-Carlo helper: mean and standard error match NumPy; the 4-SE rule behaves as documented."""

import numpy as np
import pytest

from snippets._shared.montecarlo import Estimate, conditional_estimate, estimate


def test_estimate_matches_numpy():
    x = np.random.default_rng(0).normal(3.0, 2.0, size=10_000)
    est = estimate(x)
    assert est.mean == pytest.approx(x.mean())
    assert est.stderr == pytest.approx(x.std(ddof=1) / np.sqrt(x.size))
    assert est.n == x.size


def test_conditional_estimate_is_fraction_within_the_condition():
    event = np.array([True, False, True, True, False, False])
    given = np.array([True, True, True, False, False, True])
    assert conditional_estimate(event, given).mean == pytest.approx(2 / 4)


def test_agreement_rule_false_alarm_rate_is_small():
    # With a correct exact value, |z| > 4 should almost never happen across many seeds.
    rng = np.random.default_rng(1)
    z = [estimate(rng.random(2_000) < 0.3).z_score(0.3) for _ in range(500)]
    assert np.mean(np.abs(z) > 4) == 0.0
    assert 0.8 < np.std(z) < 1.2  # z-scores are roughly standard normal
    assert not Estimate(0.5, 0.01, 100).agrees_with(0.6)


def test_rejects_too_few_draws():
    with pytest.raises(ValueError):
        estimate(np.array([1.0]))
