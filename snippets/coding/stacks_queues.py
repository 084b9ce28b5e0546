"""Stacks and monotonic stacks: brackets, next warmer day, largest histogram rectangle.

Used by docs/coding/stacks-and-queues.md.
"""

from __future__ import annotations

from collections.abc import Sequence

PAIRS = {")": "(", "]": "[", "}": "{"}


# --8<-- [start:parentheses]
def valid_brackets(text: str) -> bool:
    """Whether every bracket in `text` is closed by the matching kind, in nesting order.

    Characters other than ()[]{} are ignored.
    """
    stack = []
    for char in text:
        if char in "([{":
            stack.append(char)
        elif char in PAIRS:
            if not stack or stack.pop() != PAIRS[char]:
                return False  # a closer with no opener, or the wrong kind
    return not stack  # every opener must have been closed
# --8<-- [end:parentheses]


# --8<-- [start:daily_temperatures]
def days_until_warmer(temps: Sequence[int]) -> list[int]:
    """For each day, how many days until a strictly warmer one; 0 if none comes."""
    wait = [0] * len(temps)
    stack: list[int] = []  # days still waiting, their temperatures non-increasing
    for day, temp in enumerate(temps):
        while stack and temps[stack[-1]] < temp:
            earlier = stack.pop()  # today is the first day warmer than `earlier`
            wait[earlier] = day - earlier
        stack.append(day)
    return wait


def days_until_warmer_scan(temps: Sequence[int]) -> list[int]:
    """The O(n^2) version: scan forward from every day."""
    return [next((later - day for later in range(day + 1, len(temps))
                  if temps[later] > temps[day]), 0) for day in range(len(temps))]
# --8<-- [end:daily_temperatures]


# --8<-- [start:histogram]
def largest_rectangle(heights: Sequence[int]) -> int:
    """Largest area of a rectangle made of adjacent bars of width 1."""
    best, stack = 0, []  # indices of bars with increasing heights
    for i in range(len(heights) + 1):
        h = heights[i] if i < len(heights) else 0  # a final 0 flushes the stack
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()  # bar i is the first to its right that is lower
            left = stack[-1] + 1 if stack else 0  # bars left.. are >= heights[top]
            best = max(best, heights[top] * (i - left))
        stack.append(i)
    return best
# --8<-- [end:histogram]


def main() -> None:
    for text in ("([]{()})", "([)]", "((", "f(a[1]) + {b}"):
        print(f"valid_brackets({text!r}) = {valid_brackets(text)}")
    temps = [73, 74, 75, 71, 69, 72, 76, 73]
    print(f"days_until_warmer({temps}) = {days_until_warmer(temps)}")
    for heights in ([2, 1, 5, 6, 2, 3], [2, 4], [3, 3, 3]):
        print(f"largest_rectangle({heights}) = {largest_rectangle(heights)}")


if __name__ == "__main__":
    main()
