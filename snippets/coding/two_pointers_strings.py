"""Two pointers on strings: palindrome checks and the longest palindromic substring.

Used by docs/coding/two-pointers.md.
"""

from __future__ import annotations


# --8<-- [start:palindrome]
def _keeps(char: str) -> bool:
    """The characters that count: ASCII letters and digits."""
    return char.isascii() and char.isalnum()


def is_palindrome(text: str) -> bool:
    """Whether `text` reads the same both ways, ignoring case and non-alphanumerics."""
    lo, hi = 0, len(text) - 1
    while lo < hi:
        if not _keeps(text[lo]):
            lo += 1
        elif not _keeps(text[hi]):
            hi -= 1
        elif text[lo].lower() != text[hi].lower():
            return False
        else:
            lo, hi = lo + 1, hi - 1
    return True
# --8<-- [end:palindrome]


# --8<-- [start:one_deletion]
def _is_palindrome_range(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi + 1] is a palindrome, character for character."""
    while lo < hi:
        if text[lo] != text[hi]:
            return False
        lo, hi = lo + 1, hi - 1
    return True


def palindrome_after_one_deletion(text: str) -> bool:
    """Whether deleting at most one character makes `text` an exact palindrome."""
    lo, hi = 0, len(text) - 1
    while lo < hi:
        if text[lo] != text[hi]:  # one of the two must go: try both, once
            return (_is_palindrome_range(text, lo + 1, hi)
                    or _is_palindrome_range(text, lo, hi - 1))
        lo, hi = lo + 1, hi - 1
    return True
# --8<-- [end:one_deletion]


# --8<-- [start:longest]
def longest_palindrome(text: str) -> str:
    """The longest palindromic substring; the leftmost one if several are longest."""
    best_lo, best_hi = 0, 0  # half-open bounds of the best found so far
    for centre in range(2 * len(text) - 1):
        lo, hi = centre // 2, (centre + 1) // 2  # one character, or the gap between two
        while lo >= 0 and hi < len(text) and text[lo] == text[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > best_hi - best_lo:
            best_lo, best_hi = lo + 1, hi
    return text[best_lo:best_hi]
# --8<-- [end:longest]


def main() -> None:
    for text in ("A man, a plan, a canal: Panama", "race a car", ".,"):
        print(f"is_palindrome({text!r}) = {is_palindrome(text)}")
    for text in ("abca", "abcda"):
        print(f"palindrome_after_one_deletion({text!r}) = "
              f"{palindrome_after_one_deletion(text)}")
    for text in ("babad", "cbbd", "forgeeksskeegfor", ""):
        print(f"longest_palindrome({text!r}) = {longest_palindrome(text)!r}")


if __name__ == "__main__":
    main()
