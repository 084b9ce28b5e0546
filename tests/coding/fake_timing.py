"""A stand-in for measure_scaling that records what a timing snippet would time."""

from __future__ import annotations


def record_measurements(monkeypatch, module, seconds: float = 0.1) -> list:
    """Replace `module.measure_scaling`; each call appends (solve, inputs built per size)."""
    calls: list = []

    def fake_measure(solve, make_input, sizes, repeats):
        calls.append((solve, [make_input(n) for n in sizes]))
        return [seconds] * len(sizes)

    monkeypatch.setattr(module, "measure_scaling", fake_measure)
    return calls
