"""Measured speed-ups of the vectorized versions in vectorization.py (machine-dependent).

Used by docs/ml-coding/vectorization.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from snippets.ml_coding.vectorization import (
    make_mask_box, make_mask_indices, make_mask_loops, make_mask_ogrid, pairwise_distances_broadcast,
    pairwise_distances_gram, pairwise_distances_loops,
)

SEED = 5


def best_time(fn: Callable[[], object], repeats: int) -> float:
    """Smallest wall-clock time of `repeats` calls, in seconds (least disturbed by other load)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def report(title: str, cases: dict[str, tuple[Callable[[], object], int]]) -> None:
    timings = {name: best_time(fn, repeats) for name, (fn, repeats) in cases.items()}
    baseline = next(iter(timings.values()))
    print(title)
    for name, seconds in timings.items():
        print(f"  {name:28s} {seconds * 1e3:9.2f} ms   speed-up x{baseline / seconds:,.0f}")


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X, Y = rng.normal(size=(300, 16)), rng.normal(size=(200, 16))
    report("pairwise distances, 300 x 200 points in 16-D", {
        "two Python loops": (lambda: pairwise_distances_loops(X, Y), 1),
        "broadcast (n, m, d)": (lambda: pairwise_distances_broadcast(X, Y), 20),
        "gram matrix (BLAS)": (lambda: pairwise_distances_gram(X, Y), 20),
    })
    shape, roi, radius = (50, 50, 50), np.array([25, 21, 28]), 10
    report(f"make_mask on a {shape[0]}^3 volume, radius {radius}", {
        "three Python loops": (lambda: make_mask_loops(np.zeros(shape), roi, radius), 1),
        "np.indices": (lambda: make_mask_indices(shape, roi, radius), 10),
        "np.ogrid": (lambda: make_mask_ogrid(shape, roi, radius), 10),
        "ogrid on the bounding box": (lambda: make_mask_box(shape, roi, radius), 10),
    })
# --8<-- [end:main]


if __name__ == "__main__":
    main()
