"""Implicit graphs: number of islands, rotting oranges (multi-source BFS), word ladder.

Used by docs/coding/graphs.md.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def neighbours(r: int, c: int, rows: int, cols: int) -> Iterator[tuple[int, int]]:
    for dr, dc in STEPS:
        if 0 <= r + dr < rows and 0 <= c + dc < cols:
            yield r + dr, c + dc


# --8<-- [start:islands]
def count_islands(grid: list[str]) -> int:
    """Groups of '1' cells joined horizontally or vertically. Each unseen land cell
    starts a flood fill (an explicit stack) that marks its whole island. O(R C)."""
    rows, cols = len(grid), len(grid[0]) if grid else 0
    seen: set[tuple[int, int]] = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in seen:
                continue
            islands += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                cell = stack.pop()
                for nr, nc in neighbours(*cell, rows, cols):
                    if grid[nr][nc] == "1" and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
    return islands
# --8<-- [end:islands]


# --8<-- [start:oranges]
def minutes_to_rot(grid: list[list[int]]) -> int:
    """0 empty, 1 fresh, 2 rotten; each minute rot spreads to adjacent fresh oranges.
    Minutes until none is fresh, or -1 if some never rot. Multi-source BFS: every rotten
    orange starts in the queue at distance 0. O(R C)."""
    rows, cols = len(grid), len(grid[0]) if grid else 0
    minute = {(r, c): 0 for r in range(rows) for c in range(cols) if grid[r][c] == 2}
    fresh = sum(row.count(1) for row in grid)
    queue = deque(minute)
    while queue:
        cell = queue.popleft()
        for nr, nc in neighbours(*cell, rows, cols):
            if grid[nr][nc] == 1 and (nr, nc) not in minute:
                minute[nr, nc] = minute[cell] + 1
                fresh -= 1
                queue.append((nr, nc))
    return -1 if fresh else max(minute.values(), default=0)
# --8<-- [end:oranges]


# --8<-- [start:ladder]
def ladder_length(begin: str, end: str, words: list[str]) -> int:
    """Fewest words in a chain begin -> end where neighbours differ in one letter and
    every word after `begin` is in the list; 0 if impossible. BFS over words, with
    neighbours found through wildcard patterns ('h*t' links hot, hit, hat)."""
    if end not in words:
        return 0
    by_pattern: dict[str, list[str]] = {}
    for word in {*words, begin}:
        for i in range(len(word)):
            by_pattern.setdefault(word[:i] + "*" + word[i + 1:], []).append(word)
    length = {begin: 1}
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        if word == end:
            return length[word]
        for i in range(len(word)):
            pattern = word[:i] + "*" + word[i + 1:]
            for nxt in by_pattern.pop(pattern, []):  # expand each pattern once
                if nxt not in length:
                    length[nxt] = length[word] + 1
                    queue.append(nxt)
    return 0
# --8<-- [end:ladder]


def main() -> None:
    print("islands:", count_islands(["11000", "11000", "00100", "00011"]))
    print("minutes to rot:", minutes_to_rot([[2, 1, 1], [1, 1, 0], [0, 1, 1]]),
          " unreachable:", minutes_to_rot([[2, 1, 1], [0, 1, 1], [1, 0, 1]]))
    words = ["hot", "dot", "dog", "lot", "log", "cog"]
    print("ladder hit -> cog:", ladder_length("hit", "cog", words),
          " without cog:", ladder_length("hit", "cog", words[:-1]))


if __name__ == "__main__":
    main()
