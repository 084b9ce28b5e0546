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


# Hypothesis: derandomized so every run draws the same examples (a failure reproduces exactly),
# no example database (a fresh clone and a warm checkout behave alike), and no deadline (a
# 2-core CI machine under load must not turn a slow example into a failure).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "kb",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("kb")
