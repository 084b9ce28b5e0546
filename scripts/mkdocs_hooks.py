"""MkDocs hook: keep snippet outputs current and serve everything from the site itself.

- before each build, run the snippet build (cached), so `mkdocs serve` re-runs an edited snippet;
- add the generated figures, executed notebooks and vendored front-end assets to the site;
- expand a generated figure into a light and a dark rendering (`#only-light` / `#only-dark`);
- drop script tags that load from another host (mkdocs-jupyter adds MathJax and Mermaid from CDNs,
  Mermaid through a dynamic `import("https://…")`);
- check every page's front matter and `--8<--` includes: `mkdocs build` fails with one line per
  problem (page, line, file, section); `mkdocs serve` keeps serving and shows the problem, and
  any failed snippet, on the page itself, so one broken page never takes the others down.
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

INCLUDE = re.compile(r'^(?P<indent>[ \t]*)--8<--[ \t]+"(?P<target>[^"]+)"[ \t]*$')
SECTION_MARK = "--8<-- [{}:{}]"

_command = "build"
_dirty = False  # `mkdocs serve --dirty` (scripts/dev) renders only changed pages
_page_inputs: dict[str, tuple] = {}  # page -> its inputs at the last serve build
# Files every page's rendering depends on: an edit there re-renders every page.
SITE_INPUTS = ["mkdocs.yml", "scripts", "overrides"]
_failed_snippets: dict[str, str] = {}  # snippet name -> failure message, from the last run
_page_problems: dict[str, list[str]] = {}  # docs-relative page -> problems found in it


def on_startup(command: str, dirty: bool) -> None:
    global _command, _dirty
    _command, _dirty = command, dirty


def serving() -> bool:
    return _command == "serve"


def on_pre_build(config) -> None:
    messages: list[str] = []
    # Progress is logged live: a first `scripts/dev` runs snippets for minutes.
    outcomes = build_snippets.build(log=messages.append, progress=log.info)
    failed = [o for o in outcomes if o.status == "failed"]
    _failed_snippets.clear()
    _failed_snippets.update({o.snippet.name: o.message for o in failed})
    for message in messages:
        (log.error if message.startswith("FAILED") else log.info)(message)
    if failed:
        summary = f"{len(failed)} snippet(s) failed; their last good outputs were kept"
        if serving() or os.environ.get("SNIPPET_BUILD_KEEP_GOING") == "1":
            log.error(summary)  # keep going: each page says which of its snippets failed
        else:
            raise PluginError(summary)


def include_problem(target: str, label: str) -> str | None:
    """Why a `--8<-- "target"` include cannot work ("page:line: reason"), or None."""
    path_text, _, section = target.partition(":")
    if section.replace(":", "").isdigit():
        return (f"{label}: includes {path_text} by line numbers ({section}); "
                "include a named section instead")
    path = PROJECT_ROOT / path_text
    if not path.is_file():
        snippet = generated_snippet_name(path_text)
        if snippet and snippet in _failed_snippets:
            return None  # reported as the snippet's own failure, with its message
        return f"{label}: includes {path_text}, which does not exist"
    if section:
        text = path.read_text(encoding="utf-8", errors="replace")
        # The messages name the marker without its scissors, which the include extension would eat.
        if SECTION_MARK.format("start", section) not in text:
            return (f"{label}: includes section '{section}' of {path_text}, which has no "
                    f"[start:{section}] marker")
        if SECTION_MARK.format("end", section) not in text:
            return (f"{label}: includes section '{section}' of {path_text}, whose "
                    f"[end:{section}] marker is missing")
    return None


def generated_snippet_name(path_text: str) -> str | None:
    """"ml_coding/kmeans" for generated/ml_coding/kmeans/stdout.txt or snippets/ml_coding/kmeans.py."""
    parts = Path(path_text).parts
    if len(parts) >= 3 and parts[0] == "generated":
        return "/".join(parts[1:-1])
    if len(parts) >= 2 and parts[0] == "snippets" and path_text.endswith(".py"):
        return Path(*parts[1:]).with_suffix("").as_posix()
    return None


def page_includes(path: Path) -> list[tuple[int, str, str]]:
    """(line number, the line, its target) for each `--8<--` include of a page, fences included."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = INCLUDE.match(line)
        if match:
            found.append((number, line, match["target"]))
    return found


QUESTION_BLOCK = re.compile(r'^(?P<indent>[ \t]*)\?\?\?\+?[ \t]+question\b')


def unanswered_questions(path: Path, label: str) -> list[str]:
    """"page:line: ..." for each `??? question` block with no indented answer under it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    problems = []
    for number, line in enumerate(lines, 1):
        match = QUESTION_BLOCK.match(line)
        if not match:
            continue
        body = next((later for later in lines[number:] if later.strip()), "")
        body_indent = len(body) - len(body.lstrip())
        if body_indent <= len(match["indent"].expandtabs(4)):
            problems.append(f"{label}:{number}: the question block has no answer under it "
                            "(indent the answer by four spaces more than the ???)")
    return problems


def check_includes(files: Files) -> None:
    """Record each page's broken includes; outside `mkdocs serve` they fail the build at once."""
    problems: list[str] = []
    for file in files.documentation_pages():
        if not (file.src_uri.endswith(".md") and file.abs_src_path):
            continue
        label = f"docs/{file.src_uri}"
        for problem in unanswered_questions(Path(file.abs_src_path), label):
            _page_problems.setdefault(file.src_uri, []).append(problem)
            problems.append(problem)
        for number, _line, target in page_includes(Path(file.abs_src_path)):
            problem = include_problem(target, f"{label}:{number}")
            if problem:
                _page_problems.setdefault(file.src_uri, []).append(problem)
                problems.append(problem)
    if problems and not serving():
        raise PluginError("\n".join(problems))


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
    problems = []
    for file in files.documentation_pages():
        if file.src_uri.endswith(".md") and file.abs_src_path:
            problem = front_matter_problem(Path(file.abs_src_path), f"docs/{file.src_uri}")
            if problem:
                _page_problems.setdefault(file.src_uri, []).append(problem)
                problems.append(problem)
    if problems and not serving():
        raise PluginError("\n".join(problems))


