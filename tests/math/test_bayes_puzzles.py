"""Bayes puzzles: exact fractions equal the known answers, and seeded simulations agree within 4 SE."""

from fractions import Fraction

import numpy as np
import pytest

from snippets.math.bayes_puzzles import (
    chip_defective, disease_given_positives, fog_given_three_apps, second_chip_good,
    simulate_chips, simulate_disease, simulate_fog, simulate_two_sons, total_probability,
    two_sons_given_a_boy,
)

N_SE = 4.0  # tolerance: 4 standard errors of the Monte-Carlo mean


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(12345)


def test_total_probability_matches_joint_table_and_simulation(rng):
    p_y = np.array([0.5, 0.3, 0.2])
    p_x_given_y = np.array([[0.02, 0.05, 0.10], [0.98, 0.95, 0.90]])
    p_x = total_probability(p_x_given_y, p_y)
    np.testing.assert_allclose(p_x, (p_x_given_y * p_y).sum(axis=1))
    assert p_x[0] == pytest.approx(0.045)
    y = rng.choice(3, size=1_000_000, p=p_y)
    converts = rng.random(y.size) < p_x_given_y[0, y]
    se = np.sqrt(0.045 * 0.955 / y.size)
    assert abs(converts.mean() - 0.045) < N_SE * se


def test_two_children(rng):
    assert two_sons_given_a_boy() == Fraction(1, 3)
    assert simulate_two_sons(rng, 400_000).agrees_with(1 / 3, N_SE)


def test_chips(rng):
    assert chip_defective() == Fraction(1, 2)
    assert second_chip_good() == Fraction(29, 50)
    defective, second_good = simulate_chips(rng, 400_000)
    assert defective.agrees_with(0.5, N_SE)
    assert second_good.agrees_with(0.58, N_SE)


def test_rare_disease(rng):
    assert disease_given_positives(1) == Fraction(1, 102)
    assert disease_given_positives(2) == Fraction(99, 200)
    assert float(disease_given_positives(1)) == pytest.approx(0.0098, abs=5e-5)
    for k in (1, 2):
        assert simulate_disease(rng, k, 4_000_000).agrees_with(float(disease_given_positives(k)), N_SE)


def test_weather_apps(rng):
    assert fog_given_three_apps(Fraction(0)) == Fraction(8, 9)
    assert fog_given_three_apps(Fraction(1)) == Fraction(2, 3)  # one app's worth of evidence
    assert fog_given_three_apps(Fraction(1, 2)) == Fraction(13, 18)
    for copy_prob in (0.0, 0.5, 1.0):
        exact = float(fog_given_three_apps(Fraction(copy_prob)))
        assert simulate_fog(rng, copy_prob, 400_000).agrees_with(exact, N_SE)
