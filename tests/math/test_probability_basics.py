"""Point probabilities, densities above one and dice independence, checked against simulation and enumeration."""

from fractions import Fraction

import numpy as np
import pytest

from snippets.math.probability_basics import density_facts, dice_events, p_near


def test_point_probability_is_the_limit_of_interval_probabilities():
    x = np.random.default_rng(0).random(500_000)
    for eps in (0.1, 0.01, 0.001):
        exact = p_near(0.5, eps)
        assert exact == pytest.approx(2 * eps)
        se = np.sqrt(exact * (1 - exact) / x.size)
        assert abs(np.mean(np.abs(x - 0.5) < eps) - exact) < 4 * se
    assert p_near(0.5, 1e-12) == pytest.approx(0.0, abs=1e-11)
    assert p_near(0.0, 0.1) == pytest.approx(0.1)  # clipped at the edge of the support


def test_densities_above_one_still_integrate_to_one():
    facts = density_facts()
    assert facts["Uniform[0, 0.5] density"] == pytest.approx(2.0)
    assert facts["N(0, 0.1^2) density at 0"] == pytest.approx(1 / (0.1 * np.sqrt(2 * np.pi)))
    assert round(facts["N(0, 0.1^2) density at 0"], 4) == 3.9894
    assert facts["integral of Uniform[0, 0.5] density"] == pytest.approx(1.0)
    assert facts["integral of N(0, 0.1^2) density"] == pytest.approx(1.0)
    assert facts["P(0.24 < X < 0.26), Uniform[0, 0.5]"] == pytest.approx(2.0 * 0.02)


def test_dice_independence_by_simulation_and_enumeration():
    events = dice_events()
    assert events["first even, sum 7"] == (Fraction(1, 12), Fraction(1, 12))
    assert events["first even, sum 8"] == (Fraction(1, 12), Fraction(5, 72))
    rng = np.random.default_rng(1)
    dice = rng.integers(1, 7, size=(400_000, 2))
    even = dice[:, 0] % 2 == 0
    seven = dice.sum(axis=1) == 7
    se = np.sqrt((1 / 12) * (11 / 12) / len(dice))
    assert abs(np.mean(even & seven) - 1 / 12) < 4 * se
    assert abs(np.mean(seven[even]) - np.mean(seven[~even])) < 4 * np.sqrt(2 * (1 / 6) * (5 / 6) / (len(dice) / 2))
