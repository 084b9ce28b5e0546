"""The question bank read from the Markdown sources: complete, stable ids, clear errors."""

from __future__ import annotations

import hashlib
import shutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import markdown
import pytest

from tests.site.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import question_bank  # noqa: E402
from question_bank import QuestionBankError, collect_questions  # noqa: E402

DOCS = PROJECT_ROOT / "docs"


def block_lines_by_hand(docs_dir: Path) -> list[tuple[str, int]]:
    """(page, line) of each question block, found without the bank's regular expressions."""
    found = []
    for path in sorted(docs_dir.rglob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.lstrip(" \t")
            if stripped.startswith(('??? question "', '???+ question "')):
                found.append((path.relative_to(docs_dir).as_posix(), number))
    return found


def test_the_bank_holds_every_question_block_of_the_docs():
    bank = collect_questions(DOCS)
    assert [(q.src_path, q.line) for q in bank] == block_lines_by_hand(DOCS)
    assert len(bank) > 700
    assert len({q.id for q in bank}) == len(bank)


def test_each_entry_agrees_with_its_source_line_and_front_matter():
    for question in collect_questions(DOCS):
        page = DOCS / question.src_path
        line = page.read_text(encoding="utf-8").splitlines()[question.line - 1]
        mark = {"easy": "E", "medium": "M", "hard": "H"}[question.difficulty]
        assert f'question "[{mark}] {question.question}"' in line, question
        assert question.module == question.src_path.split("/")[0]
        assert question.module in question.tags or question.module == "guide", question
        # the documented rule: NFKC, case folded, whitespace collapsed
        text = " ".join(unicodedata.normalize("NFKC", question.question).casefold().split())
        expected = hashlib.sha256(f"{question.src_path}\n{text}".encode()).hexdigest()[:10]
        assert question.id == f"q-{expected}"


def test_every_module_and_difficulty_appears():
    counts = Counter((q.module, q.difficulty) for q in collect_questions(DOCS))
    modules = {module for module, _ in counts}
    assert {"coding", "ml-coding", "math"} <= modules
    assert {difficulty for _, difficulty in counts} == {"easy", "medium", "hard"}


def write_page(docs_dir: Path, name: str, body: str) -> Path:
    path = docs_dir / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\ndescription: A scratch page.\ntags:\n  - math\n  - easy\n---\n\n"
                    + body, encoding="utf-8")
    return path


