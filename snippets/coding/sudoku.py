"""A Sudoku solver: backtracking over candidate sets, most constrained cell first.

Used by docs/coding/backtracking.md.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

SEED = 7
Grid = list[list[int]]  # 9 x 9, 0 marks a blank cell
DIGITS = frozenset(range(1, 10))


# --8<-- [start:solver]
def box_of(r: int, c: int) -> int:
    return 3 * (r // 3) + c // 3


def solutions(grid: Grid, mrv: bool = True,
              stats: list[int] | None = None) -> Iterator[Grid]:
    """Yield every completion of `grid`. With `mrv` the cell with the fewest candidates
    is filled first; `stats[0]` counts the search nodes."""
    g = [row.copy() for row in grid]
    rows = [set() for _ in range(9)]
    cols = [set() for _ in range(9)]
    boxes = [set() for _ in range(9)]
    blanks = []

    def candidates(r: int, c: int) -> set[int]:
        return DIGITS - rows[r] - cols[c] - boxes[box_of(r, c)]

    def mark(r: int, c: int, d: int, used: bool) -> None:
        for unit in (rows[r], cols[c], boxes[box_of(r, c)]):
            unit.add(d) if used else unit.remove(d)

    for r in range(9):
        for c in range(9):
            if (d := g[r][c]) == 0:
                blanks.append((r, c))
            elif d not in candidates(r, c):
                return  # the givens already clash: no solution
            else:
                mark(r, c, d, True)
    blanks.reverse()  # pop() from the end then takes the cells in row-major order

    def search() -> Iterator[Grid]:
        if stats is not None:
            stats[0] += 1  # count search-tree nodes
        if not blanks:
            yield [row.copy() for row in g]
            return
        pick = (min(range(len(blanks)), key=lambda i: len(candidates(*blanks[i])))
                if mrv else len(blanks) - 1)
        blanks[pick], blanks[-1] = blanks[-1], blanks[pick]
        r, c = blanks.pop()
        for d in sorted(candidates(r, c)):  # an empty set is a dead end: backtrack
            g[r][c] = d
            mark(r, c, d, True)
            yield from search()
            mark(r, c, d, False)
        g[r][c] = 0
        blanks.append((r, c))
        blanks[pick], blanks[-1] = blanks[-1], blanks[pick]  # restore the order

    yield from search()


def solve(grid: Grid) -> Grid | None:
    """One completion of `grid`, or None if it has none."""
    return next(solutions(grid), None)


def count_solutions(grid: Grid, limit: int = 2) -> int:
    """Number of completions, counting no further than `limit` (2 answers 'unique?')."""
    found = 0
    for _ in solutions(grid):
        found += 1
        if found == limit:
            break
    return found
# --8<-- [end:solver]


# --8<-- [start:check]
def is_valid_completion(solution: Grid, givens: Grid) -> bool:
    """Every row, column and box holds 1..9 once, and every given digit is kept."""
    units = [[(r, c) for c in range(9)] for r in range(9)]
    units += [[(r, c) for r in range(9)] for c in range(9)]
    units += [[(3 * (b // 3) + i // 3, 3 * (b % 3) + i % 3) for i in range(9)]
              for b in range(9)]
    if any({solution[r][c] for r, c in unit} != DIGITS for unit in units):
        return False
    return all(givens[r][c] in (0, solution[r][c]) for r in range(9) for c in range(9))
# --8<-- [end:check]


# --8<-- [start:generate]
def random_full_grid(rng: np.random.Generator) -> Grid:
    """A valid solved grid: a shifted base pattern, digits, rows, columns shuffled."""
    def lines() -> list[int]:  # shuffle the bands, and the three lines inside each band
        return [3 * band + i for band in rng.permutation(3) for i in rng.permutation(3)]

    digits = [int(d) for d in rng.permutation(9) + 1]
    row_order, col_order = lines(), lines()
    return [[digits[(3 * (r % 3) + r // 3 + c) % 9] for c in col_order]
            for r in row_order]


def blank_cells(full: Grid, rng: np.random.Generator, n_blanks: int) -> Grid:
    """`full` with `n_blanks` random cells set to 0 (uniqueness not guaranteed)."""
    puzzle = [row.copy() for row in full]
    for cell in rng.choice(81, size=n_blanks, replace=False):
        puzzle[cell // 9][cell % 9] = 0
    return puzzle


def unique_puzzle(full: Grid, rng: np.random.Generator, max_blanks: int = 55) -> Grid:
    """Blank cells in random order; keep a blank only if the solution stays unique."""
    puzzle = [row.copy() for row in full]
    blanked = 0
    for cell in rng.permutation(81):
        r, c = divmod(int(cell), 9)
        keep, puzzle[r][c] = puzzle[r][c], 0
        if count_solutions(puzzle) != 1:
            puzzle[r][c] = keep  # that blank would allow a second solution
        elif (blanked := blanked + 1) == max_blanks:
            break
    return puzzle
# --8<-- [end:generate]


def show(grid: Grid) -> str:
    return "\n".join(" ".join(str(d) if d else "." for d in row) for row in grid)


def main() -> None:
    rng = np.random.default_rng(SEED)
    full = random_full_grid(rng)
    puzzle = unique_puzzle(full, rng)
    givens = sum(d != 0 for row in puzzle for d in row)
    print(f"puzzle ({givens} givens, {count_solutions(puzzle)} solution):")
    print(show(puzzle))
    solution = solve(puzzle)
    print("solution:")
    print(show(solution))
    print("valid completion of the givens:", is_valid_completion(solution, puzzle))
    print("equals the generated grid:", solution == full)
    for mrv in (True, False):
        nodes = [0]
        next(solutions(puzzle, mrv=mrv, stats=nodes))
        order = "fewest candidates first" if mrv else "row-major order"
        print(f"search nodes, {order}: {nodes[0]}")


if __name__ == "__main__":
    main()
