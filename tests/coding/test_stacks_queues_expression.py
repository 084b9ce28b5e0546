"""The evaluator agrees with Python's own evaluation of generated expression strings."""

import re
from fractions import Fraction

import pytest
from hypothesis import given, strategies as st

from snippets.coding.stacks_queues_expression import evaluate, main, tokenize


def extend(inner):
    binary = st.tuples(inner, st.sampled_from(["+", "-", "*", "/"]), inner).map(" ".join)
    signed = st.tuples(st.sampled_from(["-", "+", "- "]), inner).map("".join)
    bracketed = inner.map(lambda e: f"({e})")
    return st.one_of(binary, signed, bracketed)


expressions = st.recursive(st.integers(0, 12).map(str), extend, max_leaves=10)


class Truncating:
    """An integer whose / rounds toward zero, so eval() can act as the reference."""

    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        return Truncating(self.value + other.value)

    def __sub__(self, other):
        return Truncating(self.value - other.value)

    def __mul__(self, other):
        return Truncating(self.value * other.value)

    def __truediv__(self, other):
        q = Fraction(self.value, other.value)  # raises ZeroDivisionError for 0
        return Truncating(int(q))  # int() of a Fraction truncates toward zero

    def __neg__(self):
        return Truncating(-self.value)

    def __pos__(self):
        return self


def python_value(text, division):
    """Evaluate the same string with Python, numbers wrapped for the division rule."""
    if division == "floor":
        return eval(text.replace("/", "//"), {"__builtins__": {}})
    wrap = "Fraction" if division == "exact" else "Truncating"
    source = re.sub(r"\d+", lambda m: f"{wrap}({m.group()})", text)
    value = eval(source, {"__builtins__": {}, "Fraction": Fraction, "Truncating": Truncating})
    return value if division == "exact" else value.value


@pytest.mark.parametrize("division", ["exact", "floor", "truncate"])
@given(text=expressions)
def test_evaluate_matches_python(division, text):
    try:
        expected = python_value(text, division)
    except ZeroDivisionError:
        with pytest.raises(ZeroDivisionError):
            evaluate(text, division)
        return
    assert evaluate(text, division) == expected


@pytest.mark.parametrize("text", ["", "   ", "2 +", "* 2", "(1", "1)", "()", "2 3",
                                  "2 (3)", "(1) 2", "2 * / 3", "1 + x", "2 ** 3", "1.5"])
def test_malformed_expressions_raise_value_error(text):
    with pytest.raises(ValueError):
        evaluate(text)


def test_semantics_and_edge_cases():
    assert evaluate("-7 / 2", "floor") == -4 and evaluate("-7 / 2", "truncate") == -3
    assert evaluate("-(7 / 2)", "floor") == -3  # the sign binds tighter than /
    assert evaluate("1 / 3 + 1 / 6") == Fraction(1, 2)  # exact, no 0.49999...
    assert evaluate("  12  ") == 12 and evaluate("--3") == 3 and evaluate("+-+4") == -4
    assert tokenize("12*(3 -4)") == ["12", "*", "(", "3", "-", "4", ")"]
    with pytest.raises(ZeroDivisionError):
        evaluate("1 / (2 - 2)")
    with pytest.raises(ValueError):
        evaluate("1 / 2", division="round")


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "1 + 2 * 3    exact 7     floor   7 truncate   7",
        "(1 + 2) * 3  exact 9     floor   9 truncate   9",
        "2 * -3 - -4  exact -2    floor  -2 truncate  -2",
        "7 / 2        exact 7/2   floor   3 truncate   3",
        "-7 / 2       exact -7/2  floor  -4 truncate  -3",
        "-(7 / 2)     exact -7/2  floor  -3 truncate  -3",
        "'2 +': ValueError: expression is empty or ends with an operator",
        "'(1 + 2': ValueError: unmatched '('",
        "'3 4': ValueError: missing operator before '4'",
        "'2 ^ 3': ValueError: unexpected character '^' at position 2",
    ]
