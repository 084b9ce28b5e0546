"""MinHash and LSH: exact Jaccard by sets, an unbiased estimate, the printed results."""

from collections import defaultdict
from itertools import combinations

import numpy as np
import pytest
from hypothesis import given, strategies as st

from snippets.coding.minhash_lsh import (
    SETTINGS, THRESHOLD, evaluate, exact_jaccard, lsh_candidates, make_corpus, minhash,
    pipeline, s_curve, shingles,
)


@pytest.fixture(scope="module")
def page_run():
    return pipeline()


def test_shingles_are_the_set_of_word_trigrams():
    doc = np.random.default_rng(0).integers(0, 5, 40)  # 5 words: 3-grams repeat
    trigrams = {tuple(doc[k:k + 3]) for k in range(len(doc) - 2)}
    assert len(shingles(doc)) == len(trigrams)


def test_exact_jaccard_matches_python_sets_on_every_pair():
    rng = np.random.default_rng(1)
    sets = [shingles(d) for d in make_corpus(rng, n_docs=40, n_clusters=10)]
    i, j, jac = exact_jaccard(sets)
    found = {(a, b): s for a, b, s in zip(i.tolist(), j.tolist(), jac)}
    for a, b in combinations(range(len(sets)), 2):
        x, y = set(sets[a].tolist()), set(sets[b].tolist())
        assert found.get((a, b), 0.0) == pytest.approx(len(x & y) / len(x | y))


@pytest.mark.parametrize("shared", [20, 67, 89])  # Jaccard 0.11, 0.50, 0.80
def test_minhash_estimate_is_unbiased_for_a_fixed_pair(shared):
    rng = np.random.default_rng(shared)
    ids = np.sort(rng.choice(10**9, 200 - shared, replace=False))
    a, b = ids[:100], np.concatenate([ids[:shared], ids[100:]])
    jac = shared / (200 - shared)
    n_hashes = 20_000
    signature = minhash([np.sort(a), np.sort(b)], n_hashes, rng)
    estimate = (signature[0] == signature[1]).mean()
    assert abs(estimate - jac) < 4 * np.sqrt(jac * (1 - jac) / n_hashes)


def test_minhash_errors_on_the_corpus_are_centred_with_the_binomial_spread(page_run):
    _, (i, j, jac), signature = page_run
    error = (signature[i] == signature[j]).mean(axis=1) - jac
    assert abs(error.mean()) < 0.005  # stated tolerance for 128 hashes over ~2000 pairs
    binomial_sd = np.sqrt(np.mean(jac * (1 - jac)) / signature.shape[1])
    assert error.std() == pytest.approx(binomial_sd, rel=0.15)
    assert round(error.mean(), 4) == -0.0018 and round(error.std(), 4) == 0.0394


def reference_candidates(signature, bands, rows):
    pairs = set()
    for band in range(bands):
        buckets = defaultdict(list)
        for doc, sig in enumerate(signature[:, band * rows:(band + 1) * rows].tolist()):
            buckets[tuple(sig)].append(doc)
        for docs in buckets.values():
            pairs.update(combinations(docs, 2))
    return pairs


@given(st.integers(0, 10**6), st.sampled_from([(4, 2), (2, 4), (8, 1), (1, 8)]))
def test_banding_matches_a_dictionary_of_buckets(seed, setting):
    signature = np.random.default_rng(seed).integers(0, 3, size=(30, 8))
    expected = reference_candidates(signature, *setting)
    assert lsh_candidates(signature, *setting) == expected


def test_printed_corpus_summary(page_run):
    sets, (i, j, jac), _ = page_run
    assert (len(sets), len(jac), int((jac >= THRESHOLD).sum())) == (2000, 1973, 179)


PRINTED = {(32, 4): (1083, 1.000, 0.165), (16, 8): (407, 1.000, 0.440),
           (8, 16): (155, 0.788, 0.910)}


@pytest.mark.parametrize("setting", SETTINGS)
def test_recall_and_precision_are_the_printed_values(page_run, setting):
    _, (i, j, jac), signature = page_run
    found = lsh_candidates(signature, *setting)
    m = evaluate(found, i, j, jac, THRESHOLD)
    assert (m["candidates"], round(m["recall"], 3), round(m["precision"], 3)) == \
        PRINTED[setting]


@pytest.mark.parametrize("setting", SETTINGS)
def test_candidates_follow_the_s_curve(page_run, setting):
    _, (i, j, jac), signature = page_run
    found = lsh_candidates(signature, *setting)
    overlapping = set(zip(i.tolist(), j.tolist()))
    assert found <= overlapping  # (a x + c) mod p is a bijection: no collisions
    p = s_curve(jac, *setting)
    assert abs(len(found) - p.sum()) < 4 * np.sqrt((p * (1 - p)).sum()) + 1


def test_s_curve_shape():
    s = np.linspace(0, 1, 11)
    assert s_curve(np.array([0.0, 1.0]), 16, 8).tolist() == [0.0, 1.0]
    assert np.all(np.diff(s_curve(s, 16, 8)) >= 0)
    assert s_curve(np.array([0.5]), 1, 1)[0] == 0.5  # one band of one row: P = s


def test_page_claims_about_the_candidates(page_run):
    from snippets.coding.minhash_lsh import PRIME, VOCAB

    sets, (i, j, jac), signature = page_run
    assert VOCAB**3 <= PRIME  # every shingle id is below the hash prime
    n_pairs = len(sets) * (len(sets) - 1) // 2
    assert n_pairs == 1_999_000 and round(100 * 407 / n_pairs, 2) == 0.02
    similarity = dict(zip(zip(i.tolist(), j.tolist()), jac))
    loose = np.array([similarity[p] for p in lsh_candidates(signature, 32, 4)])
    assert np.mean((loose >= 0.4) & (loose < THRESHOLD)) > 0.5  # most are in 0.4-0.8
    tight = s_curve(jac[jac >= THRESHOLD], 8, 16).mean()
    assert round(tight, 3) == 0.805
