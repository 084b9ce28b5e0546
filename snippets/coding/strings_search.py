"""Substring search: the naive scan, Knuth-Morris-Pratt and Rabin-Karp.

Used by docs/coding/strings.md.
"""

from __future__ import annotations

BASE = 256
MODULUS = (1 << 61) - 1  # a Mersenne prime: collisions have probability about m / 2^61


# --8<-- [start:naive]
def naive_find(text: str, pattern: str) -> int:
    """First index of pattern in text, or -1, comparing at every shift: O(n m)."""
    n, m = len(text), len(pattern)
    for i in range(n - m + 1):
        j = 0
        while j < m and text[i + j] == pattern[j]:
            j += 1
        if j == m:
            return i
    return -1
# --8<-- [end:naive]


# --8<-- [start:kmp]
def prefix_function(pattern: str) -> list[int]:
    """fail[i]: the longest proper prefix of pattern[:i+1] that is also its suffix."""
    fail = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]  # fall back to the next shorter border
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    return fail


def kmp_find_all(text: str, pattern: str) -> list[int]:
    """Start of every (possibly overlapping) occurrence in O(n + m): one text pass."""
    if not pattern:
        return list(range(len(text) + 1))
    fail, found, k = prefix_function(pattern), [], 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = fail[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            found.append(i - k + 1)
            k = fail[k - 1]  # keep the border: the next match may overlap this one
    return found


def kmp_find(text: str, pattern: str) -> int:
    """First index of pattern in text, or -1 (what str.find returns)."""
    matches = kmp_find_all(text, pattern)
    return matches[0] if matches else -1
# --8<-- [end:kmp]


# --8<-- [start:rabin_karp]
def rabin_karp_find(text: str, pattern: str) -> int:
    """First index by a rolling polynomial hash; each hash match is verified, so no
    false positives: expected O(n + m), worst case O(n m) if hashes keep colliding."""
    n, m = len(text), len(pattern)
    if m > n:
        return -1
    top = pow(BASE, m - 1, MODULUS)  # weight of the character that leaves the window
    target = window = 0
    for i in range(m):
        target = (target * BASE + ord(pattern[i])) % MODULUS
        window = (window * BASE + ord(text[i])) % MODULUS
    for i in range(n - m + 1):
        if window == target and text[i:i + m] == pattern:
            return i
        if i + m < n:  # slide: drop text[i], append text[i + m]
            window = ((window - ord(text[i]) * top) * BASE + ord(text[i + m])) % MODULUS
    return -1
# --8<-- [end:rabin_karp]


def main() -> None:
    print("prefix_function('abacabab') =", prefix_function("abacabab"))
    print("kmp_find_all('aaaaa', 'aa') =", kmp_find_all("aaaaa", "aa"))
    text = "the cat sat on the mat with the hat"
    for pattern in ("the", "at on", "dog", ""):
        print(f"{pattern!r}: kmp {kmp_find(text, pattern)}, rabin-karp"
              f" {rabin_karp_find(text, pattern)}, str.find {text.find(pattern)}")


if __name__ == "__main__":
    main()
