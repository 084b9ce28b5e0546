"""MkDocs hook: render the executed project notebooks as the site's own Markdown pages.

mkdocs-jupyter finds the notebooks, makes them pages and copies each one for download. Its
nbconvert HTML (Jupyter prompts and borders, its own styles and colors, images inlined as
base64, questions as plain text) is replaced by Markdown that goes through the site's
extensions like every other page:

- the source's first cell, `# %% [raw]` holding `---` YAML `---`, is the page's front matter;
- Markdown cells are kept as written, so `??? question` blocks, math and tables render;
- a code cell becomes a Python block, its printed output a text block without a copy button;
- each SVG figure is served as two files, as drawn and recolored for the dark palette (the
  swap of snippets/_shared/plot_style.py), shown with `#only-light` / `#only-dark` and the alt
  text that its cell's marker gives: `# %% alt="what the figure shows"`;
- a pandas table loses its inline styles, so it takes the site's table style and scroll box;
- the page's content is wrapped in `<div class="nb-page">`, the scope of notebooks.css.

Bad input (no front matter, invalid YAML, a figure without alt text) fails the build with the
source file and line.
"""

from __future__ import annotations

import ast
import html
import logging
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.hooks.notebooks")
PROJECT_ROOT = Path(__file__).resolve().parents[1]
GENERATED = PROJECT_ROOT / "generated"
SNIPPETS = PROJECT_ROOT / "snippets"
PLOT_STYLE = SNIPPETS / "_shared" / "plot_style.py"

# A color in an SVG attribute or style ("#1f2328"), not an id reference ("url(#p1f…)").
SVG_COLOR = re.compile(r"(?<![(\w#])#([0-9a-fA-F]{6})(?![\w-])")
PANDAS_STYLE = re.compile(r"<style[^>]*>.*?</style>\s*", re.DOTALL)
PANDAS_TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.DOTALL)
INLINE_STYLE = re.compile(r'\s(?:style|border|class)="[^"]*"')


@dataclass
class RenderedNotebook:
    markdown: str
    figures: dict[str, bytes] = field(default_factory=dict)  # site path -> SVG bytes


_rendered: dict[str, RenderedNotebook] = {}  # page src_uri -> its Markdown and figures


def dark_recolor_table(plot_style: Path = PLOT_STYLE) -> dict[str, str]:
    """plot_style's `_DARK_RECOLOR` read from its source, so the hook needs no matplotlib."""
    tree = ast.parse(plot_style.read_text(encoding="utf-8"))
    constants: dict[str, str] = {}
    table_node = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            name = getattr(node.targets[0], "id", None)
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                constants[name] = node.value.value
            elif name == "_DARK_RECOLOR":
                table_node = node.value
    if not isinstance(table_node, ast.Dict):
        raise PluginError(f"{plot_style}: no `_DARK_RECOLOR = {{...}}` table to read")

    def value_of(node: ast.expr) -> str:
        return node.value if isinstance(node, ast.Constant) else constants[node.id]

    return {value_of(key).lower(): value_of(value).lower()
            for key, value in zip(table_node.keys, table_node.values)}


def recolor_svg(svg: str, table: dict[str, str]) -> str:
    """The dark rendering: the house style's ink, grid, black and white swapped, data kept."""
    return SVG_COLOR.sub(lambda m: table.get(f"#{m[1].lower()}", m[0]), svg)


def pandas_table(markup: str) -> str | None:
    """A DataFrame's HTML as a plain `<table>` (Material styles and scrolls unclassed ones)."""
    match = PANDAS_TABLE.search(PANDAS_STYLE.sub("", markup))
    return INLINE_STYLE.sub("", match[0]) if match else None


def source_of(notebook: Path) -> Path:
    """generated/<module>/<name>/<name>.ipynb was executed from snippets/<module>/<name>.py."""
    module = notebook.resolve().parent.parent.relative_to(GENERATED)
    return SNIPPETS / module / f"{notebook.stem}.py"


def cell_marker_lines(source: Path) -> list[int]:
    """The 1-based line of each `# %%` marker: jupytext makes one cell per marker."""
    lines = source.read_text(encoding="utf-8").splitlines()
    return [number for number, line in enumerate(lines, 1) if line.startswith("# %%")]


