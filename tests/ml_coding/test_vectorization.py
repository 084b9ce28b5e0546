"""Vectorized pairwise distances and masks give exactly what the loop versions give."""

import time

import numpy as np
import pytest
from scipy.spatial.distance import cdist

from snippets.ml_coding.vectorization import (
    make_mask_box, make_mask_indices, make_mask_loops, make_mask_ogrid,
    pairwise_distances_batched, pairwise_distances_broadcast, pairwise_distances_gram,
    pairwise_distances_loops,
)

DISTANCE_FUNCTIONS = [pairwise_distances_broadcast, pairwise_distances_gram,
                      pairwise_distances_batched]
MASK_FUNCTIONS = [make_mask_ogrid, make_mask_indices, make_mask_box]


@pytest.mark.parametrize("seed", range(3))
def test_distances_equal_loops_and_scipy(seed):
    rng = np.random.default_rng(seed)
    X, Y = rng.normal(size=(37, 5)), rng.normal(size=(23, 5))
    loops = pairwise_distances_loops(X, Y)
    np.testing.assert_allclose(loops, cdist(X, Y), atol=1e-12)
    for fn in DISTANCE_FUNCTIONS:
        np.testing.assert_allclose(fn(X, Y), loops, atol=1e-12)


def test_batched_handles_a_ragged_last_batch_and_self_distances():
    X = np.random.default_rng(0).normal(size=(301, 3))
    out = pairwise_distances_batched(X, X, batch=64)
    assert out.shape == (301, 301)
    np.testing.assert_allclose(out, cdist(X, X), atol=1e-7)  # sqrt of ~0 amplifies rounding
    assert np.all(np.diag(out) < 1e-7)


@pytest.mark.parametrize("seed", range(6))
def test_masks_identical_to_loops_for_random_balls(seed):
    rng = np.random.default_rng(seed)
    shape = tuple(int(n) for n in rng.integers(5, 18, size=3))
    roi = rng.uniform(-3, max(shape) + 3, size=3)  # sometimes off-centre or outside the volume
    radius = float(rng.uniform(0.5, 9))
    reference = make_mask_loops(np.zeros(shape), roi, radius).astype(bool)
    for fn in MASK_FUNCTIONS:
        np.testing.assert_array_equal(fn(shape, roi, radius), reference, err_msg=fn.__name__)


@pytest.mark.parametrize("radius", [1, 3, 5])
def test_masks_identical_with_integer_centres_on_the_boundary(radius):
    # Integer centre and radius put voxels exactly at distance r: strict '<' must exclude them.
    shape, roi = (12, 12, 12), np.array([6, 6, 6])
    reference = make_mask_loops(np.zeros(shape), roi, radius).astype(bool)
    assert not reference[6 + radius, 6, 6]
    for fn in MASK_FUNCTIONS:
        np.testing.assert_array_equal(fn(shape, roi, radius), reference)


def test_ball_missing_the_volume_is_empty():
    for fn in MASK_FUNCTIONS:
        assert not fn((5, 5, 5), np.array([50.0, 50.0, 50.0]), 3.0).any()


def test_numbers_shown_on_page():
    slow = make_mask_loops(np.zeros((40, 40, 40)), np.array([20, 17, 22]), 9)
    assert int(slow.sum()) == 2969
    assert round(4 / 3 * np.pi * 9**3, 1) == 3053.6
    assert slow.nbytes == 512_000 and slow.astype(bool).nbytes == 64_000


def test_vectorized_mask_is_much_faster():
    # A generous factor: on any machine the loops are over 100 times slower.
    shape, roi = (24, 24, 24), np.array([12, 11, 13])
    start = time.perf_counter()
    make_mask_loops(np.zeros(shape), roi, 6)
    loops = time.perf_counter() - start
    fast = min(_time(lambda: make_mask_ogrid(shape, roi, 6)) for _ in range(5))
    assert loops > 10 * fast


def _time(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
