"""Cycle detection in a linked list: a visited set, and Floyd's tortoise and hare.

Used by docs/coding/linked-lists.md.
"""

from __future__ import annotations

from snippets.coding.linked_lists import ListNode, from_list


# --8<-- [start:cycle]
def has_cycle_visited(head: ListNode | None) -> bool:
    """Remember every node seen: O(n) time and O(n) memory."""
    seen = set()  # ListNode hashes by identity (eq=False)
    while head is not None:
        if head in seen:
            return True
        seen.add(head)
        head = head.next
    return False


def cycle_start(head: ListNode | None) -> ListNode | None:
    """Floyd: the first node of the cycle, or None; O(n) time and O(1) memory."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:  # they meet inside the cycle
            slow = head  # restart one pointer; at equal speed they meet at the entry
            while slow is not fast:
                slow, fast = slow.next, fast.next
            return slow
    return None


def has_cycle(head: ListNode | None) -> bool:
    return cycle_start(head) is not None
# --8<-- [end:cycle]


def with_cycle(values: list, entry: int | None) -> ListNode | None:
    """A list of `values` whose last node links back to index `entry` (None: none)."""
    head = from_list(values)
    if head is None or entry is None:
        return head
    nodes, node = [], head
    while node is not None:
        nodes.append(node)
        node = node.next
    nodes[-1].next = nodes[entry]
    return head


def main() -> None:
    for values, entry in (([3, 2, 0, -4], 1), ([1, 2], 0), ([1, 2, 3], None), ([7], 0)):
        head = with_cycle(values, entry)
        start = cycle_start(head)
        print(f"{values}, tail -> index {entry}: cycle {has_cycle(head)}",
              f"(visited set: {has_cycle_visited(head)}),",
              f"entry value {None if start is None else start.val}")


if __name__ == "__main__":
    main()
