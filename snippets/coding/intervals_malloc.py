"""malloc and free over a fixed block of memory: a first-fit allocator with coalescing.

Used by docs/coding/intervals.md.
"""

from __future__ import annotations

import bisect


# --8<-- [start:allocator]
class Allocator:
    """Manages offsets 0..capacity-1 of one memory block. Free space is a list of
    disjoint (offset, size) holes sorted by offset, with no two holes adjacent;
    allocations are a dict from offset to size."""

    def __init__(self, capacity: int) -> None:
        if capacity < 0:
            raise ValueError("capacity must be non-negative")
        self.capacity = capacity
        self.holes: list[tuple[int, int]] = [(0, capacity)] if capacity else []
        self.allocated: dict[int, int] = {}

    def malloc(self, size: int) -> int | None:
        """First fit: carve `size` bytes from the front of the lowest hole that is large
        enough. Returns the offset, or None if no hole fits. O(number of holes)."""
        if size <= 0:
            raise ValueError(f"size must be positive, got {size}")
        for i, (offset, hole) in enumerate(self.holes):
            if hole >= size:
                if hole == size:
                    del self.holes[i]  # exact fit: the hole disappears
                else:
                    self.holes[i] = (offset + size, hole - size)
                self.allocated[offset] = size
                return offset
        return None  # enough free bytes in total may still not be contiguous

    def free(self, offset: int) -> None:
        """Return the block at `offset` and merge it with the holes on either side."""
        if offset not in self.allocated:
            raise ValueError(f"offset {offset} is not an allocated block "
                             "(double free or never allocated)")
        size = self.allocated.pop(offset)
        i = bisect.bisect_left(self.holes, (offset, 0))  # first hole after the block
        start, end = offset, offset + size
        if i < len(self.holes) and self.holes[i][0] == end:  # the next hole touches us
            end += self.holes.pop(i)[1]
        if i > 0 and sum(self.holes[i - 1]) == start:  # so does the previous one
            start = self.holes.pop(i - 1)[0]
            i -= 1
        self.holes.insert(i, (start, end - start))

    def free_bytes(self) -> int:
        return sum(size for _, size in self.holes)
# --8<-- [end:allocator]


def main() -> None:
    heap = Allocator(16)
    a, b, c = heap.malloc(4), heap.malloc(4), heap.malloc(4)
    print("a, b, c at", a, b, c, "   holes:", heap.holes)
    heap.free(b)
    print("free(b)          holes:", heap.holes)
    print(f"malloc(6) -> {heap.malloc(6)}   "
          f"({heap.free_bytes()} bytes free, not contiguous)")
    heap.free(a)
    print("free(a)          holes:", heap.holes, "  (a's and b's bytes coalesced)")
    print("malloc(6) ->", heap.malloc(6), "   holes:", heap.holes)
    try:
        heap.free(b)
    except ValueError as error:
        print("free(b) again:", error)


if __name__ == "__main__":
    main()
