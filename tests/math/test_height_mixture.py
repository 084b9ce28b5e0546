"""Height mixture: density, moments and posterior match simulation and SciPy; the mode count
matches a brute-force grid, closer means than 2 x the smaller sd always give one mode."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import integrate, stats

from snippets.math.height_mixture import (
    MU_F, MU_M, SD_F, SD_M, bimodality_threshold, count_modes, height_pdf, mixture_mean_var,
    modes_of_two_normals, p_male_given_height, sample_heights,
)


def test_density_integrates_to_one_and_matches_simulated_histogram():
    assert integrate.quad(height_pdf, 100, 250)[0] == pytest.approx(1.0, abs=1e-9)
    heights = sample_heights(np.random.default_rng(0), 300_000)
    for lo, hi in ((150, 160), (165, 170), (180, 195)):
        exact = integrate.quad(height_pdf, lo, hi)[0]
        observed = np.mean((heights >= lo) & (heights < hi))
        assert abs(observed - exact) < 4 * np.sqrt(exact * (1 - exact) / heights.size)


def test_moments_law_of_total_variance():
    mean, var = mixture_mean_var()
    assert (mean, var) == (pytest.approx(169.5), pytest.approx(87.875))
    heights = sample_heights(np.random.default_rng(1), 300_000)
    assert abs(heights.mean() - mean) < 4 * np.sqrt(var / heights.size)
    assert heights.var() == pytest.approx(var, rel=0.01)
    assert round(np.sqrt(var), 3) == 9.374


def test_posterior_matches_bayes_and_simulation():
    rng = np.random.default_rng(2)
    n = 1_000_000
    male = rng.random(n) < 0.5
    h = np.where(male, rng.normal(MU_M, SD_M, n), rng.normal(MU_F, SD_F, n))
    near = np.abs(h - 170) < 0.5
    se = np.sqrt(0.25 / near.sum())
    assert abs(male[near].mean() - p_male_given_height(np.array(170.0))) < 4 * se
    manual = stats.norm.pdf(180, MU_M, SD_M) / (stats.norm.pdf(180, MU_M, SD_M) + stats.norm.pdf(180, MU_F, SD_F))
    assert p_male_given_height(np.array(180.0)) == pytest.approx(manual)
    printed = [round(float(p_male_given_height(np.array(x))), 3) for x in (160, 170, 180, 190)]
    assert printed == [0.070, 0.535, 0.960, 0.999]


def test_mode_counting():
    grid = np.linspace(100, 250, 30_001)
    assert count_modes(height_pdf(grid)) == 1
    assert [modes_of_two_normals(d) for d in (1.0, 1.9, 2.1, 3.0)] == [1, 1, 2, 2]


def grid_modes(separation, sd1, sd2, weight):
    """Brute force: local maxima of the full mixture density on a fine grid."""
    grid = np.linspace(-8 * sd1, separation + 8 * sd2, 400_001)
    pdf = weight * stats.norm.pdf(grid, 0, sd1) + (1 - weight) * stats.norm.pdf(grid, separation, sd2)
    return count_modes(pdf)


@pytest.mark.parametrize("separation, sd1, sd2, weight", [
    (1.5, 1, 1, 0.5), (2.5, 1, 1, 0.5), (2.5, 1, 1, 0.3), (3.0, 1, 1, 0.3),
    (3.0, 1, 2, 0.5), (3.5, 1, 2, 0.5), (3.6, 1, 3, 0.5), (3.75, 1, 3, 0.5), (13, 7, 6.5, 0.5),
])
def test_mode_count_matches_brute_force_grid(separation, sd1, sd2, weight):
    assert modes_of_two_normals(separation, sd1, sd2, weight) == grid_modes(
        separation, sd1, sd2, weight)


@settings(max_examples=40)
@given(st.floats(0.3, 3.0), st.floats(0.3, 3.0), st.floats(0.05, 0.95), st.floats(0.0, 1.0))
def test_means_closer_than_twice_the_smaller_sd_give_one_mode(sd1, sd2, weight, frac):
    # Behboodian (1970): |mu1 - mu2| <= 2 min(sd1, sd2) is sufficient for one mode.
    separation = frac * 2 * min(sd1, sd2)
    assert modes_of_two_normals(separation, sd1, sd2, weight) == 1


def test_printed_thresholds_and_the_average_sd_is_the_wrong_yardstick():
    printed = [round(bimodality_threshold(1.0, sd2, w), 2)
               for sd2, w in ((1.0, 0.5), (1.0, 0.3), (2.0, 0.5), (3.0, 0.5))]
    assert printed == [2.00, 2.71, 3.25, 3.68]
    for sd2, w in ((1.0, 0.3), (2.0, 0.5), (0.5, 0.8)):  # above 2 x the smaller sd
        assert bimodality_threshold(1.0, sd2, w) > 2 * min(1.0, sd2)
    assert round(bimodality_threshold(SD_M, SD_F), 2) == 14.79
    # Sds 1 and 3 (mean 2): means 3.75 apart, less than 2 mean sds, are already bimodal.
    assert grid_modes(3.75, 1.0, 3.0, 0.5) == 2
    assert round(bimodality_threshold(1.0, 3.0) / 2.0, 2) == 1.84
    # The heights: 13 cm = 2 x 6.5 cm, the smaller sd, so one mode is guaranteed.
    assert MU_M - MU_F == 2 * min(SD_M, SD_F)
    assert grid_modes(MU_M - MU_F, SD_M, SD_F, 0.5) == 1
