"""The built bank, Questions page, CSV and Anki deck hold exactly the questions of the sources."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import sys
import zipfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import genanki
import pytest

from tests.site.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import hooks_notebooks  # noqa: E402
import hooks_practice  # noqa: E402
from question_bank import collect_questions  # noqa: E402

# builds the whole site; in one xdist group, so that one worker builds the site once
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("built_site")]



def notebook_pages() -> dict[str, str]:
    """The project pages' Markdown, rendered from the executed notebooks as the hook does."""
    table = hooks_notebooks.dark_recolor_table()
    pages = {}
    for path in sorted((PROJECT_ROOT / "generated" / "projects").glob("*/*.ipynb")):
        uri = "projects/" + path.stem.replace("_", "-") + ".ipynb"
        pages[uri] = hooks_notebooks.render_notebook(path, "figures", uri, table).markdown
    return pages


@pytest.fixture(scope="module")
def sources(built_site):
    """Every question of the Markdown sources and of the notebook pages the build executed."""
    pages = notebook_pages()
    assert len(pages) == 3
    return collect_questions(PROJECT_ROOT / "docs", pages)

SITE_URL = re.search(r"^site_url: (\S+)$", (PROJECT_ROOT / "mkdocs.yml").read_text(),
                     re.MULTILINE)[1]


class QuestionBlocks(HTMLParser):
    """Ids of the <details class="question"> elements of a page, and every id on it."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str | None] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "details" and "question" in (attributes.get("class") or "").split():
            self.blocks.append(attributes.get("id"))


def parse(path: Path) -> QuestionBlocks:
    parser = QuestionBlocks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def records(built_site):
    data = json.loads((built_site / "questions.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    return data["questions"]


def test_the_bank_file_is_the_source_bank_with_answers(records, sources):
    assert any(q.src_path.endswith(".ipynb") for q in sources)
    assert [r["id"] for r in records] == [q.id for q in sources]
    for record, question in zip(records, sources):
        assert (record["page"], record["line"], record["module"], record["difficulty"],
                tuple(record["tags"]), record["question"], record["section"],
                record["anchor"], record["url"]) == (
            question.src_path, question.line, question.module, question.difficulty,
            question.tags, question.question, question.section, question.anchor,
            question.page_url)
        assert len(record["answer_html"]) > 20, record["id"]


def test_every_question_block_on_the_site_carries_its_bank_id(built_site, records):
    on_site = []
    for page in sorted(built_site.rglob("index.html")):
        if page.parent.name in ("practice", "questions"):
            continue
        parsed = parse(page)
        on_site += parsed.blocks
        page_records = [r for r in records
                        if built_site / r["url"] / "index.html" == page]
        assert parsed.blocks == [r["id"] for r in page_records], page
        assert {r["anchor"] for r in page_records} - {""} <= parsed.ids, page
    assert Counter(on_site) == Counter(r["id"] for r in records)


def test_answers_keep_math_code_and_figures_with_working_urls(built_site, records):
    answers = "".join(r["answer_html"] for r in records)
    assert 'class="arithmatex"' in answers and "\\(" in answers
    assert 'class="highlight"' in answers or "<code>" in answers
    sources = re.findall(r'<img[^>]*\bsrc="([^"]+)"', answers)
    assert sources, "some answer shows a figure"
    for source in sources:
        assert not source.startswith(("../", "/")), source  # relative to the site root
        assert (built_site / source.split("#")[0]).is_file(), source
    for link in re.findall(r'<a[^>]*\bhref="([^"#]+)[#"]', answers):
        if not re.match(r"[a-z]+:", link):
            target = built_site / link
            assert target.is_file() or (target / "index.html").is_file(), link


def test_the_questions_page_links_every_question_to_its_place(built_site, records):
    text = (built_site / "questions" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="\.\./([^"#]*)#(q-[0-9a-f]{10})"', text)
    assert sorted(links) == sorted((r["url"], r["id"]) for r in records)
    for module, difficulty in {(r["module"], r["difficulty"]) for r in records}:
        assert f'id="{module}-{difficulty}"' in text


def test_the_csv_matches_the_json(built_site, records):
    text = (built_site / "questions.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(records)
    for row, record in zip(rows, records):
        expected = {column: str(record[column]) for column in hooks_practice.CSV_COLUMNS}
        expected["tags"] = ";".join(record["tags"])
        assert row == expected


@pytest.fixture(scope="module")
def deck(built_site, tmp_path_factory):
    archive = zipfile.ZipFile(built_site / hooks_practice.DECK_FILE)
    database = tmp_path_factory.mktemp("deck") / "collection.anki2"
    database.write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(database)
    yield archive, connection
    connection.close()


def test_the_deck_holds_exactly_the_banks_questions(deck, records):
    _, connection = deck
    notes = connection.execute("select guid, flds, tags from notes").fetchall()
    fields = {row[1].split("\x1f")[0]: row for row in notes}
    assert len(notes) == len(records) == len(fields)
    assert set(fields) == {r["id"] for r in records}
    for record in records:
        guid, flds, tags = fields[record["id"]]
        assert guid == genanki.guid_for(record["id"])
        assert {record["module"], record["difficulty"]} <= set(tags.split())
        question, answer = flds.split("\x1f")[1:3]
        if 'class="arithmatex"' in record["answer_html"]:
            assert "\\(" in answer or "\\[" in answer  # Anki's MathJax delimiters
        assert "#only-dark" not in answer
    assert connection.execute("select count(*) from cards").fetchone()[0] == len(records)


def test_the_deck_has_one_deck_per_module(deck, records):
    _, connection = deck
    decks = json.loads(connection.execute("select decks from col").fetchone()[0])
    names = {d["id"]: d["name"] for d in decks.values()}
    per_deck = Counter(names[did] for (did,) in connection.execute("select did from cards"))
    assert per_deck == Counter(f"ML Interview KB::{r['module']}" for r in records)


def test_every_figure_in_the_deck_is_packed_with_it(deck):
    archive, connection = deck
    media = json.loads(archive.read("media"))
    names = set(media.values())
    for index, name in media.items():
        assert archive.getinfo(index).file_size > 100, name
    shown = set()
    for (flds,) in connection.execute("select flds from notes"):
        shown |= set(re.findall(r'<img[^>]*\bsrc="([^"]+)"', flds))
    assert shown and shown == names


def test_writing_the_deck_again_gives_the_same_bytes(built_site, records, tmp_path):
    again = tmp_path / "again.apkg"
    hooks_practice.write_deck(records, SITE_URL, built_site, again)
    assert again.read_bytes() == (built_site / hooks_practice.DECK_FILE).read_bytes()
    assert (hooks_practice.bank_csv(records)
            == (built_site / "questions.csv").read_text(encoding="utf-8"))
