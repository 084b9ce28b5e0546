"""The allocator against a byte-map model, driven by Hypothesis stateful testing."""

from __future__ import annotations

import pytest
from hypothesis import settings, strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine, initialize, invariant, precondition, rule,
)

from snippets.coding.intervals_malloc import Allocator


class AllocatorVsByteMap(RuleBasedStateMachine):
    """The model marks each byte free (None) or owned by a block's offset."""

    @initialize(capacity=st.integers(0, 40))
    def start(self, capacity):
        self.heap = Allocator(capacity)
        self.bytes = [None] * capacity
        self.blocks: dict[int, int] = {}

    def first_fit(self, size):
        run = 0
        for i, owner in enumerate(self.bytes):
            run = run + 1 if owner is None else 0
            if run == size:
                return i - size + 1  # the lowest offset with `size` free bytes after it
        return None

    @rule(size=st.integers(1, 12))
    def malloc(self, size):
        expected = self.first_fit(size)
        offset = self.heap.malloc(size)
        assert offset == expected
        if offset is not None:
            assert all(b is None for b in self.bytes[offset:offset + size])
            self.bytes[offset:offset + size] = [offset] * size
            self.blocks[offset] = size

    @precondition(lambda self: self.blocks)
    @rule(data=st.data())
    def free(self, data):
        offset = data.draw(st.sampled_from(sorted(self.blocks)))
        self.heap.free(offset)
        size = self.blocks.pop(offset)
        self.bytes[offset:offset + size] = [None] * size

    @rule(offset=st.integers(-2, 45))
    def free_unknown_offset_fails(self, offset):
        if offset in self.blocks:
            return
        with pytest.raises(ValueError):
            self.heap.free(offset)

    @invariant()
    def allocations_match_the_model_and_never_overlap(self):
        assert self.heap.allocated == self.blocks
        owned = sorted(self.heap.allocated.items())
        for (o1, s1), (o2, _) in zip(owned, owned[1:]):
            assert o1 + s1 <= o2
        assert all(0 <= o and o + s <= self.heap.capacity for o, s in owned)

    @invariant()
    def holes_are_exactly_the_free_bytes_fully_coalesced(self):
        holes = self.heap.holes
        assert all(size > 0 for _, size in holes)
        for (o1, s1), (o2, _) in zip(holes, holes[1:]):
            assert o1 + s1 < o2  # sorted, disjoint, and not touching (else coalesce)
        free = [False] * self.heap.capacity
        for offset, size in holes:
            assert 0 <= offset and offset + size <= self.heap.capacity
            free[offset:offset + size] = [True] * size
        assert free == [b is None for b in self.bytes]
        assert self.heap.free_bytes() == self.bytes.count(None)


TestAllocator = AllocatorVsByteMap.TestCase
TestAllocator.settings = settings(max_examples=80, stateful_step_count=30)


def test_worked_example_and_edge_cases():
    heap = Allocator(16)
    a, b, c = heap.malloc(4), heap.malloc(4), heap.malloc(4)
    assert (a, b, c) == (0, 4, 8) and heap.holes == [(12, 4)]
    heap.free(b)
    assert heap.malloc(6) is None and heap.free_bytes() == 8  # fragmentation
    heap.free(a)
    assert heap.holes == [(0, 8), (12, 4)]
    assert heap.malloc(6) == 0 and heap.holes == [(6, 2), (12, 4)]
    with pytest.raises(ValueError, match="double free"):
        heap.free(b)
    with pytest.raises(ValueError):
        heap.free(7)  # inside a block but not its start
    with pytest.raises(ValueError):
        heap.malloc(0)
    assert heap.malloc(4) == 12 and heap.malloc(2) == 6 and heap.malloc(1) is None
    heap.free(c)
    heap.free(6)
    heap.free(12)
    heap.free(0)
    assert heap.holes == [(0, 16)]  # everything coalesces back into one hole
    assert Allocator(0).malloc(1) is None and Allocator(0).holes == []
