"""Duplicate-file search agrees with grouping files by their bytes, on trees in tmp_path."""

from collections import defaultdict

from hypothesis import HealthCheck, given, settings, strategies as st

from snippets.coding import duplicate_files as dup


def by_content(root):
    """Reference: read every file and group the paths by their bytes."""
    groups = defaultdict(list)
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            groups[path.read_bytes()].append(path)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def write(root, files):
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def test_demo_tree(tmp_path):
    dup.build_demo_tree(tmp_path)
    groups = dup.duplicate_files(tmp_path)
    assert groups == by_content(tmp_path)
    names = [[p.relative_to(tmp_path).as_posix() for p in g] for g in groups]
    assert names == [["backup/empty-too.txt", "notes/empty.txt"],
                     ["backup/old/cat.jpg", "photos/2023/cat-copy.jpg", "photos/cat.jpg"]]
    sizes = {(tmp_path / name).stat().st_size for name in ("photos/dog.jpg", "photos/cat.jpg")}
    assert len(sizes) == 1  # the impostor has the size of the duplicates


def test_only_files_that_share_a_size_are_hashed(tmp_path, monkeypatch):
    write(tmp_path, {"a": b"x" * 5, "b/c": b"y" * 5, "d": b"12", "e/f/g": b"123",
                     "h": b"", "i": b""})
    hashed = []
    real = dup.file_digest
    monkeypatch.setattr(dup, "file_digest", lambda p: hashed.append(p.name) or real(p))
    assert dup.duplicate_files(tmp_path) == [[tmp_path / "h", tmp_path / "i"]]
    assert sorted(hashed) == ["a", "c"]  # the two 5-byte files; empty files need no hash


def test_empty_files_can_be_left_out_and_symlinks_are_not_followed(tmp_path):
    write(tmp_path, {"one": b"", "two": b"", "data/x": b"same", "y": b"same"})
    (tmp_path / "link").symlink_to(tmp_path / "y")
    (tmp_path / "dirlink").symlink_to(tmp_path / "data", target_is_directory=True)
    assert dup.duplicate_files(tmp_path, include_empty=False) == [
        [tmp_path / "data/x", tmp_path / "y"]]
    assert len(dup.duplicate_files(tmp_path)) == 2


def test_large_file_is_read_in_chunks(tmp_path):
    content = bytes(range(256)) * (3 * dup.CHUNK // 256 + 7)
    write(tmp_path, {"big1": content, "big2": content, "big3": content[:-1] + b"!"})
    assert dup.duplicate_files(tmp_path) == [[tmp_path / "big1", tmp_path / "big2"]]


def test_no_files(tmp_path):
    assert dup.duplicate_files(tmp_path) == []


names = st.sampled_from(["a", "b", "x/a", "x/c", "x/y/d", "z/e", "z/y/f"])
contents = st.sampled_from([b"", b"ab", b"ba", b"abc", b"ab" * 40])


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(names, contents, max_size=7), st.integers(0, 10**9))
def test_random_trees_match_grouping_by_bytes(tmp_path, files, salt):
    root = tmp_path / str(salt)  # tmp_path is shared across examples: use a fresh folder
    root.mkdir(exist_ok=True)
    write(root, files)
    assert dup.duplicate_files(root) == by_content(root)
    for path in root.rglob("*"):
        if path.is_file():
            path.unlink()


def test_worked_example(capsys):
    dup.main()
    assert capsys.readouterr().out.splitlines() == [
        "backup/empty-too.txt = notes/empty.txt",
        "backup/old/cat.jpg = photos/2023/cat-copy.jpg = photos/cat.jpg",
    ]
