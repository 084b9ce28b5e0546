"""Measured running time of days-until-warmer: monotonic stack against forward scans.

Used by docs/coding/stacks-and-queues.md.
"""
# snippet-build: timing-dependent

from __future__ import annotations

import matplotlib.pyplot as plt

from snippets._shared.scaling import report_scaling
from snippets.coding.stacks_queues import days_until_warmer, days_until_warmer_scan

SIZES = [100, 200, 400, 800, 1600]


def falling_temperatures(n: int) -> list[int]:
    """Strictly falling: no day ever gets warmer, the worst case for the scans."""
    return list(range(n, 0, -1))


# --8<-- [start:main]
def main() -> None:
    report_scaling("Days until warmer, falling temperatures", SIZES,
                   falling_temperatures, {
                       "monotonic stack": days_until_warmer,
                       "scan forward from each day": days_until_warmer_scan,
                   })
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