def front_matter(cell, label: str, first_line: int) -> str:
    """The raw first cell as front matter, checked as strictly as a Markdown page's."""
    if cell is None or cell.cell_type != "raw" or not cell.source.startswith("---"):
        raise PluginError(f"{label}:1: a notebook page starts with its front matter: a "
                          "`# %% [raw]` cell holding --- description and tags ---")
    lines = cell.source.splitlines()
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
    if closing is None:
        raise PluginError(f"{label}:{first_line + 1}: front matter opened here is never "
                          "closed with ---")
    try:
        meta = yaml.safe_load("\n".join(lines[1:closing]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + 2 + (mark.line if mark is not None else 0)
        raise PluginError(f"{label}:{line}: front matter is not valid YAML "
                          f"({getattr(exc, 'problem', None) or exc})") from None
    if not isinstance(meta, dict) or not str(meta.get("description") or "").strip():
        raise PluginError(f"{label}:{first_line + 2}: front matter needs a `description`")
    tags = meta.get("tags")
    if not isinstance(tags, list) or len(tags) < 2:
        raise PluginError(f"{label}:{first_line + 2}: front matter needs `tags`: the module "
                          "and the difficulty")
    return "\n".join(lines[: closing + 1])


def fence(code: str, classes: str) -> str:
    ticks = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", code)), default=0))
    return f"{ticks} {{ {classes} }}\n{code.rstrip()}\n{ticks}"


def alt_texts(cell, figures: int, where: str) -> list[str]:
    """The alt text of each figure a cell shows, from `# %% alt="..."` (a list for several)."""
    alt = cell.metadata.get("alt")
    alts = [alt] if isinstance(alt, str) else alt
    if (not isinstance(alts, list) or len(alts) != figures
            or not all(isinstance(a, str) and a.strip() for a in alts)):
        raise PluginError(f'{where}: this cell shows {figures} figure(s); give each an alt '
                          'text in its marker: # %% alt="what the figure shows" (a list '
                          'for several)')
    return alts


def render_notebook(notebook_path: Path, figure_folder: str, page_uri: str,
                    table: dict[str, str]) -> RenderedNotebook:
    """The Markdown of the page at `page_uri`; figures go to `figure_folder` in the site."""
    source = source_of(notebook_path)
    label = source.relative_to(PROJECT_ROOT).as_posix()
    markers = cell_marker_lines(source)
    notebook = nbformat.read(notebook_path, as_version=4)
    if len(markers) != len(notebook.cells):  # the executed notebook is older than its source
        raise PluginError(f"{label}:1: {len(markers)} cells in the source, "
                          f"{len(notebook.cells)} in {notebook_path}: run the snippet build")
    cells = list(notebook.cells)
    rendered = RenderedNotebook(front_matter(cells[0] if cells else None, label, markers[0]))
    blocks = [rendered.markdown]
    for cell, marker in zip(cells[1:], markers[1:]):
        if cell.cell_type == "markdown":
            blocks.append(cell.source.strip())
            continue
        if cell.cell_type != "code":
            continue
        if cell.source.strip():
            blocks.append(fence(cell.source, ".python .nb-input"))
        outputs = cell.get("outputs", [])
        svg_outputs = [o for o in outputs if "image/svg+xml" in o.get("data", {})]
        alts = alt_texts(cell, len(svg_outputs), f"{label}:{marker}") if svg_outputs else []
        for output in outputs:
            data = output.get("data", {})
            if output.get("output_type") == "stream":
                blocks.append(fence(output["text"], ".text .nb-output .no-copy"))
            elif output.get("output_type") == "error":
                raise PluginError(f"{label}:{marker}: the executed notebook holds an error")
            elif "image/svg+xml" in data:
                number = len(rendered.figures) // 2 + 1
                stem = f"{figure_folder}/figure-{number}"
                svg = data["image/svg+xml"]
                rendered.figures[f"{stem}-light.svg"] = svg.encode("utf-8")
                rendered.figures[f"{stem}-dark.svg"] = recolor_svg(svg, table).encode("utf-8")
                alt = html.escape(alts.pop(0).replace("]", ")"), quote=False)
                link = posixpath.relpath(stem, posixpath.dirname(page_uri))
                # one paragraph holding both; the palette hides one of them
                blocks.append(f"![{alt}]({link}-light.svg#only-light)"
                              f"![{alt}]({link}-dark.svg#only-dark)")
            elif "text/html" in data and pandas_table(data["text/html"]):
                blocks.append(pandas_table(data["text/html"]))
            elif "text/plain" in data:
                blocks.append(fence(data["text/plain"], ".text .nb-output .no-copy"))
    rendered.markdown = "\n\n".join(blocks) + "\n"
    return rendered


def executed_notebook(file: File) -> Path | None:
    """The executed notebook behind a page, or None for any other file."""
    # mkdocs-jupyter's wrapper reports no abs_src_path of its own; the wrapped file has it
    source = getattr(getattr(file, "file", file), "abs_src_path", None)
    if not file.src_uri.endswith(".ipynb") or not source:
        return None
    path = Path(source).resolve()
    return path if path.is_relative_to(GENERATED) else None


def rendered_pages(files: Files) -> dict[str, RenderedNotebook]:
    """Page src_uri -> its Markdown and figures, for every executed notebook in `files`.

    A pure function of the files and generated/, so another hook (the question bank) can read
    the notebook pages' Markdown whatever order the hooks run in.
    """
    table = dark_recolor_table()
    pages = {}
    for file in files:
        notebook_path = executed_notebook(file)
        if notebook_path is not None:
            folder = notebook_path.parent.relative_to(PROJECT_ROOT).as_posix()
            pages[file.src_uri] = render_notebook(notebook_path, folder, file.src_uri, table)
    return pages


@event_priority(-100)  # after mkdocs-jupyter has made the notebooks pages
def on_files(files: Files, config) -> Files:
    _rendered.clear()
    _rendered.update(rendered_pages(files))
    for rendered in _rendered.values():
        for uri, content in rendered.figures.items():
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"{uri}: a notebook figure and another file share the path")
            files.append(File.generated(config, uri, content=content))
    log.info(f"notebook pages: {len(_rendered)} rendered as Markdown, "
             f"{sum(len(r.figures) for r in _rendered.values())} figure files")
    return files


@event_priority(-100)  # after mkdocs-jupyter has swapped in its nbconvert rendering
def on_pre_page(page, config, files):
    if page.file.src_uri in _rendered:
        page.__dict__.pop("render", None)  # back to MkDocs' own Markdown rendering
    return page


def on_page_read_source(page, config) -> str | None:
    rendered = _rendered.get(page.file.src_uri)
    return rendered.markdown if rendered else None


def on_page_content(html_text: str, page, config, files) -> str:
    """Mark a notebook page's content, so notebooks.css can style it and nothing else."""
    if page.file.src_uri in _rendered:
        return f'<div class="nb-page">\n{html_text}\n</div>'
    return html_text
