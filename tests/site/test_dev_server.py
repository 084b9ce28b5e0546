"""CONTRIBUTING.md's walk-through against a real `mkdocs serve`: the server answers throughout.

A scratch copy of the project (scripts, theme overrides, configuration, one real snippet) is served
on 127.0.0.1; the test copies the page template, writes a snippet that fails, then fixes it, and
after each step checks both the page being written and another page.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.site.conftest import PROJECT_ROOT

pytestmark = pytest.mark.slow  # starts a server and rebuilds a site several times

FAILING_SNIPPET = '''\
"""A new snippet that fails on its first run."""


# --8<-- [start:core]
def answer() -> int:
    return 6 * 7
# --8<-- [end:core]


def main() -> None:
    print(f"the answer is {answer()}")
    raise RuntimeError("not finished yet")


if __name__ == "__main__":
    main()
'''

NEW_PAGE = '''\
---
description: A page written by following CONTRIBUTING.md.
tags:
  - ml-coding
  - easy
---

# A new topic

```python title="snippets/ml_coding/new_topic.py"
--8<-- "snippets/ml_coding/new_topic.py:core"
```

```text title="Output"
--8<-- "generated/ml_coding/new_topic/stdout.txt"
```
'''


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def scratch_project(root: Path) -> Path:
    """The project's machinery with a two-page site: home and the pooling page."""
    for folder in ("scripts", "overrides", ".github"):
        shutil.copytree(PROJECT_ROOT / folder, root / folder)
    (root / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")
    shutil.copy(PROJECT_ROOT / "uv.lock", root / "uv.lock")
    snippets = root / "snippets"
    shutil.copytree(PROJECT_ROOT / "snippets" / "_shared", snippets / "_shared")
    (snippets / "ml_coding").mkdir()
    for name in ("__init__.py", "ml_coding/__init__.py", "ml_coding/pooling.py"):
        shutil.copy(PROJECT_ROOT / "snippets" / name, snippets / name)
    docs = root / "docs"
    shutil.copytree(PROJECT_ROOT / "docs" / "assets", docs / "assets")
    (docs / "ml-coding").mkdir()
    shutil.copy(PROJECT_ROOT / "docs" / "ml-coding" / "pooling.md", docs / "ml-coding")
    (docs / "index.md").write_text("---\ndescription: Home.\n---\n\n# Home\n\nWelcome.\n")
    config = (PROJECT_ROOT / "mkdocs.yml").read_text()
    config = config[: config.index("\nnav:")] + "\nnav:\n  - Home: index.md\n"
    config = config.replace("omitted_files: warn", "omitted_files: info")
    config = re.sub(r"(?m)^site_url: .*$", "site_url: http://127.0.0.1/", config)  # served at /
    (root / "mkdocs.yml").write_text(config)
    return root


LOCAL_ONLY = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def fetch(url: str) -> tuple[int, str]:
    """(status, body) of a GET on the local server; status 0 while nothing listens yet."""
    assert url.startswith("http://127.0.0.1:")
    try:
        with LOCAL_ONLY.open(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except urllib.error.URLError:
        return 0, ""


def wait_for(url: str, condition, what: str, timeout: float = 150) -> str:
    """Poll `url` until `condition(status, text)` holds; each poll must get an answer."""
    deadline = time.monotonic() + timeout
    last = (0, "")
    while time.monotonic() < deadline:
        last = fetch(url)
        if condition(*last):
            return last[1]
        time.sleep(0.5)
    raise AssertionError(f"{what}: not seen at {url} within {timeout} s (last status {last[0]})")


def served_log(root: Path) -> str:
    return (root.parent / "serve.log").read_text()


def text_of(markup: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", markup)))


@pytest.fixture
def served(tmp_path):
    root = scratch_project(tmp_path / "project")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log = open(tmp_path / "serve.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty",  # as scripts/dev does
         "--dev-addr", f"127.0.0.1:{port}", "--livereload"],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/", lambda status, text: status == 200 and "Welcome" in text,
                 "the home page", timeout=240)
        yield root, base
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def test_the_contributing_walk_through_with_the_server_answering_throughout(served):
    root, base = served
    home = f"{base}/"
    page_url = f"{base}/ml-coding/new-topic/"
    page = root / "docs" / "ml-coding" / "new-topic.md"

    # 1. Copy the page template: it builds as it is.
    shutil.copy(root / ".github" / "page-template.md", page)
    wait_for(page_url, lambda status, text: status == 200 and "Title of the topic" in text,
             "the copied template")
    assert fetch(home)[0] == 200

    # 2. Point the page at a new snippet that fails on its first run.
    (root / "snippets" / "ml_coding" / "new_topic.py").write_text(FAILING_SNIPPET)
    page.write_text(NEW_PAGE)
    markup = wait_for(page_url, lambda status, text: status == 200 and "new_topic.py failed" in text,
                      "the failure notice")
    text = text_of(markup)
    assert "snippets/ml_coding/new_topic.py:12: RuntimeError: not finished yet" in text
    assert "it has no previous output to show" in text
    assert "def answer()" in text, "the code still shows"
    assert fetch(home)[0] == 200, "other pages keep answering"

    # 2b. A snippet that writes into docs/ is stopped before the write, so the watcher sees
    #     no change and the server does not rebuild in a loop.
    (root / "snippets" / "ml_coding" / "new_topic.py").write_text(FAILING_SNIPPET.replace(
        '    raise RuntimeError("not finished yet")\n',
        f"    open({str(page)!r}, 'a').write('defaced')\n"))
    markup = wait_for(page_url, lambda status, text: "SnippetWriteError" in text, "the write error")
    assert "a snippet may write only inside its own working folder" in text_of(markup)
    assert "defaced" not in page.read_text()
    builds = served_log(root).count("Building documentation")
    time.sleep(6)
    assert served_log(root).count("Building documentation") == builds, "the server keeps rebuilding"

    # 3. A typo in a section name: one line that names page, line, file and section.
    page.write_text(NEW_PAGE.replace(":core", ":cor"))
    markup = wait_for(page_url, lambda status, text: "build errors" in text, "the include error")
    assert ("docs/ml-coding/new-topic.md:11: includes section 'cor' of "
            "snippets/ml_coding/new_topic.py, which has no") in text_of(markup)
    assert fetch(home)[0] == 200

    # 3b. Front matter that is not valid YAML: shown on the page, the server keeps answering.
    page.write_text(NEW_PAGE.replace("description: A page", "description: A page: broken"))
    markup = wait_for(page_url, lambda status, text: "not valid YAML" in text, "the YAML error")
    assert "docs/ml-coding/new-topic.md:2: front matter is not valid YAML" in text_of(markup)
    assert fetch(home)[0] == 200

    # 4. Fix both: the output appears and the notices go.
    page.write_text(NEW_PAGE)
    (root / "snippets" / "ml_coding" / "new_topic.py").write_text(
        FAILING_SNIPPET.replace('    raise RuntimeError("not finished yet")\n', ""))
    markup = wait_for(page_url, lambda status, text: "the answer is 42" in text, "the fixed output")
    assert "failed" not in text_of(markup) and "build error" not in text_of(markup)
    assert fetch(home)[0] == 200
