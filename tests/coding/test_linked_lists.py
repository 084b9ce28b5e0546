"""Linked-list operations agree with the same operations on Python lists."""

import sys

import pytest
from hypothesis import given, strategies as st

from snippets.coding.linked_lists import (
    ListNode, from_list, main, merge_two, middle, remove_nth_from_end, reverse,
    reverse_recursive, to_list,
)

values = st.lists(st.integers(-9, 9), max_size=30)


def nodes_of(head):
    out = []
    while head is not None:
        out.append(head)
        head = head.next
    return out


@given(values)
def test_round_trip(items):
    assert to_list(from_list(items)) == items


@given(values)
def test_reverse_matches_reversed_list_and_reuses_the_nodes(items):
    for rev in (reverse, reverse_recursive):
        head = from_list(items)
        original = nodes_of(head)
        new_head = rev(head)
        assert to_list(new_head) == items[::-1]
        assert nodes_of(new_head) == original[::-1]  # the same node objects, relinked


@given(values)
def test_middle_matches_index_len_over_2(items):
    node = middle(from_list(items))
    assert (node is None) if not items else (node.val == items[len(items) // 2])


@given(values.map(sorted), values.map(sorted))
def test_merge_matches_sorted_and_is_stable(a, b):
    tagged_a = [(x, "a") for x in a]
    tagged_b = [(x, "b") for x in b]
    merged = merge_two(from_list([Tag(t) for t in tagged_a]), from_list([Tag(t) for t in tagged_b]))
    assert [t.pair for t in to_list(merged)] == sorted(tagged_a + tagged_b)  # "a" < "b"
    assert to_list(merge_two(from_list(a), from_list(b))) == sorted(a + b)


class Tag:
    """Compares by value only, so ties show which list a node came from."""

    def __init__(self, pair):
        self.pair = pair

    def __lt__(self, other):
        return self.pair[0] < other.pair[0]


@given(st.lists(st.integers(), min_size=1, max_size=20), st.data())
def test_remove_nth_from_end_matches_del(items, data):
    n = data.draw(st.integers(1, len(items)))
    expected = items[:len(items) - n] + items[len(items) - n + 1:]
    assert to_list(remove_nth_from_end(from_list(items), n)) == expected


def test_edge_cases():
    assert from_list([]) is None and to_list(None) == []
    assert reverse(None) is None and reverse_recursive(None) is None
    assert middle(None) is None and merge_two(None, None) is None
    assert remove_nth_from_end(from_list([1]), 1) is None  # removing the only node
    assert to_list(remove_nth_from_end(from_list([1, 2]), 2)) == [2]  # removing the head
    for n in (0, 3):
        with pytest.raises(ValueError):
            remove_nth_from_end(from_list([1, 2]), n)


def test_nodes_compare_by_identity():
    a, b = ListNode(1), ListNode(1)
    assert a != b and a == a and len({a, b}) == 2


def test_iterative_reverse_has_no_depth_limit():
    n = 2 * sys.getrecursionlimit()
    assert to_list(reverse(from_list(range(n)))) == list(range(n - 1, -1, -1))
    with pytest.raises(RecursionError):
        reverse_recursive(from_list(range(n)))


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "reverse: [5, 4, 3, 2, 1] ['c', 'b', 'a']",
        "middle: 3 4",
        "merge: [1, 2, 3, 4, 6, 7, 8]",
        "remove 2nd from end: [1, 2, 4]",
    ]
