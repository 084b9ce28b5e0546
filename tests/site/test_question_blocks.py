"""Every `??? question` block has an answer under it: the site promises no unanswered questions."""

from __future__ import annotations

import sys

import pytest

from tests.site.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import mkdocs_hooks  # noqa: E402

PAGES = sorted((PROJECT_ROOT / "docs").rglob("*.md"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(PROJECT_ROOT).as_posix())
def test_every_question_on_the_page_has_an_answer(page):
    label = page.relative_to(PROJECT_ROOT).as_posix()
    assert mkdocs_hooks.unanswered_questions(page, label) == []


@pytest.mark.parametrize("text, line", [
    ('# P\n\n??? question "[E] Asked, never answered?"\n\n## Next section\n', 3),
    ('# P\n\n??? question "[E] Last on the page?"\n', 3),
    ('# P\n\n??? question "[E] A?"\n    Answered.\n\n??? question "[M] B?"\n??? question "[M] C?"\n'
     '    Answered.\n', 6),
    ('# P\n\n- item\n\n    ??? question "[E] Nested, empty?"\n    Not indented under it.\n', 5),
], ids=["followed-by-heading", "end-of-page", "between-answered-ones", "nested"])
def test_an_unanswered_question_is_reported_with_its_line(tmp_path, text, line):
    page = tmp_path / "page.md"
    page.write_text(text)
    problems = mkdocs_hooks.unanswered_questions(page, "docs/page.md")
    assert len(problems) == 1 and problems[0].startswith(f"docs/page.md:{line}: the question block")


def test_an_answered_question_passes(tmp_path):
    page = tmp_path / "page.md"
    page.write_text('# P\n\n??? question "[E] Asked?"\n\n    The answer, indented.\n')
    assert mkdocs_hooks.unanswered_questions(page, "docs/page.md") == []
