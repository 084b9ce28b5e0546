"""Summation errors measured against math.fsum: naive grows with n, pairwise and Kahan stay
near float32 rounding, float64 accumulation near float64 rounding."""

import math

import numpy as np
import pytest

from snippets.math.accurate_mean import (
    exact_mean, kahan_sum, naive_sum, pairwise_sum, relative_errors,
)


@pytest.fixture(scope="module")
def values() -> np.ndarray:
    return np.random.default_rng(0).random(200_000).astype(np.float32)


def test_naive_sum_is_sequential(values):
    running = np.float32(0)
    for v in values[:5000]:
        running = np.float32(running + v)
    assert naive_sum(values[:5000]) == float(running)


def test_exact_mean_is_exact():
    x = np.array([1e8, 1.0, -1e8, 3.0], dtype=np.float32)
    assert exact_mean(x) == 1.0
    assert naive_sum(x) != 4.0  # float32 loses the 1 next to 1e8


def test_error_ordering(values):
    errors = relative_errors(values)
    half_ulp = 2**-24  # relative rounding unit of float32
    assert errors["Kahan float32"] <= 2 * half_ulp
    assert errors["pairwise float32 (np.sum)"] <= 8 * half_ulp
    assert errors["naive float32 running sum"] > 10 * errors["Kahan float32"]
    assert errors["float64 accumulator"] < 1e-14


def test_kahan_recovers_what_naive_loses():
    x = np.array([1.0] + [1e-8] * 10_000, dtype=np.float32)  # each 1e-8 is below half an ulp of 1
    assert naive_sum(x) == 1.0
    assert kahan_sum(x) == pytest.approx(math.fsum(x.astype(np.float64).tolist()), rel=1e-7)


def test_page_numbers_for_the_million_values():
    rng = np.random.default_rng(0)
    x = rng.random(1_000_000).astype(np.float32)
    assert f"{exact_mean(x):.10f}" == "0.5001592565"
    assert f"{abs(naive_sum(x) / len(x) - exact_mean(x)) / exact_mean(x):.2e}" == "7.42e-06"
    assert f"{abs(pairwise_sum(x) / len(x) - exact_mean(x)) / exact_mean(x):.2e}" == "1.29e-08"
    shifted = (10_000 + rng.random(1_000_000)).astype(np.float32)
    assert round(naive_sum(shifted) / len(shifted), 4) == 10131.1928
    assert round(10_000 + pairwise_sum(shifted - np.float32(10_000)) / len(shifted), 4) == round(exact_mean(shifted), 4)
