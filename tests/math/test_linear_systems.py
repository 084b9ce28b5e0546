"""Ax = b classification, pseudo-inverse and least squares agree with NumPy and SciPy."""

import numpy as np
import pytest
import scipy.linalg

from snippets.math.linear_systems import (
    classify, least_squares_normal_equations, null_space, pseudo_inverse,
)


def test_page_examples():
    A, b = np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([3.0, 5.0])
    assert classify(A, b) == "unique"
    np.testing.assert_allclose(scipy.linalg.solve(A, b), [0.8, 1.4])

    wide_a, wide_b = np.array([[1.0, 2.0]]), np.array([4.0])
    assert classify(wide_a, wide_b) == "infinitely many"
    np.testing.assert_allclose(pseudo_inverse(wide_a) @ wide_b, [0.8, 1.6])
    direction = null_space(wide_a)[:, 0]
    np.testing.assert_allclose(direction * np.sign(direction[0]), [0.894, -0.447], atol=5e-4)

    tall_a, tall_b = np.array([[1.0, 1.0], [1.0, -1.0], [1.0, 2.0]]), np.array([3.0, 1.0, 3.0])
    assert classify(tall_a, tall_b) == "none"
    x_ls = pseudo_inverse(tall_a) @ tall_b
    np.testing.assert_allclose(x_ls, [13 / 7, 5 / 7])  # 1.857, 0.714
    assert np.linalg.norm(tall_a @ x_ls - tall_b) == pytest.approx(0.535, abs=5e-4)

    singular = np.array([[1.0, 2.0], [2.0, 4.0]])
    assert classify(singular, np.array([1.0, 2.0])) == "infinitely many"
    assert classify(singular, np.array([1.0, 0.0])) == "none"


@pytest.mark.parametrize("shape", [(5, 3), (3, 5), (4, 4)])
def test_pseudo_inverse_matches_numpy_and_lstsq(shape):
    rng = np.random.default_rng(sum(shape))
    A = rng.normal(size=shape)
    A[:, -1] = A[:, 0]  # make it rank deficient
    b = rng.normal(size=shape[0])
    np.testing.assert_allclose(pseudo_inverse(A), np.linalg.pinv(A), atol=1e-10)
    x = pseudo_inverse(A) @ b
    x_ref = np.linalg.lstsq(A, b, rcond=None)[0]  # also the minimum-norm least-squares solution
    np.testing.assert_allclose(x, x_ref, atol=1e-10)
    # Penrose conditions
    P = pseudo_inverse(A)
    np.testing.assert_allclose(A @ P @ A, A, atol=1e-10)
    np.testing.assert_allclose(P @ A @ P, P, atol=1e-10)


def test_normal_equations_match_lstsq_for_full_column_rank():
    rng = np.random.default_rng(0)
    A, b = rng.normal(size=(50, 4)), rng.normal(size=50)
    np.testing.assert_allclose(least_squares_normal_equations(A, b),
                               scipy.linalg.lstsq(A, b)[0], atol=1e-10)


def test_null_space_matches_scipy():
    rng = np.random.default_rng(1)
    A = rng.normal(size=(2, 5))
    N = null_space(A)
    assert N.shape == (5, 3)
    np.testing.assert_allclose(A @ N, 0.0, atol=1e-12)
    ref = scipy.linalg.null_space(A)
    np.testing.assert_allclose(N @ N.T, ref @ ref.T, atol=1e-10)  # same subspace


def test_classification_against_rank_brute_force():
    rng = np.random.default_rng(2)
    for _ in range(50):
        m, n = rng.integers(1, 5, size=2)
        A = rng.integers(-1, 2, size=(m, n)).astype(float)
        b = rng.integers(-1, 2, size=m).astype(float)
        x = np.linalg.lstsq(A, b, rcond=None)[0]
        solvable = np.allclose(A @ x, b)
        expected = ("unique" if np.linalg.matrix_rank(A) == n else "infinitely many") if solvable else "none"
        assert classify(A, b) == expected
