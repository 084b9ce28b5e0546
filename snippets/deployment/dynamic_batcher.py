"""Dynamic batching: a queue and one worker thread that groups concurrent requests
into one model call, up to a maximum batch size or a maximum wait.

Used by docs/deployment/serving-patterns.md.
"""

from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import Future
from typing import Protocol

import numpy as np

_STOP = object()  # tells the worker to exit


class Predictor(Protocol):
    def predict(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]: ...


# --8<-- [start:batcher]
class DynamicBatcher:
    """Queue + one worker thread. The worker takes the oldest request, then keeps
    collecting until the batch holds max_batch_size rows or max_wait_s has passed
    since that first request, runs one predict call and resolves every future."""

    def __init__(
        self, predictor: Predictor, max_batch_size: int, max_wait_s: float
    ) -> None:
        self.predictor, self.max_rows, self.max_wait = (
            predictor,
            max_batch_size,
            max_wait_s,
        )
        self.requests: queue.Queue = queue.Queue()
        self.batch_sizes: list[int] = []  # rows per predict call, for monitoring
        self.queue_waits: list[float] = []  # seconds from submit to batch start
        self._held = None  # a request that did not fit in the previous batch
        self._worker = threading.Thread(target=self._run, daemon=True)
        self._worker.start()

    def submit(self, rows: np.ndarray) -> Future:
        """Enqueue a (k, 64) float32 array; the future yields (labels, probas)."""
        future: Future = Future()
        self.requests.put((rows, future, time.perf_counter()))
        return future

    def close(self) -> None:
        self.requests.put(_STOP)
        self._worker.join()

    def _collect(self, first: tuple) -> list[tuple]:
        batch, n_rows = [first], len(first[0])
        deadline = first[2] + self.max_wait
        while n_rows < self.max_rows:
            remaining = deadline - time.perf_counter()
            try:
                item = self.requests.get(timeout=max(remaining, 0.0))
            except queue.Empty:
                break
            if item is _STOP or n_rows + len(item[0]) > self.max_rows:
                self._held = item  # run it (or stop) after this batch
                break
            batch.append(item)
            n_rows += len(item[0])
        return batch

    def _run(self) -> None:
        while True:
            first = self._held if self._held is not None else self.requests.get()
            self._held = None
            if first is _STOP:
                return
            batch = self._collect(first)
            start = time.perf_counter()
            rows = np.concatenate([rows for rows, _, _ in batch])
            try:
                labels, probas = self.predictor.predict(rows)
            except Exception as error:  # noqa: BLE001 (every caller gets it)
                for _, future, _ in batch:
                    future.set_exception(error)
                continue
            self.batch_sizes.append(len(rows))
            offset = 0
            for part, future, submitted in batch:
                self.queue_waits.append(start - submitted)
                end = offset + len(part)
                future.set_result((labels[offset:end], probas[offset:end]))
                offset = end


# --8<-- [end:batcher]
