"""Chord-based convexity classification and Jensen's inequality, checked against known functions and exact values."""

import numpy as np
import pytest

from snippets.math.convex_functions import chord_gaps, classify_on_interval, jensen_sides


@pytest.mark.parametrize("f,lo,hi,expected", [
    (np.square, -2, 2, "convex"), (np.exp, -2, 2, "convex"), (np.abs, -2, 2, "convex"),
    (np.log, 0.2, 4, "concave"), (np.sqrt, 0.0, 4, "concave"),
    (lambda v: v**3, -2, 2, "neither"), (np.sin, 0, 6, "neither"),
    (lambda v: v**3, 0, 2, "convex"),  # convexity depends on the domain
])
def test_classification_of_known_functions(f, lo, hi, expected):
    assert classify_on_interval(f, lo, hi, np.random.default_rng(0)) == expected


def test_chord_gap_of_a_parabola_is_exact():
    a, b, t = np.array([-1.5]), np.array([1.0]), np.array([0.3])
    # for x^2 the gap is t (1 - t) (a - b)^2
    assert chord_gaps(np.square, a, b, t)[0] == pytest.approx(0.3 * 0.7 * 2.5**2)


def test_jensen_page_numbers_and_gap():
    values, probs = np.array([1.0, 2.0, 3.0, 4.0]), np.full(4, 0.25)
    left, right = jensen_sides(np.square, values, probs)
    assert (left, right) == pytest.approx((6.25, 7.5))
    assert right - left == pytest.approx(values.var())  # Jensen gap for x^2 is the variance
    left, right = jensen_sides(np.log, values, probs)
    assert left == pytest.approx(np.log(2.5)) and left == pytest.approx(0.9163, abs=5e-5)
    assert right == pytest.approx(np.log(24) / 4) and right == pytest.approx(0.7945, abs=5e-5)


def test_jensen_holds_for_random_distributions_monte_carlo():
    rng = np.random.default_rng(1)
    samples = rng.gamma(2.0, 1.5, size=200_000)
    assert np.exp(samples.mean() * 0.1) <= np.exp(samples * 0.1).mean()
    assert np.log(samples.mean()) >= np.log(samples).mean()
