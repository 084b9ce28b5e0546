"""MkDocs hook: the question bank, the Questions page, the CSV and the Anki deck.

- on_files: collect the bank from the Markdown sources (`question_bank.collect_questions`) and add
  the generated Questions page (`questions.md`, never committed);
- on_page_content: give each question block the id of its bank entry, so `page/#q-...` opens it,
  and keep the answer exactly as the page rendered it (no second render of any page);
- on_post_build: write `questions.json`, `questions.csv` and `ml-interview-kb.apkg` to the site.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import itertools
import json
import logging
import os
import posixpath
import re
import sqlite3
import sys
import tempfile
import time
import zipfile
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent))
import question_bank  # noqa: E402  (a sibling script)
import hooks_notebooks  # noqa: E402  (notebook pages have no Markdown source in docs/)
from question_bank import Question  # noqa: E402

log = logging.getLogger("mkdocs.hooks.practice")

BANK_FILE = "questions.json"
CSV_FILE = "questions.csv"
DECK_FILE = "ml-interview-kb.apkg"
QUESTIONS_PAGE = "questions.md"
DECK_NAME = "ML Interview KB"
# Anki matches notes and note types by these on re-import: fixed, never derived from the time.
ANKI_MODEL_ID = 1_734_567_001
ANKI_BASE_DECK_ID = 1_734_568_000
# Notes carry this modification time; set SOURCE_DATE_EPOCH to stamp a release with its own.
DEFAULT_DECK_TIMESTAMP = 1_767_225_600  # 2026-01-01T00:00:00Z
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
CSV_COLUMNS = ["id", "module", "difficulty", "tags", "page", "line", "section", "anchor",
               "url", "question", "question_html", "answer_html"]
DIFFICULTY_ORDER = ["easy", "medium", "hard"]

DETAILS_TAG = re.compile(r"<details\b[^>]*>|</details\s*>", re.IGNORECASE)
QUESTION_CLASS = re.compile(r'\bclass="(?:[^"]*\s)?question(?:\s[^"]*)?"')
SUMMARY = re.compile(r"\s*<summary\b[^>]*>(?P<title>.*?)</summary>", re.DOTALL)
URL_ATTRIBUTE = re.compile(r'(?P<name>\b(?:src|href))="(?P<url>[^"]*)"')
TAG = re.compile(r"<[^>]+>")
DIFFICULTY_MARK = re.compile(r"^\[[EMH]\]\s*")
IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)

_bank: list[Question] = []
_rendered: dict[str, dict[str, str]] = {}  # id -> {"question_html", "answer_html"}
_command = "build"


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def fail(message: str) -> None:
    if _command == "serve":
        log.error(message)  # the server keeps serving the other pages
    else:
        raise PluginError(message)


def on_files(files, config):
    global _bank
    _rendered.clear()
    try:
        notebook_pages = {
            uri: page.markdown for uri, page in hooks_notebooks.rendered_pages(files).items()
        }
        _bank = question_bank.collect_questions(Path(config["docs_dir"]), notebook_pages)
        # a page left out of the build (exclude_docs, a draft) has no answers to collect
        built = {file.src_uri for file in files.documentation_pages()}
        _bank = [question for question in _bank if question.src_path in built]
    except question_bank.QuestionBankError as error:
        _bank = []
        fail(str(error))
    files.append(File.generated(config, QUESTIONS_PAGE,
                                content=questions_page(_bank, Path(config["docs_dir"]))))
    return files


def module_title(docs_dir: Path, module: str) -> str:
    """The module's name as its index page's first heading gives it, or the folder name."""
    index = docs_dir / module / "index.md"
    if index.is_file():
        for line in index.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return module or "Home"


def link_text(text: str) -> str:
    return text.replace("[", "&#91;").replace("]", "&#93;")


def questions_page(bank: list[Question], docs_dir: Path) -> str:
    """Markdown of the Questions page: modules in order of first appearance, then difficulty."""
    lines = ["---", "description: Every interview question on the site, grouped by module and "
             "difficulty, each linking to its answer on its page.", "---", "", "# Questions", "",
             f"The site holds {len(bank)} interview questions, each answered in full on its page. "
             "Drill them with spaced repetition on the [Practice](practice.md) page, or take "
             f'them with you as an <a href="../{DECK_FILE}">Anki deck</a> or a '
             f'<a href="../{CSV_FILE}">CSV file</a>.', ""]
    modules = list(dict.fromkeys(question.module for question in bank))
    for module in modules:
        in_module = [question for question in bank if question.module == module]
        lines += [f"## {module_title(docs_dir, module)} {{#{module or 'home'}}}", "",
                  f"{len(in_module)} questions.", ""]
        for difficulty in DIFFICULTY_ORDER:
            chosen = [q for q in in_module if q.difficulty == difficulty]
            if not chosen:
                continue
            lines += [f"### {difficulty.capitalize()} ({len(chosen)}) "
                      f"{{#{module or 'home'}-{difficulty}}}", ""]
            for question in chosen:
                where = f" ({question.section})" if question.section else ""
                lines.append(f"- [{link_text(question.question)}]"
                             f"({question.src_path}#{question.id}){link_text(where)}")
            lines.append("")
    return "\n".join(lines)


def question_blocks(output: str) -> list[tuple[int, int, int]]:
    """(start of the opening tag, end of the opening tag, start of the closing tag) per block."""
    blocks, stack = [], []
    for match in DETAILS_TAG.finditer(output):
        if match.group().startswith("</"):
            if stack:
                start, end, is_question = stack.pop()
                if is_question:
                    blocks.append((start, end, match.start()))
        else:
            stack.append((match.start(), match.end(),
                          bool(QUESTION_CLASS.search(match.group()))))
    return sorted(blocks)


def comparable(text: str) -> str:
    """Letters and digits only: a Markdown title and its rendered HTML agree on these."""
    plain = html.unescape(TAG.sub("", text))
    return "".join(character for character in plain.casefold() if character.isalnum())


def site_relative(url: str, page_url: str) -> str:
    """A URL from a page's HTML, rewritten relative to the site root (fragments kept)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith("/") or url.startswith("mailto:"):
        return url
    if url.startswith("#"):
        return page_url + url
    joined = posixpath.normpath(posixpath.join(page_url or ".", parts.path))
    if parts.path.endswith("/") and joined != ".":
        joined += "/"
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    query = f"?{parts.query}" if parts.query else ""
    return ("" if joined == "." else joined) + query + fragment


