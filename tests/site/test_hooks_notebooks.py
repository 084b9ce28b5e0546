"""scripts/hooks_notebooks.py: notebooks become Markdown pages with figures in both palettes."""

from __future__ import annotations

import io
import json
import re
import runpy
import sys
from pathlib import Path

import nbformat
import pytest
import yaml
from mkdocs.exceptions import PluginError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import hooks_notebooks  # a script beside the hooks, not an installed package

PLOT_STYLE = PROJECT_ROOT / "snippets" / "_shared" / "plot_style.py"
PROJECTS = ["app_deletion", "harmful_content", "hyperparameter_search"]
DIFFICULTIES = {"easy", "medium", "hard"}


def test_the_dark_table_is_plot_styles_own():
    style = runpy.run_path(str(PLOT_STYLE))
    assert hooks_notebooks.dark_recolor_table() == style["_DARK_RECOLOR"]


def test_recoloring_the_svg_equals_recoloring_the_figure():
    """The hook swaps colors in the saved SVG; the snippet build recolors the artists. Both
    must give the same dark figure, byte for byte."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    style = runpy.run_path(str(PLOT_STYLE))
    with matplotlib.rc_context(style["light_rc"]()):
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [1, 0, 2], label="data")
        ax.bar([0.5], [1.5], color="white", edgecolor="black")
        ax.axhline(1, color="0.5", linestyle="--")
        ax.set(title="title", xlabel="x")
        ax.legend()

        def svg() -> str:
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
            return buffer.getvalue()

        light = svg()
        style["recolor_for_dark"](fig)
        dark = svg()
        plt.close(fig)
    assert "#1f2328" in light and "#1f2328" not in dark
    table = hooks_notebooks.dark_recolor_table()
    recolored = hooks_notebooks.recolor_svg(light, table)
    assert without_hashed_ids(recolored) == without_hashed_ids(dark)


def without_hashed_ids(svg: str) -> str:
    """Matplotlib names markers and clip paths by a hash of their content, colors included."""
    names: dict[str, str] = {}
    return re.sub(r"\b[mp][0-9a-f]{10}\b",
                  lambda m: names.setdefault(m[0], f"id{len(names)}"), svg)


def test_recoloring_leaves_ids_and_data_colors_alone():
    references = ('<path clip-path="url(#pd0d7de1234)"/><use xlink:href="#m1f2328ab"/>'
                  '<path style="fill: #3b82f6"/></g>')
    svg = '<g style="fill: #1F2328; stroke: #d0d7de">' + references
    out = hooks_notebooks.recolor_svg(svg, hooks_notebooks.dark_recolor_table())
    assert out == '<g style="fill: #e6e8ec; stroke: #434956">' + references


def test_pandas_html_becomes_a_plain_table():
    markup = ('<div>\n<style scoped>\n .dataframe tbody tr th {vertical-align: top;}\n'
              '</style>\n'
              '<table border="1" class="dataframe">\n<thead><tr style="text-align: right;">'
              '<th></th><th>a_long_column</th></tr></thead>\n<tbody><tr><th>0</th><td>1.5</td>'
              '</tr></tbody>\n</table>\n</div>')
    assert hooks_notebooks.pandas_table(markup) == (
        "<table>\n<thead><tr><th></th><th>a_long_column</th></tr></thead>\n"
        "<tbody><tr><th>0</th><td>1.5</td></tr></tbody>\n</table>")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A fake project root: write_notebook(source, cells) writes the source and its executed
    notebook where the hook looks for them, and returns the notebook's path."""
    monkeypatch.setattr(hooks_notebooks, "PROJECT_ROOT", tmp_path)
    monkeypatch.setattr(hooks_notebooks, "GENERATED", tmp_path / "generated")
    monkeypatch.setattr(hooks_notebooks, "SNIPPETS", tmp_path / "snippets")

    def write_notebook(source: str, cells: list) -> Path:
        script = tmp_path / "snippets" / "projects" / "demo.py"
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(source, encoding="utf-8")
        notebook = nbformat.v4.new_notebook(cells=cells)
        path = tmp_path / "generated" / "projects" / "demo" / "demo.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, path)
        return path

    return write_notebook


FRONT = "---\ndescription: A demo.\ntags:\n  - projects\n  - easy\n---"
SOURCE = ('# %% [raw]\n# ---\n# description: A demo.\n# tags:\n#   - projects\n#   - easy\n'
          '# ---\n\n# %% [markdown]\n# # Demo\n\n# %% alt="A line"\nprint(1)\nplt.show()\n')
