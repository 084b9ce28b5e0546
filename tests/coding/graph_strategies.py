"""Hypothesis strategies and checks shared by the graph, union-find and timing tests."""

from __future__ import annotations

from hypothesis import strategies as st


@st.composite
def edge_lists(draw, max_n: int = 12, max_edges: int = 20):
    """(n, edges): n nodes 0..n-1 and a list of (u, v) pairs, loops and repeats allowed."""
    n = draw(st.integers(1, max_n))
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)),
                          max_size=max_edges))
    return n, edges


def check_main_reports_exponents(timing, monkeypatch, capsys, series: int) -> None:
    """Run a timing snippet's main() on a fake linear clock: one line per series, each
    reporting the exponent 1.00, and nothing timed for real."""
    monkeypatch.setattr(timing, "measure_scaling",
                        lambda solve, make, sizes, repeats=3: [1e-6 * n for n in sizes])
    monkeypatch.setattr(timing.plt, "show", lambda: None)
    timing.main()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == series
    assert all(line.endswith("fitted exponent 1.00") for line in lines)
