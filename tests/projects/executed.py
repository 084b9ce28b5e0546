"""The executed notebooks as the site publishes them, so tests can check the numbers they print."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

PROJECT_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import build_snippets  # noqa: E402


def notebook_output(name: str) -> str:
    """Run snippets/projects/<name>.py through the snippet build (a cache hit when it is current)
    and return everything its cells printed, after checking that every cell ran, in order."""
    source = PROJECT_ROOT / "snippets" / "projects" / f"{name}.py"
    (outcome,) = build_snippets.build(only=[source], log=lambda _message: None)
    assert outcome.status != "failed", outcome.message
    path = build_snippets.BuildPaths().generated / "projects" / name / f"{name}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code_cells] == list(range(1, len(code_cells) + 1))
    printed = []
    for cell in code_cells:
        for output in cell.outputs:
            printed.append(output.get("text") or output.get("data", {}).get("text/plain", ""))
    return "\n".join(printed)
