"""Singly linked lists: build, reverse, middle node, merge, remove n-th from the end.

Used by docs/coding/linked-lists.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


# --8<-- [start:node]
@dataclass(eq=False, repr=False, slots=True)
class ListNode:
    """One node. eq=False: nodes compare by identity, not by walking the whole list."""

    val: Any
    next: ListNode | None = None


def from_list(values: Iterable[Any]) -> ListNode | None:
    """Build a list from Python values; returns the head, or None when empty."""
    dummy = tail = ListNode(None)
    for value in values:
        tail.next = ListNode(value)
        tail = tail.next
    return dummy.next


def to_list(head: ListNode | None) -> list[Any]:
    """The values from head to the end (the list must not have a cycle)."""
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out
# --8<-- [end:node]


# --8<-- [start:reverse]
def reverse(head: ListNode | None) -> ListNode | None:
    """Reverse in place by turning each pointer around; returns the new head."""
    previous = None
    while head is not None:
        head.next, previous, head = previous, head, head.next  # right side first
    return previous


def reverse_recursive(head: ListNode | None) -> ListNode | None:
    """Recursively: reverse the rest, then hang head after its old successor."""
    if head is None or head.next is None:
        return head
    new_head = reverse_recursive(head.next)
    head.next.next = head  # head.next is now the tail of the reversed rest
    head.next = None
    return new_head
# --8<-- [end:reverse]


# --8<-- [start:middle]
def middle(head: ListNode | None) -> ListNode | None:
    """The middle node; of two middles (even length), the second."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next  # fast moves twice as far
    return slow
# --8<-- [end:middle]


# --8<-- [start:merge]
def merge_two(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    """Splice two ascending lists into one, reusing their nodes; stable (a first)."""
    dummy = tail = ListNode(None)
    while a is not None and b is not None:
        if b.val < a.val:
            tail.next, b = b, b.next
        else:
            tail.next, a = a, a.next
        tail = tail.next
    tail.next = a if a is not None else b  # attach whatever is left
    return dummy.next
# --8<-- [end:merge]


# --8<-- [start:remove_nth]
def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    """Unlink the n-th node from the end (n = 1 is the last) in one pass."""
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    dummy = ListNode(None, head)  # lets the head itself be removed like any node
    lead = trail = dummy
    for _ in range(n):
        lead = lead.next
        if lead is None:
            raise ValueError(f"the list has fewer than {n} nodes")
    while lead.next is not None:  # keep a gap of n nodes between trail and lead
        lead, trail = lead.next, trail.next
    trail.next = trail.next.next
    return dummy.next
# --8<-- [end:remove_nth]


def main() -> None:
    print("reverse:", to_list(reverse(from_list([1, 2, 3, 4, 5]))),
          to_list(reverse_recursive(from_list("abc"))))
    print("middle:", middle(from_list([1, 2, 3, 4, 5])).val,
          middle(from_list([1, 2, 3, 4, 5, 6])).val)
    print("merge:", to_list(merge_two(from_list([1, 4, 6]), from_list([2, 3, 7, 8]))))
    print("remove 2nd from end:",
          to_list(remove_nth_from_end(from_list([1, 2, 3, 4]), 2)))


if __name__ == "__main__":
    main()
