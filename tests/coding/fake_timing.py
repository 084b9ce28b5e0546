"""Run a timing snippet's main() on a fake clock and record what it would have timed."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from typing import Any, NamedTuple

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared import scaling


class Timed(NamedTuple):
    """One series main() timed: the solver, its input builder, sizes and repeats."""

    solve: Callable[[Any], object]
    make_input: Callable[[int], Any]
    sizes: list[int]
    repeats: int

    def answer(self, i: int = 0) -> object:
        """What the timed solver returns on the input it was timed on for sizes[i]."""
        return self.solve(self.make_input(self.sizes[i]))


def timed_series(monkeypatch, module) -> dict[str, Timed]:
    """Run `module.main()` with `measure_scaling` replaced by a recorder (a linear fake
    clock: nothing is timed) and `plt.show` by a no-op; return the series by label."""
    labels: list[str] = []
    calls: list[Timed] = []

    def fake_measure(solve, make_input, sizes, repeats):
        calls.append(Timed(solve, make_input, list(sizes), repeats))
        return 1e-6 * np.asarray(sizes, float)

    def spy(title, sizes, make_input, solvers, *rest, **options):
        labels.extend(solvers)
        return scaling.report_scaling(title, sizes, make_input, solvers,
                                      *rest, **options)

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    monkeypatch.setattr(module, "report_scaling", spy)
    monkeypatch.setattr(module.plt, "show", lambda: None)
    with contextlib.redirect_stdout(io.StringIO()):
        module.main()
    plt.close("all")
    return dict(zip(labels, calls, strict=True))
