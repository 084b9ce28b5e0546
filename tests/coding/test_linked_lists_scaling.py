"""The linked-list scaling snippet times both checked detectors on lists with a cycle."""

from snippets.coding import linked_lists_cycles, linked_lists_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_main_times_both_detectors_on_lists_with_a_cycle(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["Floyd, O(1) memory", "visited set, O(n) memory"]
    assert [series.answer() for series in timed.values()] == [True, True]
    assert [series.repeats for series in timed.values()] == [scaling.REPEATS] * 2


def test_rho_list_has_a_cycle_entering_at_the_middle():
    head = scaling.rho_list(10)
    entry = linked_lists_cycles.cycle_start(head)
    assert entry.val == 5
    assert scaling.has_cycle is linked_lists_cycles.has_cycle
    assert scaling.has_cycle_visited is linked_lists_cycles.has_cycle_visited
