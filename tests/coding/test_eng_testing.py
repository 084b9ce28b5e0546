"""Unit, property, integration and regression tests of snippets/coding/eng_testing.py,
and the red-green steps of its duration parser. The page shows parts of this file."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given, strategies as st

from snippets.coding.eng_testing import (median, parse_duration, parse_duration_first,
                                         rle_decode, rle_encode, word_counts)


# --8<-- [start:unit]
def test_rle_encode_groups_runs():
    assert rle_encode("aaab") == [("a", 3), ("b", 1)]


@pytest.mark.parametrize("text", ["", "a", "abc"])
def test_rle_edge_cases_have_runs_of_one(text):
    assert all(count == 1 for _, count in rle_encode(text))
# --8<-- [end:unit]


# --8<-- [start:property]
@given(st.text(alphabet="abc", max_size=40))
def test_rle_round_trip_and_runs_are_maximal(text):
    pairs = rle_encode(text)
    assert rle_decode(pairs) == text  # decoding undoes encoding
    assert all(count >= 1 for _, count in pairs)
    assert all(a != b for (a, _), (b, _) in zip(pairs, pairs[1:]))  # neighbours differ
# --8<-- [end:property]


# --8<-- [start:tdd_red]
def test_hours():
    assert parse_duration("2h") == 7200


def test_minutes_and_combinations():
    assert parse_duration("1h30m") == 5400
    assert parse_duration("90s") == 90


def test_rejects_garbage():
    for bad in ("", "h", "1x", "1h 30m", "30"):
        with pytest.raises(ValueError):
            parse_duration(bad)
# --8<-- [end:tdd_red]


def test_the_first_green_step_passes_the_first_test_and_fails_the_next():
    assert parse_duration_first("2h") == 7200
    with pytest.raises(ValueError):  # red: the minutes test failed against this version
        parse_duration_first("1h30m")


@given(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99))
def test_parse_duration_property(h, m, s):
    assert parse_duration(f"{h}h{m}m{s}s") == 3600 * h + 60 * m + s


# --8<-- [start:integration]
def test_word_counts_reads_a_real_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("The model and THE data.\nData beats the model!", encoding="utf-8")
    counts = word_counts(path)
    assert counts["the"] == 3 and counts["data"] == 2 and counts["model"] == 2
# --8<-- [end:integration]


# --8<-- [start:regression]
def test_median_of_an_even_count_averages_the_middle_pair():
    """Regression: median([1, 2, 3, 4]) returned 3 before the fix."""
    assert median([4, 1, 3, 2]) == 2.5
# --8<-- [end:regression]


@given(st.lists(st.integers(-50, 50), min_size=1, max_size=30))
def test_median_matches_statistics(values):
    assert median(values) == statistics.median(values)


def test_median_of_nothing():
    with pytest.raises(ValueError):
        median([])
