"""Test-wide settings."""

import os

import pytest
from threadpoolctl import threadpool_limits

# One BLAS/OpenMP thread, as in the snippet build: on a 2-core machine running several processes,
# more threads oversubscribe the cores and slow matrix-heavy tests down many times over. The
# variables reach the subprocesses tests start; threadpool_limits covers libraries already loaded.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(variable, "1")


@pytest.fixture(autouse=True, scope="session")
def single_thread():
    with threadpool_limits(limits=1):
        yield
