"""Levenshtein edit distance by dynamic programming, with the table and one optimal alignment.

Used by docs/ml-coding/tf-idf.md (string similarity question).
"""

from __future__ import annotations

import numpy as np


# --8<-- [start:levenshtein]
def levenshtein_table(a: str, b: str) -> np.ndarray:
    """D[i, j] = edits (insert, delete, substitute, each cost 1) turning a[:i] into b[:j]."""
    D = np.zeros((len(a) + 1, len(b) + 1), dtype=int)
    D[:, 0] = np.arange(len(a) + 1)  # delete every character of a[:i]
    D[0, :] = np.arange(len(b) + 1)  # insert every character of b[:j]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            substitute = D[i - 1, j - 1] + (a[i - 1] != b[j - 1])
            D[i, j] = min(substitute, D[i - 1, j] + 1, D[i, j - 1] + 1)
    return D


def alignment(a: str, b: str, D: np.ndarray) -> list[str]:
    """Walk back from D[-1, -1] and list one optimal sequence of operations."""
    i, j, ops = len(a), len(b), []
    while i > 0 or j > 0:
        if i > 0 and j > 0 and D[i, j] == D[i - 1, j - 1] + (a[i - 1] != b[j - 1]):
            ops.append(f"keep {a[i - 1]}" if a[i - 1] == b[j - 1] else f"{a[i - 1]} -> {b[j - 1]}")
            i, j = i - 1, j - 1
        elif i > 0 and D[i, j] == D[i - 1, j] + 1:
            ops.append(f"delete {a[i - 1]}")
            i -= 1
        else:
            ops.append(f"insert {b[j - 1]}")
            j -= 1
    return ops[::-1]
# --8<-- [end:levenshtein]


def main() -> None:
    a, b = "doctor", "bottle"
    D = levenshtein_table(a, b)
    print("     " + "  ".join("-" + b))  # "-" stands for the empty prefix
    for i, row in enumerate(D):
        print(f"  {('-' + a)[i]}  " + "  ".join(str(v) for v in row))
    print(f"Levenshtein({a!r}, {b!r}) = {D[-1, -1]}")
    print("one optimal alignment:", ", ".join(alignment(a, b, D)))


if __name__ == "__main__":
    main()
