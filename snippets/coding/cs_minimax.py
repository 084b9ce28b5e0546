"""Minimax with and without alpha-beta pruning on tic-tac-toe, counting nodes visited.

Used by docs/coding/game-theory.md.
"""

from __future__ import annotations

from functools import cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8),
         (2, 4, 6)]
EMPTY = "." * 9  # a board is a 9-character string of "X", "O" and "."


@cache  # the same position recurs many times in the game tree
def winner(board: str) -> str | None:
    for a, b, c in LINES:
        if board[a] == board[b] == board[c] != ".":
            return board[a]
    return None


def other(player: str) -> str:
    return "O" if player == "X" else "X"


def play(board: str, square: int, player: str) -> str:
    return board[:square] + player + board[square + 1:]


# --8<-- [start:minimax]
def minimax(board: str, player: str, counter: list[int]) -> int:
    """Value of the position for X (+1 win, 0 draw, -1 loss) with `player` to move,
    searching the whole game tree; counter[0] counts the positions visited."""
    counter[0] += 1
    won = winner(board)
    if won:
        return 1 if won == "X" else -1
    moves = [i for i, cell in enumerate(board) if cell == "."]
    if not moves:
        return 0
    values = [minimax(play(board, i, player), other(player), counter) for i in moves]
    return max(values) if player == "X" else min(values)
# --8<-- [end:minimax]


# --8<-- [start:alphabeta]
def alphabeta(board: str, player: str, counter: list[int],
              alpha: int = -2, beta: int = 2) -> int:
    """The same value, skipping moves that cannot change it: X is already guaranteed
    alpha elsewhere, O is guaranteed beta, so once alpha >= beta this branch is moot."""
    counter[0] += 1
    won = winner(board)
    if won:
        return 1 if won == "X" else -1
    moves = [i for i, cell in enumerate(board) if cell == "."]
    if not moves:
        return 0
    best = -2 if player == "X" else 2
    for i in moves:
        value = alphabeta(play(board, i, player), other(player), counter, alpha, beta)
        if player == "X":
            best, alpha = max(best, value), max(alpha, value)
        else:
            best, beta = min(best, value), min(beta, value)
        if alpha >= beta:
            break  # the opponent will never let the game reach this position
    return best
# --8<-- [end:alphabeta]


# --8<-- [start:best_move]
def best_move(board: str, player: str) -> int:
    """A square that achieves the minimax value for `player` (the first such square)."""
    sign = 1 if player == "X" else -1
    moves = [i for i, cell in enumerate(board) if cell == "."]
    return max(moves, key=lambda i: (sign * alphabeta(play(board, i, player),
                                                      other(player), [0]), -i))


def distinct_positions(board: str = EMPTY, player: str = "X",
                       seen: set[str] | None = None) -> set[str]:
    """Every position reachable in legal play (a memoized search visits each once)."""
    seen = set() if seen is None else seen
    if board in seen:
        return seen
    seen.add(board)
    if not winner(board):
        for i, cell in enumerate(board):
            if cell == ".":
                distinct_positions(play(board, i, player), other(player), seen)
    return seen
# --8<-- [end:best_move]


def self_play() -> str:
    """Both sides play best_move from the empty board; return the final board."""
    board, player = EMPTY, "X"
    while not winner(board) and "." in board:
        board, player = play(board, best_move(board, player), player), other(player)
    return board


def main() -> None:
    plain, pruned = [0], [0]
    print("value of the empty board, full minimax:", minimax(EMPTY, "X", plain))
    print("value of the empty board, alpha-beta:  ", alphabeta(EMPTY, "X", pruned))
    print(f"positions visited: minimax {plain[0]}, alpha-beta {pruned[0]} "
          f"({plain[0] / pruned[0]:.0f}x fewer)")
    print("distinct reachable positions:", len(distinct_positions()))
    final = self_play()
    print("perfect self-play:", " / ".join(final[r:r + 3] for r in (0, 3, 6)),
          "winner:", winner(final))


if __name__ == "__main__":
    main()
