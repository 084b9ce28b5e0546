"""float16 facts agree with np.finfo and IEEE 754; the bfloat16 rounding agrees with a
brute-force nearest-value search; loss scaling recovers gradients float16 would flush to zero."""

import numpy as np
import pytest

from snippets.math.reduced_precision import (
    accumulate_updates, float16_zero_cutoff, fp16_gradient_after_scaling, softmax, to_bfloat16,
)


def test_float16_limits():
    info = np.finfo(np.float16)
    assert float(info.max) == 65504.0 == (2 - 2**-10) * 2**15
    assert float(info.eps) == 2**-10
    assert float(info.smallest_subnormal) == 2**-24
    with np.errstate(over="ignore"):
        assert np.isinf(np.float16(65504) * np.float16(2))
        assert np.isinf(np.float16(65520.0))  # halfway to 65536 rounds to even -> overflow
    assert np.float16(65519.0) == 65504.0
    assert np.float16(2048) + np.float16(1) == 2048  # spacing above 2048 is 2
    assert np.float16(2048) + np.float16(2) == 2050
    assert np.float16(1e-8) == 0.0


def test_loss_scaling_recovers_small_gradients():
    assert fp16_gradient_after_scaling(1e-8, 1) == 0.0
    for scale, expected in ((1024, 1.0012e-08), (65536, 9.9972e-09)):
        value = fp16_gradient_after_scaling(1e-8, scale)
        assert f"{value:.4e}" == f"{expected:.4e}"
        assert value == pytest.approx(1e-8, rel=0.01)
    with np.errstate(over="ignore", invalid="ignore"):
        assert np.isinf(fp16_gradient_after_scaling(1.0, 65536 * 2))  # too large a scale overflows


def brute_bfloat16(value: float) -> float:
    """Nearest bfloat16 by searching all 65,536 bit patterns (ties to even mantissa)."""
    with np.errstate(invalid="ignore"):  # NaN bit patterns
        patterns = (np.arange(65536, dtype=np.uint32) << 16).view(np.float32).astype(np.float64)
    finite = np.isfinite(patterns)
    distance = np.where(finite, np.abs(patterns - value), np.inf)
    best = np.flatnonzero(distance == distance.min())
    even = [b for b in best if b % 2 == 0]
    return float(patterns[even[0] if even else best[0]])


def test_bfloat16_rounding_matches_brute_force():
    values = np.array([3.0e38, 1 + 2**-8, 1 + 2**-7, 2049.0, 0.1, -123.456, 1e-30], dtype=np.float32)
    for v, rounded in zip(values, to_bfloat16(values)):
        assert float(rounded) == brute_bfloat16(float(v))
    assert to_bfloat16(np.array([1 + 2**-8], dtype=np.float32))[0] == 1.0


def test_master_weights():
    assert accumulate_updates(1, 1e-4, 10_000, np.float16) == 1.0  # every update is rounded away
    assert accumulate_updates(1, 1e-4, 10_000, np.float32) == pytest.approx(2.0, abs=1e-3)
    assert accumulate_updates(1, 1e-4, 10_000, np.float64) == pytest.approx(2.0, abs=1e-9)


def test_softmax_stability():
    logits = np.array([12.0, 3.0, -2.0], dtype=np.float16)
    with np.errstate(over="ignore", invalid="ignore"):
        assert np.isnan(softmax(logits, stable=False)[0])
    reference = np.exp(logits.astype(np.float64) - 12) / np.exp(logits.astype(np.float64) - 12).sum()
    np.testing.assert_allclose(softmax(logits, stable=True).astype(np.float64), reference, rtol=2e-3, atol=1e-7)


def test_float16_rounds_to_zero_exactly_up_to_half_the_smallest_subnormal():
    cutoff = float16_zero_cutoff()
    assert cutoff == 2**-25 and f"{cutoff:.3g}" == "2.98e-08"
    # Brute force over float64 values around the cutoff, from both sides and both signs.
    x = np.concatenate([np.geomspace(1e-9, 1e-7, 20_001), [cutoff, np.nextafter(cutoff, 1.0)]])
    for sign in (1.0, -1.0):
        stored = np.float16(sign * x)
        np.testing.assert_array_equal(stored == 0, x <= cutoff)
    assert float(np.float16(np.nextafter(cutoff, 1.0))) == 2**-24  # not 5.96e-8 / 2 = 2.98e-8
