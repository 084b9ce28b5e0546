"""Stack solutions agree with brute force: bracket rewriting, forward scans, all bar ranges."""

from hypothesis import given, strategies as st

from snippets.coding.stacks_queues import (
    days_until_warmer, days_until_warmer_scan, largest_rectangle, main, valid_brackets,
)


def valid_by_rewriting(text):
    """Reference: delete adjacent matched pairs until none is left."""
    s = "".join(c for c in text if c in "()[]{}")
    while any(p in s for p in ("()", "[]", "{}")):
        for p in ("()", "[]", "{}"):
            s = s.replace(p, "")
    return s == ""


@given(st.text(alphabet="()[]{}x", max_size=16))
def test_valid_brackets_matches_rewriting(text):
    assert valid_brackets(text) == valid_by_rewriting(text)


CLOSE = {"(": ")", "[": "]", "{": "}"}


@st.composite
def balanced(draw, depth=3):
    """A well-nested bracket string: a few groups, each wrapping a smaller one."""
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        opener = draw(st.sampled_from("([{"))
        inner = draw(balanced(depth - 1)) if depth else ""
        parts.append(opener + inner + CLOSE[opener])
    return "".join(parts)


@given(balanced())
def test_generated_balanced_strings_are_valid(text):
    assert valid_brackets(text) and valid_brackets("a" + text + "b")
    if text:
        assert not valid_brackets(text + "(") and not valid_brackets(")" + text)


@given(st.lists(st.integers(50, 60), max_size=30))
def test_days_until_warmer_matches_forward_scan(temps):
    expected = []
    for day, t in enumerate(temps):
        later = [j for j in range(day + 1, len(temps)) if temps[j] > t]
        expected.append(later[0] - day if later else 0)
    assert days_until_warmer(temps) == days_until_warmer_scan(temps) == expected


@given(st.lists(st.integers(0, 8), max_size=25))
def test_largest_rectangle_matches_every_range(heights):
    expected = max((min(heights[i:j]) * (j - i) for i in range(len(heights))
                    for j in range(i + 1, len(heights) + 1)), default=0)
    assert largest_rectangle(heights) == expected


def test_edge_cases():
    assert valid_brackets("") and not valid_brackets(")") and not valid_brackets("(]")
    assert days_until_warmer([]) == [] and days_until_warmer([5, 5, 5]) == [0, 0, 0]
    assert largest_rectangle([]) == 0 and largest_rectangle([0, 0]) == 0
    assert largest_rectangle([1, 2, 3, 4, 5]) == 9 and largest_rectangle([5, 4, 3, 2, 1]) == 9


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "valid_brackets('([]{()})') = True",
        "valid_brackets('([)]') = False",
        "valid_brackets('((') = False",
        "valid_brackets('f(a[1]) + {b}') = True",
        "days_until_warmer([73, 74, 75, 71, 69, 72, 76, 73]) = [1, 1, 4, 2, 1, 1, 0, 0]",
        "largest_rectangle([2, 1, 5, 6, 2, 3]) = 10",
        "largest_rectangle([2, 4]) = 4",
        "largest_rectangle([3, 3, 3]) = 9",
    ]