def test_ids_stay_when_a_question_is_inserted_above_another(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(DOCS / "math", docs / "math")
    before = {(q.src_path, q.question): q for q in collect_questions(docs)}
    page = docs / "math" / "vectors.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    first_block = next(i for i, line in enumerate(lines) if line.startswith("??? question"))
    lines[first_block:first_block] = ['??? question "[H] A new question above the others?"',
                                      "    Its answer.", ""]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    after = {(q.src_path, q.question): q for q in collect_questions(docs)}

    assert set(after) - set(before) == {("math/vectors.md", "A new question above the others?")}
    for key, question in before.items():
        moved = after[key]
        assert moved.id == question.id, key
        if key[0] == "math/vectors.md":
            assert moved.line == question.line + 3  # it did move, and kept its id


def test_ids_ignore_difficulty_case_and_spacing_but_not_wording(tmp_path):
    first = write_page(tmp_path, "math/a.md", '??? question "[E] Why  is the sky blue?"\n    A.\n')
    (one,) = collect_questions(tmp_path)
    first.write_text(first.read_text().replace("[E] Why  is", "[H] why is"))
    (two,) = collect_questions(tmp_path)
    first.write_text(first.read_text().replace("sky", "sea"))
    (three,) = collect_questions(tmp_path)
    assert one.id == two.id != three.id
    assert (one.difficulty, two.difficulty) == ("easy", "hard")


def test_the_same_question_in_two_pages_gets_two_ids(tmp_path):
    write_page(tmp_path, "math/a.md", '??? question "[E] Same text?"\n    A.\n')
    write_page(tmp_path, "coding/b.md", '??? question "[E] Same text?"\n    B.\n')
    first, second = collect_questions(tmp_path)
    assert first.id != second.id


def test_a_collision_names_both_file_and_line(tmp_path):
    write_page(tmp_path, "math/a.md",
               '# A\n\n??? question "[E] Twice asked?"\n    A.\n\n'
               '??? question "[M] twice   ASKED?"\n    B.\n')
    with pytest.raises(QuestionBankError) as error:
        collect_questions(tmp_path)
    message = str(error.value)
    # 6 front-matter lines and a blank line come before the body
    assert message.startswith("docs/math/a.md:13: ")
    assert "docs/math/a.md:10" in message


@pytest.mark.parametrize("title", ['"Missing the difficulty?"', '"[X] Unknown mark?"',
                                   "unquoted [E] title?"])
def test_a_title_without_a_difficulty_names_file_and_line(tmp_path, title):
    write_page(tmp_path, "math/a.md", f"# A\n\n??? question {title}\n    An answer.\n")
    with pytest.raises(QuestionBankError, match=r"^docs/math/a\.md:10: .*difficulty"):
        collect_questions(tmp_path)


def test_section_anchors_match_what_python_markdown_renders(tmp_path):
    body = ("# Title\n\n## Counting `k`-subsets\n\n"
            '??? question "[E] First?"\n    A.\n\n'
            "```markdown\n## Not a heading, inside a fence\n```\n\n"
            '## Counting `k`-subsets\n\n??? question "[M] Second?"\n    B.\n\n'
            '## Custom {#my-id}\n\n    ??? question "[H] Nested?"\n        C.\n')
    page = write_page(tmp_path, "math/a.md", body)
    bank = collect_questions(tmp_path)
    assert [(q.section, q.anchor) for q in bank] == [
        ("Counting k-subsets", "counting-k-subsets"),
        ("Counting k-subsets", "counting-k-subsets_1"),
        ("Custom", "my-id")]
    rendered = markdown.Markdown(extensions=["toc", "attr_list"])
    rendered.convert(page.read_text().split("---\n", 2)[2])
    ids = [entry["id"] for top in rendered.toc_tokens for entry in [top, *top["children"]]]
    assert {q.anchor for q in bank} <= set(ids)
    assert bank[0].tags == ("math", "easy") and bank[0].module == "math"


def test_the_page_url_follows_directory_urls():
    assert question_bank.Question(
        id="q-0", src_path="math/vectors.md", line=1, module="math", difficulty="easy",
        tags=(), question="", section="", anchor="").page_url == "math/vectors/"
    bank = collect_questions(DOCS)
    index_pages = [q for q in bank if q.src_path.endswith("/index.md")]
    assert all(q.page_url == q.src_path[: -len("index.md")] for q in index_pages)


def test_pages_without_a_markdown_source_join_the_bank_in_path_order(tmp_path):
    (tmp_path / "projects").mkdir()
    (tmp_path / "projects" / "index.md").write_text(
        '---\ntags: [projects]\n---\n# Projects\n\n??? question "[E] What is a take-home?"\n'
        "    A project done at home.\n", encoding="utf-8")
    notebook = ('---\ntags: [projects, hard]\n---\n# App deletion\n\n## Follow-ups\n\n'
                '??? question "[H] Why not accuracy?"\n    The classes are imbalanced.\n')
    bank = collect_questions(tmp_path, {"projects/app-deletion.ipynb": notebook})
    assert [(q.src_path, q.line, q.difficulty) for q in bank] == [
        ("projects/app-deletion.ipynb", 8, "hard"), ("projects/index.md", 6, "easy")]
    from_notebook = bank[0]
    assert from_notebook.tags == ("projects", "hard")
    assert (from_notebook.section, from_notebook.anchor) == ("Follow-ups", "follow-ups")
    assert from_notebook.page_url == "projects/app-deletion/"
    assert from_notebook.id == question_bank.question_id(
        "projects/app-deletion.ipynb", "Why not accuracy?")
