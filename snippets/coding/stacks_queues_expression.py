"""An arithmetic evaluator with two stacks: + - * /, brackets and unary signs.

Used by docs/coding/stacks-and-queues.md.
"""

from __future__ import annotations

import re
from fractions import Fraction

TOKEN = re.compile(r"\s*(?:(\d+)|([-+*/()]))")
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "neg": 3, "pos": 3}


# --8<-- [start:tokenize]
def tokenize(text: str) -> list[str]:
    """Split into non-negative integer literals, operators and brackets."""
    tokens, pos, text = [], 0, text.rstrip()
    while pos < len(text):
        match = TOKEN.match(text, pos)
        if match is None:
            bad = len(text) - len(text[pos:].lstrip())
            raise ValueError(f"unexpected character {text[bad]!r} at position {bad}")
        tokens.append(match.group(1) or match.group(2))
        pos = match.end()
    return tokens


def truncating_division(a: int, b: int) -> int:
    """Integer division rounding toward zero, as in C, Java and Go."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q
# --8<-- [end:tokenize]


# --8<-- [start:evaluate]
DIVIDE = {"exact": lambda a, b: a / b,  # on Fractions: exact rational division
          "floor": lambda a, b: a // b,  # Python's // on integers
          "truncate": truncating_division}


def evaluate(text: str, division: str = "exact") -> Fraction | int:
    """Value of an expression of integers, + - * /, brackets, and unary + and -.

    Unary signs bind tighter than * and /, as in Python. Division is exact (a Fraction
    result), floor (Python's //) or truncate (toward zero). Malformed input raises
    ValueError; dividing by zero raises ZeroDivisionError.
    """
    if division not in DIVIDE:
        raise ValueError(f"division must be one of {sorted(DIVIDE)}")
    divide = DIVIDE[division]
    values: list = []
    ops: list[str] = []

    def apply(op: str) -> None:
        if op in ("neg", "pos"):
            values.append(-values.pop() if op == "neg" else values.pop())
            return
        right, left = values.pop(), values.pop()
        values.append(left + right if op == "+" else left - right if op == "-"
                      else left * right if op == "*" else divide(left, right))

    expect_operand = True  # True at the start, after an operator and after "("
    for token in tokenize(text):
        if token.isdigit() or token == "(":
            if not expect_operand:
                raise ValueError(f"missing operator before {token!r}")
            if token == "(":
                ops.append(token)
            else:
                number = int(token)
                values.append(Fraction(number) if division == "exact" else number)
                expect_operand = False
        elif token == ")":
            if expect_operand:
                raise ValueError("missing operand before ')'")
            while ops and ops[-1] != "(":
                apply(ops.pop())
            if not ops:
                raise ValueError("unmatched ')'")
            ops.pop()
        elif expect_operand:  # an operator where an operand belongs: a sign
            if token not in "+-":
                raise ValueError(f"missing operand before {token!r}")
            ops.append("neg" if token == "-" else "pos")
        else:  # a binary operator: first apply those that bind at least as tightly
            while ops and ops[-1] != "(" and PRECEDENCE[ops[-1]] >= PRECEDENCE[token]:
                apply(ops.pop())
            ops.append(token)
            expect_operand = True
    if expect_operand:
        raise ValueError("expression is empty or ends with an operator")
    while ops:
        if ops[-1] == "(":
            raise ValueError("unmatched '('")
        apply(ops.pop())
    return values[0]
# --8<-- [end:evaluate]


def main() -> None:
    examples = ("1 + 2 * 3", "(1 + 2) * 3", "2 * -3 - -4", "7 / 2", "-7 / 2",
                "-(7 / 2)")
    for text in examples:
        results = [evaluate(text, mode) for mode in DIVIDE]
        print(f"{text:12s} exact {str(results[0]):5s} floor {results[1]:3d}",
              f"truncate {results[2]:3d}")
    for text in ("2 +", "(1 + 2", "3 4", "2 ^ 3"):
        try:
            evaluate(text)
        except ValueError as error:
            print(f"{text!r}: ValueError: {error}")


if __name__ == "__main__":
    main()
