"""Spiral order, in-place rotation, Game of Life against NumPy and SciPy references."""

import numpy as np
from hypothesis import given, strategies as st
from scipy.signal import convolve2d

from snippets.coding.math_simulation import life_step, rotate_clockwise, spiral_order


def spiral_reference(a: np.ndarray) -> list[int]:
    """Take the top row, turn the rest a quarter counter-clockwise, repeat."""
    out = []
    while a.size:
        out += a[0].tolist()
        a = np.rot90(a[1:])
    return out


shapes = st.tuples(st.integers(1, 7), st.integers(1, 7))


@given(shapes)
def test_spiral_matches_peel_and_rotate(shape):
    a = np.arange(shape[0] * shape[1]).reshape(shape)
    assert spiral_order(a.tolist()) == spiral_reference(a)


def test_spiral_edges():
    assert spiral_order([]) == [] and spiral_order([[]]) == []
    assert spiral_order([[1, 2, 3]]) == [1, 2, 3]
    assert spiral_order([[1], [2], [3]]) == [1, 2, 3]
    assert spiral_order([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]) == [
        0, 1, 2, 3, 7, 11, 10, 9, 8, 4, 5, 6]


@given(st.integers(0, 8), st.integers(0, 10**6))
def test_rotation_matches_numpy_rot90_clockwise(n, seed):
    a = np.random.default_rng(seed).integers(0, 100, size=(n, n))
    m = a.tolist()
    rotate_clockwise(m)
    assert np.array_equal(np.array(m).reshape(n, n), np.rot90(a, k=-1))


def test_four_rotations_are_the_identity():
    m = [[3 * r + c for c in range(3)] for r in range(3)]
    original = [row.copy() for row in m]
    rotate_clockwise(m)
    assert m == [[6, 3, 0], [7, 4, 1], [8, 5, 2]]
    for _ in range(3):
        rotate_clockwise(m)
    assert m == original


KERNEL = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]])


def life_reference(a: np.ndarray, wrap: bool) -> np.ndarray:
    boundary = "wrap" if wrap else "fill"
    neighbours = convolve2d(a, KERNEL, mode="same", boundary=boundary)
    return ((neighbours == 3) | ((a == 1) & (neighbours == 2))).astype(int)


@given(shapes, st.integers(0, 10**6), st.booleans())
def test_life_step_matches_convolution(shape, seed, wrap):
    a = (np.random.default_rng(seed).random(shape) < 0.4).astype(int)
    board = a.tolist()
    life_step(board, wrap=wrap)
    assert np.array_equal(np.array(board), life_reference(a, wrap))


def test_still_life_blinker_and_glider():
    block = [[0, 0, 0, 0], [0, 1, 1, 0], [0, 1, 1, 0], [0, 0, 0, 0]]
    expected = [row.copy() for row in block]
    life_step(block)
    assert block == expected
    blinker = [[0, 0, 0], [1, 1, 1], [0, 0, 0]]
    life_step(blinker)
    assert blinker == [[0, 1, 0], [0, 1, 0], [0, 1, 0]]
    glider = np.zeros((6, 6), int)
    glider[[0, 1, 2, 2, 2], [1, 2, 0, 1, 2]] = 1
    board = glider.tolist()
    for _ in range(4):
        life_step(board)
    assert np.array_equal(np.array(board), np.roll(glider, (1, 1), axis=(0, 1)))
