"""The scaling snippet times the checked functions; no test here reads the clock."""

from snippets.coding import two_pointers, two_pointers_scaling as scaling
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.max_area is two_pointers.max_area
    assert scaling.max_area_all_pairs is two_pointers.max_area_all_pairs


def test_inputs_are_seeded_and_sized():
    for n in scaling.SIZES:
        heights = scaling.make_heights(n)
        assert len(heights) == n and heights == scaling.make_heights(n)


def test_main_times_both_on_the_same_heights(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["two pointers", "all pairs"]
    heights = scaling.make_heights(scaling.SIZES[0])
    best = max((j - i) * min(heights[i], heights[j])
               for i in range(len(heights)) for j in range(i + 1, len(heights)))
    assert [series.answer() for series in timed.values()] == [best, best]
