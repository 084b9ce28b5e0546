"""Measured cost of counting N-queens: pruned backtracking against all n! boards.

Used by docs/coding/backtracking.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

from math import factorial

import matplotlib.pyplot as plt

from snippets._shared.scaling import fitted_exponent, measure_scaling, plot_scaling
from snippets.coding.backtracking_boards import n_queens, n_queens_brute_force

BOARD_SIZES = [4, 5, 6, 7, 8]


# --8<-- [start:scaling]
def search_space_sizes(board_sizes: list[int]) -> list[int]:
    """n! for each n: the boards with one queen per row and column (brute force)."""
    return [factorial(n) for n in board_sizes]


def time_both(board_sizes: list[int], repeats: int = 3) -> dict[str, list[float]]:
    """Best time of each counter for each board size, keyed by a legend label."""
    board_of = dict(zip(search_space_sizes(board_sizes), board_sizes))
    sizes = list(board_of)
    return {
        "all permutations": list(measure_scaling(n_queens_brute_force, board_of.get,
                                                 sizes, repeats)),
        "backtracking": list(measure_scaling(n_queens, board_of.get, sizes, repeats)),
    }
# --8<-- [end:scaling]


def main() -> None:
    sizes = search_space_sizes(BOARD_SIZES)
    series = time_both(BOARD_SIZES)
    for name, times in series.items():
        print(f"{name}: time grows like (n!)^{fitted_exponent(sizes, times):.2f}")
    title = f"Counting N-queens, n = {BOARD_SIZES[0]}..{BOARD_SIZES[-1]}"
    figure = plot_scaling(sizes, series, title)
    figure.axes[0].set_xlabel("n! (boards with one queen per row and column)")
    plt.show()


if __name__ == "__main__":
    main()
