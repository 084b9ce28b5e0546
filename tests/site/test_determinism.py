"""Every real snippet and notebook gives byte-identical outputs when run again from scratch.

The site build (the `built_site` fixture) has just written generated/; this test forces a second,
independent run into a scratch folder and compares every file. Snippets marked
`# snippet-build: timing-dependent` print measured speeds and are left out.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.site.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import build_snippets  # noqa: E402

# builds the whole site or drives a browser; in one xdist group, so that one worker builds the site once for all of them
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("built_site")]


def test_a_second_forced_run_is_byte_identical(built_site, tmp_path):
    paths = build_snippets.BuildPaths()
    snippets = [build_snippets.load_snippet(source, paths)
                for source in build_snippets.discover(paths)]
    deterministic = [snippet for snippet in snippets if not snippet.timing_dependent]
    second = tmp_path / "generated"
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "build_snippets.py"), "--force",
         "--generated-dir", str(second), "--cache-dir", str(tmp_path / "cache"),
         *(str(snippet.source) for snippet in deterministic)],  # timing snippets need no rerun
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-4000:]

    compared, differences = 0, []
    for snippet in deterministic:
        label = snippet.source.relative_to(PROJECT_ROOT)
        first_dir, second_dir = paths.generated / snippet.name, second / snippet.name
        first_files = sorted(p.name for p in first_dir.iterdir())
        second_files = sorted(p.name for p in second_dir.iterdir())
        if first_files != second_files:
            differences.append(f"{label}: files {first_files} then {second_files}")
            continue
        for name in first_files:
            compared += 1
            first, again = (first_dir / name).read_bytes(), (second_dir / name).read_bytes()
            if first != again:
                differences.append(f"{label}: {name} differs between runs\n"
                                   + short_diff(first, again))
    assert not differences, f"{len(differences)} outputs differ:\n\n" + "\n\n".join(differences)
    assert compared > 0


def short_diff(first: bytes, again: bytes, max_lines: int = 12) -> str:
    """The first lines of a unified diff between two runs' bytes, each line clipped."""
    lines = difflib.unified_diff(first.decode("utf-8", "replace").splitlines(),
                                 again.decode("utf-8", "replace").splitlines(),
                                 "first run", "second run", lineterm="", n=1)
    clipped = [line[:160] for line in lines]
    extra = len(clipped) - max_lines
    return "\n".join(clipped[:max_lines] + ([f"... {extra} more lines"] if extra > 0 else []))
