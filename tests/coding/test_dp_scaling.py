"""LIS timing snippet: the tested implementations on valid inputs, on a fake clock."""

from bisect import bisect_left

from snippets.coding import dp_scaling as scaling, dp_sequences
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.lis is dp_sequences.lis
    assert scaling.lis_quadratic is dp_sequences.lis_quadratic


def test_inputs_have_the_requested_size_and_are_seeded():
    assert len(scaling.random_sequence(300)) == 300
    assert scaling.random_sequence(50) == scaling.random_sequence(50)


def lis_length(xs):
    """Reference length by the patience-sorting count of piles."""
    tails = []
    for x in xs:
        i = bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)


def test_main_times_both_on_the_seeded_sequences(monkeypatch):
    timed = timed_series(monkeypatch, scaling)
    assert list(timed) == ["O(n^2) DP", "patience sorting"]
    xs = scaling.random_sequence(scaling.SIZES[0])
    for series in timed.values():
        run = series.answer()
        assert len(run) == lis_length(xs)
        assert all(a < b for a, b in zip(run, run[1:])) and set(run) <= set(xs)
