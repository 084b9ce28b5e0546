"""Threads versus processes under the GIL: a CPU-bound and an I/O-bound task, measured.

Used by docs/coding/engineering-practice.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

CPU_N = 1_500_000  # loop length of one CPU-bound task
IO_SECONDS = 0.15  # simulated wait of one I/O-bound task
TASKS = 2


# --8<-- [start:tasks]
def cpu_task(n: int) -> int:
    """Pure-Python arithmetic: holds the GIL the whole time."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def io_task(seconds: float) -> float:
    """Waiting (sleep stands in for a network or disk call): releases the GIL."""
    time.sleep(seconds)
    return seconds


def run(pool: type[Executor], workers: int, task: Callable, argument: object,
        clock: Callable[[], float] = time.perf_counter) -> tuple[float, list]:
    """Wall time to run TASKS copies of task(argument) on a pool of `workers`,
    pool start-up included, and the results in submission order."""
    start = clock()
    with pool(max_workers=workers) as executor:
        results = list(executor.map(task, [argument] * TASKS))
    return clock() - start, results
# --8<-- [end:tasks]


def table(clock: Callable[[], float] = time.perf_counter,
          ) -> list[tuple[str, list[float]]]:
    """Rows (task kind, [1 thread, 2 threads, 1 process, 2 processes] seconds)."""
    rows = []
    for name, task, argument in (("CPU-bound", cpu_task, CPU_N),
                                 ("I/O-bound", io_task, IO_SECONDS)):
        times = [run(pool, workers, task, argument, clock)[0]
                 for pool in (ThreadPoolExecutor, ProcessPoolExecutor)
                 for workers in (1, 2)]
        rows.append((name, times))
    return rows


def main() -> None:
    print(f"{TASKS} tasks each; wall time in seconds")
    headers = ["1 thread", "2 threads", "1 process", "2 procs"]
    print(f"{'task':10s} " + " ".join(f"{h:>9}" for h in headers))
    for name, times in table():
        print(f"{name:10s} " + " ".join(f"{t:9.2f}" for t in times))


if __name__ == "__main__":
    main()
