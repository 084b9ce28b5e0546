"""Measured cost of counting N-queens: pruned backtracking against all n! boards.

Used by docs/coding/backtracking.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

from math import factorial

import matplotlib.pyplot as plt

from snippets._shared.scaling import report_scaling
from snippets.coding.backtracking_boards import n_queens, n_queens_brute_force

BOARD_SIZES = [4, 5, 6, 7, 8]


# --8<-- [start:scaling]
def search_space_sizes(board_sizes: list[int]) -> list[int]:
    """n! for each n: the boards with one queen per row and column (brute force)."""
    return [factorial(n) for n in board_sizes]


def main() -> None:
    sizes = search_space_sizes(BOARD_SIZES)
    board_of = dict(zip(sizes, BOARD_SIZES))  # the exponent is fitted against n!
    title = f"Counting N-queens, n = {BOARD_SIZES[0]}..{BOARD_SIZES[-1]}"
    figure = report_scaling(title, sizes, board_of.get, {
        "all permutations": n_queens_brute_force, "backtracking": n_queens})
    figure.axes[0].set_xlabel("n! (boards with one queen per row and column)")
    plt.show()
# --8<-- [end:scaling]


if __name__ == "__main__":
    main()
