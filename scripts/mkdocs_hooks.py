"""MkDocs hook: keep snippet outputs current and serve everything from the site itself.

- before each build, run the snippet build (cached), so `mkdocs serve` re-runs an edited snippet;
- add the generated figures, executed notebooks and vendored front-end assets to the site;
- expand a generated figure into a light and a dark rendering (`#only-light` / `#only-dark`);
- drop script tags that point at another host (mkdocs-jupyter adds MathJax and Mermaid from CDNs).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

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
    r"|<script\b[^>]*>(?:(?!</script>).)*?\bfrom\s+[\"']https?://(?:(?!</script>).)*</script>",
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


def notebook_page_path(name: str) -> str:
    """generated/projects/app_deletion/app_deletion.ipynb is served as projects/app-deletion.ipynb."""
    return name.replace("_", "-") + ".ipynb"


@event_priority(100)  # before mkdocs-jupyter, so that it sees the executed notebooks
def on_files(files: Files, config) -> Files:
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
