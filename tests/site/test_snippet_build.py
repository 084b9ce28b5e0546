"""The snippet build: caching, failures that keep the last good outputs, limits, determinism.

Each test builds a small scratch project of its own, so it does not depend on the site's content.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

BUILD = Path(__file__).resolve().parents[2] / "scripts" / "build_snippets.py"

GOOD = '''\
"""Prints a seeded number and draws one figure."""
import matplotlib.pyplot as plt
import numpy as np

def main() -> None:
    rng = np.random.default_rng(3)
    values = rng.normal(size=50)
    print(f"mean {values.mean():.4f}")
    plt.plot(np.sort(values))
    plt.title("sorted draws")
    plt.show()

if __name__ == "__main__":
    main()
'''

OTHER = '''\
from snippets.demo.helper import double

print(double(21))
'''

HELPER = '''\
def double(x: int) -> int:
    return 2 * x
'''

RAISES = '''\
def divide(a, b):
    return a / b


def main():
    print("about to fail")
    divide(1, 0)


main()
'''

HANGS = '''\
# snippet-build: timeout=2
import time

while True:
    time.sleep(0.1)
'''

FLOODS = '''\
for i in range(10**7):
    print("spam", i)
'''


class Project:
    """A scratch snippets/ tree with its own generated/ and cache folders."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.snippets = root / "snippets"
        self.generated = root / "generated"
        self.cache = root / "cache"
        (self.snippets / "demo").mkdir(parents=True)
        (self.snippets / "__init__.py").write_text("")
        (self.snippets / "demo" / "__init__.py").write_text("")
        (self.snippets / "_shared").mkdir()

    def write(self, name: str, source: str) -> Path:
        path = self.snippets / "demo" / f"{name}.py"
        path.write_text(textwrap.dedent(source))
        return path

    fork_server = "auto"  # what SNIPPET_BUILD_FORKSERVER the build sees

    def build(self, *args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "SNIPPET_BUILD_FORKSERVER": {"auto": "auto", True: "1", False: "0"}[
            self.fork_server],
            # matplotlib is what these snippets import; warming only it keeps the tests quick
            # while exercising a child that finds its libraries already imported
            "SNIPPET_FORKSERVER_PRELOAD": "numpy,matplotlib,matplotlib.pyplot"}
        return subprocess.run(
            [sys.executable, str(BUILD), "--snippets-dir", str(self.snippets),
             "--generated-dir", str(self.generated), "--cache-dir", str(self.cache), *args],
            capture_output=True, text=True, timeout=120, env=env)

    def output(self, name: str, file: str = "stdout.txt") -> Path:
        return self.generated / "demo" / name / file


def summary(result: subprocess.CompletedProcess) -> str:
    return next(line for line in result.stdout.splitlines() if line.startswith("snippets:"))


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


# The fork-server runs warm a server first: slow, so only CI and `scripts/test` run them.
@pytest.fixture(params=[pytest.param(False, id="fresh-process"),
                        pytest.param(True, id="fork-server", marks=pytest.mark.slow)])
def either_project(request, tmp_path: Path) -> Project:
    """A scratch project built both ways a snippet can be started: the guarantees must not differ."""
    project = Project(tmp_path)
    project.fork_server = request.param
    return project


def test_outputs_stdout_and_both_figure_renderings(either_project):
    either_project.write("good", GOOD)
    result = either_project.build()
    assert result.returncode == 0, result.stdout + result.stderr
    assert either_project.output("good").read_text().startswith("mean ")
    light = either_project.output("good", "figure-1-light.svg").read_text()
    dark = either_project.output("good", "figure-1-dark.svg").read_text()
    assert "<svg" in light and light != dark
    assert "dc:date" not in light, "figures must carry no date"


def test_second_run_executes_nothing(project):
    project.write("good", GOOD)
    project.write("other", OTHER)
    (project.snippets / "demo" / "helper.py").write_text(HELPER)
    assert project.build().returncode == 0
    again = project.build()
    assert again.returncode == 0
    assert summary(again).startswith("snippets: 0 ran, 3 cached, 0 failed")


def test_editing_one_snippet_reruns_only_it(project):
    project.write("good", GOOD)
    project.write("other", OTHER)
    (project.snippets / "demo" / "helper.py").write_text(HELPER)
    project.build()
    project.write("good", GOOD.replace("size=50", "size=60"))
    result = project.build()
    assert summary(result).startswith("snippets: 1 ran, 2 cached")
    assert "demo/good" in result.stdout.split("slowest:")[1]


