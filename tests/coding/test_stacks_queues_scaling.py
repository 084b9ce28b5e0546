"""The stack scaling snippet times both checked solutions on falling temperatures."""

from snippets.coding import stacks_queues, stacks_queues_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_main_times_both_solutions_on_falling_temperatures(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["monotonic stack", "scan forward from each day"]
    no_warmer_day = [0] * scaling.SIZES[0]  # no day is ever followed by a warmer one
    assert [series.answer() for series in timed.values()] == [no_warmer_day] * 2


def test_it_times_the_checked_functions():
    assert scaling.days_until_warmer is stacks_queues.days_until_warmer
    assert scaling.days_until_warmer_scan is stacks_queues.days_until_warmer_scan
