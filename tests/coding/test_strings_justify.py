"""Text justification: exact widths, words in order, left-heavy gaps, greedy lines."""

import pytest
from hypothesis import given, strategies as st

from snippets.coding.strings_justify import justify

words_and_width = st.integers(1, 30).flatmap(lambda width: st.tuples(
    st.lists(st.text("abcxyz", min_size=1, max_size=width), max_size=25),
    st.just(width)))


@given(words_and_width)
def test_every_line_has_the_width_and_the_words_survive_in_order(case):
    words, width = case
    lines = justify(words, width)
    assert all(len(line) == width for line in lines)
    assert [w for line in lines for w in line.split()] == words  # round trip


@given(words_and_width)
def test_gaps_are_left_heavy_and_the_last_line_is_left_justified(case):
    words, width = case
    lines = justify(words, width)
    for k, line in enumerate(lines):
        parts = line.split()
        if k == len(lines) - 1 or len(parts) == 1:
            assert line == " ".join(parts).ljust(width)
            continue
        assert not line.startswith(" ") and not line.endswith(" ")
        marked = "".join(c if c == " " else "|" for c in line)
        gaps = [len(run) for run in marked.split("|") if run]
        assert max(gaps) - min(gaps) <= 1 and gaps == sorted(gaps, reverse=True)


@given(words_and_width)
def test_lines_are_greedy(case):
    words, width = case
    lines = justify(words, width)
    for line, following in zip(lines, lines[1:]):
        single_spaced = len(" ".join(line.split()))
        assert single_spaced + 1 + len(following.split()[0]) > width  # did not fit


def test_page_example_and_edges():
    lines = justify("This is an example of text justification.".split(), 16)
    assert lines == ["This    is    an", "example  of text", "justification.  "]
    assert justify([], 10) == []
    assert justify(["exactly10!"], 10) == ["exactly10!"]
    assert justify(["a", "b", "c"], 1) == ["a", "b", "c"]
    with pytest.raises(ValueError, match="extraordinarily"):
        justify(["tiny", "extraordinarily"], 10)
    for bad_words, width in ((["ok"], 0), ([""], 5), (["two words"], 20)):
        with pytest.raises(ValueError):
            justify(bad_words, width)
