"""Forward KL fit matches the target's moments; reverse KL fit locks onto one mode; grid KL is accurate."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.kl_direction import GRID, fit_gaussian, kl_on_grid


def test_grid_kl_matches_gaussian_closed_form():
    m1, s1, m2, s2 = 0.5, 1.2, -1.0, 2.0
    closed = np.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - 0.5
    p, q = stats.norm.pdf(GRID, m1, s1), stats.norm.pdf(GRID, m2, s2)
    assert kl_on_grid(p, q) == pytest.approx(closed, rel=1e-6)


def test_forward_kl_is_moment_matching():
    mean, sd = fit_gaussian("forward")
    assert mean == pytest.approx(0.0, abs=1e-3)
    assert sd == pytest.approx(np.sqrt(10.0), abs=1e-3)  # variance 1 + 3^2 of the mixture


def test_reverse_kl_seeks_a_mode():
    for start in (1.0, -1.0):
        mean, sd = fit_gaussian("reverse", start_mean=start)
        assert abs(mean) == pytest.approx(3.0, abs=0.05)
        assert np.sign(mean) == np.sign(start)
        assert sd == pytest.approx(1.0, abs=0.05)
