"""LIS timing snippet: the tested implementations on valid inputs."""

from snippets.coding import dp_scaling as scaling, dp_sequences
from tests.coding.fake_timing import record_measurements


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.lis is dp_sequences.lis
    assert scaling.lis_quadratic is dp_sequences.lis_quadratic


def test_inputs_have_the_requested_size_and_are_seeded():
    assert len(scaling.random_sequence(300)) == 300
    assert scaling.random_sequence(50) == scaling.random_sequence(50)


def test_time_both_runs_each_implementation_on_each_size(monkeypatch):
    calls = record_measurements(monkeypatch, scaling)
    series = scaling.time_both([10, 20])
    assert [(solve, [len(x) for x in inputs]) for solve, inputs in calls] == [
        (scaling.lis_quadratic, [10, 20]), (scaling.lis, [10, 20])]
    assert list(series) == ["O(n^2) DP", "patience sorting"]
