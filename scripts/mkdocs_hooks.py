"""MkDocs hook: keep snippet outputs current and serve everything from the site itself.

- before each build, run the snippet build (cached), so `mkdocs serve` re-runs an edited snippet;
- add the generated figures, executed notebooks and vendored front-end assets to the site;
- expand a generated figure into a light and a dark rendering (`#only-light` / `#only-dark`);
- drop script tags that load from another host (mkdocs-jupyter adds MathJax and Mermaid from CDNs,
  Mermaid through a dynamic `import("https://…")`).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_snippets  # noqa: E402  (a sibling script, not an installed package)

log = logging.getLogger("mkdocs.hooks.snippets")
PROJECT_ROOT = build_snippets.PROJECT_ROOT
GENERATED = PROJECT_ROOT / "generated"
NODE_MODULES = PROJECT_ROOT / "node_modules"

# (folder in node_modules, files to take, where they go in the site)
VENDORED = [
    ("katex/dist", ["katex.min.js", "katex.min.css", "contrib/auto-render.min.js", "fonts/*.woff2"],
     "vendor/katex"),
    ("mermaid/dist", ["mermaid.min.js"], "vendor/mermaid"),
]

GENERATED_FIGURE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\((?P<stem>[^)\s]*generated/[^)\s]*?/figure-\d+)\.svg\)(?P<attrs>\{[^}]*\})?")
EXTERNAL_SCRIPT = re.compile(
    r"<script\b[^>]*\bsrc=[\"'](?:https?:)?//[^\"']*[\"'][^>]*>\s*</script>"
    r"|<script\b[^>]*>(?:(?!</script>).)*?\b(?:from\s+|import\s*\(\s*)[\"']https?://"
    r"(?:(?!</script>).)*</script>",
    re.DOTALL | re.IGNORECASE)

_command = "build"


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_pre_build(config) -> None:
    messages: list[str] = []
    outcomes = build_snippets.build(log=messages.append)
    failed = [o for o in outcomes if o.status == "failed"]
    for message in messages:
        (log.error if message.startswith("FAILED") else log.info)(message)
    if failed:
        summary = f"{len(failed)} snippet(s) failed; their last good outputs were kept"
        if _command == "serve" or os.environ.get("SNIPPET_BUILD_KEEP_GOING") == "1":
            log.error(summary)  # keep going: pages show the last good outputs
        else:
            raise PluginError(summary)


def front_matter_problem(path: Path, label: str) -> str | None:
    """Why a page's front matter is unusable ("file:line: reason"), or None when it is fine.

    MkDocs treats front matter that is not valid YAML as page text without a word, so the page
    loses its title and description; checking here turns that into a build error.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
        return f"{label}:1: the page has no front matter; start it with --- and a description"
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), None)
    if closing is None:
        return f"{label}:1: the front matter opened here is never closed with ---"
    try:
        meta = yaml.safe_load("\n".join(lines[1:closing]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2  # +1 for the opening ---, +1 for 1-based
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return (f"{label}:{line}: front matter is not valid YAML ({reason}); "
                "quote a value that contains a colon")
    if not isinstance(meta, dict):
        return f"{label}:2: front matter must be a mapping of keys to values"
    description = meta.get("description")
    if not isinstance(description, str) or not description.strip():
        return f"{label}:2: front matter needs a non-empty `description`"
    return None


def check_front_matter(files: Files) -> None:
    problems = [front_matter_problem(Path(f.abs_src_path), f"docs/{f.src_uri}")
                for f in files.documentation_pages()
                if f.src_uri.endswith(".md") and f.abs_src_path]
    problems = [p for p in problems if p]
    if problems:
        raise PluginError("\n".join(problems))


def notebook_page_path(name: str) -> str:
    """generated/projects/app_deletion/app_deletion.ipynb is served as projects/app-deletion.ipynb."""
    return name.replace("_", "-") + ".ipynb"


@event_priority(100)  # before mkdocs-jupyter, so that it sees the executed notebooks
def on_files(files: Files, config) -> Files:
    check_front_matter(files)
    for path in sorted(GENERATED.rglob("*.svg")):
        files.append(File.generated(config, f"generated/{path.relative_to(GENERATED).as_posix()}",
                                    abs_src_path=str(path)))
    for path in sorted(GENERATED.rglob("*.ipynb")):
        name = path.parent.relative_to(GENERATED).as_posix()
        files.append(File.generated(config, notebook_page_path(name), abs_src_path=str(path)))
    for folder, patterns, target in VENDORED:
        source = NODE_MODULES / folder
        if not source.is_dir():
            raise PluginError(f"{source} is missing: run `npm ci` (the README's commands do it)")
        for pattern in patterns:
            for path in sorted(source.glob(pattern)):
                uri = f"{target}/{path.relative_to(source).as_posix()}"
                files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_nav(nav, config, files):
    """Give mkdocs-jupyter's notebook wrappers the path of the executed notebook.

    The wrapper recomputes `abs_src_path` from `src_dir`, which a generated file does not have,
    so reading the page would fail; the wrapped file knows the real path.
    """
    for file in files:
        wrapped = getattr(file, "file", None)
        if wrapped is not None and wrapped is not file and file.src_uri.endswith(".ipynb"):
            file.abs_src_path = wrapped.abs_src_path
    return nav


def on_page_markdown(markdown: str, page, config, files) -> str:
    def both_palettes(match: re.Match) -> str:
        alt, stem, attrs = match["alt"], match["stem"], match["attrs"] or ""
        return (f"![{alt}]({stem}-light.svg#only-light){attrs}"
                f"![{alt}]({stem}-dark.svg#only-dark){attrs}")

    return GENERATED_FIGURE.sub(both_palettes, markdown)


def on_page_context(context, page, config, nav):
    """A notebook page links its download relatively and its edit link to its source in snippets/."""
    if getattr(page, "nb_url", None):
        # mkdocs-jupyter builds an absolute URL from site_url, which breaks when the site is served
        # from another root; the notebook is copied next to the page, so its bare name is enough.
        page.nb_url = Path(page.nb_url).name
    src = page.file.abs_src_path or ""
    if src.startswith(str(GENERATED)) and src.endswith(".ipynb") and page.edit_url:
        name = Path(src).parent.relative_to(GENERATED).as_posix()
        docs_edit_base = page.edit_url[: -len(page.file.src_uri)]  # .../edit/main/docs/
        page.edit_url = f"{docs_edit_base.rstrip('/').rsplit('/', 1)[0]}/snippets/{name}.py"
    return context


def on_post_page(output: str, page, config) -> str:
    return EXTERNAL_SCRIPT.sub("", output)
