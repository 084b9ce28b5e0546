"""Load test of the model server of docs/deployment/serving-patterns.md on loopback.

Starts snippets/deployment/model_server.py on 127.0.0.1 (an ephemeral port) once per
(max batch size, max wait) setting, sends one-row requests from concurrent client
threads, and prints throughput and p50/p99 latency as a table.

    uv run python scripts/benchmark_serving.py [--clients 16] [--requests 4000]

A benchmark, not a test: the figures depend on the machine and on its other load.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from snippets.deployment.dynamic_batcher import DynamicBatcher
from snippets.deployment.model_server import make_server, post_json
from snippets.deployment.onnx_model import (
    OnnxPredictor,
    export_onnx,
    train_model,
)

SETTINGS = [(1, 0.0), (8, 0.002), (32, 0.002), (32, 0.010), (128, 0.010)]


def run_load(
    predictor: OnnxPredictor,
    max_batch: int,
    max_wait: float,
    bodies: list[bytes],
    clients: int,
) -> dict[str, float]:
    """Serve with one batcher setting, send every body once; return the figures."""
    batcher = DynamicBatcher(predictor, max_batch, max_wait)
    server = make_server(batcher)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]

    def one(body: bytes) -> float:
        start = time.perf_counter()
        status, _ = post_json(port, "/predict", body)
        assert status == 200
        return time.perf_counter() - start

    try:
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(one, bodies[:100]))  # warm-up
            batcher.batch_sizes.clear()
            start = time.perf_counter()
            latencies = np.array(list(pool.map(one, bodies)))
            elapsed = time.perf_counter() - start
    finally:
        server.shutdown()
        server.server_close()
        batcher.close()
    return {
        "rps": len(bodies) / elapsed,
        "p50": float(np.percentile(latencies, 50) * 1e3),
        "p99": float(np.percentile(latencies, 99) * 1e3),
        "mean_batch": float(np.mean(batcher.batch_sizes)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=4000)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    model, X_test, _ = train_model()
    predictor = OnnxPredictor(export_onnx(model))
    picks = rng.integers(0, len(X_test), size=args.requests)
    bodies = [
        json.dumps({"instances": [X_test[i].tolist()]}).encode() for i in picks
    ]
    print(
        f"{args.requests} one-row requests from {args.clients} concurrent clients"
    )
    print(
        "| max batch | max wait (ms) | requests/s | p50 (ms) | p99 (ms) "
        "| mean batch |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for max_batch, max_wait in SETTINGS:
        r = run_load(predictor, max_batch, max_wait, bodies, args.clients)
        print(
            f"| {max_batch} | {max_wait * 1e3:g} | {r['rps']:,.0f} "
            f"| {r['p50']:.1f} | {r['p99']:.1f} | {r['mean_batch']:.1f} |"
        )


if __name__ == "__main__":
    main()
