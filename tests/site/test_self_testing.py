"""Puzzle pages let a reader try every question before any answer is shown.

A page marked `puzzles: true` in its front matter may not show a snippet's output, a generated
figure or a results table before its first question block.
"""

import re
from pathlib import Path

import pytest
import yaml

DOCS = Path(__file__).resolve().parents[2] / "docs"
QUESTION = re.compile(r"^\s*\?\?\?\+?\s+question\b")
GIVEAWAYS = {
    "a snippet's output": re.compile(r'--8<--\s+"generated/[^"]*\.txt'),
    "a generated figure": re.compile(r"!\[[^\]]*\]\([^)]*generated/"),
    "a table": re.compile(r"^\s*\|.*\|\s*$"),
}
KNOWN_PUZZLE_PAGES = {
    "math/bayes-puzzles.md",
    "math/counting-puzzles.md",
    "math/waiting-times-and-bets.md",
    "coding/game-theory.md",
}


def front_matter(text: str) -> dict:
    _, block, _ = text.split("---\n", 2)
    return yaml.safe_load(block) or {}


def puzzle_pages() -> list[str]:
    return sorted(
        path.relative_to(DOCS).as_posix()
        for path in DOCS.rglob("*.md")
        if front_matter(path.read_text(encoding="utf-8")).get("puzzles") is True
    )


def giveaways_before_first_question(text: str) -> list[str]:
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        if QUESTION.match(line):
            return problems
        problems += [f"line {number}: {kind}" for kind, pattern in GIVEAWAYS.items()
                     if pattern.search(line)]
    return problems + ["the page has no question block"]


def test_the_puzzle_pages_are_marked():
    assert KNOWN_PUZZLE_PAGES <= set(puzzle_pages())


@pytest.mark.parametrize("page", puzzle_pages())
def test_no_answer_is_shown_before_the_questions(page):
    text = (DOCS / page).read_text(encoding="utf-8")
    assert giveaways_before_first_question(text) == [], f"docs/{page}"


def test_the_check_sees_an_output_above_a_question():
    text = ('---\npuzzles: true\n---\n# T\n\n```text\n--8<-- "generated/m/s/stdout.txt"\n'
            '```\n\n??? question "[E] Q?"\n    A.\n')
    assert giveaways_before_first_question(text) == ["line 7: a snippet's output"]
