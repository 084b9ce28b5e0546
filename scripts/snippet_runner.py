"""Run one snippet (or notebook source) in this process and write what it produced.

Called by `build_snippets.py` in a fresh subprocess, never imported by it:

    python scripts/snippet_runner.py SOURCE OUT_DIR MAX_OUTPUT_CHARS TIMEOUT_SECONDS

A plain snippet writes OUT_DIR/stdout.txt and, for each figure shown with `plt.show()`,
OUT_DIR/figure-N-light.svg and OUT_DIR/figure-N-dark.svg. A notebook source (a `.py` file in
Jupyter's percent format) writes OUT_DIR/<name>.ipynb, executed. Either way OUT_DIR/result.json
says whether it worked and, if not, where it failed.
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import importlib.util
import io
import json
import os
import runpy
import sys
import tempfile
import traceback
import types
from pathlib import Path
from typing import Callable

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PLOT_STYLE = PROJECT_ROOT / "snippets" / "_shared" / "plot_style.py"
SVG_METADATA = {"Date": None, "Creator": None}


class OutputLimitExceeded(RuntimeError):
    """Raised by `CappedWriter` so that runaway printing fails at the line that printed."""


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


@functools.cache
def load_plot_style() -> types.ModuleType:
    """The house style, loaded by path so that the snippets being built cannot shadow it."""
    spec = importlib.util.spec_from_file_location("house_plot_style", PLOT_STYLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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

    def style_matplotlib(_matplotlib: types.ModuleType) -> None:
        load_plot_style().apply_light_style()

    def capture_show(pyplot: types.ModuleType) -> None:
        plot_style = load_plot_style()

        def show(*_args, **_kwargs) -> None:
            nonlocal figure_count
            for number in pyplot.get_fignums():
                figure = pyplot.figure(number)
                figure_count += 1
                stem = out_dir / f"figure-{figure_count}"
                figure.savefig(f"{stem}-light.svg", format="svg", metadata=SVG_METADATA)
                plot_style.recolor_for_dark(figure)
                figure.savefig(f"{stem}-dark.svg", format="svg", metadata=SVG_METADATA)
                pyplot.close(figure)

        pyplot.show = show

    sys.meta_path.insert(0, OnImport({"matplotlib": style_matplotlib,
                                      "matplotlib.pyplot": capture_show}))
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
    (out_dir / "stdout.txt").write_text(captured.getvalue(), encoding="utf-8")
    return {"ok": True, "figures": figure_count}


def percent_cell_lines(source: Path) -> list[int]:
    """1-based line numbers of the `# %%` markers that open each cell."""
    lines = source.read_text(encoding="utf-8").splitlines()
    return [number for number, line in enumerate(lines, 1) if line.startswith("# %%")]


def kernel_profile_dir() -> str:
    """An IPython profile that gives notebooks the house style and deterministic SVG figures."""
    profile = Path(tempfile.mkdtemp(prefix="ipython-")) / "profile_default"
    profile.mkdir(parents=True)
    setup_lines = [
        "import runpy as _runpy",
        f"_runpy.run_path({str(PLOT_STYLE)!r})['apply_light_style']()",
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
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(PROJECT_ROOT)}},
                            record_timing=False)
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError) as exc:
        cell_lines = percent_cell_lines(source)
        index = next((i for i, cell in enumerate(notebook.cells)
                      if any(o.get("output_type") == "error" for o in cell.get("outputs", []))),
                     None)
        line = cell_lines[index] if index is not None and index < len(cell_lines) else 0
        summary = str(exc).strip().splitlines()
        return {"ok": False, "kind": type(exc).__name__,
                "message": summary[-1] if summary else "cell failed",
                "frames": [{"path": str(source), "line": line,
                            "function": f"cell {index}" if index is not None else "notebook",
                            "code": ""}]}
    merge_stream_outputs(notebook)
    nbformat.write(notebook, out_dir / f"{source.stem}.ipynb")  # its name in the download link
    return {"ok": True, "figures": 0}


def main() -> None:
    source, out_dir = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    max_chars, timeout = int(sys.argv[3]), float(sys.argv[4])
    is_notebook = source.read_text(encoding="utf-8").startswith("# %%")
    result = run_notebook(source, out_dir, timeout) if is_notebook else run_snippet(
        source, out_dir, max_chars)
    (out_dir / "result.json").write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main()
