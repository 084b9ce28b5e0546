"""Reading in headless Chromium: wide display math scrolls inside its own box with a visible
edge, on a phone and on a desktop, and answers in question blocks are set at body size."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("built_site")]

# pages whose display math is wider than the column at 390 px (and, for the first, at 1280 px)
WIDE_MATH_PAGES = ["/ml-coding/perceptron-and-mlp/", "/math/convexity/"]

MATH_BOXES = """() => [...document.querySelectorAll('article .katex-display')].map(box => {
  const style = getComputedStyle(box);
  return {wide: box.scrollWidth > box.clientWidth + 1, overflow: style.overflowX,
          shadow: style.backgroundImage.includes('radial-gradient'),
          clipped: box.getBoundingClientRect().right >
                   document.querySelector('article').getBoundingClientRect().right + 1};
})"""


@pytest.fixture
def page_at(browser):
    contexts = []

    def open_page(width: int):
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", WIDE_MATH_PAGES)
def test_wide_display_math_scrolls_in_its_box_and_shows_an_edge(page_at, site_url, path, width):
    page = page_at(width)
    page.goto(site_url + path, wait_until="networkidle")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    boxes = page.evaluate(MATH_BOXES)
    assert boxes, path
    assert not any(box["clipped"] for box in boxes)  # no equation runs past the column
    wide = [box for box in boxes if box["wide"]]
    if width == 390 or path == WIDE_MATH_PAGES[0]:
        assert wide, f"{path} at {width} px has no wide equation left to test"
    assert all(box["overflow"] == "auto" and box["shadow"] for box in wide)


def test_answers_are_set_at_the_body_size(page_at, site_url):
    page = page_at(1280)
    page.goto(site_url + "/ml-coding/k-means/", wait_until="networkidle")
    sizes = page.evaluate("""() => {
      const size = el => parseFloat(getComputedStyle(el).fontSize);
      const answer = document.querySelector('article details.question');
      answer.open = true;
      return [size(document.querySelector('article > p')), size(answer.querySelector('p'))];
    }""")
    assert sizes[0] == sizes[1]
