"""The question bank: every `??? question "[E|M|H] ..."` block of the docs, from the sources.

`collect_questions(docs_dir)` reads the Markdown pages alone (no rendering), so other scripts and
tests can use it without building the site. The MkDocs hook `scripts/hooks_practice.py` adds each
answer, rendered as the site renders it, and writes the bank, the CSV and the Anki deck.

A question's id is `q-` and ten hex digits of the SHA-256 of its page path and its normalized text
(case folded, whitespace collapsed, difficulty left out): it stays the same when other questions
are added, removed or moved, and when the difficulty changes; rewording the question changes it.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mkdocs_hooks import QUESTION_BLOCK  # noqa: E402  (a sibling script)

DIFFICULTIES = {"E": "easy", "M": "medium", "H": "hard"}
TITLE = re.compile(r'[ \t]+"(?P<title>.*)"[ \t]*$')
MARKED_TITLE = re.compile(r"^\[(?P<mark>[EMH])\][ \t]+(?P<text>\S.*)$")
HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t#]*$")
HEADING_ID = re.compile(r"[ \t]*\{[^}]*#(?P<id>[\w-]+)[^}]*\}[ \t]*$")
FENCE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")
INLINE_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)]*\)")


class QuestionBankError(ValueError):
    """A question block the bank cannot take; the message names the file and line."""


@dataclass(frozen=True)
class Question:
    id: str
    src_path: str  # relative to docs/, with forward slashes: "math/vectors.md"
    line: int  # 1-based line of the `??? question` line
    module: str  # first folder of src_path ("" for a page at the docs root)
    difficulty: str  # "easy", "medium" or "hard"
    tags: tuple[str, ...]  # the page's front-matter tags
    question: str  # the title without its difficulty mark, as written in Markdown
    section: str  # text of the nearest heading above the block ("" if none)
    anchor: str  # that heading's id on the rendered page ("" if none)

    @property
    def page_url(self) -> str:
        """The page's URL relative to the site root (MkDocs' use_directory_urls layout)."""
        stem = self.src_path.rsplit(".", 1)[0]  # "projects/app-deletion.ipynb" too
        if stem == "index":
            return ""
        if stem.endswith("/index"):
            return stem[: -len("index")]
        return stem + "/"


def normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def question_id(src_path: str, text: str) -> str:
    digest = hashlib.sha256(f"{src_path}\n{normalize(text)}".encode("utf-8")).hexdigest()
    return f"q-{digest[:10]}"


def front_matter_tags(lines: list[str]) -> tuple[str, ...]:
    if not lines or lines[0].strip() != "---":
        return ()
    closing = next((i for i, line in enumerate(lines[1:], 1)
                    if line.strip() in ("---", "...")), None)
    if closing is None:
        return ()
    try:
        meta = yaml.safe_load("\n".join(lines[1:closing])) or {}
    except yaml.YAMLError:
        return ()  # mkdocs_hooks.front_matter_problem reports it with its line
    tags = meta.get("tags") if isinstance(meta, dict) else None
    return tuple(str(tag) for tag in tags) if isinstance(tags, list) else ()


def heading_plain_text(text: str) -> str:
    """The heading as the rendered page shows it: no link syntax, code ticks or escapes."""
    text = INLINE_LINK.sub(lambda match: match["text"], text)
    text = re.sub(r"\\(.)", r"\1", text.replace("`", ""))
    return re.sub(r"(\*\*|__|\*)", "", text).strip()


class HeadingIds:
    """Heading ids as Python-Markdown's toc extension assigns them: slug, then _1, _2 on reuse."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def assign(self, text: str) -> tuple[str, str]:
        explicit = HEADING_ID.search(text)
        if explicit:
            text = text[: explicit.start()]
            anchor = explicit["id"]
        else:
            anchor = slugify(heading_plain_text(text), "-")
            base, number = anchor, 0
            while anchor in self.used:
                number += 1
                anchor = f"{base}_{number}"
        self.used.add(anchor)
        return heading_plain_text(text), anchor


def page_questions(
    path: Path | None, src_path: str, lines: list[str] | None = None
) -> list[Question]:
    """The question blocks of one page, in order; a malformed title raises with file:line.

    `lines` gives the page's Markdown when it is not a file under docs/ (a notebook page,
    rendered by hooks_notebooks); otherwise it is read from `path`.
    """
    if lines is None:
        lines = path.read_text(encoding="utf-8").splitlines()
    tags = front_matter_tags(lines)
    module = src_path.split("/")[0] if "/" in src_path else ""
    label = f"docs/{src_path}"
    headings = HeadingIds()
    section = anchor = ""
    fence = None
    found: list[Question] = []
    for number, line in enumerate(lines, 1):
        fence_match = FENCE.match(line)
        if fence is not None:
            if fence_match and fence_match["fence"][0] == fence[0] \
                    and len(fence_match["fence"]) >= len(fence):
                fence = None
            continue
        if fence_match:
            fence = fence_match["fence"]
            continue
        heading = HEADING.match(line)
        if heading:
            section, anchor = headings.assign(heading["text"])
            continue
        block = QUESTION_BLOCK.match(line)
        if not block:
            continue
        title = TITLE.match(line[block.end():])
        marked = MARKED_TITLE.match(title["title"].strip()) if title else None
        if not marked:
            raise QuestionBankError(
                f'{label}:{number}: a question block needs a quoted title that starts with its '
                f'difficulty, like ??? question "[M] Why ...?"')
        text = marked["text"].strip()
        found.append(Question(
            id=question_id(src_path, text), src_path=src_path, line=number, module=module,
            difficulty=DIFFICULTIES[marked["mark"]], tags=tags, question=text,
            section=section, anchor=anchor))
    return found


def check_unique(questions: list[Question]) -> None:
    """Two questions with one id (the same text on one page) would share a schedule and a link."""
    first_seen: dict[str, Question] = {}
    problems = []
    for question in questions:
        earlier = first_seen.setdefault(question.id, question)
        if earlier is not question:
            problems.append(
                f"docs/{question.src_path}:{question.line}: the question has the same id "
                f"{question.id} as docs/{earlier.src_path}:{earlier.line} (the same text on one "
                "page); reword one of them")
    if problems:
        raise QuestionBankError("\n".join(problems))


def collect_questions(
    docs_dir: Path, markdown_pages: dict[str, str] | None = None
) -> list[Question]:
    """Every question block under docs_dir, pages in path order, blocks in page order.

    `markdown_pages` maps the src_path of a page without a Markdown source of its own (the
    notebook pages) to its rendered Markdown; those pages are read too.
    """
    docs_dir = Path(docs_dir)
    sources = {path.relative_to(docs_dir).as_posix(): path for path in docs_dir.rglob("*.md")}
    sources.update(dict.fromkeys(markdown_pages or {}))
    questions: list[Question] = []
    for src_path in sorted(sources):
        if sources[src_path] is None:
            lines = markdown_pages[src_path].splitlines()
            questions.extend(page_questions(None, src_path, lines))
        else:
            questions.extend(page_questions(sources[src_path], src_path))
    check_unique(questions)
    return questions
