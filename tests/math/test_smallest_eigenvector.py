"""Matrix-free smallest eigenpair: shifted power iteration and Lanczos agree with eigh and with eigsh on a LinearOperator."""

import numpy as np
import pytest
from scipy.sparse.linalg import LinearOperator, eigsh
from threadpoolctl import threadpool_limits

from snippets.math.smallest_eigenvector import (
    SEED, blockwise_matvec, estimate_norm, implicit_symmetric, lanczos_smallest, make_problem,
    rayleigh_gradient_step, shifted_power_iteration, sphere_gradient_descent,
)


@pytest.fixture(autouse=True)
def single_threaded_blas():
    """Many tiny BLAS calls: threads only add contention (the snippet build also runs with one)."""
    with threadpool_limits(limits=1):
        yield


@pytest.fixture(scope="module")
def small():
    rng = np.random.default_rng(1)
    matvec, v_min, eigenvalues = make_problem(400, rng)
    dense = np.column_stack([matvec(e) for e in np.eye(400)])
    return matvec, v_min, eigenvalues, dense, rng.normal(size=400)


def test_operator_is_the_symmetric_matrix_it_claims(small):
    _, v_min, eigenvalues, dense, _ = small
    np.testing.assert_allclose(dense, dense.T, atol=1e-12)
    np.testing.assert_allclose(np.linalg.eigvalsh(dense), np.sort(eigenvalues), atol=1e-10)
    np.testing.assert_allclose(dense @ v_min, eigenvalues.min() * v_min, atol=1e-10)


def test_solvers_match_eigh_and_eigsh(small):
    matvec, _, _, dense, x0 = small
    w, V = np.linalg.eigh(dense)
    op = LinearOperator(dense.shape, matvec=matvec, dtype=float)
    ref_val, ref_vec = eigsh(op, k=1, which="SA", v0=x0)
    assert ref_val[0] == pytest.approx(w[0], abs=1e-8)
    shift = 1.1 * estimate_norm(matvec, x0)
    x_pow, hist = shifted_power_iteration(matvec, x0, shift, n_iter=600)
    theta, x_lan, _ = lanczos_smallest(matvec, x0, k=60)
    for value, vector in ((hist[-1], x_pow), (theta, x_lan)):
        assert value == pytest.approx(ref_val[0], abs=1e-8)
        assert abs(vector @ V[:, 0]) == pytest.approx(1.0, abs=1e-8)
        assert abs(vector @ ref_vec[:, 0]) == pytest.approx(1.0, abs=1e-8)


def test_gradient_step_is_a_power_step_with_moving_shift(small):
    matvec, _, _, dense, x0 = small
    x = x0 / np.linalg.norm(x0)
    lr = 0.1
    rho = x @ dense @ x
    y = (1 / lr + rho) * x - dense @ x
    np.testing.assert_allclose(rayleigh_gradient_step(matvec, x, lr), y / np.linalg.norm(y), atol=1e-12)


def test_blockwise_matvec_streams_rows_from_disk(tmp_path):
    rng = np.random.default_rng(3)
    A = rng.normal(size=(1000, 1000))
    stored = np.memmap(tmp_path / "A.dat", dtype=float, mode="w+", shape=A.shape)
    stored[:] = A
    stored.flush()
    on_disk = np.memmap(tmp_path / "A.dat", dtype=float, mode="r", shape=A.shape)
    x = rng.normal(size=1000)
    got = blockwise_matvec(lambda i, j: on_disk[i:j], 1000, x, block=128)
    np.testing.assert_allclose(got, A @ x, atol=1e-10)


def test_page_numbers():
    rng = np.random.default_rng(SEED)
    n = 100_000
    matvec, v_min, eigenvalues = make_problem(n, rng)
    x0 = rng.normal(size=n)
    shift = 1.1 * estimate_norm(matvec, x0)
    assert shift == pytest.approx(3.226, abs=5e-4)
    _, hist_pow = shifted_power_iteration(matvec, x0, shift, n_iter=300)
    _, x_lan, hist_lan = lanczos_smallest(matvec, x0, k=60)
    lam = eigenvalues.min()
    assert next(i + 1 for i, h in enumerate(hist_pow) if abs(h - lam) < 1e-8) == 262
    assert next(i + 1 for i, h in enumerate(hist_lan) if abs(h - lam) < 1e-8) == 30
    assert abs(x_lan @ v_min) == pytest.approx(1.0, abs=1e-9)


def test_sphere_gradient_descent_needs_lr_below_2_over_the_spectral_width(small):
    matvec, v_min, eigenvalues, _, x0 = small
    bound = 2 / (eigenvalues.max() - eigenvalues.min())
    assert bound == pytest.approx(0.4)
    for lr in (0.1, 0.9 * bound, 0.95 * bound):
        x, rq = sphere_gradient_descent(matvec, x0, lr, 1000)
        assert rq == pytest.approx(eigenvalues.min(), abs=1e-10)
        assert abs(x @ v_min) == pytest.approx(1.0, abs=1e-8)
    # Above the bound, v_min is an unstable fixed point: even a start 1e-6 away leaves it.
    start = v_min + 1e-6 * x0 / np.linalg.norm(x0)
    for lr in (1.05 * bound, 1.5 * bound):
        _, rq = sphere_gradient_descent(matvec, start, lr, 1000)
        assert rq > eigenvalues.min() + 0.05


def test_printed_step_bound_demo():
    rng = np.random.default_rng(SEED)
    matvec, _, _ = make_problem(100_000, rng)  # main's draws, in order
    rng.normal(size=100_000)
    small_matvec, _, eigs = make_problem(400, rng)
    assert round(2 / (eigs.max() - eigs.min()), 2) == 0.40
    printed = [round(sphere_gradient_descent(small_matvec, rng.normal(size=400), lr, 1000)[1], 6)
               for lr in (0.38, 0.42)]
    assert printed == [-2.0, -1.880953]
