"""The snippet build: caching, failures that keep the last good outputs, limits, determinism.

Each test builds a small scratch project of its own, so it does not depend on the site's content.
"""

from __future__ import annotations

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

    def build(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(BUILD), "--snippets-dir", str(self.snippets),
             "--generated-dir", str(self.generated), "--cache-dir", str(self.cache), *args],
            capture_output=True, text=True, timeout=120)

    def output(self, name: str, file: str = "stdout.txt") -> Path:
        return self.generated / "demo" / name / file


def summary(result: subprocess.CompletedProcess) -> str:
    return next(line for line in result.stdout.splitlines() if line.startswith("snippets:"))


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def test_outputs_stdout_and_both_figure_renderings(project):
    project.write("good", GOOD)
    result = project.build()
    assert result.returncode == 0, result.stdout + result.stderr
    assert project.output("good").read_text().startswith("mean ")
    light = project.output("good", "figure-1-light.svg").read_text()
    dark = project.output("good", "figure-1-dark.svg").read_text()
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


def test_failure_names_file_and_line_and_keeps_last_good_output(project):
    path = project.write("good", GOOD)
    project.write("other", OTHER)
    (project.snippets / "demo" / "helper.py").write_text(HELPER)
    assert project.build().returncode == 0
    before = project.output("good").read_bytes()
    figure_before = project.output("good", "figure-1-light.svg").read_bytes()

    path.write_text(RAISES)
    project.write("other", OTHER + "print('edited')\n")
    result = project.build()
    assert result.returncode == 1
    assert "snippets/demo/good.py:2: ZeroDivisionError: division by zero" in result.stdout
    assert "snippets/demo/good.py:7 in main" in result.stdout  # the snippet's own frames
    assert "divide(1, 0)" in result.stdout
    assert "site-packages" not in result.stdout  # and only those
    assert "1 ran, 1 cached, 1 failed" in summary(result)  # the others still finish
    assert project.output("other").read_text() == "42\nedited\n"
    assert project.output("good").read_bytes() == before
    assert project.output("good", "figure-1-light.svg").read_bytes() == figure_before

    # A failure is never cached: the next run tries again.
    assert project.build().returncode == 1


def test_syntax_error_names_file_and_line(project):
    project.write("broken", "x = 1\ny = (\n")
    result = project.build()
    assert result.returncode == 1
    assert "snippets/demo/broken.py:2: SyntaxError" in result.stdout


def test_timeout_names_snippet_and_limit_and_keeps_output(project):
    path = project.write("slow", "print('fast for now')\n")
    assert project.build().returncode == 0
    path.write_text(textwrap.dedent(HANGS))
    result = project.build()
    assert result.returncode == 1
    assert "snippets/demo/slow.py: timed out after its limit of 2 s" in result.stdout
    assert project.output("slow").read_text() == "fast for now\n"


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


def test_two_forced_runs_are_byte_identical(project):
    project.write("good", GOOD)
    project.write("notebook", "# %% [markdown]\n# A title\n\n# %%\nprint(sum(range(10)))\n")
    assert project.build("--force").returncode == 0
    first = {p: p.read_bytes() for p in project.generated.rglob("*") if p.is_file()}
    for path in first:
        path.unlink()
    assert project.build("--force").returncode == 0
    second = {p: p.read_bytes() for p in project.generated.rglob("*") if p.is_file()}
    assert first.keys() == second.keys() and len(first) == 4
    assert all(first[p] == second[p] for p in first)


def test_notebook_is_executed_with_its_outputs(project):
    project.write("notebook", "# %% [markdown]\n# A title\n\n# %%\nprint(6 * 7)\n")
    assert project.build().returncode == 0
    import nbformat

    notebook = nbformat.read(project.output("notebook", "notebook.ipynb"), as_version=4)
    assert notebook.cells[1].outputs[0]["text"] == "42\n"
    assert summary(project.build()).startswith("snippets: 0 ran, 1 cached")


def test_failing_notebook_cell_names_its_line(project):
    project.write("notebook", "# %% [markdown]\n# A title\n\n# %%\nx = 1\n\n# %%\nraise ValueError('bad cell')\n")
    result = project.build()
    assert result.returncode == 1
    assert "snippets/demo/notebook.py:7:" in result.stdout
    assert "bad cell" in result.stdout