def rewrite_urls(fragment: str, page_url: str) -> str:
    return URL_ATTRIBUTE.sub(
        lambda match: f'{match["name"]}="{site_relative(html.unescape(match["url"]), page_url)}"',
        fragment)


def on_page_content(output: str, page, config, files):
    src_path = page.file.src_uri
    if not src_path.endswith((".md", ".ipynb")):
        return output  # notebook pages are Markdown too, rendered by hooks_notebooks
    expected = [question for question in _bank if question.src_path == src_path]
    blocks = question_blocks(output)
    if len(blocks) != len(expected):
        fail(f"docs/{src_path}: the page renders {len(blocks)} question blocks but its source "
             f"has {len(expected)}; is a ??? question inside a code block or HTML?")
        return output
    anchors = set(page.present_anchor_ids or ())
    pieces, position = [], 0
    for question, (start, tag_end, close) in zip(expected, blocks):
        label = f"docs/{src_path}:{question.line}"
        if question.anchor and question.anchor not in anchors:
            fail(f"{label}: the section heading's id '{question.anchor}' is not on the page")
        body = output[tag_end:close]
        summary = SUMMARY.match(body)
        title = DIFFICULTY_MARK.sub("", summary["title"].strip()) if summary else ""
        if not summary or comparable(title) != comparable(question.question):
            fail(f"{label}: the rendered title of the block does not match its source")
            continue
        _rendered[question.id] = {
            "question_html": rewrite_urls(title, page.url),
            "answer_html": rewrite_urls(body[summary.end():].strip(), page.url),
        }
        pieces += [output[position:start], f'<details id="{question.id}"',
                   output[start + len("<details"):tag_end]]
        position = tag_end
    pieces.append(output[position:])
    if page.present_anchor_ids is not None:
        page.present_anchor_ids.update(question.id for question in expected)
    return "".join(pieces)


def bank_records() -> list[dict]:
    records = []
    for question in _bank:
        rendered = _rendered.get(question.id)
        if rendered is None:
            fail(f"docs/{question.src_path}:{question.line}: the page of this question was "
                 "not rendered, so its answer is missing from the bank")
            continue
        record = asdict(question)
        record["tags"] = list(question.tags)
        record["page"] = record.pop("src_path")
        record["url"] = question.page_url
        record.update(rendered)
        records.append(record)
    return records


def bank_json(records: list[dict]) -> str:
    return json.dumps({"version": 1, "questions": records}, ensure_ascii=False,
                      indent=1, sort_keys=True) + "\n"


def bank_csv(records: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow([";".join(record[column]) if column == "tags" else record[column]
                         for column in CSV_COLUMNS])
    return buffer.getvalue()


def stable_number(text: str, modulo: int) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16) % modulo


def anki_tag(text: str) -> str:
    return re.sub(r"\s+", "_", text.strip())


