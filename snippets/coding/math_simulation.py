"""Matrix simulations: spiral order, rotation in place, a Game of Life step.

Used by docs/coding/math-and-simulation.md.
"""

from __future__ import annotations

Matrix = list[list[int]]


# --8<-- [start:spiral]
def spiral_order(matrix: Matrix) -> list[int]:
    """Elements clockwise from the top-left, peeling one ring at a time."""
    out: list[int] = []
    if not matrix or not matrix[0]:
        return out
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        out += [matrix[top][c] for c in range(left, right + 1)]
        out += [matrix[r][right] for r in range(top + 1, bottom + 1)]
        if top < bottom and left < right:  # a ring of one row or column has no way back
            out += [matrix[bottom][c] for c in range(right - 1, left - 1, -1)]
            out += [matrix[r][left] for r in range(bottom - 1, top, -1)]
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
# --8<-- [end:spiral]


# --8<-- [start:rotate]
def rotate_clockwise(matrix: Matrix) -> None:
    """Turn a square matrix 90 degrees clockwise in place: transpose, mirror rows."""
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
# --8<-- [end:rotate]


# --8<-- [start:life]
def life_step(board: Matrix, wrap: bool = False) -> None:
    """One Game of Life generation in place, O(1) extra memory.

    Bit 0 of a cell is its state now, bit 1 its next state. Off the edge cells are dead,
    or, with wrap=True, the board is a torus."""
    rows, cols = len(board), len(board[0]) if board else 0
    for r in range(rows):
        for c in range(cols):
            live = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        nr, nc = r + dr, c + dc
                        if wrap:
                            nr, nc = nr % rows, nc % cols
                        if 0 <= nr < rows and 0 <= nc < cols:
                            live += board[nr][nc] & 1  # current state, bit 0 only
            if live == 3 or (live == 2 and board[r][c] & 1):
                board[r][c] |= 2  # birth with 3 neighbours, survival with 2 or 3
    for r in range(rows):
        for c in range(cols):
            board[r][c] >>= 1
# --8<-- [end:life]


def show(board: Matrix) -> str:
    return "\n".join("".join("#" if x else "." for x in row) for row in board)


def main() -> None:
    grid = [[4 * r + c for c in range(4)] for r in range(3)]
    print("spiral_order of a 3 x 4 matrix 0..11:", spiral_order(grid))
    square = [[3 * r + c + 1 for c in range(3)] for r in range(3)]
    rotate_clockwise(square)
    print("[[1, 2, 3], [4, 5, 6], [7, 8, 9]] rotated clockwise:", square)
    glider = [[0] * 6 for _ in range(6)]
    for r, c in ((0, 1), (1, 2), (2, 0), (2, 1), (2, 2)):
        glider[r][c] = 1
    print("a glider, then four generations later (it has moved one cell diagonally):")
    before = show(glider)
    for _ in range(4):
        life_step(glider)
    for left, right in zip(before.splitlines(), show(glider).splitlines()):
        print(left, "  ", right)


if __name__ == "__main__":
    main()
