"""Test-wide settings."""

import os

# One BLAS thread, as in the snippet build: on a 2-core machine running several processes,
# multi-threaded BLAS oversubscribes the cores and slows matrix-heavy tests down many times over.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(variable, "1")
