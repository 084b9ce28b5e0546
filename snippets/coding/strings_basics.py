"""String warm-ups: run-length encoding, compression, reversing words, anagrams.

Used by docs/coding/strings.md.
"""

from __future__ import annotations

DIGITS = frozenset("0123456789")  # counts are written in ASCII digits


# --8<-- [start:rle]
def run_lengths(s: str) -> list[tuple[str, int]]:
    """Maximal runs of one repeated character, as (character, length) pairs."""
    runs: list[tuple[str, int]] = []
    for ch in s:
        if runs and runs[-1][0] == ch:
            runs[-1] = (ch, runs[-1][1] + 1)
        else:
            runs.append((ch, 1))
    return runs


def rle_encode(s: str) -> str:
    """'aaab' -> 'a3b1'. Refuses digits: 'a' + '11' would decode as 'a' eleven times."""
    if DIGITS & set(s):
        raise ValueError("text with digits cannot be run-length encoded in this format")
    return "".join(f"{ch}{count}" for ch, count in run_lengths(s))


def rle_decode(text: str) -> str:
    """'a3b12' -> 'aaa' + 'b' * 12: a character, then a count of one or more digits."""
    out, i = [], 0
    while i < len(text):
        ch, j = text[i], i + 1
        while j < len(text) and text[j] in DIGITS:
            j += 1
        if ch in DIGITS or j == i + 1:
            raise ValueError(f"expected a character and a count at position {i}")
        out.append(ch * int(text[i + 1:j]))
        i = j
    return "".join(out)


def compress(s: str) -> str:
    """The encoding if it is strictly shorter than s, else s ('abc' stays 'abc')."""
    encoded = rle_encode(s)
    return encoded if len(encoded) < len(s) else s
# --8<-- [end:rle]


# --8<-- [start:words]
def reverse_words(s: str) -> str:
    """Words in reverse order, single-spaced, without leading or trailing spaces."""
    return " ".join(reversed(s.split()))


def reverse_words_in_place(chars: list[str]) -> None:
    """Same for a single-spaced character array with O(1) extra memory: reverse the
    whole array, then reverse each word back."""
    def reverse(lo: int, hi: int) -> None:
        while lo < hi:
            chars[lo], chars[hi] = chars[hi], chars[lo]
            lo, hi = lo + 1, hi - 1

    reverse(0, len(chars) - 1)
    start = 0
    for i in range(len(chars) + 1):
        if i == len(chars) or chars[i] == " ":
            reverse(start, i - 1)
            start = i + 1


def is_anagram(a: str, b: str) -> bool:
    """Same characters with the same multiplicities, by counting: O(n) time."""
    if len(a) != len(b):
        return False
    counts: dict[str, int] = {}
    for x, y in zip(a, b):
        counts[x] = counts.get(x, 0) + 1
        counts[y] = counts.get(y, 0) - 1
    return all(v == 0 for v in counts.values())
# --8<-- [end:words]


def main() -> None:
    for s in ("aabcccccaaa", "abc", "", "z" * 12):
        print(f"compress({s!r}) = {compress(s)!r}")
    print("rle_decode('a3b12') =", repr(rle_decode("a3b12")))
    spaced = "  the sky   is blue "
    print(f"reverse_words({spaced!r}) = {reverse_words(spaced)!r}")
    chars = list("machine learning interview")
    reverse_words_in_place(chars)
    print("in place:", repr("".join(chars)))
    print("is_anagram('listen', 'silent') =", is_anagram("listen", "silent"),
          "| is_anagram('rat', 'car') =", is_anagram("rat", "car"))


if __name__ == "__main__":
    main()
