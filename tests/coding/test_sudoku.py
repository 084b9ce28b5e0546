"""The Sudoku solver on puzzles made by blanking cells of seeded valid grids."""

import numpy as np
from hypothesis import given, settings, strategies as st

from snippets.coding.sudoku import (
    SEED, blank_cells, count_solutions, is_valid_completion, random_full_grid, solve,
    solutions, unique_puzzle,
)


@given(st.integers(0, 10**6))
def test_generated_grids_are_valid(seed):
    full = random_full_grid(np.random.default_rng(seed))
    assert is_valid_completion(full, full)


def blanked_puzzle(seed, n_blanks):
    rng = np.random.default_rng(seed)
    return blank_cells(random_full_grid(rng), rng, n_blanks)


@settings(max_examples=30)
@given(st.integers(0, 10**6), st.integers(0, 60))
def test_solution_is_a_valid_completion_of_the_givens(seed, n_blanks):
    puzzle = blanked_puzzle(seed, n_blanks)
    solution = solve(puzzle)
    assert solution is not None  # the blanked grid itself is one completion
    assert is_valid_completion(solution, puzzle)


@settings(max_examples=30)
@given(st.integers(0, 10**6), st.integers(0, 50))
def test_search_order_does_not_change_the_set_of_solutions(seed, n_blanks):
    puzzle = blanked_puzzle(seed, n_blanks)
    both = [sorted(map(str, solutions(puzzle, mrv=mrv))) for mrv in (True, False)]
    assert both[0] == both[1]


def test_the_page_puzzle_has_a_unique_solution_equal_to_its_source_grid():
    rng = np.random.default_rng(SEED)
    full = random_full_grid(rng)
    puzzle = unique_puzzle(full, rng)
    assert sum(d != 0 for row in puzzle for d in row) == 27
    assert count_solutions(puzzle, limit=10) == 1
    assert solve(puzzle) == full
    nodes = {}
    for mrv in (True, False):
        stats = [0]
        next(solutions(puzzle, mrv=mrv, stats=stats))
        nodes[mrv] = stats[0]
    assert nodes == {True: 106, False: 50670}


def test_checker_rejects_broken_or_unfaithful_grids():
    full = random_full_grid(np.random.default_rng(1))
    swapped = [row.copy() for row in full]
    swapped[0][0], swapped[0][1] = swapped[0][1], swapped[0][0]  # breaks two columns
    assert not is_valid_completion(swapped, swapped)
    givens = [[0] * 9 for _ in range(9)]
    givens[4][4] = full[4][4] % 9 + 1
    assert not is_valid_completion(full, givens)


def test_contradictory_givens_and_empty_grid():
    clash = [[0] * 9 for _ in range(9)]
    clash[0][0] = clash[0][8] = 5
    assert solve(clash) is None and count_solutions(clash) == 0
    empty = [[0] * 9 for _ in range(9)]
    assert is_valid_completion(solve(empty), empty)
    assert count_solutions(empty) == 2  # capped at the limit


def test_a_cell_without_candidates_means_no_solution_though_no_givens_clash():
    puzzle = [[0] * 9 for _ in range(9)]
    puzzle[0][1:] = [1, 2, 3, 4, 5, 6, 7, 8]  # cell (0, 0) can only be 9 ...
    puzzle[1][0] = 9  # ... but column 0 already has a 9
    assert solve(puzzle) is None and count_solutions(puzzle) == 0
