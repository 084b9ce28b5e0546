"""Near-duplicate detection: MinHash signatures and LSH banding against exact Jaccard.

Used by docs/coding/strings.md.
"""

from __future__ import annotations

from itertools import combinations

import matplotlib.pyplot as plt
import numpy as np
from scipy import sparse

SEED = 11
PRIME = (1 << 31) - 1  # hash (a x + c) mod PRIME; shingle ids stay below it
VOCAB, DOC_LEN, SHINGLE = 1000, 80, 3  # word ids, words per document, words per shingle
SETTINGS = [(32, 4), (16, 8), (8, 16)]  # (bands, rows): 128 hashes each
THRESHOLD = 0.8


# --8<-- [start:corpus]
def make_corpus(rng: np.random.Generator, n_docs: int = 2000,
                n_clusters: int = 400) -> list[np.ndarray]:
    """Random word-id documents; each cluster is an original and 1-4 edited copies,
    each copy with a random share (0 to 25%) of its words replaced."""
    docs = []
    for _ in range(n_clusters):
        original = rng.integers(0, VOCAB, DOC_LEN)
        docs.append(original)
        for _ in range(rng.integers(1, 5)):
            copy = original.copy()
            edited = rng.random(DOC_LEN) < rng.uniform(0.0, 0.25)
            copy[edited] = rng.integers(0, VOCAB, edited.sum())
            docs.append(copy)
    docs += [rng.integers(0, VOCAB, DOC_LEN) for _ in range(n_docs - len(docs))]
    return docs


def shingles(doc: np.ndarray) -> np.ndarray:
    """The set of word 3-grams of a document, each 3-gram as one integer id."""
    ids = doc[:-2] * VOCAB**2 + doc[1:-1] * VOCAB + doc[2:]
    return np.unique(ids)


