"""The scaling snippet times the checked functions on valid inputs; no clock is read."""

from snippets.coding import sliding_window_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_main_times_both_solutions_on_the_seeded_arrays(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["sliding window", "re-add each window"]
    nums, k = scaling.make_input(scaling.SIZES[0])
    sums = [sum(nums[i:i + k]) for i in range(len(nums) - k + 1)]
    best = (max(sums), sums.index(max(sums)))
    assert [series.answer() for series in timed.values()] == [best, best]


def test_inputs_are_seeded():
    assert scaling.make_input(500) == scaling.make_input(500)
    nums, k = scaling.make_input(scaling.SIZES[-1])
    assert len(nums) == scaling.SIZES[-1] and k == len(nums) // 4
