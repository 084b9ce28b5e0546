"""A notebook's saved outputs must not depend on when the kernel flushed stdout."""

from __future__ import annotations

import sys

import nbformat

from tests.site.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import snippet_runner  # noqa: E402


def notebook_with_outputs(outputs: list) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell("print('a'); print('b')")
    cell.id = "cell-0"
    cell.outputs = [nbformat.NotebookNode(o) for o in outputs]
    cell.metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00Z"}
    return nbformat.v4.new_notebook(cells=[cell])


def stream(name: str, text: str) -> dict:
    return {"output_type": "stream", "name": name, "text": text}


def test_split_and_whole_stdout_save_the_same_bytes():
    split = notebook_with_outputs([stream("stdout", "a\n"), stream("stdout", "b\n")])
    whole = notebook_with_outputs([stream("stdout", "a\nb\n")])
    for notebook in (split, whole):
        snippet_runner.merge_stream_outputs(notebook)
    assert nbformat.writes(split) == nbformat.writes(whole)
    assert split.cells[0].outputs == [stream("stdout", "a\nb\n")]
    assert "execution" not in split.cells[0].metadata


def test_streams_are_merged_only_when_adjacent_and_of_one_name():
    figure = {"output_type": "display_data", "data": {"text/plain": "<Figure>"}, "metadata": {}}
    notebook = notebook_with_outputs([stream("stdout", "a\n"), stream("stderr", "warn\n"),
                                      stream("stderr", "more\n"), figure, stream("stdout", "b\n")])
    snippet_runner.merge_stream_outputs(notebook)
    assert notebook.cells[0].outputs == [stream("stdout", "a\n"), stream("stderr", "warn\nmore\n"),
                                         figure, stream("stdout", "b\n")]
