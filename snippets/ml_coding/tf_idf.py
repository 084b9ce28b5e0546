"""TF-IDF vectors and cosine-similarity ranking, worked on the "early bird" query.

Used by docs/ml-coding/tf-idf.md.
"""

from __future__ import annotations

import re

import numpy as np

DOCUMENTS = [
    "The duck loves to eat the worm",
    "The worm doesn't like the early bird",
    "The bird loves to get up early to get the worm",
    "The bird gets the worm from the early duck",
    "The duck and the birds are so different from each other but one thing they have "
    "in common is that they both get the worm",
]
QUERY = "The early bird gets the worm"
TERMS = ["bird", "duck", "worm", "early", "get", "love"]


# --8<-- [start:tokenize]
def tokenize(text: str, vocabulary: list[str]) -> list[str]:
    """Lowercase word tokens; a trailing 's' is dropped when that yields a vocabulary word."""
    tokens = re.findall(r"[a-z']+", text.lower())
    known = set(vocabulary)
    return [t[:-1] if t.endswith("s") and t[:-1] in known else t for t in tokens]


def count_matrix(docs: list[list[str]], vocabulary: list[str]) -> np.ndarray:
    """(n_docs, n_terms) raw counts of the vocabulary terms; other tokens are ignored."""
    index = {term: j for j, term in enumerate(vocabulary)}
    counts = np.zeros((len(docs), len(vocabulary)))
    for i, doc in enumerate(docs):
        for token in doc:
            if token in index:
                counts[i, index[token]] += 1
    return counts
# --8<-- [end:tokenize]


# --8<-- [start:tfidf]
def idf(counts: np.ndarray, smooth: bool = True, add_one: bool = True) -> np.ndarray:
    """Inverse document frequency of each term (column).

    smooth: pretend one extra document contains every term, ln((1 + n) / (1 + df)).
    add_one: add 1 so that a term in every document keeps some weight (scikit-learn does).
    """
    n, df = counts.shape[0], (counts > 0).sum(axis=0)
    values = np.log((1 + n) / (1 + df)) if smooth else np.log(n / df)
    return values + 1.0 if add_one else values


def tf_weight(counts: np.ndarray, sublinear: bool = False) -> np.ndarray:
    """Raw counts, or 1 + ln(count) for nonzero counts (damps repeated terms)."""
    if not sublinear:
        return counts.astype(float)
    out = np.zeros_like(counts, dtype=float)
    np.log(counts, out=out, where=counts > 0)
    return np.where(counts > 0, out + 1.0, 0.0)


def normalize_rows(X: np.ndarray, norm: str | None = "l2") -> np.ndarray:
    if norm is None:
        return X
    lengths = np.abs(X).sum(axis=1) if norm == "l1" else np.sqrt((X**2).sum(axis=1))
    return X / np.where(lengths == 0, 1.0, lengths)[:, None]  # all-zero rows stay zero


def tfidf(counts: np.ndarray, idf_values: np.ndarray, sublinear: bool = False,
          norm: str | None = "l2") -> np.ndarray:
    """TF-IDF rows; idf comes from the training documents, so queries reuse it."""
    return normalize_rows(tf_weight(counts, sublinear) * idf_values, norm)


def cosine_scores(query_vec: np.ndarray, doc_vecs: np.ndarray) -> np.ndarray:
    """Cosine similarity of one query vector with every document row."""
    q = normalize_rows(query_vec[None, :])[0]
    return normalize_rows(doc_vecs) @ q
# --8<-- [end:tfidf]


def rank_documents(smooth: bool, add_one: bool, sublinear: bool = False,
                   docs: list[str] = DOCUMENTS) -> tuple[np.ndarray, np.ndarray]:
    """Scores of every document for QUERY, and the document indices from best to worst."""
    counts = count_matrix([tokenize(d, TERMS) for d in docs], TERMS)
    weights = idf(counts, smooth=smooth, add_one=add_one)
    q = tfidf(count_matrix([tokenize(QUERY, TERMS)], TERMS), weights, sublinear)[0]
    scores = cosine_scores(q, tfidf(counts, weights, sublinear))
    return scores, np.argsort(-scores, kind="stable")


def fmt_row(values: np.ndarray, width: int = 6, digits: int = 3) -> str:
    return " ".join(f"{v:{width}.{digits}f}" for v in values)


# --8<-- [start:main]
def main() -> None:
    counts = count_matrix([tokenize(d, TERMS) for d in DOCUMENTS], TERMS)
    weights = idf(counts, smooth=False, add_one=False)  # textbook idf = ln(N / df)
    print("term   " + " ".join(f"{t:>6}" for t in TERMS))
    print("df     " + " ".join(f"{int(d):6d}" for d in (counts > 0).sum(axis=0)))
    print("idf    " + fmt_row(weights))
    query_counts = count_matrix([tokenize(QUERY, TERMS)], TERMS)
    print("query  " + fmt_row(tfidf(query_counts, weights, norm=None)[0]))
    rows = tfidf(counts, weights, norm=None)
    for i, row in enumerate(rows):
        print(f"D{i + 1}     " + fmt_row(row))
    q = tfidf(query_counts, weights, norm=None)[0]
    print(f"D4: dot with query {rows[3] @ q:.3f}, |D4| {np.linalg.norm(rows[3]):.3f}, "
          f"|query| {np.linalg.norm(q):.3f}\n")

    print("cosine ranking")
    for label, smooth, add_one in (("textbook idf", False, False),
                                   ("scikit-learn idf", True, True)):
        scores, order = rank_documents(smooth, add_one)
        ranking = ", ".join(f"D{j + 1} {scores[j]:.3f}" for j in order)
        print(f"  {label:17s} {ranking}")

    print("\nD5 with 'bird' repeated k times (textbook idf): cosine with the query")
    extra = " bird" * 9
    for k in (1, 3, 6, 10):
        docs = DOCUMENTS[:4] + [DOCUMENTS[4] + extra[: 5 * (k - 1)]]
        raw = rank_documents(False, False, docs=docs)
        damped = rank_documents(False, False, sublinear=True, docs=docs)
        print(f"  k={k:2d}: raw tf {raw[0][4]:.3f} (rank {list(raw[1]).index(4) + 1}), "
              f"sublinear tf {damped[0][4]:.3f} (rank {list(damped[1]).index(4) + 1})")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
