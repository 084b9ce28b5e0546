"""Run one snippet (or notebook source) in this process and write what it produced.

Called by `build_snippets.py` in a fresh subprocess, never imported by it:

    python scripts/snippet_runner.py SOURCE OUT_DIR MAX_OUTPUT_CHARS TIMEOUT_SECONDS

A plain snippet writes OUT_DIR/stdout.txt and, for each figure shown with `plt.show()`,
OUT_DIR/figure-N-light.svg and OUT_DIR/figure-N-dark.svg. A notebook source (a `.py` file in
Jupyter's percent format) writes OUT_DIR/<name>.ipynb, executed. Either way OUT_DIR/result.json
says whether it worked and, if not, where it failed.
"""

from __future__ import annotations

import faulthandler
import functools
import importlib.abc
import importlib.machinery
import importlib.util
import io
import json
import os
import re
import runpy
import signal
import sys
import tempfile
import traceback
import types
from pathlib import Path
from typing import Callable

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PLOT_STYLE = PROJECT_ROOT / "snippets" / "_shared" / "plot_style.py"
SANDBOX = Path(__file__).resolve().parent / "snippet_sandbox.py"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
SVG_METADATA = {"Date": None, "Creator": None}


class OutputLimitExceeded(RuntimeError):
    """Raised by `CappedWriter` so that runaway printing fails at the line that printed."""


class FigureError(RuntimeError):
    """A figure the page would show wrongly: never shown, or empty when shown."""


class CappedWriter(io.TextIOBase):
    """A text stream that keeps what is written and raises past a character budget."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.size += len(text)
        if self.size > self.limit:
            raise OutputLimitExceeded(
                f"the snippet printed more than {self.limit:,} characters; "
                "print a summary instead of raw data"
            )
        self.parts.append(text)
        return len(text)

    def getvalue(self) -> str:
        return "".join(self.parts)


def project_frames(tb: traceback.StackSummary | list[traceback.FrameSummary]) -> list[dict]:
    """The traceback frames that belong to the project's snippets, innermost last."""
    snippets_root = os.environ.get("SNIPPET_ROOT", str(PROJECT_ROOT / "snippets"))
    frames = []
    for frame in tb:
        path = os.path.abspath(frame.filename)
        if path.startswith(os.path.abspath(snippets_root) + os.sep):
            frames.append({"path": path, "line": frame.lineno, "function": frame.name,
                           "code": (frame.line or "").strip()})
    return frames


def failure(exc: BaseException, source: Path) -> dict:
    """Describe an exception by its snippet frames; a syntax error by its own position."""
    frames = project_frames(traceback.extract_tb(exc.__traceback__))
    if isinstance(exc, SyntaxError) and exc.filename:
        frames.append({"path": os.path.abspath(exc.filename), "line": exc.lineno or 0,
                       "function": "<module>", "code": (exc.text or "").strip()})
    if not frames:
        frames.append({"path": str(source), "line": 0, "function": "<module>", "code": ""})
    return {"ok": False, "kind": type(exc).__name__,
            "message": str(exc) if not isinstance(exc, SyntaxError) else exc.msg,
            "frames": frames}


