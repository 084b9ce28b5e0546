"""Determinant, eigenvalue and covariance/Gram facts of the matrices page, checked with NumPy and SciPy."""

import numpy as np
import pytest
import scipy.linalg

from snippets.math.matrix_properties import (
    SEED, covariance_and_gram, matrix_with_eigenvalues, parallelogram_area, scale_row,
    spectral_by_deflation,
)


def test_determinant_is_signed_area():
    A = np.array([[2.0, 1.0], [0.5, 1.5]])
    assert parallelogram_area(A) == pytest.approx(abs(np.linalg.det(A)))
    assert np.linalg.det(A) == pytest.approx(2.5)
    assert np.linalg.det(np.array([[1.0, 2.0], [0.5, 1.0]])) == pytest.approx(0.0, abs=1e-12)


def test_scaling_a_row_scales_the_determinant():
    M = np.array([[2.0, -1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]])
    assert scipy.linalg.det(M) == pytest.approx(26.0)
    assert scipy.linalg.det(scale_row(M, 0, 5)) == pytest.approx(130.0)
    assert scipy.linalg.det(5 * M) == pytest.approx(3250.0)
    rng = np.random.default_rng(0)
    for _ in range(20):
        B = rng.normal(size=(4, 4))
        t, row = rng.normal(), int(rng.integers(4))
        assert np.linalg.det(scale_row(B, row, t)) == pytest.approx(t * np.linalg.det(B))
        assert np.linalg.det(t * B) == pytest.approx(t**4 * np.linalg.det(B))


def test_trace_and_determinant_from_eigenvalues():
    E = matrix_with_eigenvalues(np.array([3.0, 3.0, 2.0, -1.0]), np.random.default_rng(0))
    np.testing.assert_allclose(np.sort(np.linalg.eigvals(E).real), [-1, 2, 3, 3], atol=1e-6)
    assert np.trace(E) == pytest.approx(7.0)
    assert np.linalg.det(E) == pytest.approx(-18.0)


def test_hint_matrix_is_singular():
    H = np.array([[1.0, 4.0, -2.0], [-1.0, 3.0, 2.0], [3.0, 5.0, -6.0]])
    np.testing.assert_array_equal(H[:, 2], -2 * H[:, 0])
    assert scipy.linalg.det(H) == pytest.approx(0.0, abs=1e-12)
    assert np.linalg.matrix_rank(H) == 2


def test_covariance_matches_numpy_and_shares_spectrum_with_gram():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(6, 3))
    C, G = covariance_and_gram(X)
    np.testing.assert_allclose(C, np.cov(X, rowvar=False))
    assert G.shape == (6, 6)
    cov_eigs = np.sort(np.linalg.eigvalsh(5 * C))[::-1]
    gram_eigs = np.sort(np.linalg.eigvalsh(G))[::-1]
    np.testing.assert_allclose(gram_eigs[:3], cov_eigs, atol=1e-10)
    np.testing.assert_allclose(gram_eigs[3:], 0.0, atol=1e-10)


def test_page_covariance_eigenvalues():
    rng = np.random.default_rng(0)
    matrix_with_eigenvalues(np.array([3.0, 3.0, 2.0, -1.0]), rng)  # main() draws this first
    X = rng.normal(size=(6, 3)) @ np.array([[1.0, 0.5, 0.0], [0.0, 1.0, 0.3], [0.0, 0.0, 0.2]])
    C, _ = covariance_and_gram(X)
    np.testing.assert_allclose(np.linalg.eigvalsh(5 * C)[::-1], [2.2537, 0.8061, 0.0985], atol=5e-5)


@pytest.mark.parametrize("eigenvalues", [
    [2.0, 2.0, 2.0, 5.0, -1.0], [1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 3.0], [4.0, -4.0, 4.0, -4.0, 1.0, 7.0],
])
def test_spectral_by_deflation_handles_repeated_eigenvalues(eigenvalues):
    rng = np.random.default_rng(len(eigenvalues))
    n = len(eigenvalues)
    Q0 = np.linalg.qr(rng.normal(size=(n, n)))[0]
    A = Q0 @ np.diag(eigenvalues) @ Q0.T
    A = (A + A.T) / 2
    values, Q = spectral_by_deflation(A)
    np.testing.assert_allclose(np.sort(values), np.linalg.eigvalsh(A), atol=1e-9)
    np.testing.assert_allclose(Q.T @ Q, np.eye(n), atol=1e-10)
    np.testing.assert_allclose(Q @ np.diag(values) @ Q.T, A, atol=1e-9)
    np.testing.assert_allclose(A @ Q, Q * values, atol=1e-9)


def test_the_complement_of_an_eigenvector_is_invariant():
    # The induction step: for symmetric A and A v = lambda v, x perp v implies A x perp v.
    rng = np.random.default_rng(11)
    M = rng.normal(size=(6, 6))
    A = M + M.T
    w, V = np.linalg.eigh(A)
    v = V[:, 2]
    X = rng.normal(size=(6, 50))
    X -= np.outer(v, v @ X)  # 50 vectors orthogonal to v
    np.testing.assert_allclose(v @ (A @ X), 0.0, atol=1e-10)
    # Without symmetry the step fails: e1 is an eigenvector of N, e2 is orthogonal to it, and
    # N e2 = (1, 2) is not, so the induction cannot restrict N to the complement.
    N = np.array([[1.0, 1.0], [0.0, 2.0]])
    e1, e2 = np.eye(2)
    np.testing.assert_allclose(N @ e1, e1)
    assert e1 @ (N @ e2) == 1.0


def test_printed_deflation_line():
    rng = np.random.default_rng(SEED)
    matrix_with_eigenvalues(np.array([3.0, 3.0, 2.0, -1.0]), rng)  # main's draws, in order
    rng.normal(size=(6, 3))
    Q0 = np.linalg.qr(rng.normal(size=(5, 5)))[0]
    T = Q0 @ np.diag([2.0, 2.0, 2.0, 5.0, -1.0]) @ Q0.T
    values, Q = spectral_by_deflation(T)
    assert np.round(np.sort(values), 6).tolist() == [-1.0, 2.0, 2.0, 2.0, 5.0]
    assert np.allclose(Q.T @ Q, np.eye(5), atol=1e-12)
    assert np.allclose(Q @ np.diag(values) @ Q.T, T, atol=1e-12)
