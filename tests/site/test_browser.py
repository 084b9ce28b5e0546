"""The built site in headless Chromium: pages load cleanly, offline, and the interactive parts work."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

# builds the whole site or drives a browser; in one xdist group, so that one worker builds the site once for all of them
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("built_site")]

PAGES = ["/", "/ml-coding/k-means/", "/math/bayes-puzzles/", "/projects/app-deletion/"]


@pytest.fixture
def page(browser, site_url):
    """A fresh page that records console errors and every request that leaves localhost."""
    context = browser.new_context()
    page = context.new_page()
    page.console_errors = []
    page.foreign_requests = []
    page.requests = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))

    def record(request) -> None:
        page.requests.append(request.url)
        parsed = urlparse(request.url)
        if parsed.scheme in ("data", "blob", "about"):
            return
        if f"{parsed.scheme}://{parsed.netloc}" != site_url:
            page.foreign_requests.append(request.url)

    page.on("request", record)
    yield page
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_errors_or_foreign_requests(page, site_url, path):
    response = page.goto(site_url + path, wait_until="networkidle")
    assert response.status == 200
    assert page.console_errors == []
    assert page.foreign_requests == []


def test_figure_is_visible_and_follows_the_palette(page, site_url):
    page.goto(site_url + "/ml-coding/k-means/", wait_until="networkidle")
    light = page.locator('img[src*="figure-1-light.svg"]')
    dark = page.locator('img[src*="figure-1-dark.svg"]')
    light.scroll_into_view_if_needed()
    assert light.is_visible() and not dark.is_visible()
    assert light.evaluate("img => img.complete && img.naturalWidth > 300")

    page.locator("label[for='__palette_1']").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    dark.scroll_into_view_if_needed()
    assert dark.is_visible() and not light.is_visible()
    assert dark.evaluate("img => img.complete && img.naturalWidth > 300")


def test_palette_toggle_switches_both_ways(page, site_url):
    page.goto(site_url + "/", wait_until="networkidle")
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    page.locator("label[for='__palette_1']").first.click()
    assert body.get_attribute("data-md-color-scheme") == "slate"
    page.locator("label[for='__palette_0']").first.click()
    assert body.get_attribute("data-md-color-scheme") == "default"


def test_math_is_rendered_by_katex(page, site_url):
    page.goto(site_url + "/ml-coding/k-means/", wait_until="networkidle")
    page.wait_for_selector(".arithmatex .katex-display")
    assert page.locator(".arithmatex .katex").count() > 10
    assert page.locator(".arithmatex .katex-error").count() == 0
    # No raw TeX delimiters left on the page.
    assert "\\(" not in page.locator("article").inner_text()


def test_mermaid_diagram_is_drawn_from_the_local_copy(page, site_url):
    page.goto(site_url + "/ml-coding/k-means/", wait_until="networkidle")
    # Material draws the diagram into a closed shadow root: its size shows that it was drawn.
    page.wait_for_function(
        "() => { const host = document.querySelector('div.mermaid');"
        " return host && host.getBoundingClientRect().height > 100; }")
    assert page.foreign_requests == []


DIAGRAM_DRAWN = ("() => { const host = document.querySelector('div.mermaid');"
                 " return host && host.getBoundingClientRect().height > 100; }")


def mermaid_requests(page) -> list[str]:
    return [url for url in page.requests if "mermaid" in urlparse(url).path]


def test_mermaid_loads_only_on_a_page_with_a_diagram(page, site_url):
    page.goto(site_url + "/ml-coding/pooling/", wait_until="networkidle")
    assert page.locator("div.mermaid, pre.mermaid").count() == 0
    assert mermaid_requests(page) == [], "a page without diagrams must not load Mermaid"
    page.goto(site_url + "/ml-coding/k-means/", wait_until="networkidle")
    # Material asks for Mermaid after the page settles; on a loaded machine that can come
    # after network idle, so wait for the drawn diagram rather than for a quiet network
    page.wait_for_function(DIAGRAM_DRAWN)
    assert mermaid_requests(page) == [site_url + "/vendor/mermaid/mermaid.min.js"]


def test_instant_navigation_to_a_diagram_draws_it_from_the_local_copy(page, site_url):
    page.goto(site_url + "/ml-coding/pooling/", wait_until="networkidle")
    page.locator("nav a[href$='k-means/']").first.click()
    page.wait_for_function(
        "() => { const host = document.querySelector('div.mermaid');"
        " return host && host.getBoundingClientRect().height > 100; }")
    assert mermaid_requests(page) == [site_url + "/vendor/mermaid/mermaid.min.js"]
    assert page.foreign_requests == [] and page.console_errors == []


def test_search_finds_the_k_means_page(page, site_url):
    page.goto(site_url + "/", wait_until="networkidle")
    query = page.locator("input[data-md-component='search-query']")
    query.click()
    query.press_sequentially("k-means")  # Material searches on key events, not on fill()
    first_result = page.locator(".md-search-result__item a").first
    first_result.wait_for()
    hrefs = page.locator(".md-search-result__item a").evaluate_all("links => links.map(a => a.href)")
    paths = {urlparse(href).path for href in hrefs}  # results carry ?h=... highlight queries
    assert "/ml-coding/k-means/" in paths, hrefs
    assert page.console_errors == []


def test_instant_navigation_renders_math_on_the_new_page(page, site_url):
    page.goto(site_url + "/", wait_until="networkidle")
    page.locator("article a[href$='ml-coding/k-means/']").first.click()
    page.wait_for_selector(".arithmatex .katex")
    assert page.console_errors == [] and page.foreign_requests == []


def test_notebook_page_shows_outputs_math_and_a_working_download(page, site_url):
    response = page.goto(site_url + "/projects/app-deletion/", wait_until="networkidle")
    assert response.status == 200
    assert page.locator("article .nb-output").count() > 5  # executed cells
    figure = page.locator("article img[src$='-light.svg#only-light']").first
    figure.scroll_into_view_if_needed()
    assert figure.evaluate("img => img.complete && img.naturalWidth > 300")
    assert page.locator("article .katex").count() > 0
    download = page.locator("a[download][href$='.ipynb']")
    assert download.count() == 1
    notebook = page.request.get(download.evaluate("a => a.href"))
    assert notebook.ok and notebook.json()["cells"]
    assert page.console_errors == [] and page.foreign_requests == []
