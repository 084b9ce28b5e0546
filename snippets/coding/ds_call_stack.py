"""Recursion depth, the call stack, and recursion rewritten with an explicit stack.

Used by docs/coding/data-structures.md.
"""

from __future__ import annotations

import sys

Nested = int | list["Nested"]


# --8<-- [start:depth]
def depth_recursive(item: Nested) -> int:
    """Nesting depth of a nested list (an int has depth 0): one call frame per level."""
    if not isinstance(item, list):
        return 0
    return 1 + max((depth_recursive(child) for child in item), default=0)


def depth_iterative(item: Nested) -> int:
    """The same depth with an explicit stack of (item, level) pairs on the heap."""
    deepest, stack = 0, [(item, 0)]
    while stack:
        current, level = stack.pop()
        if isinstance(current, list):
            deepest = max(deepest, level + 1)
            stack.extend((child, level + 1) for child in current)
    return deepest
# --8<-- [end:depth]


# --8<-- [start:tail]
def total_tail_recursive(n: int, acc: int = 0) -> int:
    """1 + ... + n written tail-recursively; CPython still pushes a frame per call."""
    if n == 0:
        return acc
    return total_tail_recursive(n - 1, acc + n)


def total_loop(n: int) -> int:
    """What a tail-call-optimizing compiler would turn the function above into."""
    acc = 0
    while n > 0:
        n, acc = n - 1, acc + n
    return acc
# --8<-- [end:tail]


def nested(depth: int) -> Nested:
    """[[...[7]...]] with `depth` levels of lists, built without recursion."""
    item: Nested = 7
    for _ in range(depth):
        item = [item]
    return item


def fails_with_recursion_error(call) -> bool:
    """True if call() raises RecursionError."""
    try:
        call()
    except RecursionError:
        return True
    return False


def main() -> None:
    print("recursion limit:", sys.getrecursionlimit())
    sample = [1, [2, [3, 4]], [[5]], []]
    print("depth of", sample, "=", depth_recursive(sample), depth_iterative(sample))
    deep = nested(10_000)
    print("depth 10000, recursive fails:", fails_with_recursion_error(
        lambda: depth_recursive(deep)), "| iterative:", depth_iterative(deep))
    print("tail-recursive sum to 100:", total_tail_recursive(100))
    print("tail-recursive sum to 10000 fails:", fails_with_recursion_error(
        lambda: total_tail_recursive(10_000)), "| loop:", total_loop(10_000))


if __name__ == "__main__":
    main()
