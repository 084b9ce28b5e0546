"""Measured latency and throughput of ONNX Runtime on batches of 1 to 256 digits
(in-process: the build sandbox blocks sockets, so no HTTP here).

Used by docs/deployment/serving-patterns.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import time

import matplotlib.pyplot as plt
import numpy as np

from snippets.deployment.onnx_model import OnnxPredictor, export_onnx, train_model

SEED = 0
BATCH_SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256]


# --8<-- [start:load]
def batch_latency_s(
    predictor: OnnxPredictor, rows: np.ndarray, repeats: int
) -> float:
    """Median wall-clock time of one session.run on `rows`, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        predictor.predict(rows)
        times.append(time.perf_counter() - start)
    return float(np.median(times))


def sweep(
    predictor: OnnxPredictor, X: np.ndarray, rng: np.random.Generator
) -> list[tuple[int, float, float]]:
    """(batch size, latency in ms, rows per second) for each size in BATCH_SIZES."""
    results = []
    for b in BATCH_SIZES:
        rows = X[rng.integers(0, len(X), size=b)]
        seconds = batch_latency_s(predictor, rows, repeats=200)
        results.append((b, seconds * 1e3, b / seconds))
    return results


# --8<-- [end:load]


def main() -> None:
    rng = np.random.default_rng(SEED)
    model, X_test, _ = train_model()
    predictor = OnnxPredictor(export_onnx(model))
    batch_latency_s(predictor, X_test[:32], repeats=50)  # warm-up
    results = sweep(predictor, X_test, rng)
    print("batch   latency ms   us per row   rows per s")
    for b, ms, rate in results:
        print(f"{b:5d}   {ms:10.3f}   {ms * 1e3 / b:10.1f}   {rate:10,.0f}")
    sizes, ms, rate = (np.array(c) for c in zip(*results, strict=True))
    fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.4))
    left.plot(sizes, ms, marker="o")
    left.set(
        xscale="log",
        yscale="log",
        xlabel="batch size",
        ylabel="latency per call (ms)",
    )
    right.plot(sizes, rate, marker="o", color="C1")
    right.set(
        xscale="log",
        yscale="log",
        xlabel="batch size",
        ylabel="throughput (rows per s)",
    )
    for ax in (left, right):
        ax.set_xticks(BATCH_SIZES, [str(b) for b in BATCH_SIZES])
    fig.tight_layout()
    plt.show()


if __name__ == "__main__":
    main()
