"""Measure the build: cold (every snippet forced), no-op, after touching one snippet, and the
cost of a snippet that does nothing, started fresh and forked from the warm fork server.

    uv run python scripts/benchmark_build.py [--touch snippets/ml_coding/kmeans.py]

Works on a scratch copy of the tracked files (sharing .venv and node_modules), so the working tree,
its generated outputs and its cache are left alone. Each scenario is split into the snippet stage
(scripts/build_snippets.py) and the MkDocs stage (`mkdocs build --strict`, whose own snippet check
is then a no-op), and printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(r"snippets: (\d+) ran, (\d+) cached, (\d+) failed")


def scratch_copy(destination: Path) -> None:
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=PROJECT_ROOT, capture_output=True,
                             check=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        source = PROJECT_ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    for shared in (".venv", "node_modules"):
        (destination / shared).symlink_to(PROJECT_ROOT / shared)


def timed(command: list[str], cwd: Path) -> tuple[float, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return elapsed, result.stdout + result.stderr


def scenario(name: str, root: Path, force: bool) -> dict:
    snippet_command = [sys.executable, "scripts/build_snippets.py"] + (["--force"] if force else [])
    snippet_seconds, output = timed(snippet_command, root)
    ran = SUMMARY.search(output)
    mkdocs_seconds, _ = timed([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], root)
    return {"name": name, "snippets": snippet_seconds, "mkdocs": mkdocs_seconds,
            "ran": int(ran[1]) if ran else 0, "cached": int(ran[2]) if ran else 0}


def empty_snippet_cost(count: int = 16) -> dict[str, float]:
    """Median seconds of a snippet that does nothing, started fresh or forked from the server.

    The fork server's one-off start (importing the heavy libraries, a few seconds) is paid once
    per build and is not in the median; the first runs wait for it.
    """
    costs = {}
    with tempfile.TemporaryDirectory(prefix="benchmark-empty-") as scratch:
        root = Path(scratch)
        folder = root / "snippets" / "demo"
        folder.mkdir(parents=True)
        for path in (root / "snippets" / "__init__.py", folder / "__init__.py"):
            path.write_text("")
        for index in range(count):
            (folder / f"empty_{index}.py").write_text("pass\n")
        for label, choice in (("fresh process", "0"), ("fork server", "1")):
            env = {**os.environ, "SNIPPET_BUILD_FORKSERVER": choice}
            command = [sys.executable, str(PROJECT_ROOT / "scripts" / "build_snippets.py"),
                       "--force", "--snippets-dir", str(root / "snippets"),
                       "--generated-dir", str(root / "generated"), "--cache-dir", str(root / "cache")]
            subprocess.run(command, cwd=root, env=env, capture_output=True, check=True)
            manifest = json.loads((root / "cache" / "manifest.json").read_text())
            costs[label] = statistics.median(entry["seconds"] for entry in manifest.values())
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--touch", default="snippets/ml_coding/kmeans.py",
                        help="the snippet edited for the third scenario")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="benchmark-") as scratch:
        root = Path(scratch)
        scratch_copy(root)
        rows = [scenario("cold (all snippets forced)", root, force=True),
                scenario("no-op rebuild", root, force=False)]
        touched = root / args.touch
        touched.write_text(touched.read_text() + "\n# benchmark edit\n")
        rows.append(scenario(f"one snippet touched ({touched.name})", root, force=False))

    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print("| scenario | snippets run | snippet stage (s) | MkDocs stage (s) | total (s) |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        total = row["snippets"] + row["mkdocs"]
        print(f"| {row['name']} | {row['ran']} of {row['ran'] + row['cached']} | "
              f"{row['snippets']:.2f} | {row['mkdocs']:.2f} | {total:.2f} |")
    print("\n| a snippet that does nothing, started as | median seconds per snippet |")
    print("|---|---:|")
    for label, seconds in empty_snippet_cost().items():
        print(f"| {label} | {seconds:.3f} |")


if __name__ == "__main__":
    main()
