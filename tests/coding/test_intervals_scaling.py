"""The meeting-rooms timing snippet times the tested functions; no timing is asserted."""

from snippets.coding import intervals, intervals_scaling as timing
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert timing.min_rooms_sweep is intervals.min_rooms_sweep
    assert timing.min_rooms_heap is intervals.min_rooms_heap


def test_all_three_agree_on_the_timed_inputs(monkeypatch):
    timed = timed_series(monkeypatch, timing)
    assert list(timed) == ["sweep line", "heap of end times", "count at every start"]
    assert [series.repeats for series in timed.values()] == [5, 5, 3]
    for i, n in enumerate(timing.SIZES[:3]):
        ms = timing.make_input(n)
        assert len(ms) == n and all(s < e for s, e in ms)
        assert len({series.answer(i) for series in timed.values()}) == 1
