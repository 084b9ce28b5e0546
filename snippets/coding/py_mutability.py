"""Mutability: aliasing, shallow and deep copies, and the mutable default argument.

Used by docs/coding/python-for-interviews.md.
"""

from __future__ import annotations

import copy


# --8<-- [start:aliasing]
def grid_by_repetition(rows: int, cols: int) -> list[list[int]]:
    """[[0] * cols] * rows repeats one reference: every row is the same list object."""
    return [[0] * cols] * rows


def grid_by_comprehension(rows: int, cols: int) -> list[list[int]]:
    """A new inner list per row."""
    return [[0] * cols for _ in range(rows)]


def copies_after_change(config: dict) -> dict[str, dict]:
    """Change a nested value through each kind of copy and see who else changes."""
    alias, shallow, deep = config, copy.copy(config), copy.deepcopy(config)
    config["layers"].append(64)  # mutates the inner list every shallow copy shares
    config["name"] = "changed"  # rebinds a key in the outer dict only
    return {"alias": alias, "shallow": shallow, "deep": deep}
# --8<-- [end:aliasing]


# --8<-- [start:defaults]
def append_bad(item: int, items: list[int] = []) -> list[int]:  # noqa: B006 (the point)
    """The default list is created once, when `def` runs, and shared by every call."""
    items.append(item)
    return items


def append_good(item: int, items: list[int] | None = None) -> list[int]:
    """A fresh list per call unless the caller passes one."""
    items = [] if items is None else items
    items.append(item)
    return items
# --8<-- [end:defaults]


def main() -> None:
    shared, separate = grid_by_repetition(3, 2), grid_by_comprehension(3, 2)
    shared[0][0], separate[0][0] = 1, 1
    print("repeated rows:", shared, "| comprehension:", separate)
    for name, value in copies_after_change({"name": "mlp", "layers": [32]}).items():
        print(f"{name:>7}: {value}")
    print("append_bad:", append_bad(1), append_bad(2), "| append_good:", append_good(1),
          append_good(2))


if __name__ == "__main__":
    main()
