"""Every page's front matter parses to a mapping with a description (checked without a build)."""

from __future__ import annotations

import sys

import pytest

from tests.site.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import mkdocs_hooks  # noqa: E402

PAGES = sorted((PROJECT_ROOT / "docs").rglob("*.md"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(PROJECT_ROOT).as_posix())
def test_page_front_matter_is_valid(page):
    label = page.relative_to(PROJECT_ROOT).as_posix()
    assert mkdocs_hooks.front_matter_problem(page, label) is None


def test_a_colon_in_a_description_is_reported_with_its_line(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("---\ntags: [x]\ndescription: The round: it tests\n---\n# Page\n")
    problem = mkdocs_hooks.front_matter_problem(page, "docs/page.md")
    assert problem.startswith("docs/page.md:3: front matter is not valid YAML")
