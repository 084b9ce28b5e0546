"""Designed containers: a queue made of two stacks, and a stack that knows its minimum.

Used by docs/coding/stacks-and-queues.md.
"""

from __future__ import annotations

from typing import Any


# --8<-- [start:two_stack_queue]
class TwoStackQueue:
    """First in, first out, with amortized O(1) operations on two Python lists."""

    def __init__(self) -> None:
        self._inbox: list[Any] = []  # newest on top
        self._outbox: list[Any] = []  # oldest on top

    def push(self, item: Any) -> None:
        self._inbox.append(item)

    def _refill(self) -> None:
        if not self._outbox:  # only when empty, or the order would break
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        if not self._outbox:
            raise IndexError("queue is empty")

    def pop(self) -> Any:
        """Remove and return the oldest item."""
        self._refill()
        return self._outbox.pop()

    def peek(self) -> Any:
        self._refill()
        return self._outbox[-1]

    def __len__(self) -> int:
        return len(self._inbox) + len(self._outbox)
# --8<-- [end:two_stack_queue]


# --8<-- [start:min_stack]
class MinStack:
    """A stack with push, pop, top and min, each O(1) in the worst case."""

    def __init__(self) -> None:
        self._items: list[tuple[Any, Any]] = []  # (value, minimum of the stack so far)

    def push(self, value: Any) -> None:
        smallest = min(value, self._items[-1][1]) if self._items else value
        self._items.append((value, smallest))

    def pop(self) -> Any:
        if not self._items:
            raise IndexError("pop from an empty stack")
        return self._items.pop()[0]

    def top(self) -> Any:
        if not self._items:
            raise IndexError("top of an empty stack")
        return self._items[-1][0]

    def min(self) -> Any:
        if not self._items:
            raise IndexError("min of an empty stack")
        return self._items[-1][1]

    def __len__(self) -> int:
        return len(self._items)
# --8<-- [end:min_stack]


def main() -> None:
    queue = TwoStackQueue()
    for item in (1, 2, 3):
        queue.push(item)
    first = queue.pop()
    queue.push(4)
    print("queue pops:", [first] + [queue.pop() for _ in range(len(queue))])
    stack = MinStack()
    trace = []
    for value in (5, 3, 7, 3, 1):
        stack.push(value)
        trace.append(stack.min())
    while len(stack) > 1:
        stack.pop()
        trace.append(stack.min())
    print("min after pushes 5 3 7 3 1, then pops:", trace)


if __name__ == "__main__":
    main()
