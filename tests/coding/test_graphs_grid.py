"""Islands against scipy.ndimage.label, rotting oranges against a minute-by-minute
simulation, word ladder against BFS over an explicitly built word graph."""

from __future__ import annotations

from collections import deque

import numpy as np
from hypothesis import given, strategies as st
from scipy import ndimage

from snippets.coding.graphs_grid import count_islands, ladder_length, minutes_to_rot


@st.composite
def grids(draw, symbols):
    rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    return [draw(st.lists(st.sampled_from(symbols), min_size=cols, max_size=cols))
            for _ in range(rows)]


@given(grids("01"))
def test_islands_match_scipy_label(cells):
    grid = ["".join(row) for row in cells]
    _, count = ndimage.label(np.array(cells) == "1")  # default structure: 4-connectivity
    assert count_islands(grid) == count


def simulate(grid):
    grid = [row[:] for row in grid]
    minutes = 0
    while True:
        rotten = [(r, c) for r, row in enumerate(grid) for c, x in enumerate(row) if x == 2]
        new = {(r + dr, c + dc) for r, c in rotten for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
               if 0 <= r + dr < len(grid) and 0 <= c + dc < len(grid[0])
               and grid[r + dr][c + dc] == 1}
        if not new:
            return -1 if any(1 in row for row in grid) else minutes
        for r, c in new:
            grid[r][c] = 2
        minutes += 1


@given(grids([0, 1, 2]))
def test_rotting_oranges_matches_simulation(grid):
    assert minutes_to_rot(grid) == simulate(grid)


def brute_ladder(begin, end, words):
    nodes = list(dict.fromkeys([begin, *words]))
    adjacent = lambda a, b: len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
    dist, queue = {begin: 1}, deque([begin])
    while queue:
        a = queue.popleft()
        for b in nodes:
            if b in words and b not in dist and adjacent(a, b):
                dist[b] = dist[a] + 1
                queue.append(b)
    return dist.get(end, 0) if end in words else 0


@given(st.text("ab", min_size=3, max_size=3), st.text("ab", min_size=3, max_size=3),
       st.lists(st.text("abc", min_size=3, max_size=3), max_size=10))
def test_word_ladder_matches_bfs_over_all_pairs(begin, end, words):
    assert ladder_length(begin, end, words) == brute_ladder(begin, end, words)


def test_worked_examples_and_edge_cases():
    assert count_islands(["11000", "11000", "00100", "00011"]) == 3
    assert count_islands([]) == 0 and count_islands(["0"]) == 0
    assert count_islands(["101", "010", "101"]) == 5  # diagonal cells are not joined
    assert minutes_to_rot([[2, 1, 1], [1, 1, 0], [0, 1, 1]]) == 4
    assert minutes_to_rot([[2, 1, 1], [0, 1, 1], [1, 0, 1]]) == -1
    assert minutes_to_rot([[0, 2]]) == 0 and minutes_to_rot([[0]]) == 0
    assert minutes_to_rot([[1]]) == -1
    words = ["hot", "dot", "dog", "lot", "log", "cog"]
    assert ladder_length("hit", "cog", words) == 5
    assert ladder_length("hit", "cog", words[:-1]) == 0
    assert ladder_length("hot", "hot", ["hot"]) == 1
