"""Height mixture: density, moments and posterior match simulation and SciPy; bimodality threshold at 2 sd."""

import numpy as np
import pytest
from scipy import integrate, stats

from snippets.math.height_mixture import (
    MU_F, MU_M, SD_F, SD_M, count_modes, height_pdf, mixture_mean_var, modes_of_two_normals,
    p_male_given_height, sample_heights,
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
