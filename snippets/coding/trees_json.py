"""Read nested JSON recursively: flatten it to dotted paths, collect a key's values.

Used by docs/coding/trees.md.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

JSON = Any  # None, bool, int, float, str, list of JSON, or dict of str to JSON


# --8<-- [start:flatten]
def flatten(value: JSON, prefix: str = "") -> dict[str, JSON]:
    """Map each leaf's dotted path (list items by index) to the leaf. An empty dict or
    list is kept as a leaf, so no information is lost."""
    if isinstance(value, (dict, list)) and value:
        items = value.items() if isinstance(value, dict) else enumerate(value)
        out: dict[str, JSON] = {}
        for key, child in items:
            out.update(flatten(child, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {prefix: value}


def flatten_iterative(value: JSON) -> dict[str, JSON]:
    """The same with an explicit stack: no recursion limit for deeply nested input."""
    out: dict[str, JSON] = {}
    stack = [("", value)]
    while stack:
        prefix, node = stack.pop()
        if isinstance(node, (dict, list)) and node:
            items = node.items() if isinstance(node, dict) else enumerate(node)
            children = [(f"{prefix}.{k}" if prefix else str(k), v) for k, v in items]
            stack.extend(reversed(children))  # pop in document order
        else:
            out[prefix] = node
    return out


def read_flat(path: Path) -> dict[str, JSON]:
    with open(path, encoding="utf-8") as file:
        return flatten(json.load(file))
# --8<-- [end:flatten]


# --8<-- [start:unflatten]
def unflatten(flat: dict[str, JSON]) -> JSON:
    """Inverse of flatten when no dict key is empty, contains '.' or is all digits."""
    if list(flat) == [""]:
        return flat[""]
    root: dict[str, Any] = {}
    for path, leaf in flat.items():
        node = root
        parts = path.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = leaf

    def lists_back(node: JSON) -> JSON:  # dicts keyed 0..n-1 were lists
        if not isinstance(node, dict) or not node:
            return node
        fixed = {k: lists_back(v) for k, v in node.items()}
        if all(k.isdigit() for k in fixed) and sorted(map(int, fixed)) == list(
                range(len(fixed))):
            return [fixed[str(i)] for i in range(len(fixed))]
        return fixed

    return lists_back(root)
# --8<-- [end:unflatten]


# --8<-- [start:collect]
def collect(value: JSON, key: str) -> list[JSON]:
    """Every value stored under `key` at any depth, in document order (pre-order)."""
    found = []
    if isinstance(value, dict):
        for k, child in value.items():
            if k == key:
                found.append(child)
            found.extend(collect(child, key))  # a matching value may nest the key
    elif isinstance(value, list):
        for child in value:
            found.extend(collect(child, key))
    return found
# --8<-- [end:collect]


def main() -> None:
    config = {
        "model": {"name": "ranker", "layers": [{"units": 64}, {"units": 32}]},
        "training": {"lr": 0.001, "tags": [], "eval": {"units": 1}},
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.json"
        path.write_text(json.dumps(config), encoding="utf-8")
        flat = read_flat(path)
    for dotted, leaf in flat.items():
        print(f"{dotted:24s} {leaf!r}")
    units = collect(config, "units")
    print("all 'units':", units, " sum:", sum(units))
    print("iterative agrees:", flatten_iterative(config) == flat,
          " round trip:", unflatten(flat) == config)


if __name__ == "__main__":
    main()
