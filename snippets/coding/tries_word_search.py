"""Word search II: every dictionary word that can be traced in a letter grid (a trie).

Used by docs/coding/tries.md.
"""

from __future__ import annotations

from snippets.coding.backtracking_boards import word_search  # word search I


# --8<-- [start:word_search]
def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """Words spelled by paths of horizontally or vertically adjacent cells, each cell
    used at most once per word. One backtracking search for all words, led by a trie."""
    root: dict = {}
    for word in words:  # nested dicts; the key "$" marks the end of a word
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0]) if board else 0
    found: list[str] = []

    def walk(r: int, c: int, parent: dict) -> None:
        ch = board[r][c]
        node = parent.get(ch)
        if node is None:
            return  # no dictionary word continues this way: prune
        if "$" in node:
            found.append(node.pop("$"))  # report once; popping removes the duplicate
        board[r][c] = "#"  # mark the cell as used on the current path
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] != "#":
                walk(nr, nc, node)
        board[r][c] = ch  # restore the cell when backtracking
        if not node:
            del parent[ch]  # every word below was found: never walk here again

    for r in range(rows):
        for c in range(cols):
            walk(r, c, root)
    return sorted(found)
# --8<-- [end:word_search]




def main() -> None:
    board = [list("oaan"), list("etae"), list("ihkr"), list("iflv")]
    words = ["oath", "pea", "eat", "rain", "hike", "oat", "tea"]
    for row in board:
        print(" ".join(row))
    print("found:", find_words(board, words))
    print("word by word:", sorted(w for w in words if word_search(board, w)))


if __name__ == "__main__":
    main()