def load_module(path: Path, name: str) -> types.ModuleType:
    """A module loaded by path, so that the snippets being built cannot shadow it."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def load_plot_style() -> types.ModuleType:
    """The house style."""
    return load_module(PLOT_STYLE, "house_plot_style")


class OnImport(importlib.abc.MetaPathFinder):
    """Runs a callback right after a named module is first imported.

    The house style and the figure capture are installed this way, so a snippet that never plots
    never pays for importing matplotlib.
    """

    def __init__(self, callbacks: dict[str, Callable[[types.ModuleType], None]]) -> None:
        self.callbacks = callbacks

    def find_spec(self, fullname, path, target=None):
        callback = self.callbacks.pop(fullname, None)
        if callback is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        execute = spec.loader.exec_module

        def exec_then_callback(module: types.ModuleType) -> None:
            execute(module)
            callback(module)

        spec.loader.exec_module = exec_then_callback
        return spec


def run_snippet(source: Path, out_dir: Path, max_chars: int) -> dict:
    figure_count = 0
    created_at: dict[int, list[dict]] = {}  # figure number -> snippet frames that created it
    pyplot_module: list[types.ModuleType] = []

    def style_matplotlib(_matplotlib: types.ModuleType) -> None:
        load_plot_style().apply_light_style()

    def capture_show(pyplot: types.ModuleType) -> None:
        plot_style = load_plot_style()
        pyplot_module.append(pyplot)
        make_figure = pyplot.figure

        @functools.wraps(make_figure)
        def figure(*args, **kwargs):
            known = set(pyplot.get_fignums())
            made = make_figure(*args, **kwargs)
            if made.number not in known:
                created_at[made.number] = project_frames(traceback.extract_stack()[:-1])
            return made

        def show(*_args, **_kwargs) -> None:
            nonlocal figure_count
            open_figures = [pyplot.figure(number) for number in pyplot.get_fignums()]
            empty = [f for f in open_figures if not f.axes]
            if empty:
                raise FigureError(
                    f"plt.show() found {len(empty)} empty figure(s) among {len(open_figures)} "
                    f"open (created at {where_created(empty[0].number)}): a stray figure would "
                    "shift the numbering of figure-N on the page; close it or draw into it")
            if len(open_figures) > 1:
                raise FigureError(
                    f"plt.show() found {len(open_figures)} open figures (created at "
                    f"{', '.join(where_created(f.number) for f in open_figures)}); call "
                    "plt.show() once per figure, so that figure-N on the page is the N-th shown")
            for figure in open_figures:
                figure_count += 1
                stem = out_dir / f"figure-{figure_count}"
                figure.savefig(f"{stem}-light.svg", format="svg", metadata=SVG_METADATA)
                plot_style.recolor_for_dark(figure)
                figure.savefig(f"{stem}-dark.svg", format="svg", metadata=SVG_METADATA)
                created_at.pop(figure.number, None)
                pyplot.close(figure)

        pyplot.figure = figure
        pyplot.show = show

    def where_created(number: int) -> str:
        frames = created_at.get(number)
        if not frames:
            return "an unknown line"
        return f"{Path(frames[-1]['path']).name}:{frames[-1]['line']}"

    callbacks = {"matplotlib": style_matplotlib, "matplotlib.pyplot": capture_show}
    for name in list(callbacks):  # a warm fork-server child has them imported already
        if name in sys.modules:
            callbacks.pop(name)(sys.modules[name])
    sys.meta_path.insert(0, OnImport(callbacks))
    captured = CappedWriter(max_chars)
    real_stdout = sys.stdout
    sys.stdout = captured
    sys.argv = [str(source)]
    sys.path.insert(0, str(source.parent))
    try:
        runpy.run_path(str(source), run_name="__main__")
    except SystemExit as exc:
        if exc.code not in (None, 0):
            return failure(exc, source)
    except BaseException as exc:  # report every failure, including KeyboardInterrupt
        return failure(exc, source)
    finally:
        sys.stdout = real_stdout
    unshown = pyplot_module[0].get_fignums() if pyplot_module else []
    if unshown:
        frames = created_at.get(unshown[0]) or [
            {"path": str(source), "line": 0, "function": "<module>", "code": ""}]
        return {"ok": False, "kind": "FigureError",
                "message": f"{len(unshown)} figure(s) created but never shown: call plt.show() "
                           "for each figure the page uses (or plt.close() one it does not)",
                "frames": frames}
    (out_dir / "stdout.txt").write_text(captured.getvalue(), encoding="utf-8")
    return {"ok": True, "figures": figure_count}


def cell_start_lines(source: Path, notebook) -> list[int]:
    """For each cell, the 1-based line of the source file that holds its first line of code."""
    lines = source.read_text(encoding="utf-8").splitlines()
    markers = [number for number, line in enumerate(lines, 1) if line.startswith("# %%")]
    starts = []
    for marker, cell in zip(markers, notebook.cells):
        first = next((line for line in cell.source.splitlines() if line.strip()), None)
        start = marker + 1
        if first is not None:
            start = next((n for n in range(marker + 1, len(lines) + 1)
                          if lines[n - 1] == first), marker + 1)
            # the cell's own leading blank lines were dropped by jupytext; count them back
            start -= cell.source.splitlines().index(first)
        starts.append(start)
    return starts


def notebook_failure(exc: BaseException, source: Path, notebook, timeout: float) -> dict:
    """Where a notebook failed: the source line inside the cell, the cell as a reader counts it."""
    code_cells = [i for i, cell in enumerate(notebook.cells) if cell.cell_type == "code"]
    failed = next((i for i in code_cells if any(
        o.get("output_type") == "error" for o in notebook.cells[i].get("outputs", []))), None)
    if failed is None:  # a timeout without a traceback: the cell that was running
        failed = next((i for i in code_cells
                       if notebook.cells[i].get("execution_count") is None), None)
    if failed is None:
        return {"ok": False, "kind": type(exc).__name__, "message": strip_ansi(str(exc)),
                "frames": [{"path": str(source), "line": 0, "function": "notebook", "code": ""}]}
    cell = notebook.cells[failed]
    error = next((o for o in cell.get("outputs", []) if o.get("output_type") == "error"), None)
    kind = error["ename"] if error else type(exc).__name__
    message = strip_ansi(error["evalue"]) if error else ""
    # The build interrupts a kernel only when a cell runs past its limit (interrupt_on_timeout).
    if type(exc).__name__ == "CellTimeoutError" or kind == "KeyboardInterrupt":
        kind, message = "TimeoutError", f"the cell did not finish within its limit of {timeout:g} s"
    traceback_text = strip_ansi("\n".join(error.get("traceback", []))) if error else ""
    starts = cell_start_lines(source, notebook)
    by_count = {c.get("execution_count"): i for i, c in enumerate(notebook.cells)
                if c.cell_type == "code" and c.get("execution_count") is not None}
    frames = []
    # IPython names a cell's frames "Cell In[n], line k", outermost first.
    for count, line_in_cell in re.findall(r"Cell In\[(\d+)\], line (\d+)", traceback_text):
        index = by_count.get(int(count))
        if index is None:
            continue
        source_lines = notebook.cells[index].source.splitlines()
        k = int(line_in_cell)
        frames.append({"path": str(source), "line": starts[index] + k - 1,
                       "function": f"code cell {code_cells.index(index) + 1}",
                       "code": source_lines[k - 1].strip() if k <= len(source_lines) else ""})
    if not frames:
        frames.append({"path": str(source), "line": starts[failed],
                       "function": f"code cell {code_cells.index(failed) + 1}", "code": ""})
    return {"ok": False, "kind": kind, "message": message, "frames": frames}


def strip_ansi(text: str) -> str:
    return ANSI_ESCAPE.sub("", text)


def kernel_profile_dir() -> str:
    """An IPython profile that gives notebooks the house style and deterministic SVG figures."""
    profile = Path(tempfile.mkdtemp(prefix="ipython-")) / "profile_default"
    profile.mkdir(parents=True)
    writable = os.environ.get("SNIPPET_WRITABLE", "")
    setup_lines = [
        "import runpy as _runpy",
        f"_runpy.run_path({str(PLOT_STYLE)!r})['apply_light_style']()",
        f"_runpy.run_path({str(SANDBOX)!r})['install']({writable.split(os.pathsep)!r})"
        if writable else "",
        "del _runpy",
    ]
    settings = {
        "InlineBackend.figure_formats": {"svg"},
        "InlineBackend.print_figure_kwargs": {"bbox_inches": "tight", "metadata": SVG_METADATA},
        # Notebook figures sit on white in both palettes: one rendering has to serve both.
        "InlineBackend.rc": {"figure.facecolor": "white", "savefig.facecolor": "white",
                             "axes.facecolor": "white"},
        "IPKernelApp.exec_lines": setup_lines,
    }
    config = "".join(f"c.{key} = {value!r}\n" for key, value in settings.items())
    (profile / "ipython_kernel_config.py").write_text(config, encoding="utf-8")
    return str(profile.parent)


def merge_stream_outputs(notebook) -> None:
    """Join consecutive stream outputs of one cell that go to the same stream, in place.

    The kernel flushes stdout on a timer, so one cell's prints can arrive as one message or as
    several; merging makes the saved notebook the same whatever the timing.
    """
    for cell in notebook.cells:
        merged: list = []
        for output in cell.get("outputs", []):
            previous = merged[-1] if merged else None
            if (output.get("output_type") == "stream" and previous is not None
                    and previous.get("output_type") == "stream"
                    and previous.get("name") == output.get("name")):
                previous["text"] = previous["text"] + output["text"]
            else:
                merged.append(output)
        if "outputs" in cell:
            cell["outputs"] = merged
        cell.get("metadata", {}).pop("execution", None)  # wall-clock times, if a kernel adds them


def run_notebook(source: Path, out_dir: Path, timeout: float) -> dict:
    import jupytext
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    notebook = jupytext.read(source, fmt="py:percent")
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"  # jupytext draws random ids; fixed ids keep the file stable
    notebook.metadata.pop("jupytext", None)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    os.environ["IPYTHONDIR"] = kernel_profile_dir()
    os.environ.pop("MPLBACKEND", None)  # the kernel must use the inline backend to show figures
    # The kernel starts in the run's scratch working folder, like a plain snippet; a timed-out
    # cell is interrupted so that its traceback says which line it was stuck on.
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": os.getcwd()}},
                            record_timing=False, interrupt_on_timeout=True)
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError) as exc:
        return notebook_failure(exc, source, notebook, timeout)
    merge_stream_outputs(notebook)
    nbformat.write(notebook, out_dir / f"{source.stem}.ipynb")  # its name in the download link
    return {"ok": True, "figures": 0}


def main(argv: list[str] | None = None) -> None:
    """Run the snippet named by `argv` (default: the command line); called by the fork server."""
    args = sys.argv[1:] if argv is None else argv
    source, out_dir = Path(args[0]).resolve(), Path(args[1])
    max_chars, timeout = int(args[2]), float(args[3])
    # On SIGUSR1 (sent by the build when the time limit is up) dump where the snippet is stuck.
    stack_dump = open(out_dir.parent / "stack.txt", "w", encoding="utf-8")  # noqa: SIM115
    faulthandler.register(signal.SIGUSR1, file=stack_dump, all_threads=False)
    is_notebook = source.read_text(encoding="utf-8").startswith("# %%")
    if is_notebook:  # the cells run in a kernel process, which installs the sandbox itself
        result = run_notebook(source, out_dir, timeout)
    else:
        writable = os.environ.get("SNIPPET_WRITABLE", "")
        if writable:
            load_module(SANDBOX, "snippet_sandbox").install(writable.split(os.pathsep))
        result = run_snippet(source, out_dir, max_chars)
    (out_dir / "result.json").write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main()
