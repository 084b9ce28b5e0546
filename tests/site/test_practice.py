"""The Practice page and the question blocks in headless Chromium, against the built site."""

from __future__ import annotations

import json
import math
import time

import numpy as np
import pytest

from tests.site.test_browser import page  # noqa: F401  (the fixture that records traffic)

# builds the whole site or drives a browser; in one xdist group, so that one worker builds
# the site once for all of them
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("built_site")]

STORAGE_KEY = "ml-interview-kb:practice:v1"
QUALITY = {"again": 1, "hard": 3, "good": 4, "easy": 5}


def sm2_reference(card: dict, grade: str, today: int) -> dict:
    """The update rules exactly as docs/practice.md states them."""
    quality = QUALITY[grade]
    card = dict(card)
    if quality < 3:
        card["reps"], card["interval"] = 0, 1
        card["lapses"] += 1
    else:
        if card["reps"] == 0:
            card["interval"] = 1
        elif card["reps"] == 1:
            card["interval"] = 6
        else:
            card["interval"] = math.floor(card["interval"] * card["ease"] + 0.5)
        card["reps"] += 1
    miss = 5 - quality
    card["ease"] = max(1.3, card["ease"] + (0.1 - miss * (0.08 + miss * 0.02)))
    card["due"], card["last"] = today + card["interval"], today
    return card


@pytest.fixture(scope="module")
def bank(built_site):
    return json.loads((built_site / "questions.json").read_text(encoding="utf-8"))["questions"]


def open_practice(page, site_url):
    page.goto(site_url + "/practice/", wait_until="networkidle")
    page.wait_for_selector("#practice-app[data-ready='true']")


def count(page, name: str) -> int:
    return int(page.locator(f"[data-count='{name}']").inner_text())


def only(page, name: str, values: set[str]) -> None:
    for box in page.locator(f"input[name='{name}']").all():
        box.set_checked(box.get_attribute("value") in values)


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')") or "null")


def today(page) -> int:
    return page.evaluate("PracticeSM2.dayNumber(new Date())")


def test_the_sm2_module_follows_the_documented_rules(page, site_url):
    open_practice(page, site_url)
    # Worked by hand: Good, Good, Good from new gives 1, 6, round(6 * 2.5) = 15 days.
    days = page.evaluate("""() => { let c = PracticeSM2.newCard(), out = [];
        for (const g of ["good", "good", "good", "again", "easy"]) {
          c = PracticeSM2.review(c, g, 100); out.push([c.interval, c.ease]); }
        return out; }""")
    assert days[:3] == [[1, 2.5], [6, 2.5], [15, 2.5]]
    assert days[3][0] == 1 and days[3][1] == pytest.approx(1.96)
    assert days[4] == [1, pytest.approx(2.06)]

    rng = np.random.default_rng(11)
    sequences = [[str(g) for g in rng.choice(list(QUALITY), size=15)] for _ in range(200)]
    from_js = page.evaluate("""sequences => sequences.map(grades => {
        let card = PracticeSM2.newCard(), day = 0, out = [];
        for (const grade of grades) {
          card = PracticeSM2.review(card, grade, day); out.push(card); day = card.due; }
        return out; })""", sequences)
    for grades, cards in zip(sequences, from_js):
        card, day = {"reps": 0, "interval": 0, "ease": 2.5, "due": 0, "lapses": 0,
                     "last": 0}, 0
        for grade, js_card in zip(grades, cards):
            card = sm2_reference(card, grade, day)
            day = card["due"]
            assert js_card == card, (grades, js_card, card)
    assert page.console_errors == [] and page.foreign_requests == []


def test_filter_draw_reveal_grade_and_the_schedule_survives_a_reload(page, site_url, bank):
    open_practice(page, site_url)
    chosen = {q["id"] for q in bank if q["module"] == "math" and q["difficulty"] == "easy"}
    only(page, "module", {"math"})
    only(page, "difficulty", {"easy"})
    assert (count(page, "due"), count(page, "new")) == (0, len(chosen))

    page.locator("[data-action='draw']").click()
    card = page.locator(".practice-card")
    drawn = card.get_attribute("data-id")
    assert drawn in chosen
    assert not page.locator(".practice-answer").is_visible()
    page.locator("[data-action='reveal']").click()
    assert page.locator(".practice-answer").is_visible()
    page.locator("[data-grade='good']").click()

    assert (count(page, "due"), count(page, "new")) == (0, len(chosen) - 1)
    saved = stored(page)["cards"][drawn]
    assert (saved["reps"], saved["interval"], saved["due"]) == (1, 1, today(page) + 1)

    page.reload(wait_until="networkidle")
    page.wait_for_selector("#practice-app[data-ready='true']")
    assert page.locator("input[name='module']:checked").evaluate_all(
        "boxes => boxes.map(b => b.value)") == ["math"]
    assert (count(page, "due"), count(page, "new")) == (0, len(chosen) - 1)
    assert stored(page)["cards"][drawn] == saved
    assert page.console_errors == [] and page.foreign_requests == []


