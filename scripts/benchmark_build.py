"""Measure the build against the goals of issue 10; print each figure and its goal.

Scenarios: cold (every snippet forced), no-op, after touching one snippet; a plain
`mkdocs build` of the same pages (same theme and Markdown extensions, no hooks, no
extra plugins) against the no-op build; the cost of a snippet that does nothing,
started fresh and forked from the warm fork server; a real `mkdocs serve --dirty` on
127.0.0.1, as scripts/dev runs it: how long a Markdown edit and a snippet edit take
to reach the served page; the search index size and what it shows; the first-visit
transfer of each built page in headless Chromium.

    uv run python scripts/benchmark_build.py [--touch snippets/ml_coding/kmeans.py]
        [--skip-cold] [--skip-serve] [--skip-weight]

Works on a scratch copy of the project's files (sharing .venv and node_modules), so
the working tree, its generated outputs and its cache are left alone. Each scenario
is split into the snippet stage (scripts/build_snippets.py) and the MkDocs stage
(`mkdocs build --strict`, whose own snippet check is then a no-op).
"""

from __future__ import annotations

import argparse
import gzip
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
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(r"snippets: (\d+) ran, (\d+) cached, (\d+) failed")


def scratch_copy(destination: Path) -> None:
    # Tracked files and new ones not yet added: a contributor's new page counts.
    listing = [
        "git",
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
    ]
    tracked = (
        subprocess.run(listing, cwd=PROJECT_ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
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
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, env=env
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(
            f"{' '.join(command)} failed:\n"
            f"{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return elapsed, result.stdout + result.stderr


def scenario(name: str, root: Path, force: bool) -> dict:
    snippet_command = [sys.executable, "scripts/build_snippets.py"] + (
        ["--force"] if force else []
    )
    snippet_seconds, output = timed(snippet_command, root)
    ran = SUMMARY.search(output)
    mkdocs_seconds, _ = timed(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], root
    )
    return {
        "name": name,
        "snippets": snippet_seconds,
        "mkdocs": mkdocs_seconds,
        "ran": int(ran[1]) if ran else 0,
        "cached": int(ran[2]) if ran else 0,
    }


def empty_snippet_cost(count: int = 16) -> dict[str, float]:
    """Median seconds of a snippet that does nothing, started fresh or forked.

    The fork server's one-off start (importing the heavy libraries, a few seconds)
    is paid once per build and is not in the median; the first runs wait for it.
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
            command = [
                sys.executable,
                str(PROJECT_ROOT / "scripts" / "build_snippets.py"),
                "--force",
                "--snippets-dir",
                str(root / "snippets"),
                "--generated-dir",
                str(root / "generated"),
                "--cache-dir",
                str(root / "cache"),
            ]
            subprocess.run(
                command, cwd=root, env=env, capture_output=True, check=True
            )
            manifest = json.loads((root / "cache" / "manifest.json").read_text())
            costs[label] = statistics.median(
                entry["seconds"] for entry in manifest.values()
            )
    return costs


PLAIN_CONFIG_DROPS = re.compile(r"(?ms)^(plugins|hooks|watch):\n(?:[ \t]+.*\n|\n)*")


def plain_build_seconds(root: Path) -> float:
    """A plain Material build of the same Markdown pages: no hooks or extra plugins.

    The same theme, Markdown extensions and assets; only the search plugin, as in a
    `mkdocs build`. Not strict: without the hook, the generated figures are missing.
    """
    config = (root / "mkdocs.yml").read_text()
    config = PLAIN_CONFIG_DROPS.sub("", config) + "\nplugins:\n  - search\n"
    plain = root / "mkdocs-plain.yml"
    plain.write_text(config)
    seconds, _ = timed(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(plain),
            "-d",
            str(root / "site-plain"),
        ],
        root,
    )
    return seconds


LATEX_IN_PROSE = re.compile(r"\\[A-Za-z]{2,}|\\[()\[\]]|\$[^$\s][^$]*\$")
CODE_IN_ENTRY = re.compile(r"<pre\b.*?(?:</pre>|\Z)|<code\b.*?</code>", re.DOTALL)
PROMPT = re.compile(r"\b(?:In|Out)\s*\[\d*\]:|Copied!")


def search_index_figures(site: Path) -> dict[str, int]:
    """The index's size; how many entries show LaTeX, pilcrows, notebook prompts."""
    path = site / "search" / "search_index.json"
    entries = json.loads(path.read_text())["docs"]

    def prose(entry: dict) -> str:
        return entry["title"] + " " + CODE_IN_ENTRY.sub(" ", entry["text"])

    return {
        "bytes": path.stat().st_size,
        "entries": len(entries),
        "latex": sum(bool(LATEX_IN_PROSE.search(prose(e))) for e in entries),
        "pilcrow": sum(e["title"].rstrip().endswith("¶") for e in entries),
        "prompt": sum(bool(PROMPT.search(e["text"])) for e in entries),
    }


def first_visit_bytes(site: Path) -> dict[str, tuple[int, int]]:
    """Bytes (raw, gzipped) each page loads on a first visit in headless Chromium,
    without the search index.

    Served from 127.0.0.1; a fresh browser context per page, so nothing is cached;
    everything the page requests until the network is idle is counted.
    """
    import functools
    import http.server
    import threading

    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    pages = sorted(
        p.parent.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if not p.parent.name.startswith(("search", "assets", "vendor"))
    )
    weights = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=shutil.which("chromium"),
                headless=True,
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                ],
            )
            for page_path in pages:
                url = base + ("" if page_path == "." else page_path + "/")
                context = browser.new_context()
                responses = []
                page = context.new_page()
                page.on(
                    "response",
                    lambda response, seen=responses: seen.append(response),
                )
                page.goto(url, wait_until="networkidle")
                # Bodies are read once the page is idle, from the same context.
                bodies = [
                    response.body()
                    for response in {r.url: r for r in responses}.values()
                    if response.url.startswith(base)
                    and "search_index" not in response.url
                    and response.status == 200
                ]
                # GitHub Pages gzips text: the transfer is near the gzip size.
                weights[page_path] = (
                    sum(map(len, bodies)),
                    sum(len(gzip.compress(body, 6)) for body in bodies),
                )
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return weights


