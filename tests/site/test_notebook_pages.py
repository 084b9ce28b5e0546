"""The project notebooks read like the site's other pages, in Chromium at 1280 and 390 px."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

# builds the whole site or drives a browser; in one xdist group, so that one worker builds
# the site once for all of them
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("built_site")]

NOTEBOOK_PAGES = ["/projects/app-deletion/", "/projects/harmful-content/",
                  "/projects/hyperparameter-search/"]
REGULAR_PAGE = "/ml-coding/k-means/"
# The nbconvert pages weighed 0.93 to 1.26 MB, nearly all of it inlined figures.
MAX_PAGE_BYTES = 250_000
MIN_LEGEND_PX = 10
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def open_page(browser, site_url):
    """open_page(path, viewport) -> a loaded page; every context is closed afterwards."""
    contexts = []

    def open_at(path: str, viewport: dict = DESKTOP):
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        page = context.new_page()
        page.goto(site_url + path, wait_until="networkidle")
        return page

    yield open_at
    for context in contexts:
        context.close()


def page_html(built_site: Path, path: str) -> str:
    return (built_site / path.strip("/") / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", NOTEBOOK_PAGES)
def test_page_is_light_and_serves_its_figures_as_files(built_site, path):
    html = page_html(built_site, path)
    assert len(html.encode("utf-8")) < MAX_PAGE_BYTES
    assert "data:image" not in html
    figures = re.findall(r'<img [^>]*src="([^"]+-(?:light|dark)\.svg)#only-(light|dark)"', html)
    assert figures and len(figures) % 2 == 0
    for src, palette in figures:
        assert src.endswith(f"-{palette}.svg")
        assert (built_site / path.strip("/") / src).resolve().is_file()


@pytest.mark.parametrize("path", NOTEBOOK_PAGES)
def test_no_jupyter_prompts_cells_or_styles(built_site, path):
    html = page_html(built_site, path)
    assert not re.search(r"\bjp-|jupyter-wrapper|In&nbsp;\[|\bIn \[\d+\]:", html)
    assert "No description has been provided" not in html


def test_search_entries_have_no_pilcrows_or_prompts(built_site):
    docs = json.loads((built_site / "search" / "search_index.json").read_text())["docs"]
    entries = [doc for doc in docs if doc["location"].startswith("projects/")
               and not doc["location"].startswith("projects/#")
               and doc["location"] != "projects/"]
    assert len(entries) > 3 * 5  # every page and its sections
    for entry in entries:
        assert "¶" not in entry["title"], entry["location"]
        assert not re.search(r"In \[\d*\]|Copied!", entry["text"]), entry["location"]


@pytest.mark.parametrize("path", NOTEBOOK_PAGES)
def test_tags_and_collapsed_question_blocks(open_page, path):
    page = open_page(path)
    tags = page.locator(".md-tags .md-tag").all_inner_texts()
    assert "projects" in [tag.strip() for tag in tags]
    assert {tag.strip() for tag in tags} & {"easy", "medium", "hard"}
    questions = page.locator("article details.question")
    assert questions.count() == 6
    for index in range(questions.count()):
        block = questions.nth(index)
        assert re.match(r"\[[EMH]\] \S", block.locator("summary").inner_text())
        assert block.get_attribute("open") is None  # the answer stays hidden until asked


@pytest.mark.parametrize("path", NOTEBOOK_PAGES)
def test_figures_have_alt_text_and_follow_the_palette(open_page, path):
    page = open_page(path)
    light = page.locator('article img[src*="-light.svg"]')
    dark = page.locator('article img[src*="-dark.svg"]')
    assert light.count() == dark.count() > 0
    for locator in (light, dark):
        for alt in locator.evaluate_all("imgs => imgs.map(img => img.alt)"):
            assert len(alt) > 30 and "No description" not in alt
    first_light, first_dark = light.first, dark.first
    first_light.scroll_into_view_if_needed()
    assert first_light.is_visible() and not first_dark.is_visible()
    page.locator("label[for='__palette_1']").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    first_dark.scroll_into_view_if_needed()
    assert first_dark.is_visible() and not first_light.is_visible()
    assert first_dark.evaluate("img => img.complete && img.naturalWidth > 300")


@pytest.mark.parametrize("path", NOTEBOOK_PAGES)
def test_legends_are_readable_at_1280_px(open_page, built_site, path):
    """Every legend's text, as drawn in the SVG (glyph scale x 100 = font size in the figure's
    units) and scaled to the width the image has on the page, is at least 10 CSS px."""
    page = open_page(path)
    images = page.locator('article img[src*="-light.svg"]')
    checked = 0
    for index in range(images.count()):
        image = images.nth(index)
        src = urlparse(image.evaluate("img => img.src")).path  # resolved against the page
        svg = (built_site / src.lstrip("/")).read_text(encoding="utf-8")
        view_width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg)[1])
        legends = re.findall(r'<g id="legend_\d+">(.*?)(?=<g id="axes_\d+">|</svg>)', svg,
                             re.DOTALL)
        sizes = [100 * float(s) for legend in legends
                 for s in re.findall(r"scale\(([\d.]+) -[\d.]+\)", legend)]
        if not sizes:
            continue
        shown_width = image.evaluate("img => img.getBoundingClientRect().width")
        assert min(sizes) * shown_width / view_width >= MIN_LEGEND_PX, src
        checked += 1
    assert checked > 0


def overflow_report(page) -> dict:
    """What sticks out at the current width: page scroll, boxes that leave the viewport (on a
    phone Material runs code blocks to its edges), words split over two lines in tables and
    code."""
    return page.evaluate("""() => {
        const article = document.querySelector('article');
        // a table inside Material's scroll box may be wider: the box is what must fit
        const boxes = [...article.querySelectorAll('table, pre, .md-typeset__scrollwrap')]
            .filter(el => el.tagName !== 'TABLE' || !el.closest('.md-typeset__scrollwrap'))
            .filter(el => el.getBoundingClientRect().right > innerWidth + 1
                          || el.getBoundingClientRect().left < -1)
            .map(el => el.tagName + ': ' + el.textContent.slice(0, 40));
        const broken = [];
        for (const root of article.querySelectorAll('table, pre')) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                // a line may break at a space or after a hyphen, nowhere else
                for (const match of node.textContent.matchAll(/[^\\s-]+-?/g)) {
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const lines = new Set([...range.getClientRects()]
                        .filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) broken.push(match[0]);
                }
            }
        }
        return {pageScroll: document.documentElement.scrollWidth - innerWidth,
                boxes, broken, tables: article.querySelectorAll('table').length};
    }""")


@pytest.mark.parametrize("path", NOTEBOOK_PAGES)
def test_phone_width_tables_and_code_scroll_inside_their_box(open_page, path):
    page = open_page(path, PHONE)
    report = overflow_report(page)
    assert report["pageScroll"] <= 0
    assert report["boxes"] == []
    assert report["broken"] == []


def test_a_wide_table_scrolls_sideways_on_a_phone(open_page):
    page = open_page("/projects/app-deletion/", PHONE)
    scroller = page.locator("article .md-typeset__scrollwrap").first
    widths = scroller.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert widths[0] > widths[1]  # the table is wider than its box and the box scrolls
    assert scroller.evaluate("el => getComputedStyle(el).overflowX") in ("auto", "scroll")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP])
def test_the_text_column_is_as_wide_as_on_other_pages(open_page, viewport):
    def column(path: str) -> float:
        page = open_page(path, viewport)
        return page.locator(".md-content__inner").evaluate("el => el.clientWidth")

    assert column(NOTEBOOK_PAGES[0]) == column(REGULAR_PAGE)


def test_code_uses_the_sites_highlighting(open_page):
    def keyword_color(path: str) -> str:
        page = open_page(path)
        return page.locator("article .highlight code .k").first.evaluate(
            "el => getComputedStyle(el).color")

    assert keyword_color(NOTEBOOK_PAGES[0]) == keyword_color(REGULAR_PAGE)


@pytest.mark.parametrize("path", NOTEBOOK_PAGES)
def test_the_copy_button_does_not_cover_code_on_a_phone(open_page, path):
    page = open_page(path, PHONE)
    overlaps = page.evaluate("""() => {
        const hits = [];
        for (const block of document.querySelectorAll('article .highlight')) {
            const button = block.querySelector('.md-code__button, .md-clipboard');
            if (!button) continue;
            block.scrollIntoView();
            const b = button.getBoundingClientRect();
            const code = block.querySelector('code');
            const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const r of range.getClientRects()) {
                    if (r.width && r.left < b.right && r.right > b.left
                            && r.top < b.bottom && r.bottom > b.top) {
                        hits.push(node.textContent.slice(0, 30));
                    }
                }
            }
        }
        return hits;
    }""")
    assert overlaps == []
    outputs = page.locator("article .nb-output")
    assert outputs.count() > 0
    assert page.locator("article .nb-output .md-code__button").count() == 0
