"""The scaling helper's arithmetic, with a fake clock: nothing here depends on the machine's speed."""

from types import SimpleNamespace

import numpy as np
import pytest

from snippets._shared import scaling


def test_best_time_keeps_the_fastest_call(monkeypatch):
    ticks = iter([0.0, 3.0, 10.0, 11.0, 20.0, 22.0])  # calls lasting 3, 1 and 2 seconds
    monkeypatch.setattr(scaling, "time", SimpleNamespace(perf_counter=lambda: next(ticks)))
    assert scaling.best_time(lambda: None, repeats=3) == 1.0


def test_measure_scaling_times_solve_on_each_size_only(monkeypatch):
    timed = []
    monkeypatch.setattr(scaling, "best_time", lambda call, repeats: (timed.append(call()), 0.5)[1])
    times = scaling.measure_scaling(lambda data: len(data), lambda n: [0] * n, [4, 8], repeats=2)
    assert timed == [4, 8] and times.tolist() == [0.5, 0.5]


@pytest.mark.parametrize("exponent", [1.0, 2.0, 0.5])
def test_fitted_exponent_recovers_a_power_law(exponent):
    sizes = np.array([10, 100, 1000, 10000])
    assert scaling.fitted_exponent(sizes, 3e-7 * sizes**exponent) == pytest.approx(exponent)


def test_plot_scaling_labels_each_series_with_its_slope():
    figure = scaling.plot_scaling([10, 100], {"linear": [1e-6, 1e-5]}, "title")
    assert [t.get_text() for t in figure.axes[0].get_legend().get_texts()] == ["linear (slope 1.00)"]
    assert figure.axes[0].get_xscale() == "log"


class FakeClock:
    """perf_counter that moves only when a solver calls `spend`."""

    def __init__(self) -> None:
        self.now = 0.0

    def spend(self, seconds: float) -> None:
        self.now += seconds


def test_report_scaling_prints_and_plots_each_fitted_exponent(monkeypatch, capsys):
    clock = FakeClock()
    fake_time = SimpleNamespace(perf_counter=lambda: clock.now)
    monkeypatch.setattr(scaling, "time", fake_time)
    sizes = [10, 20, 40, 80]
    figure = scaling.report_scaling("fake", sizes, lambda n: n, {
        "linear": lambda n: clock.spend(1e-6 * n),
        "quadratic scan": lambda n: clock.spend(1e-8 * n**2),
    })
    assert capsys.readouterr().out.splitlines() == [
        "linear:         fitted exponent 1.00", "quadratic scan: fitted exponent 2.00"]
    axes = figure.axes[0]
    assert axes.get_title() == "fake"
    assert [t.get_text() for t in axes.get_legend().get_texts()] == [
        "linear (slope 1.00)", "quadratic scan (slope 2.00)"]
    assert axes.lines[1].get_ydata() == pytest.approx([1e-8 * n**2 for n in sizes])


def test_report_scaling_lets_a_series_override_repeats_and_inputs(monkeypatch, capsys):
    calls = []

    def fake_measure(solve, make_input, sizes, repeats):
        calls.append((solve, [make_input(n) for n in sizes], repeats))
        return np.asarray(sizes, float)

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    shared, doubled = (lambda n: [n]), (lambda n: [n, n])
    a, b, c = sum, len, max
    solvers = {"a": a, "b": (b, 7), "c": scaling.Series(c, make_input=doubled)}
    scaling.report_scaling("t", [1, 2], shared, solvers, repeats=4)
    assert calls == [(a, [[1], [2]], 4), (b, [[1], [2]], 7), (c, [[1, 1], [2, 2]], 4)]
    assert len(capsys.readouterr().out.splitlines()) == 3