def served_latency(
    root: Path, markdown_page: str, snippet: str, serve_flags: list[str]
) -> dict[str, float]:
    """Seconds from saving an edit to the served page showing it."""
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def page_text(url: str) -> str:
        try:
            with opener.open(url, timeout=30) as response:
                return response.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def seconds_until(url: str, marker: str, limit: float = 300) -> float:
        started = time.perf_counter()
        while marker not in page_text(url):
            if time.perf_counter() - started > limit:
                sys.exit(f"{marker!r} did not reach {url} within {limit:.0f} s")
            time.sleep(0.1)
        return time.perf_counter() - started

    # `mkdocs serve` serves the site under the path of its site_url.
    config = (root / "mkdocs.yml").read_text()
    site_url = re.search(r"(?m)^site_url:\s*(\S+)", config)
    mount = urlsplit(site_url[1]).path.rstrip("/") if site_url else ""
    base = f"http://127.0.0.1:{port}{mount}"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with open(root / "serve.log", "w") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "serve",
                *serve_flags,
                "--dev-addr",
                f"127.0.0.1:{port}",
                "--livereload",
            ],
            cwd=root,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            page_url = f"{base}/{Path(markdown_page).with_suffix('').as_posix()}/"
            seconds_until(page_url, "</html>", limit=600)  # the first build
            time.sleep(2)  # let the watcher settle after the first build
            markdown = root / "docs" / markdown_page
            markdown.write_text(
                markdown.read_text() + "\n\nBenchmark marker one.\n"
            )
            markdown_seconds = seconds_until(page_url, "Benchmark marker one.")
            time.sleep(2)
            source = root / snippet
            source.write_text(
                source.read_text() + '\nprint("Benchmark marker two.")\n'
            )
            snippet_seconds = seconds_until(page_url, "Benchmark marker two.")
        finally:
            server.terminate()
            server.wait(timeout=30)
    manifest = json.loads(
        (root / ".cache" / "snippet-build" / "manifest.json").read_text()
    )
    name = Path(snippet).relative_to("snippets").with_suffix("").as_posix()
    return {
        "markdown": markdown_seconds,
        "snippet": snippet_seconds,
        "snippet_run": manifest[name]["seconds"],
    }


