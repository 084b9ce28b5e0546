"""The heap timing snippet times the tested running median; no timing is asserted."""

import statistics

from snippets.coding import heaps_scaling as timing, heaps_streams
from tests.coding.fake_timing import timed_series


def test_it_times_the_function_the_correctness_tests_check():
    assert timing.prefix_medians is heaps_streams.prefix_medians


def test_brute_force_and_heaps_agree_on_the_timed_inputs(monkeypatch):
    timed = timed_series(monkeypatch, timing)
    assert list(timed) == ["two heaps", "re-sort every prefix"]
    heaps, brute = timed.values()
    values = heaps.make_input(heaps.sizes[0])
    assert len(values) == timing.SIZES[0]
    assert heaps.answer() == brute.answer()
    assert brute.answer()[-1] == statistics.median(values)
