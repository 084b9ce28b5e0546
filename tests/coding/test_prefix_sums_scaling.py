"""The prefix-sums scaling snippet times both checked counters; no clock is read."""

from snippets.coding import prefix_sums_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_main_times_both_counters_on_the_seeded_arrays(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["prefix sums + hash map", "every start, running sum"]
    nums, k = scaling.make_input(scaling.SIZES[0])
    brute = sum(sum(nums[i:j]) == k for i in range(len(nums))
                for j in range(i + 1, len(nums) + 1))
    assert brute > 0
    assert [series.answer() for series in timed.values()] == [brute, brute]