def goal_row(figure: str, measured: str, goal: str, met: bool | None) -> str:
    verdict = "" if met is None else ("met" if met else "not met")
    return f"| {figure} | {measured} | {goal} | {verdict} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--touch",
        default="snippets/ml_coding/kmeans.py",
        help="the snippet edited for the third scenario",
    )
    parser.add_argument(
        "--page",
        default="ml-coding/k-means.md",
        help="the page edited and watched through `mkdocs serve`",
    )
    parser.add_argument(
        "--skip-cold",
        action="store_true",
        help="skip forcing every snippet (reuse this tree's outputs)",
    )
    parser.add_argument(
        "--skip-serve", action="store_true", help="skip `mkdocs serve`"
    )
    parser.add_argument("--skip-weight", action="store_true", help="skip Chromium")
    parser.add_argument(
        "--serve-flags",
        default="--dirty",
        help="flags of `mkdocs serve` (default: as scripts/dev runs it)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="benchmark-") as scratch:
        root = Path(scratch)
        scratch_copy(root)
        rows = []
        if args.skip_cold:
            for kept in ("generated", ".cache/snippet-build"):
                if (PROJECT_ROOT / kept).is_dir():
                    shutil.copytree(PROJECT_ROOT / kept, root / kept)
            scenario("warm-up (outputs copied)", root, force=False)
        else:
            rows.append(scenario("cold (all snippets forced)", root, force=True))
        rows.append(scenario("no-op rebuild", root, force=False))
        no_op = statistics.median(
            [rows[-1]["mkdocs"]]
            + [scenario("no-op", root, False)["mkdocs"] for _ in "ab"]
        )
        plain = statistics.median(plain_build_seconds(root) for _ in "abc")
        index = search_index_figures(root / "site")
        weights = {} if args.skip_weight else first_visit_bytes(root / "site")
        touched = root / args.touch
        touched.write_text(touched.read_text() + "\n# benchmark edit\n")
        rows.append(
            scenario(f"one snippet touched ({touched.name})", root, force=False)
        )
        latency = None
        if not args.skip_serve:
            flags = args.serve_flags.split()
            latency = served_latency(root, args.page, args.touch, flags)

    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print(
        "| scenario | snippets run | snippet stage (s) | MkDocs stage (s) "
        "| total (s) |"
    )
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        total = row["snippets"] + row["mkdocs"]
        print(
            f"| {row['name']} | {row['ran']} of {row['ran'] + row['cached']} | "
            f"{row['snippets']:.2f} | {row['mkdocs']:.2f} | {total:.2f} |"
        )
    print(
        "\n| a snippet that does nothing, started as | median seconds per snippet |"
    )
    print("|---|---:|")
    empty = empty_snippet_cost()
    for label, seconds in empty.items():
        print(f"| {label} | {seconds:.3f} |")

    print("\n| issue 10 goal | measured | goal | |\n|---|---:|---:|---|")
    print(
        goal_row(
            "empty snippet, forked",
            f"{empty['fork server']:.3f} s",
            "0.3 s",
            empty["fork server"] <= 0.3,
        )
    )
    if not args.skip_cold:
        cold = rows[0]
        print(
            goal_row(
                f"cold snippet stage, {cold['ran']} snippets",
                f"{cold['snippets']:.1f} s",
                "60 s for the 84 original ones",
                None,
            )
        )
    print(goal_row("no-op MkDocs stage (median of 3)", f"{no_op:.2f} s", "", None))
    print(
        goal_row(
            "plain `mkdocs build`, same pages (median of 3)",
            f"{plain:.2f} s",
            "",
            None,
        )
    )
    print(
        goal_row(
            "no-op / plain", f"{no_op / plain:.2f}", "1.3", no_op / plain <= 1.3
        )
    )
    if latency:
        print(
            goal_row(
                "`mkdocs serve`: Markdown edit to page",
                f"{latency['markdown']:.1f} s",
                "3 s",
                latency["markdown"] <= 3,
            )
        )
        allowed = latency["snippet_run"] + 3
        print(
            goal_row(
                f"`mkdocs serve`: snippet edit to page (its run "
                f"{latency['snippet_run']:.1f} s)",
                f"{latency['snippet']:.1f} s",
                f"{allowed:.1f} s",
                latency["snippet"] <= allowed,
            )
        )
    print(goal_row("search index, raw", f"{index['bytes'] / 1e6:.2f} MB", "", None))
    print(
        goal_row(
            f"index entries with raw LaTeX (of {index['entries']})",
            str(index["latex"]),
            "0",
            index["latex"] == 0,
        )
    )
    print(
        goal_row(
            "index headings ending in ¶",
            str(index["pilcrow"]),
            "0",
            index["pilcrow"] == 0,
        )
    )
    print(
        goal_row(
            "index entries with notebook prompts",
            str(index["prompt"]),
            "0",
            index["prompt"] == 0,
        )
    )
    if weights:
        for label, column in (("gzip", 1), ("raw", 0)):
            sizes = {page: pair[column] for page, pair in weights.items()}
            median = statistics.median(sizes.values())
            largest = max(sizes, key=sizes.get)
            print(
                goal_row(
                    f"first visit ({label}), median of {len(sizes)} pages",
                    f"{median / 1e3:.0f} KB",
                    "300 KB",
                    median <= 300e3,
                )
            )
            print(
                goal_row(
                    f"first visit ({label}), largest: {largest}",
                    f"{sizes[largest] / 1e3:.0f} KB",
                    "",
                    None,
                )
            )


if __name__ == "__main__":
    main()
