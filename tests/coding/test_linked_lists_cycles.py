"""Floyd's cycle detection agrees with a visited set and with how the list was built."""

from hypothesis import given, strategies as st

from snippets.coding.linked_lists import from_list
from snippets.coding.linked_lists_cycles import (
    cycle_start, has_cycle, has_cycle_visited, main, with_cycle,
)


@st.composite
def lists_with_entry(draw):
    items = draw(st.lists(st.integers(0, 3), max_size=25))  # repeated values on purpose
    entry = draw(st.none() | st.integers(0, max(len(items) - 1, 0))) if items else None
    return items, entry


def node_at(head, index):
    for _ in range(index):
        head = head.next
    return head


@given(lists_with_entry())
def test_cycle_start_is_the_node_the_tail_links_to(case):
    items, entry = case
    head = with_cycle(items, entry)
    start = cycle_start(head)
    if entry is None:
        assert start is None
    else:
        assert start is node_at(head, entry)  # the node itself, not just an equal value
    assert has_cycle(head) == has_cycle_visited(head) == (entry is not None)


def test_edge_cases():
    assert cycle_start(None) is None and not has_cycle(None)
    single = from_list([1])
    assert not has_cycle(single)
    single.next = single  # a self-loop
    assert cycle_start(single) is single and has_cycle_visited(single)


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "[3, 2, 0, -4], tail -> index 1: cycle True (visited set: True), entry value 2",
        "[1, 2], tail -> index 0: cycle True (visited set: True), entry value 1",
        "[1, 2, 3], tail -> index None: cycle False (visited set: False), entry value None",
        "[7], tail -> index 0: cycle True (visited set: True), entry value 7",
    ]