def test_a_due_answer_shows_math_and_figures(page, site_url, bank):
    target = next(q for q in bank
                  if "<img" in q["answer_html"] and "arithmatex" in q["answer_html"])
    open_practice(page, site_url)
    day = today(page)
    progress = {"format": "ml-interview-kb-practice", "version": 1, "filters": None,
                "cards": {target["id"]: {"reps": 2, "interval": 6, "ease": 2.5,
                                         "due": day - 1, "lapses": 0, "last": day - 7}}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)",
                  [STORAGE_KEY, json.dumps(progress)])
    open_practice(page, site_url)
    assert count(page, "due") == 1
    page.locator("[data-action='draw']").click()  # a due question comes before new ones
    assert page.locator(".practice-card").get_attribute("data-id") == target["id"]
    page.locator("[data-action='reveal']").click()
    answer = page.locator(".practice-answer")
    answer.locator(".katex").first.wait_for()
    assert answer.locator(".katex-error").count() == 0
    figure = answer.locator("img[src*='-light.svg']").first
    figure.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 100",
                           arg=figure.element_handle())
    # Good on the third repetition: round(6 * 2.5) = 15 days
    assert page.locator("[data-grade='good']").inner_text().endswith("(15 days)")
    assert page.console_errors == [] and page.foreign_requests == []


def test_export_reset_asks_and_import_validates(page, site_url, tmp_path):
    open_practice(page, site_url)
    page.locator("[data-action='draw']").click()
    page.locator("[data-action='reveal']").click()
    page.locator("[data-grade='easy']").click()
    before = stored(page)
    total_new = count(page, "new")

    with page.expect_download() as download:
        page.locator("[data-action='export']").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["cards"] == before["cards"]

    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.locator("[data-action='reset']").click()
    assert asked and "Reset" in asked[0]
    assert stored(page)["cards"] == before["cards"]

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("[data-action='reset']").click()
    assert stored(page)["cards"] == {} and count(page, "new") == total_new + 1

    broken = dict(before, cards={next(iter(before["cards"])): {"reps": -1}})
    for name, content in [("bad.json", "{not json"), ("wrong.json", json.dumps(broken))]:
        page.locator("[data-action='import']").set_input_files(
            files=[{"name": name, "mimeType": "application/json",
                    "buffer": content.encode()}])
        message = page.locator(".practice-message")
        page.wait_for_function("() => document.querySelector('.practice-message')"
                               ".textContent.startsWith('Import failed')")
        assert name in message.inner_text()
        assert stored(page)["cards"] == {}
    assert "reps must be a whole number" in message.inner_text()

    page.locator("[data-action='import']").set_input_files(str(exported))
    page.wait_for_function("() => document.querySelector('.practice-message')"
                           ".textContent.startsWith('Imported 1')")
    assert stored(page)["cards"] == before["cards"] and count(page, "new") == total_new
    assert page.console_errors == [] and page.foreign_requests == []


def test_a_topic_page_shows_each_blocks_state_and_opens_a_linked_block(
        page, site_url, bank):
    first, second = [q for q in bank if q["page"] == "math/vectors.md"][:2]
    open_practice(page, site_url)
    day = today(page)
    cards = {first["id"]: {"reps": 1, "interval": 1, "ease": 2.5, "due": day + 1,
                           "lapses": 0, "last": day},
             second["id"]: {"reps": 4, "interval": 30, "ease": 2.6, "due": day + 30,
                            "lapses": 0, "last": day}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)",
                  [STORAGE_KEY, json.dumps({"format": "ml-interview-kb-practice",
                                            "version": 1, "cards": cards})])
    # Instant navigation from the Practice page: the badges come from the document$ hook.
    page.evaluate("""url => { const link = document.createElement("a");
        link.href = url; link.id = "to-vectors"; link.textContent = "Vectors";
        document.querySelector("article").append(link); }""", site_url + "/math/vectors/")
    page.locator("#to-vectors").click()  # Material intercepts it: instant navigation
    page.wait_for_selector(f"#{first['id']} .practice-badge")
    badges = page.locator("details.question .practice-badge").all_inner_texts()
    assert badges[:2] == ["learning", "known"] and set(badges[2:]) == {"new"}

    third = [q for q in bank if q["page"] == "math/vectors.md"][4]
    page.goto(f"{site_url}/math/vectors/#{third['id']}", wait_until="networkidle")
    block = page.locator(f"details#{third['id']}")
    assert block.get_attribute("open") is not None and block.is_visible()
    assert page.console_errors == [] and page.foreign_requests == []


def test_expand_all_collapse_all_and_print_open_every_answer(page, site_url):
    page.goto(site_url + "/math/vectors/", wait_until="networkidle")
    blocks = page.locator("article details.question")
    total = blocks.count()
    open_count = "() => document.querySelectorAll('article details[open]').length"
    page.get_by_role("button", name="Expand all").click()
    assert page.evaluate(open_count) == total
    page.get_by_role("button", name="Collapse all").click()
    assert page.evaluate(open_count) == 0

    blocks.nth(1).locator("summary").click()  # the reader left one block open
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate(open_count) == total
    page.emulate_media(media="print")
    assert not page.get_by_role("button", name="Expand all").is_visible()
    page.emulate_media(media="screen")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate("() => [...document.querySelectorAll('article details.question')]"
                         ".map(d => d.open)") == [i == 1 for i in range(total)]
    assert page.console_errors == [] and page.foreign_requests == []


def test_the_practice_page_works_offline_after_a_first_visit(page, site_url):
    open_practice(page, site_url)
    assert count(page, "new") > 700
    start = time.perf_counter()
    page.locator("[data-action='draw']").click()
    assert page.locator(".practice-card").get_attribute("data-id").startswith("q-")
    assert time.perf_counter() - start < 5
    assert page.console_errors == [] and page.foreign_requests == []