def test_editing_an_imported_module_reruns_its_importers(project):
    project.write("other", OTHER)
    helper = project.snippets / "demo" / "helper.py"
    helper.write_text(HELPER)
    project.build()
    assert project.output("other").read_text() == "42\n"
    helper.write_text(HELPER.replace("2 * x", "3 * x"))
    result = project.build()
    assert "demo/other" in result.stdout.split("slowest:")[1]
    assert project.output("other").read_text() == "63\n"


def test_failure_names_file_and_line_and_keeps_last_good_output(either_project):
    path = either_project.write("good", GOOD)
    either_project.write("other", OTHER)
    (either_project.snippets / "demo" / "helper.py").write_text(HELPER)
    assert either_project.build().returncode == 0
    before = either_project.output("good").read_bytes()
    figure_before = either_project.output("good", "figure-1-light.svg").read_bytes()

    path.write_text(RAISES)
    either_project.write("other", OTHER + "print('edited')\n")
    result = either_project.build()
    assert result.returncode == 1
    assert "snippets/demo/good.py:2: ZeroDivisionError: division by zero" in result.stdout
    assert "snippets/demo/good.py:7 in main" in result.stdout  # the snippet's own frames
    assert "divide(1, 0)" in result.stdout
    assert "site-packages" not in result.stdout  # and only those
    assert "1 ran, 1 cached, 1 failed" in summary(result)  # the others still finish
    assert either_project.output("other").read_text() == "42\nedited\n"
    assert either_project.output("good").read_bytes() == before
    assert either_project.output("good", "figure-1-light.svg").read_bytes() == figure_before

    # A failure is never cached: the next run tries again.
    assert either_project.build().returncode == 1


def test_syntax_error_names_file_and_line(project):
    project.write("broken", "x = 1\ny = (\n")
    result = project.build()
    assert result.returncode == 1
    assert "snippets/demo/broken.py:2: SyntaxError" in result.stdout


@pytest.mark.slow  # starts a kernel or waits out a time limit
def test_timeout_names_snippet_and_limit_and_keeps_output(either_project):
    path = either_project.write("slow", "print('fast for now')\n")
    assert either_project.build().returncode == 0
    path.write_text(textwrap.dedent(HANGS))
    result = either_project.build()
    assert result.returncode == 1
    assert "snippets/demo/slow.py: timed out after its limit of 2 s" in result.stdout
    assert either_project.output("slow").read_text() == "fast for now\n"


def test_runaway_output_is_capped_with_a_message(project):
    path = project.write("loud", "print('quiet')\n")
    assert project.build().returncode == 0
    path.write_text(FLOODS)
    result = project.build()
    assert result.returncode == 1
    assert "snippets/demo/loud.py:2: OutputLimitExceeded" in result.stdout
    assert "printed more than 100,000 characters" in result.stdout
    assert project.output("loud").read_text() == "quiet\n"


def test_unknown_build_option_is_an_error_with_its_line(project):
    project.write("typo", "print(1)\n\n# snippet-build: timeuot=5\n")
    result = project.build()
    assert result.returncode == 1
    assert "snippets/demo/typo.py:3: unknown snippet-build option 'timeuot=5'" in result.stdout


def test_unchanged_outputs_are_not_rewritten(project):
    project.write("good", GOOD)
    project.build()
    stdout_file = project.output("good")
    first_mtime = stdout_file.stat().st_mtime_ns
    assert project.build("--force").returncode == 0
    assert stdout_file.stat().st_mtime_ns == first_mtime  # same bytes: file left alone


def test_removed_figure_and_removed_snippet_leave_no_stale_output(project):
    path = project.write("good", GOOD)
    project.build()
    path.write_text("print('no figure now')\n")
    project.build()
    assert not project.output("good", "figure-1-light.svg").exists()
    path.unlink()
    project.build()
    assert not (project.generated / "demo" / "good").exists()


@pytest.mark.slow  # starts a kernel or waits out a time limit
def test_two_forced_runs_are_byte_identical(either_project):
    either_project.write("good", GOOD)
    either_project.write("notebook", "# %% [markdown]\n# A title\n\n# %%\nprint(sum(range(10)))\n")
    assert either_project.build("--force").returncode == 0
    first = {p: p.read_bytes() for p in either_project.generated.rglob("*") if p.is_file()}
    for path in first:
        path.unlink()
    assert either_project.build("--force").returncode == 0
    second = {p: p.read_bytes() for p in either_project.generated.rglob("*") if p.is_file()}
    assert first.keys() == second.keys() and len(first) == 4
    assert all(first[p] == second[p] for p in first)


@pytest.mark.slow  # starts a kernel or waits out a time limit
def test_notebook_is_executed_with_its_outputs(project):
    project.write("notebook", "# %% [markdown]\n# A title\n\n# %%\nprint(6 * 7)\n")
    assert project.build().returncode == 0
    import nbformat

    notebook = nbformat.read(project.output("notebook", "notebook.ipynb"), as_version=4)
    assert notebook.cells[1].outputs[0]["text"] == "42\n"
    assert summary(project.build()).startswith("snippets: 0 ran, 1 cached")


