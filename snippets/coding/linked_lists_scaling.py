"""Measured running time of cycle detection: Floyd's two pointers against a visited set.

Used by docs/coding/linked-lists.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import report_scaling
from snippets.coding.linked_lists import ListNode
from snippets.coding.linked_lists_cycles import has_cycle, has_cycle_visited, with_cycle

SIZES = [1000, 2000, 4000, 8000, 16000]
REPEATS = 5  # short runs: more repeats make the best time less noisy


def rho_list(n: int) -> ListNode | None:
    """n nodes whose tail links back to the middle: a tail of n/2, a cycle of n/2."""
    return with_cycle(list(range(n)), n // 2)


# --8<-- [start:main]
def main() -> None:
    warm = rho_list(SIZES[-1])
    for solve in (has_cycle, has_cycle_visited):
        solve(warm)  # one untimed run first: the first calls of a process run slower
    report_scaling("Cycle detection in a list of n nodes", SIZES, rho_list,
                   {"Floyd, O(1) memory": has_cycle,
                    "visited set, O(n) memory": has_cycle_visited}, REPEATS)
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
