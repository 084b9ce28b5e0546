"""A trie (prefix tree): insert, search, prefix test, frequency-ranked autocomplete.

Used by docs/coding/tries.md.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field


# --8<-- [start:trie]
@dataclass
class TrieNode:
    children: dict[str, TrieNode] = field(default_factory=dict)
    count: int = 0  # how many times a word ending here was inserted; 0 = not a word
    below: int = 0  # insertions of words that pass through or end at this node


class Trie:
    def __init__(self) -> None:
        self.root = TrieNode()

    def insert(self, word: str, times: int = 1) -> None:
        node = self.root
        node.below += times
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.below += times
        node.count += times

    def _find(self, prefix: str) -> TrieNode | None:
        """The node reached by spelling `prefix`, or None if no word starts with it."""
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.count > 0

    def starts_with(self, prefix: str) -> bool:
        node = self._find(prefix)
        return node is not None and node.below > 0  # an empty trie has only the root
# --8<-- [end:trie]

    # --8<-- [start:autocomplete]
    def autocomplete(self, prefix: str, k: int) -> list[str]:
        """The k most frequent words starting with prefix; ties: the smaller word."""
        start = self._find(prefix)
        if start is None or k <= 0:
            return []
        words: list[tuple[int, str]] = []
        stack = [(start, prefix)]
        while stack:  # collect every word in the subtree below the prefix
            node, text = stack.pop()
            if node.count:
                words.append((-node.count, text))
            stack.extend((child, text + ch) for ch, child in node.children.items())
        return [word for _, word in heapq.nsmallest(k, words)]
    # --8<-- [end:autocomplete]


def main() -> None:
    trie = Trie()
    queries = ["car", "cart", "care", "car", "cat", "cart", "car", "dog", "care", "cab"]
    for word in queries:
        trie.insert(word)
    print("search('car'):", trie.search("car"), " search('ca'):", trie.search("ca"))
    print("starts_with('ca'):", trie.starts_with("ca"),
          " starts_with('cow'):", trie.starts_with("cow"))
    print("top 3 for 'ca':", trie.autocomplete("ca", 3))
    print("top 3 for 'car':", trie.autocomplete("car", 3))
    print("top 5 for '':", trie.autocomplete("", 5))


if __name__ == "__main__":
    main()