def page_inputs(file: File) -> tuple:
    """What a page's rendering depends on beyond its own source."""
    included = []
    for _number, _line, target in page_includes(Path(file.abs_src_path)):
        path_text = target.partition(":")[0]
        path = PROJECT_ROOT / path_text
        stamp = path.stat().st_mtime_ns if path.is_file() else None
        snippet = generated_snippet_name(path_text)
        included.append((target, stamp, _failed_snippets.get(snippet)))
    return tuple(_page_problems.get(file.src_uri, [])), tuple(included)


def site_inputs_stamp() -> int:
    """The newest modification time among the files that every page depends on."""
    paths = [path for name in SITE_INPUTS
             for path in [PROJECT_ROOT / name, *(PROJECT_ROOT / name).rglob("*")]]
    return max((path.stat().st_mtime_ns for path in paths
                if path.is_file() and path.suffix != ".pyc"), default=0)


def mark_pages_with_changed_inputs(files: Files) -> None:
    """In `mkdocs serve --dirty`, also re-render pages whose includes changed.

    MkDocs re-renders only pages whose own file is newer than their output; a page
    that shows a snippet's output or a red box about it follows the snippet; an edit
    of the configuration, the hooks or the theme re-renders every page.
    """
    site_stamp = site_inputs_stamp()
    for file in files.documentation_pages():
        is_markdown = file.src_uri.endswith(".md") and file.abs_src_path
        inputs = (site_stamp, page_inputs(file) if is_markdown else None)
        if _page_inputs.get(file.src_uri) != inputs:
            file.is_modified = lambda: True  # Files are made anew for each build
        _page_inputs[file.src_uri] = inputs


def notebook_page_path(name: str) -> str:
    """generated/projects/app_deletion/app_deletion.ipynb is served as projects/app-deletion.ipynb."""
    return name.replace("_", "-") + ".ipynb"


@event_priority(100)  # before mkdocs-jupyter, so that it sees the executed notebooks
def on_files(files: Files, config) -> Files:
    _page_problems.clear()
    check_front_matter(files)
    check_includes(files)
    for problem in (p for problems in _page_problems.values() for p in problems):
        log.error(problem)  # in serve mode: the server keeps going and the page shows it
    if serving() and _dirty:
        mark_pages_with_changed_inputs(files)
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


def failure_notice(title: str, body: str) -> str:
    indented = "\n".join("    " + line for line in body.splitlines())
    return f'!!! failure "{title}"\n\n    ```text\n{indented}\n    ```\n\n'


def with_problems_shown(markdown: str, page) -> str:
    """In `mkdocs serve`: neutralize broken includes and say on the page what is wrong."""
    if not page.file.abs_src_path or not page.file.src_uri.endswith(".md"):
        return markdown
    includes = page_includes(Path(page.file.abs_src_path))
    notices = []
    problems = _page_problems.get(page.file.src_uri, [])
    if problems:
        notices.append(failure_notice("This page has build errors", "\n".join(problems)))
    broken_lines = {}
    shown = set()
    for number, line, target in includes:
        path_text = target.partition(":")[0]
        snippet = generated_snippet_name(path_text)
        problem = include_problem(target, f"docs/{page.file.src_uri}:{number}")
        if problem:
            broken_lines[line] = f"(build error: {problem})"
        elif not (PROJECT_ROOT / path_text).is_file():  # an output its failed snippet never wrote
            broken_lines[line] = "(no output yet: the snippet failed)"
        if snippet in _failed_snippets and snippet not in shown:
            shown.add(snippet)
            has_output = (GENERATED / snippet).is_dir() and any((GENERATED / snippet).iterdir())
            state = ("this page shows its last good output" if has_output
                     else "it has no previous output to show")
            notices.append(failure_notice(f"The snippet snippets/{snippet}.py failed: {state}",
                                          _failed_snippets[snippet]))
    if broken_lines:
        lines = markdown.splitlines()
        for index, line in enumerate(lines):
            if line in broken_lines:
                indent = INCLUDE.match(line)["indent"]
                lines[index] = indent + broken_lines[line]
        markdown = "\n".join(lines) + "\n"
    if notices:
        title = re.match(r"\s*# [^\n]*\n", markdown)  # notices go right under the title
        title_end = title.end() if title else 0
        markdown = markdown[:title_end] + "\n" + "".join(notices) + markdown[title_end:]
    return markdown


def on_page_markdown(markdown: str, page, config, files) -> str:
    if serving():
        markdown = with_problems_shown(markdown, page)

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
