"""Text justification: greedy lines, spaces spread left-heavy, last line left-aligned.

Used by docs/coding/strings.md.
"""

from __future__ import annotations


# --8<-- [start:justify]
def justify(words: list[str], width: int) -> list[str]:
    """Lay out `words` in lines of exactly `width` characters.

    Each line takes as many words as fit with single spaces. Its extra spaces are spread
    over the gaps, the leftmost gaps getting one more when they do not divide evenly. A
    line with one word, and the last line, are left-justified and padded on the right.
    A word longer than `width` raises ValueError: no layout could keep the width."""
    if width < 1:
        raise ValueError("width must be positive")
    for word in words:
        if not word or " " in word or len(word) > width:
            raise ValueError(f"cannot place {word!r} in a line of width {width}")
    lines: list[str] = []
    start = 0
    while start < len(words):
        end, length = start + 1, len(words[start])  # words[start:end], single-spaced
        while end < len(words) and length + 1 + len(words[end]) <= width:
            length += 1 + len(words[end])
            end += 1
        line_words = words[start:end]
        gaps = len(line_words) - 1
        if end == len(words) or gaps == 0:
            lines.append(" ".join(line_words).ljust(width))
        else:
            spaces = width - sum(map(len, line_words))
            wide, extra = divmod(spaces, gaps)  # the first `extra` gaps get wide + 1
            line = "".join(word + " " * (wide + (i < extra))
                           for i, word in enumerate(line_words[:-1]))
            lines.append(line + line_words[-1])
        start = end
    return lines
# --8<-- [end:justify]


def main() -> None:
    text = "What must be shown is that every line has exactly the width asked for."
    for width in (16, 24):
        print(f"width {width}:")
        for line in justify(text.split(), width):
            print(f"|{line}|")
    try:
        justify(["tiny", "extraordinarily"], 10)
    except ValueError as error:
        print("ValueError:", error)


if __name__ == "__main__":
    main()