def exact_jaccard(sets: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair i < j with Jaccard > 0, and its Jaccard: |A & B| / |A | B|, by one
    sparse product of the document-shingle matrix with its transpose."""
    rows = np.repeat(np.arange(len(sets)), [len(s) for s in sets])
    _, cols = np.unique(np.concatenate(sets), return_inverse=True)
    a = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)))
    inter = sparse.triu(a @ a.T, k=1).tocoo()
    sizes = np.array([len(s) for s in sets])
    union = sizes[inter.row] + sizes[inter.col] - inter.data
    return inter.row, inter.col, inter.data / union
# --8<-- [end:corpus]


# --8<-- [start:minhash]
def minhash(sets: list[np.ndarray], n_hashes: int,
            rng: np.random.Generator) -> np.ndarray:
    """(documents, n_hashes) signatures: for each hash h, the minimum of h over the set.
    Two signatures agree in one column with probability about Jaccard(A, B)."""
    a = rng.integers(1, PRIME, n_hashes)[:, None]
    c = rng.integers(0, PRIME, n_hashes)[:, None]
    flat = np.concatenate(sets)[None, :]
    starts = np.cumsum([0] + [len(s) for s in sets[:-1]])
    signature = np.empty((len(sets), n_hashes), dtype=np.int64)
    for lo in range(0, n_hashes, 16):  # 16 hash functions at a time bounds the memory
        hashed = (a[lo:lo + 16] * flat + c[lo:lo + 16]) % PRIME  # < 2^62: no overflow
        signature[:, lo:lo + 16] = np.minimum.reduceat(hashed, starts, axis=1).T
    return signature


def lsh_candidates(signature: np.ndarray, bands: int,
                   rows: int) -> set[tuple[int, int]]:
    """Pairs of documents whose signatures agree on every row of at least one band."""
    pairs: set[tuple[int, int]] = set()
    for band in range(bands):
        keys = signature[:, band * rows:(band + 1) * rows]
        order = np.lexsort(keys.T)  # documents with equal band values become neighbours
        ordered = keys[order]
        starts = np.flatnonzero(np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)])
        sizes = np.diff(np.r_[starts, len(order)])
        for start, size in zip(starts[sizes > 1], sizes[sizes > 1]):  # shared buckets
            pairs.update(combinations(sorted(order[start:start + size].tolist()), 2))
    return pairs


def s_curve(s: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Chance that a pair of Jaccard s becomes a candidate: 1 - (1 - s^rows)^bands."""
    return 1 - (1 - s**rows) ** bands
# --8<-- [end:minhash]


# --8<-- [start:evaluate]
def evaluate(candidates: set[tuple[int, int]], i: np.ndarray, j: np.ndarray,
             jac: np.ndarray, threshold: float) -> dict[str, float]:
    """Recall and precision of the candidates for pairs with Jaccard >= threshold."""
    true = {(a, b) for a, b, s in zip(i.tolist(), j.tolist(), jac) if s >= threshold}
    hits = len(true & candidates)
    return {"candidates": len(candidates), "true": len(true),
            "recall": hits / len(true),
            "precision": hits / len(candidates) if candidates else 1.0}
# --8<-- [end:evaluate]


def pipeline(seed: int = SEED) -> tuple[list[np.ndarray], tuple, np.ndarray]:
    """Corpus shingles, exact Jaccard of every overlapping pair, 128-hash signatures."""
    rng = np.random.default_rng(seed)
    sets = [shingles(d) for d in make_corpus(rng)]
    return sets, exact_jaccard(sets), minhash(sets, 128, rng)


def candidate_rate(found: set[tuple[int, int]], i: np.ndarray, j: np.ndarray,
                   jac: np.ndarray, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Share of the pairs of each Jaccard bin that became candidates, and bin sizes."""
    hit = np.array([(a, b) in found for a, b in zip(i.tolist(), j.tolist())], float)
    which = np.digitize(jac, edges[1:-1])
    counts = np.bincount(which, minlength=len(edges) - 1)
    rate = np.bincount(which, weights=hit, minlength=len(edges) - 1)
    return rate / np.maximum(counts, 1), counts


def main() -> None:
    sets, (i, j, jac), signature = pipeline()
    n_pairs = len(sets) * (len(sets) - 1) // 2
    print(f"{len(sets)} documents, {n_pairs} pairs, {len(jac)} with Jaccard > 0,"
          f" {int((jac >= THRESHOLD).sum())} with Jaccard >= {THRESHOLD}")
    error = (signature[i] == signature[j]).mean(axis=1) - jac
    print("MinHash estimate - exact Jaccard over those pairs:",
          f"mean {error.mean():+.4f}, sd {error.std():.4f}")
    print("bands rows (1/b)^(1/r) candidates recall precision S-curve recall")
    figure, axes = plt.subplots()
    grid, edges = np.linspace(0, 1, 201), np.linspace(0, 1, 21)
    for bands, rows in SETTINGS:
        found = lsh_candidates(signature, bands, rows)
        m = evaluate(found, i, j, jac, THRESHOLD)
        predicted = s_curve(jac[jac >= THRESHOLD], bands, rows).mean()
        middle = (1 / bands) ** (1 / rows)
        print(f"{bands:5d} {rows:4d} {middle:13.2f} {m['candidates']:10d}"
              f" {m['recall']:6.3f} {m['precision']:9.3f} {predicted:14.3f}")
        rate, counts = candidate_rate(found, i, j, jac, edges)
        line, = axes.plot(grid, s_curve(grid, bands, rows),
                          label=f"b={bands}, r={rows}")
        keep = counts >= 20
        axes.plot(((edges[:-1] + edges[1:]) / 2)[keep], rate[keep], "o",
                  color=line.get_color())
    axes.axvline(THRESHOLD, linestyle="--", linewidth=1, color="gray")
    axes.set_xlabel("exact Jaccard similarity of the pair")
    axes.set_ylabel("probability of becoming a candidate")
    axes.set_title("LSH S-curves (lines) and measured candidate rates (dots)")
    axes.legend()
    plt.show()


if __name__ == "__main__":
    main()
