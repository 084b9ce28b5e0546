"""The two-sum scaling snippet times both checked solutions on inputs with no answer."""

from snippets.coding import hashing_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_main_times_both_solutions_on_inputs_without_a_pair(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["hash map", "all pairs"]
    assert [series.answer() for series in timed.values()] == [None, None]


def test_inputs_have_no_pair_and_are_seeded():
    for n in scaling.SIZES:
        nums, target = scaling.make_input(n)
        assert len(set(nums)) == n and all(x % 2 == 0 for x in nums) and target % 2 == 1
    assert scaling.make_input(100) == scaling.make_input(100)
