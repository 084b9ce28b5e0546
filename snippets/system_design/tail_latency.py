"""Per-stage p99 latencies do not add up to the end-to-end p99, and fan-out makes a
rare slow call common; shown with seeded simulations.

Used by docs/system-design/back-of-the-envelope.md.
"""

from __future__ import annotations

import numpy as np
from scipy.stats import norm

SEED = 0
STAGE_MEDIANS_MS = np.array([10.0, 15.0, 15.0, 25.0, 10.0])  # the path of the page


# --8<-- [start:tail]
def stage_latencies(
    rng: np.random.Generator,
    medians_ms: np.ndarray,
    sigma: float,
    n: int,
    shared: bool,
) -> np.ndarray:
    """n x stages lognormal latencies in ms. shared=True: one common factor makes
    every stage slow together (comonotone); False: stages independent."""
    z = rng.standard_normal((n, 1) if shared else (n, len(medians_ms)))
    return medians_ms * np.exp(sigma * z)


def sum_of_p99s_vs_p99_of_sum(
    latencies_ms: np.ndarray, q: float = 99.0
) -> tuple[float, float]:
    """(sum of the stages' q-th percentiles, q-th percentile of their sum)."""
    per_stage = np.percentile(latencies_ms, q, axis=0).sum()
    return float(per_stage), float(np.percentile(latencies_ms.sum(axis=1), q))


def fanout_slow_fraction(
    rng: np.random.Generator,
    n_calls: int,
    n_requests: int,
    sigma: float = 0.5,
    q: float = 99.0,
) -> float:
    """Share of requests that wait on at least one of n_calls parallel calls slower
    than a single call's q-th percentile (calls independent, same distribution)."""
    threshold = np.exp(sigma * norm.ppf(q / 100))  # the exact single-call quantile
    calls = np.exp(sigma * rng.standard_normal((n_requests, n_calls)))
    return float(np.mean(calls.max(axis=1) > threshold))


# --8<-- [end:tail]


def main() -> None:
    rng = np.random.default_rng(SEED)
    print(
        f"stages (median ms): {STAGE_MEDIANS_MS.tolist()}, lognormal sigma 0.5, "
        "200,000 requests"
    )
    for shared, label in [
        (False, "independent stages"),
        (True, "stages slow together"),
    ]:
        lat = stage_latencies(rng, STAGE_MEDIANS_MS, 0.5, 200_000, shared)
        added, end_to_end = sum_of_p99s_vs_p99_of_sum(lat)
        print(
            f"  {label:>20}: sum of stage p99s {added:6.1f} ms, "
            f"end-to-end p99 {end_to_end:6.1f} ms"
        )
    for n_calls in [1, 10, 100]:
        share = fanout_slow_fraction(rng, n_calls, 100_000)
        print(
            f"fan-out to {n_calls:>3} calls: {share:.3f} of requests wait on a "
            f"call "
            f"beyond its p99 (1 - 0.99^n = {1 - 0.99**n_calls:.3f})"
        )


if __name__ == "__main__":
    main()
