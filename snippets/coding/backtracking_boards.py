"""Backtracking on boards: counting N-queens placements and searching a word in a grid.

Used by docs/coding/backtracking.md.
"""

from __future__ import annotations

from itertools import permutations


# --8<-- [start:n_queens]
def n_queens(n: int) -> int:
    """Number of ways to place n non-attacking queens on an n x n board."""
    cols: set[int] = set()
    diagonals: set[int] = set()  # row - col is constant along a diagonal
    anti_diagonals: set[int] = set()  # row + col is constant along an anti-diagonal

    def place(row: int) -> int:
        if row == n:
            return 1
        found = 0
        for col in range(n):
            if col in cols or row - col in diagonals or row + col in anti_diagonals:
                continue  # prune: this square is attacked
            cols.add(col)
            diagonals.add(row - col)
            anti_diagonals.add(row + col)
            found += place(row + 1)
            cols.remove(col)
            diagonals.remove(row - col)
            anti_diagonals.remove(row + col)
        return found

    return place(0)
# --8<-- [end:n_queens]


# --8<-- [start:n_queens_brute_force]
def n_queens_brute_force(n: int) -> int:
    """Check all n! permutations (queen of row r in column perm[r]) for diagonals."""
    count = 0
    for perm in permutations(range(n)):
        if (len({r - c for r, c in enumerate(perm)}) == n
                and len({r + c for r, c in enumerate(perm)}) == n):
            count += 1
    return count
# --8<-- [end:n_queens_brute_force]


# --8<-- [start:word_search]
def word_search(board: list[list[str]], word: str) -> bool:
    """Whether a path of edge-adjacent cells, each used once at most, spells `word`."""
    rows, cols = len(board), len(board[0]) if board else 0
    if not word:
        return True
    if len(word) > rows * cols:
        return False

    def walk(r: int, c: int, i: int) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        board[r][c] = "#"  # mark as used on the current path
        try:
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and walk(nr, nc, i + 1):
                    return True
            return False
        finally:
            board[r][c] = word[i]  # restore the cell on the way back

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
# --8<-- [end:word_search]


def main() -> None:
    print("n :", " ".join(f"{n:>3}" for n in range(1, 11)))
    print("Q :", " ".join(f"{n_queens(n):>3}" for n in range(1, 11)))
    board = [list("ABCE"), list("SFCS"), list("ADEE")]
    for word in ("ABCCED", "SEE", "ABCB"):
        print(f"word_search(board, {word!r}) = {word_search(board, word)}")


if __name__ == "__main__":
    main()