NOTEBOOK_FAILING_INSIDE_A_CELL = """\
# %% [markdown]
# A title

# %%
def check(value):
    if value > 2:
        raise ValueError(f"bad value {value}")

# %% [markdown]
# Some prose between the cells.

# %%
total = 0
for value in range(5):
    total += value
    check(value)
"""


@pytest.mark.slow  # starts a kernel or waits out a time limit
def test_failing_notebook_cell_names_the_line_inside_the_cell(project):
    project.write("notebook", NOTEBOOK_FAILING_INSIDE_A_CELL)
    result = project.build()
    assert result.returncode == 1
    # Like a plain snippet: the innermost line first (the raise, in the first code cell), then
    # the frames from outermost in; markdown cells are not counted.
    assert "snippets/demo/notebook.py:7: ValueError: bad value 3" in result.stdout
    frames = result.stdout.split("\n", 1)[1]
    assert frames.index("snippets/demo/notebook.py:16 in code cell 2\n        check(value)") < \
        frames.index("snippets/demo/notebook.py:7 in code cell 1\n        raise ValueError")
    assert "\x1b[" not in result.stdout, "terminal colour codes must be stripped"


@pytest.mark.slow  # starts a kernel or waits out a time limit
def test_timed_out_notebook_cell_names_its_line(project):
    project.write("notebook", "# %%\n# snippet-build: timeout=3\nimport time\n\n# %%\n"
                              "while True:\n    time.sleep(0.05)\n")
    result = project.build()
    assert result.returncode == 1
    assert "snippets/demo/notebook.py:7: TimeoutError: the cell did not finish within its limit of 3 s" \
        in result.stdout


UNSHOWN_FIGURE = """\
import matplotlib.pyplot as plt

print("drew but forgot to show")
plt.plot([1, 2, 3])
"""

STRAY_FIGURE = """\
import matplotlib.pyplot as plt

plt.figure()
figure, axes = plt.subplots()
axes.plot([3, 2, 1])
plt.show()
"""

TWO_FIGURES_ONE_SHOW = """\
import matplotlib.pyplot as plt

plt.subplots()[1].plot([1, 2])
plt.subplots()[1].plot([2, 1])
plt.show()
"""


@pytest.mark.parametrize("source, expected", [
    (UNSHOWN_FIGURE, "snippets/demo/good.py:4: FigureError: 1 figure(s) created but never shown"),
    (STRAY_FIGURE, "snippets/demo/good.py:6: FigureError: plt.show() found 1 empty figure(s) "
                   "among 2 open (created at good.py:3)"),
    (TWO_FIGURES_ONE_SHOW, "snippets/demo/good.py:5: FigureError: plt.show() found 2 open figures "
                           "(created at good.py:3, good.py:4)"),
], ids=["never-shown", "stray-empty-figure", "two-figures-one-show"])
def test_figure_mistakes_fail_and_keep_the_last_good_figures(either_project, source, expected):
    path = either_project.write("good", GOOD)
    assert either_project.build().returncode == 0
    before = {p.name: p.read_bytes() for p in (either_project.generated / "demo" / "good").iterdir()}
    path.write_text(source)
    result = either_project.build()
    assert result.returncode == 1
    assert expected in result.stdout
    after = {p.name: p.read_bytes() for p in (either_project.generated / "demo" / "good").iterdir()}
    assert after == before


@pytest.mark.slow  # starts a kernel or waits out a time limit
def test_hanging_snippet_names_the_line_it_is_stuck_on(either_project):
    either_project.write("slow", HANGS)
    result = either_project.build()
    assert result.returncode == 1
    assert ("snippets/demo/slow.py: timed out after its limit of 2 s, stuck at "
            "snippets/demo/slow.py:5 in <module>") in result.stdout


def alive(pid: int) -> bool:
    """True while `pid` runs; a killed child nobody has reaped yet (a zombie) counts as dead."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


DETACHES_A_CHILD = """\
# snippet-build: timeout=3
import os
import subprocess
import sys
import time

child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"],
                         start_new_session=True)