SVG = '<svg><path style="fill: #1f2328; stroke: #3b82f6"/></svg>'


def demo_cells(alt: str | None = "A line", front: str = FRONT) -> list:
    code = nbformat.v4.new_code_cell("print(1)\nplt.show()", execution_count=1, outputs=[
        nbformat.v4.new_output("stream", name="stdout", text="1\n"),
        nbformat.v4.new_output("display_data", data={"image/svg+xml": SVG,
                                                     "text/plain": "<Figure>"}),
    ])
    if alt is not None:
        code.metadata["alt"] = alt
    return [nbformat.v4.new_raw_cell(front),
            nbformat.v4.new_markdown_cell('# Demo\n\n??? question "[E] Why?"\n\n    Because.'),
            code]


def render(path: Path) -> hooks_notebooks.RenderedNotebook:
    return hooks_notebooks.render_notebook(path, "generated/projects/demo",
                                           "projects/demo.ipynb",
                                           hooks_notebooks.dark_recolor_table())


def test_a_notebook_becomes_the_sites_markdown(project):
    rendered = render(project(SOURCE, demo_cells()))
    assert rendered.markdown == (
        f"{FRONT}\n\n# Demo\n\n??? question \"[E] Why?\"\n\n    Because.\n\n"
        "``` { .python .nb-input }\nprint(1)\nplt.show()\n```\n\n"
        "``` { .text .nb-output .no-copy }\n1\n```\n\n"
        "![A line](../generated/projects/demo/figure-1-light.svg#only-light)"
        "![A line](../generated/projects/demo/figure-1-dark.svg#only-dark)\n")
    assert rendered.figures == {
        "generated/projects/demo/figure-1-light.svg": SVG.encode(),
        "generated/projects/demo/figure-1-dark.svg":
            b'<svg><path style="fill: #e6e8ec; stroke: #3b82f6"/></svg>',
    }


def test_a_figure_without_alt_text_names_its_cell(project):
    with pytest.raises(PluginError, match=r"snippets/projects/demo\.py:12: .*alt text"):
        render(project(SOURCE, demo_cells(alt=None)))


def test_a_notebook_without_front_matter_fails_at_line_1(project):
    cells = demo_cells()[1:]
    source = SOURCE.split("\n\n", 1)[1]
    with pytest.raises(PluginError, match=r"snippets/projects/demo\.py:1: .*front matter"):
        render(project(source, cells))


def test_invalid_front_matter_yaml_names_its_line(project):
    bad = "---\ndescription: A demo.\ntags: [projects\n---"
    with pytest.raises(PluginError, match=r"snippets/projects/demo\.py:\d+: .*not valid YAML"):
        render(project(SOURCE, demo_cells(front=bad)))


def test_front_matter_without_a_difficulty_tag_fails(project):
    front = "---\ndescription: A demo.\ntags:\n  - projects\n---"
    with pytest.raises(PluginError, match=r"demo\.py:3: .*tags"):
        render(project(SOURCE, demo_cells(front=front)))


@pytest.mark.parametrize("name", PROJECTS)
def test_the_project_pages_render_with_tags_alt_texts_and_questions(name):
    """The real executed notebooks: front matter with module and difficulty, one alt text per
    figure, and the follow-up questions as question blocks."""
    path = PROJECT_ROOT / "generated" / "projects" / name / f"{name}.ipynb"
    uri = f"projects/{name.replace('_', '-')}.ipynb"
    table = hooks_notebooks.dark_recolor_table()
    first = hooks_notebooks.render_notebook(path, f"generated/projects/{name}", uri, table)
    again = hooks_notebooks.render_notebook(path, f"generated/projects/{name}", uri, table)
    assert (first.markdown, first.figures) == (again.markdown, again.figures)
    meta = yaml.safe_load(first.markdown.split("---\n")[1])
    assert meta["description"].strip()
    assert meta["tags"][0] == "projects" and meta["tags"][1] in DIFFICULTIES
    notebook = json.loads(path.read_text(encoding="utf-8"))
    svgs = sum("image/svg+xml" in output.get("data", {})
               for cell in notebook["cells"] for output in cell.get("outputs", []))
    assert svgs > 0 and len(first.figures) == 2 * svgs
    alts = [line.split("](")[0][2:] for line in first.markdown.splitlines()
            if line.startswith("![")]
    assert len(alts) == svgs and all(len(alt) > 30 for alt in alts)
    assert "data:image" not in first.markdown and "In [" not in first.markdown
    questions = [line for line in first.markdown.splitlines()
                 if line.startswith('??? question "[')]
    assert len(questions) == 6
