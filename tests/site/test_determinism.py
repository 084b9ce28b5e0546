"""Every real snippet and notebook gives byte-identical outputs when run again from scratch.

The site build (the `built_site` fixture) has just written generated/; this test forces a second,
independent run into a scratch folder and compares every file. Snippets marked
`# snippet-build: timing-dependent` print measured speeds and are left out.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.site.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import build_snippets  # noqa: E402


def test_a_second_forced_run_is_byte_identical(built_site, tmp_path):
    second = tmp_path / "generated"
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "build_snippets.py"), "--force",
         "--generated-dir", str(second), "--cache-dir", str(tmp_path / "cache")],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-4000:]

    paths = build_snippets.BuildPaths()
    compared = 0
    for source in build_snippets.discover(paths):
        snippet = build_snippets.load_snippet(source, paths)
        if snippet.timing_dependent:
            continue
        first_dir, second_dir = paths.generated / snippet.name, second / snippet.name
        first_files = sorted(p.name for p in first_dir.iterdir())
        assert first_files == sorted(p.name for p in second_dir.iterdir()), snippet.name
        for name in first_files:
            same = (first_dir / name).read_bytes() == (second_dir / name).read_bytes()
            assert same, f"{snippet.source.relative_to(PROJECT_ROOT)}: {name} differs between runs"
            compared += 1
    assert compared > 0
