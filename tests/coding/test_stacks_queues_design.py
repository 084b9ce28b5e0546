"""The two-stack queue and the min-stack agree with deque and list references."""

from collections import deque

import pytest
from hypothesis import given, strategies as st

from snippets.coding.stacks_queues_design import MinStack, TwoStackQueue, main

operations = st.lists(st.one_of(st.tuples(st.just("push"), st.integers(-9, 9)),
                                st.tuples(st.just("pop"), st.none())), max_size=40)


@given(operations)
def test_two_stack_queue_matches_deque(ops):
    queue, reference = TwoStackQueue(), deque()
    for op, value in ops:
        if op == "push":
            queue.push(value)
            reference.append(value)
        elif reference:
            assert queue.peek() == reference[0]
            assert queue.pop() == reference.popleft()
        else:
            with pytest.raises(IndexError):
                queue.pop()
        assert len(queue) == len(reference)


@given(operations)
def test_min_stack_matches_min_of_a_list(ops):
    stack, reference = MinStack(), []
    for op, value in ops:
        if op == "push":
            stack.push(value)
            reference.append(value)
        elif reference:
            assert stack.pop() == reference.pop()
        else:
            with pytest.raises(IndexError):
                stack.pop()
        assert len(stack) == len(reference)
        if reference:
            assert stack.min() == min(reference) and stack.top() == reference[-1]


def test_each_item_moves_between_the_stacks_once():
    queue = TwoStackQueue()
    for i in range(100):
        queue.push(i)
    assert queue.pop() == 0  # moves all 100 items to the outbox once
    queue.push(100)
    assert len(queue._outbox) == 99 and queue._inbox == [100]
    assert [queue.pop() for _ in range(100)] == list(range(1, 101))


def test_empty_containers_raise():
    for call in (TwoStackQueue().peek, MinStack().top, MinStack().min):
        with pytest.raises(IndexError):
            call()


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "queue pops: [1, 2, 3, 4]",
        "min after pushes 5 3 7 3 1, then pops: [5, 3, 3, 3, 1, 3, 3, 3, 5]",
    ]
