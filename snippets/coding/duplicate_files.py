"""Find files with identical content under a folder: group by size, hash candidates.

Used by docs/coding/hashing-and-counting.md.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections import defaultdict
from pathlib import Path

CHUNK = 1 << 16  # read 64 KiB at a time, so a large file never sits in memory whole


# --8<-- [start:digest]
def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
# --8<-- [end:digest]


# --8<-- [start:duplicates]
def duplicate_files(root: Path, include_empty: bool = True) -> list[list[Path]]:
    """Groups of two or more regular files under `root` with the same bytes.

    Symbolic links to files or folders are not followed. Groups and their lists are
    sorted.
    """
    by_size: dict[int, list[Path]] = defaultdict(list)
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            by_size[path.stat().st_size].append(path)
    groups = []
    for size, paths in by_size.items():
        if len(paths) < 2 or (size == 0 and not include_empty):
            continue  # a file with a unique size has no duplicate: never read it
        by_digest: dict[str, list[Path]] = defaultdict(list)
        for path in paths:
            by_digest[file_digest(path) if size else ""].append(path)
        groups += [sorted(same) for same in by_digest.values() if len(same) > 1]
    return sorted(groups)
# --8<-- [end:duplicates]


def build_demo_tree(root: Path) -> None:
    """A small tree with duplicates, a same-size impostor, empty files and nesting."""
    files = {
        "photos/cat.jpg": b"meow" * 100,
        "photos/2023/cat-copy.jpg": b"meow" * 100,
        "backup/old/cat.jpg": b"meow" * 100,
        "photos/dog.jpg": b"woof" * 100,  # same size as the cats, different bytes
        "notes/todo.txt": b"buy milk\n",
        "notes/empty.txt": b"",
        "backup/empty-too.txt": b"",
        "notes/readme.md": b"unique size\n!",
    }
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:  # removed when the block ends
        root = Path(folder)
        build_demo_tree(root)
        for group in duplicate_files(root):
            print(" = ".join(path.relative_to(root).as_posix() for path in group))


if __name__ == "__main__":
    main()
