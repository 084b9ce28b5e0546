"""Hash maps and sets: two-sum, anagram groups, first repeat, ordered dedup, counting.

Used by docs/coding/hashing-and-counting.md.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence


# --8<-- [start:two_sum]
def two_sum(nums: Sequence[int], target: int) -> tuple[int, int] | None:
    """Indices i < j with nums[i] + nums[j] == target, the smallest j first; or None."""
    first_index: dict[int, int] = {}
    for j, value in enumerate(nums):
        i = first_index.get(target - value)
        if i is not None:
            return i, j
        first_index.setdefault(value, j)  # keep the earliest index of each value
    return None


def two_sum_all_pairs(nums: Sequence[int], target: int) -> tuple[int, int] | None:
    """The O(n^2) brute force, returning the same pair."""
    for j in range(len(nums)):
        for i in range(j):
            if nums[i] + nums[j] == target:
                return i, j
    return None
# --8<-- [end:two_sum]


# --8<-- [start:anagrams]
def group_anagrams(words: Iterable[str]) -> list[list[str]]:
    """Words grouped by their multiset of letters, groups in first-appearance order."""
    groups: dict[str, list[str]] = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)  # the sorted letters are the key
    return list(groups.values())
# --8<-- [end:anagrams]


# --8<-- [start:first_repeat]
def first_repeat(items: Iterable[Hashable]) -> Hashable | None:
    """The first item, in reading order, equal to one read before it; None if none."""
    seen = set()
    for item in items:
        if item in seen:
            return item
        seen.add(item)
    return None


def first_with_duplicate(items: Sequence[Hashable]) -> Hashable | None:
    """The earliest-positioned item that occurs again anywhere; None if all distinct."""
    counts = Counter(items)
    return next((item for item in items if counts[item] > 1), None)
# --8<-- [end:first_repeat]


# --8<-- [start:dedup]
def dedup_keep_order(items: Iterable[Hashable]) -> list[Hashable]:
    """Items without repeats, each kept at its first position."""
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out  # the idiom: list(dict.fromkeys(items))
# --8<-- [end:dedup]


# --8<-- [start:counting]
def top_words(text: str, k: int) -> list[tuple[str, int]]:
    """The k most frequent lower-cased words; equal counts in alphabetical order."""
    counts = Counter(re.findall(r"[a-z']+", text.lower()))
    return sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
# --8<-- [end:counting]


# --8<-- [start:majority]

def majority(items: Sequence[Hashable]) -> Hashable | None:
    """The item held by more than half of the positions, or None."""
    if not items:
        return None
    item, count = Counter(items).most_common(1)[0]
    return item if count > len(items) // 2 else None


def majority_boyer_moore(items: Sequence[Hashable]) -> Hashable | None:
    """The same answer in O(1) extra space: pair off different items, then verify."""
    candidate, lead = None, 0
    for item in items:
        if lead == 0:
            candidate = item
        lead += 1 if item == candidate else -1
    if items and sum(item == candidate for item in items) > len(items) // 2:
        return candidate
    return None
# --8<-- [end:majority]


def main() -> None:
    print("two_sum([3, 2, 4, 3], 6) =", two_sum([3, 2, 4, 3], 6))
    print("two_sum([1, 2], 7) =", two_sum([1, 2], 7))
    print("anagram groups:", group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
    print("first repeat in [2, 5, 1, 5, 2]:", first_repeat([2, 5, 1, 5, 2]))
    print("first with a duplicate:", first_with_duplicate([2, 5, 1, 5, 2]))
    print("dedup keeping order:", dedup_keep_order([3, 1, 3, 2, 1, 4]))
    text = "the cat and the hat; the cat sat. A hat!"
    print("top 3 words:", top_words(text, 3))
    votes = ["b", "a", "b", "c", "b", "b", "a"]
    print("majority of", "".join(votes), "->", majority(votes),
          majority_boyer_moore(votes))


if __name__ == "__main__":
    main()
