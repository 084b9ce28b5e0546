"""TF-IDF from scratch agrees with scikit-learn's TfidfVectorizer under matching settings."""

import itertools
import math

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from snippets.ml_coding.tf_idf import (
    DOCUMENTS, QUERY, TERMS, cosine_scores, count_matrix, idf, rank_documents, tfidf, tokenize,
)

SETTINGS = list(itertools.product([True, False], [True, False], ["l2", "l1", None]))


def sklearn_vectorizer(vocabulary, smooth, sublinear, norm):
    return TfidfVectorizer(vocabulary=vocabulary, tokenizer=lambda text: tokenize(text, vocabulary),
                           token_pattern=None, lowercase=False, smooth_idf=smooth,
                           sublinear_tf=sublinear, norm=norm)


@pytest.mark.parametrize("smooth,sublinear,norm", SETTINGS)
def test_early_bird_matrices_match_sklearn(smooth, sublinear, norm):
    vectorizer = sklearn_vectorizer(TERMS, smooth, sublinear, norm)
    reference = vectorizer.fit_transform(DOCUMENTS).toarray()
    counts = count_matrix([tokenize(d, TERMS) for d in DOCUMENTS], TERMS)
    weights = idf(counts, smooth=smooth, add_one=True)
    np.testing.assert_allclose(weights, vectorizer.idf_, rtol=1e-12)
    np.testing.assert_allclose(tfidf(counts, weights, sublinear, norm), reference, atol=1e-12)
    query = count_matrix([tokenize(QUERY, TERMS)], TERMS)
    np.testing.assert_allclose(tfidf(query, weights, sublinear, norm),
                               vectorizer.transform([QUERY]).toarray(), atol=1e-12)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("smooth,sublinear,norm", SETTINGS[::2])
def test_random_corpora_match_sklearn(seed, smooth, sublinear, norm):
    rng = np.random.default_rng(seed)
    words = ["".join(p) for p in itertools.product("abcdefgh", repeat=2)][:40]  # no digits, no 's'
    probabilities = rng.dirichlet(np.full(40, 0.3))
    docs = [" ".join(rng.choice(words, size=rng.integers(1, 60), p=probabilities))
            for _ in range(25)]
    vocabulary = sorted({w for d in docs for w in d.split()})
    vectorizer = sklearn_vectorizer(vocabulary, smooth, sublinear, norm)
    reference = vectorizer.fit_transform(docs).toarray()
    counts = count_matrix([tokenize(d, vocabulary) for d in docs], vocabulary)
    ours = tfidf(counts, idf(counts, smooth=smooth), sublinear, norm)
    np.testing.assert_allclose(ours, reference, atol=1e-12)


def test_tokenizer_reduces_the_plural_and_verb_forms():
    assert tokenize("The birds gets Loves it's", TERMS) == ["the", "bird", "get", "love", "it's"]


def test_textbook_table_and_ranking_by_hand():
    counts = count_matrix([tokenize(d, TERMS) for d in DOCUMENTS], TERMS)
    np.testing.assert_array_equal((counts > 0).sum(axis=0), [4, 3, 5, 3, 3, 2])
    np.testing.assert_array_equal(counts[2], [1, 0, 1, 1, 2, 1])  # D3: get twice
    b, d, e, g, lv = (math.log(5 / 4), math.log(5 / 3), math.log(5 / 3), math.log(5 / 3),
                      math.log(5 / 2))
    np.testing.assert_allclose(idf(counts, smooth=False, add_one=False), [b, d, 0, e, g, lv])
    q = math.sqrt(b * b + e * e + g * g)  # worm has idf 0 and drops out
    by_hand = [0.0,
               (b * b + e * e) / (q * math.sqrt(b * b + e * e)),
               (b * b + e * e + 2 * g * g) / (q * math.sqrt(b * b + e * e + (2 * g) ** 2 + lv**2)),
               (b * b + e * e + g * g) / (q * math.sqrt(b * b + d * d + e * e + g * g)),
               (b * b + g * g) / (q * math.sqrt(b * b + d * d + g * g))]
    d4_dot, d4_norm = b * b + e * e + g * g, math.sqrt(b * b + d * d + e * e + g * g)
    assert (round(d4_dot, 3), round(d4_norm, 3), round(q, 3)) == (0.572, 0.912, 0.756)
    scores, order = rank_documents(smooth=False, add_one=False)
    np.testing.assert_allclose(scores, by_hand, atol=1e-12)
    assert order.tolist() == [3, 2, 1, 4, 0]
    assert [round(s, 3) for s in scores] == [0.0, 0.737, 0.743, 0.829, 0.544]


def test_default_ranking_matches_sklearn_cosine():
    vectorizer = sklearn_vectorizer(TERMS, True, False, "l2")
    docs = vectorizer.fit_transform(DOCUMENTS)
    reference = cosine_similarity(vectorizer.transform([QUERY]), docs)[0]
    scores, order = rank_documents(smooth=True, add_one=True)
    np.testing.assert_allclose(scores, reference, atol=1e-12)
    assert order.tolist() == [3, 2, 1, 4, 0]
    assert [round(s, 3) for s in scores] == [0.164, 0.830, 0.849, 0.873, 0.689]


def test_repeating_bird_in_d5():
    shown = {1: (0.544, 0.544), 3: (0.551, 0.561), 6: (0.487, 0.555), 10: (0.428, 0.545)}
    for k, (raw, damped) in shown.items():
        docs = DOCUMENTS[:4] + [DOCUMENTS[4] + " bird" * (k - 1)]
        raw_scores, raw_order = rank_documents(False, False, docs=docs)
        damped_scores, damped_order = rank_documents(False, False, sublinear=True, docs=docs)
        assert round(raw_scores[4], 3) == raw and round(damped_scores[4], 3) == damped
        assert list(raw_order).index(4) == 3 and list(damped_order).index(4) == 3


def test_cosine_scores_against_sklearn():
    rng = np.random.default_rng(0)
    docs, query = rng.random((8, 5)), rng.random(5)
    np.testing.assert_allclose(cosine_scores(query, docs),
                               cosine_similarity(query[None, :], docs)[0], atol=1e-12)
