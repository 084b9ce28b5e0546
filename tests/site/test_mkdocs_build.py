"""`mkdocs build --strict` passes on the site and fails on each kind of broken reference."""

from __future__ import annotations

import html
import re
import textwrap
from pathlib import Path

import pytest

from tests.site.conftest import PROJECT_ROOT, mkdocs_build

# builds the whole site or drives a browser; in one xdist group, so that one worker builds the site once for all of them
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("built_site")]

PAGE = """\
---
description: A scratch page for build tests.
---

# Scratch page

Some math: $a^2 + b^2 = c^2$.

```python
--8<-- "snippets/ml_coding/kmeans.py:kmeans"
```

[The home page](index.md)
"""


def html_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def scratch_site(tmp_path: Path, page: str, page_path: str = "page.md") -> Path:
    """A small site that inherits the real configuration (theme, extensions, hook)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    home = "---\ndescription: Home.\n---\n\n# Home\n\n## A section\n"
    (docs / "index.md").write_text(home)
    (docs / page_path).parent.mkdir(parents=True, exist_ok=True)
    (docs / page_path).write_text(page)
    if page_path != "page.md":  # a page in a module folder, next to the module's introduction
        (docs / page_path).with_name("index.md").write_text(home)
    config = tmp_path / "mkdocs.yml"
    config.write_text(textwrap.dedent(f"""\
        INHERIT: {PROJECT_ROOT / 'mkdocs.yml'}
        docs_dir: {docs}
        hooks: [{PROJECT_ROOT / 'scripts' / 'mkdocs_hooks.py'}]
        watch: []
        validation:
          omitted_files: info  # the site's generated notebooks are not in this small nav
        theme:
          name: material
          custom_dir: {PROJECT_ROOT / 'overrides'}
        nav:
          - index.md
          - {page_path}
        """))
    if page_path != "page.md":
        config.write_text(config.read_text() + f"  - {Path(page_path).with_name('index.md')}\n")
    return config


def test_the_site_builds_strictly(built_site):
    page = built_site / "ml-coding" / "k-means" / "index.html"
    markup = page.read_text()
    text = html_text(markup)
    assert "def kmeans(" in text, "the snippet section is included"
    assert "converged after" in text, "the snippet's output is included"
    assert "--8<--" not in text, "section markers never reach the page"
    assert 'figure-1-light.svg#only-light' in markup and 'figure-1-dark.svg#only-dark' in markup
    assert (built_site / "generated" / "ml_coding" / "kmeans" / "figure-1-light.svg").is_file()
    assert (built_site / "vendor" / "katex" / "katex.min.js").is_file()


def test_scratch_site_builds(tmp_path):
    result = mkdocs_build(scratch_site(tmp_path, PAGE), tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize("defect, message", [
    ('--8<-- "snippets/ml_coding/no_such_file.py"',
     "docs/page.md:15: includes snippets/ml_coding/no_such_file.py, which does not exist"),
    ('--8<-- "snippets/ml_coding/kmeans.py:no_such_section"',
     "docs/page.md:15: includes section 'no_such_section' of snippets/ml_coding/kmeans.py, "
     "which has no [start:no_such_section] marker"),
    ('--8<-- "snippets/ml_coding/kmeans.py:3:9"', "include a named section instead"),
    ("[a missing page](missing.md)", "missing.md"),
    ("[a missing anchor](index.md#no-such-heading)", "no-such-heading"),
    ("![a missing figure](generated/ml_coding/kmeans/figure-9.svg)", "figure-9"),
])
def test_a_broken_reference_fails_the_build(tmp_path, defect, message):
    result = mkdocs_build(scratch_site(tmp_path, PAGE + "\n" + defect + "\n"), tmp_path / "site")
    assert result.returncode != 0, f"the build should fail on: {defect}"
    if message:
        assert message in result.stderr


def test_an_include_error_is_one_line_without_a_traceback(tmp_path):
    defect = '--8<-- "snippets/ml_coding/kmeans.py:no_such_section"'
    result = mkdocs_build(scratch_site(tmp_path, PAGE + "\n" + defect + "\n"), tmp_path / "site")
    assert "Traceback" not in result.stderr and "SnippetMissingError" not in result.stderr


def test_the_page_template_builds_as_it_is(tmp_path):
    template = (PROJECT_ROOT / ".github" / "page-template.md").read_text()
    config = scratch_site(tmp_path, template, page_path="ml-coding/new-topic.md")
    result = mkdocs_build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize("front_matter, line, message", [
    ("---\ndescription: The round: what it tests\n---\n", 2, "not valid YAML"),
    ("---\ntags: [a]\n---\n", 2, "description"),
    ("---\n- a list\n---\n", 2, "mapping"),
    ("", 1, "no front matter"),
])
def test_bad_front_matter_fails_the_build_naming_file_and_line(tmp_path, front_matter, line,
                                                                message):
    body = PAGE.split("---\n", 2)[2]  # the scratch page without its own front matter
    result = mkdocs_build(scratch_site(tmp_path, front_matter + body), tmp_path / "site")
    assert result.returncode != 0
    assert f"docs/page.md:{line}:" in result.stderr and message in result.stderr, result.stderr[-2000:]