print(child.pid, flush=True)
with open("child.pid", "w") as handle:
    handle.write(str(child.pid))
{ending}
"""


@pytest.mark.parametrize("ending", [
    pytest.param("", id="snippet-finishes"),
    pytest.param("while True:\n    time.sleep(0.1)", id="snippet-hangs", marks=pytest.mark.slow),
])
def test_a_detached_child_neither_delays_the_build_nor_survives_it(either_project, ending):
    import time

    either_project.write("spawner", DETACHES_A_CHILD.format(ending=ending))
    started = time.monotonic()
    result = either_project.build()
    elapsed = time.monotonic() - started
    # the child sleeps 600 s: waiting for it would blow far past this functional bound
    assert elapsed < 60, result.stdout
    if ending:
        assert result.returncode == 1 and "timed out after its limit of 3 s" in result.stdout
    else:
        assert result.returncode == 0, result.stdout
        child = int(either_project.output("spawner").read_text())
        assert not alive(child), "a process the snippet started outlived the build"


WRITES_OUTSIDE = """\
from pathlib import Path
import tempfile

Path("scratch-notes.txt").write_text("a relative path lands in the scratch folder")
with tempfile.NamedTemporaryFile("w") as handle:
    handle.write("temporary files are fine")
page = Path({page!r})
page.write_text("defaced")
"""


def test_a_write_outside_the_run_fails_naming_the_snippet_and_changes_nothing(either_project):
    page = either_project.root / "docs" / "index.md"
    page.parent.mkdir()
    page.write_text("# The real page\n")
    either_project.write("writer", "print('first version')\n")
    assert either_project.build().returncode == 0
    either_project.write("writer", WRITES_OUTSIDE.format(page=str(page)))
    result = either_project.build()
    assert result.returncode == 1
    assert "snippets/demo/writer.py:8: SnippetWriteError: a snippet may write only" in result.stdout
    assert str(page) in result.stdout
    assert page.read_text() == "# The real page\n"
    assert either_project.output("writer").read_text() == "first version\n"
    assert not (either_project.root / "scratch-notes.txt").exists()
    assert sorted(p.name for p in (either_project.generated / "demo" / "writer").iterdir()) == ["stdout.txt"]


def closed_loopback_port() -> int:
    """A port on 127.0.0.1 where nothing listens: bound by the OS, then released."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("notebook", [pytest.param(False, id="snippet"),
                                      pytest.param(True, id="notebook", marks=pytest.mark.slow)])
def test_network_use_fails_before_any_connection_is_attempted(either_project, notebook):
    port = closed_loopback_port()
    source = f"import socket\n\nsocket.create_connection(('127.0.0.1', {port}), timeout=1)\n"
    either_project.write("online", "# %%\n" + source if notebook else source)
    result = either_project.build()
    assert result.returncode == 1
    line = 4 if notebook else 3
    assert f"snippets/demo/online.py:{line}: NetworkBlockedError: no network at build time" \
        in result.stdout
    assert f"127.0.0.1:{port}" in result.stdout
    assert "ConnectionRefusedError" not in result.stdout


@pytest.mark.slow  # starts a kernel or waits out a time limit
def test_a_notebook_cannot_write_outside_its_run_either(project):
    target = project.root / "outside.txt"
    project.write("notebook", f"# %%\nopen({str(target)!r}, 'w').write('x')\n")
    result = project.build()
    assert result.returncode == 1
    assert "snippets/demo/notebook.py:2: SnippetWriteError" in result.stdout
    assert not target.exists()


@pytest.mark.slow  # starts a kernel or waits out a time limit
def test_a_fork_server_child_gives_the_same_bytes_as_a_fresh_process(project):
    project.write("good", GOOD)
    project.fork_server = False
    assert project.build("--force").returncode == 0
    fresh = {p.name: p.read_bytes() for p in (project.generated / "demo" / "good").iterdir()}
    project.fork_server = True
    assert project.build("--force").returncode == 0
    forked = {p.name: p.read_bytes() for p in (project.generated / "demo" / "good").iterdir()}
    assert forked == fresh and len(fresh) == 3


SLEEPS = '''\
import time

time.sleep(7)
print("rested")
'''


@pytest.mark.slow  # waits out a progress interval
def test_a_long_build_shows_progress_and_a_quick_one_stays_quiet(project):
    project.write("sleeper", SLEEPS)
    project.write("quick", 'print("done")\n')
    result = project.build("--jobs", "2")
    assert result.returncode == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if " done" in line]
    # The quick snippet has finished by the first line, 5 s in; the sleeper still runs.
    line = re.compile(
        r"snippets: 1 of 2 done; slowest running: demo/sleeper \((\d+) s\)")
    matches = [line.fullmatch(text) for text in progress]
    assert progress and all(matches), result.stderr
    seconds = [int(match[1]) for match in matches]
    assert seconds[0] in (4, 5), "the first line comes after one interval of 5 s"
    assert all(later - earlier >= 4 for earlier, later in zip(seconds, seconds[1:]))
    assert summary(result).startswith("snippets: 2 ran, 0 cached, 0 failed")

    project.write("quick", 'print("done again")\n')
    result = project.build("--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert " done" not in result.stderr, "a build under 5 s prints no progress"