def media_name(site_path: str) -> str:
    """A flat, unique file name for a figure: Anki keeps all media in one folder."""
    return site_path.replace("/", "__")


def anki_html(fragment: str, site_url: str, site_dir: Path, media: dict[str, Path],
              label: str) -> str:
    """The answer for Anki: light figures as media files, links absolute, dark figures gone."""
    def image(match: re.Match) -> str:
        tag = match.group()
        source = re.search(r'\bsrc="([^"]*)"', tag)
        if not source:
            return tag
        url = html.unescape(source[1])
        if url.endswith("#only-dark"):
            return ""
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            return tag
        path = site_dir / parts.path
        if not path.is_file():
            fail(f"{label}: the answer's figure {parts.path} is not in the built site")
            return tag
        name = media_name(parts.path)
        media[name] = path
        return tag.replace(source.group(), f'src="{html.escape(name)}"')

    fragment = IMAGE.sub(image, fragment)

    def absolute(match: re.Match) -> str:
        url = html.unescape(match["url"])
        if match["name"] == "src" or urlsplit(url).scheme or url.startswith("//"):
            return match.group()
        return f'href="{html.escape(site_url.rstrip("/") + "/" + url.lstrip("/"))}"'

    return URL_ATTRIBUTE.sub(absolute, fragment)


ANKI_CSS = """.card { font-family: system-ui, sans-serif; font-size: 18px; text-align: left; }
.where { color: #666; font-size: 14px; }
pre, code { font-family: ui-monospace, monospace; font-size: 15px; }
img { max-width: 100%; height: auto; }"""


def anki_model():
    import genanki

    return genanki.Model(
        ANKI_MODEL_ID, f"{DECK_NAME} question",
        fields=[{"name": "Id"}, {"name": "Question"}, {"name": "Answer"}, {"name": "Where"}],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}",
                    "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}'
                            '<p class="where">{{Where}}</p>'}],
        css=ANKI_CSS, sort_field_index=1)


def anki_package(records: list[dict], site_url: str, site_dir: Path):
    """One genanki package holding one deck per module, and the media its answers show."""
    import genanki

    model = anki_model()
    decks: dict[str, genanki.Deck] = {}
    media: dict[str, Path] = {}
    for record in records:
        module = record["module"] or "home"
        if module not in decks:
            decks[module] = genanki.Deck(
                ANKI_BASE_DECK_ID + stable_number(module, 100_000), f"{DECK_NAME}::{module}")
        label = f"docs/{record['page']}:{record['line']}"
        link = site_url.rstrip("/") + "/" + record["url"] + "#" + record["id"]
        where = (f'<a href="{html.escape(link)}">{html.escape(record["page"])}</a>'
                 + (f" · {html.escape(record['section'])}" if record["section"] else ""))
        tags = sorted({anki_tag(tag) for tag in [module, record["difficulty"], *record["tags"]]})
        decks[module].add_note(genanki.Note(
            model=model, guid=genanki.guid_for(record["id"]), tags=tags,
            fields=[record["id"],
                    anki_html(record["question_html"], site_url, site_dir, media, label),
                    anki_html(record["answer_html"], site_url, site_dir, media, label),
                    where]))
    return genanki.Package(list(decks.values())), media


def write_deck(records: list[dict], site_url: str, site_dir: Path, target: Path) -> None:
    """Write the .apkg byte for byte the same on every build.

    genanki's own write_to_file stamps the zip entries with the temporary file's mtime, so this
    writes the same SQLite database through write_to_db and zips it with fixed entry dates.
    """
    package, media = anki_package(records, site_url, site_dir)
    timestamp = float(os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_DECK_TIMESTAMP))
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(database)
        package.write_to_db(connection.cursor(), timestamp,
                            itertools.count(int(timestamp * 1000)))
        connection.commit()
        connection.close()
        names = sorted(media)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            def add(name: str, data: bytes) -> None:
                entry = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                archive.writestr(entry, data)

            add("collection.anki2", database.read_bytes())
            add("media", json.dumps({str(index): name for index, name in enumerate(names)},
                                    sort_keys=True))
            for index, name in enumerate(names):
                add(str(index), media[name].read_bytes())


def on_post_build(config) -> None:
    started = time.perf_counter()
    site_dir = Path(config["site_dir"])
    records = bank_records()
    (site_dir / BANK_FILE).write_text(bank_json(records), encoding="utf-8")
    (site_dir / CSV_FILE).write_text(bank_csv(records), encoding="utf-8", newline="")
    write_deck(records, config["site_url"] or "", site_dir, site_dir / DECK_FILE)
    log.info(f"question bank: {len(records)} questions, files written in "
             f"{time.perf_counter() - started:.2f} s")
