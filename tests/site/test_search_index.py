"""The built site's search index reads like its pages: no LaTeX, prompts, pilcrows.

The index is built from a cleaned copy of each page's HTML (scripts/hooks_speed.py);
the pages keep their math for KaTeX. The first tests read the built site, the last
ones check the conversion of LaTeX to text on its own.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import pytest

from tests.site.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import hooks_speed  # a sibling script, not an installed package

CODE = re.compile(r"<pre\b.*?(?:</pre>|\Z)|<code\b.*?</code>", re.DOTALL)
RAW_LATEX = re.compile(r"\\[A-Za-z]{2,}|\\[()\[\]]|\$[^$\s][^$]*\$")
PROMPT = re.compile(r"\b(?:In|Out)\s*\[\d*\]:|Copied!")
ARITHMATEX_SOURCE = re.compile(
    r'<span class="arithmatex">\\\((?P<tex>.*?)\\\)</span>', re.DOTALL)
ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>',
                     re.DOTALL)


def prose(entry: dict) -> str:
    """The entry's title and text without its code, where a backslash is code."""
    return entry["title"] + " " + CODE.sub(" ", entry["text"])


def squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


@pytest.fixture(scope="module")
def index_entries(built_site: Path) -> list[dict]:
    index = built_site / "search" / "search_index.json"
    return json.loads(index.read_text())["docs"]


@pytest.mark.parametrize("check", ["latex", "pilcrow", "prompt"])
@pytest.mark.slow
@pytest.mark.xdist_group("built_site")
def test_no_entry_shows_markup_a_reader_would_not_type(index_entries, check):
    if check == "latex":
        bad = [e["location"] for e in index_entries if RAW_LATEX.search(prose(e))]
    elif check == "pilcrow":
        bad = [e["location"] for e in index_entries
               if e["title"].rstrip().endswith("¶")]
    else:
        bad = [e["location"] for e in index_entries if PROMPT.search(e["text"])]
    assert not bad, f"{len(bad)} search entries show {check} markup: {bad[:10]}"


@pytest.mark.slow
@pytest.mark.xdist_group("built_site")
def test_inline_math_is_indexed_as_readable_text(built_site, index_entries):
    """Every inline formula of a page is in its entries, as latex_as_text reads."""
    text_by_page: dict[str, str] = {}
    for entry in index_entries:
        page = entry["location"].split("#")[0]
        text_by_page[page] = text_by_page.get(page, "") + " " + prose(entry)
    checked = 0
    for page, text in text_by_page.items():
        document = built_site / page / "index.html"
        if not document.is_file():
            continue
        article = ARTICLE.search(document.read_text(encoding="utf-8"))
        indexed = squeezed(text)
        for match in ARITHMATEX_SOURCE.finditer(article[1] if article else ""):
            readable = hooks_speed.latex_as_text(match["tex"])
            assert readable in indexed, f"{page}: {match['tex']!r} not {readable!r}"
            checked += 1
    assert checked > 200, f"only {checked} formulas: did the page markup change?"


@pytest.mark.slow
@pytest.mark.xdist_group("built_site")
def test_the_pages_keep_their_math_for_katex(built_site):
    page = (built_site / "math" / "calculus" / "index.html").read_text()
    assert '<span class="arithmatex">\\(' in page


@pytest.mark.slow
@pytest.mark.xdist_group("built_site")
def test_notebook_code_is_indexed_once(index_entries):
    """mkdocs-jupyter keeps a hidden copy of each cell's code for copying."""
    notebook = "projects/app-deletion/"
    entries = [e for e in index_entries if e["location"].startswith(notebook)]
    assert entries, "the app-deletion notebook page is not in the index"
    text = " ".join(e["text"] for e in entries)
    assert text.count("import numpy as np") == 1


@pytest.mark.parametrize(("tex", "text"), [
    (r"\frac{1}{n}\sum_{i=1}^{n} x_i", "1/nΣ_i=1^n x_i"),
    (r"\mathbb{E}[X \mid Y] \leq \sqrt{\frac{a+b}{2}}", "E[X | Y] ≤ √((a+b)/2)"),
    (r"\hat{\beta} = (X^\top X)^{-1} X^\top y", "β = (X^⊤ X)^-1 X^⊤ y"),
    (r"\begin{aligned} a &= b \\ c &= d \end{aligned}", "a = b ; c = d"),
    (r"\operatorname{softmax}(z)_i \propto \exp(z_i)", "softmax(z)_i ∝ exp (z_i)"),
    (r"p &lt; 0.05", "p < 0.05"),
])
def test_latex_as_text(tex, text):
    assert hooks_speed.latex_as_text(tex) == text


def test_search_html_cleans_a_notebook_cell_and_keeps_code():
    cell = ('<h2 id="data">Data<a class="anchor-link" href="#data">¶</a></h2>'
            '<div class="jp-InputPrompt jp-InputArea-prompt">In [3]:</div>'
            '<span class="notice" hidden="">Copied!</span>'
            '<div class="highlight"><pre><span class="n">x</span> = "$a$ \\n"'
            '</pre></div>'
            '<div class="clipboard-copy-txt" id="cell-3">x = "$a$ \\n"</div>'
            '<p>The rate $\\lambda$ is '
            '<img src="data:image/png;base64,AA"/> set.</p>')
    cleaned = hooks_speed.search_html(cell, is_notebook=True)
    assert cleaned == ('<h2 id="data">Data</h2>'
                       '<div class="highlight"><pre>x = "$a$ \\n"</pre></div>'
                       '<p>The rate λ is <img/> set.</p>')
