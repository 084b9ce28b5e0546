"""Measure how a function's running time grows with input size, and plot it on log-log axes.

Used by the coding pages' timing snippets (marked `# snippet-build: timing-dependent`). The
slope of log(time) against log(n) estimates the exponent k of a running time that grows like n^k.
`report_scaling` is a snippet's whole measurement: time each solver, print, plot.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

import matplotlib.pyplot as plt
import numpy as np


def best_time(call: Callable[[], object], repeats: int = 3) -> float:
    """Smallest wall-clock time of `repeats` calls, in seconds (the least disturbed by load)."""
    fastest = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def measure_scaling(
    solve: Callable[[object], object],
    make_input: Callable[[int], object],
    sizes: Sequence[int],
    repeats: int = 3,
) -> np.ndarray:
    """Best time of `solve(make_input(n))` for each n; inputs are built outside the timing."""
    times = []
    for n in sizes:
        data = make_input(n)
        times.append(best_time(lambda: solve(data), repeats))
    return np.array(times)


def fitted_exponent(sizes: Sequence[int], times: Sequence[float]) -> float:
    """Least-squares slope of log(time) on log(n): about 1 for O(n), 2 for O(n^2)."""
    slope, _ = np.polyfit(np.log(np.asarray(sizes, float)), np.log(np.asarray(times, float)), 1)
    return float(slope)


def plot_scaling(
    sizes: Sequence[int], series: dict[str, Sequence[float]], title: str
) -> plt.Figure:
    """One log-log line per named series, labelled with its fitted exponent."""
    figure, axes = plt.subplots()
    for name, times in series.items():
        axes.loglog(sizes, times, marker="o",
                    label=f"{name} (slope {fitted_exponent(sizes, times):.2f})")
    axes.set_xlabel("input size n")
    axes.set_ylabel("best time (s)")
    axes.set_title(title)
    axes.legend()
    return figure


class Series(NamedTuple):
    """One timed line: its solver, and optionally its own repeats and input builder."""

    solve: Callable[[Any], object]
    repeats: int | None = None
    make_input: Callable[[int], Any] | None = None


def report_scaling(
    title: str,
    sizes: Sequence[int],
    make_input: Callable[[int], Any],
    solvers: Mapping[str, Callable[[Any], object] | tuple],
    repeats: int = 3,
) -> plt.Figure:
    """Time each solver with `measure_scaling`, print one line per label with its fitted
    exponent, and return the log-log figure of `plot_scaling` (the caller shows it).

    A value of `solvers` is a callable, or a tuple `(solve, repeats)` or
    `(solve, repeats, make_input)` (a `Series`) that overrides the shared `repeats` or
    `make_input` for that line; a `None` entry keeps the shared one.
    """
    series = {}
    for label, spec in solvers.items():
        line = Series(*spec) if isinstance(spec, tuple) else Series(spec)
        series[label] = measure_scaling(
            line.solve, line.make_input or make_input, sizes,
            repeats if line.repeats is None else line.repeats)
    width = max(len(label) for label in series) + 1
    for label, times in series.items():
        exponent = fitted_exponent(sizes, times)
        print(f"{label + ':':{width}} fitted exponent {exponent:.2f}")
    return plot_scaling(sizes, series, title)
