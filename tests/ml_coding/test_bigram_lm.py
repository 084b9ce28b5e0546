"""Bigram language model: hand-computed probabilities, normalization, and perplexity."""

import math
from fractions import Fraction

import numpy as np
import pytest

from snippets.ml_coding.bigram_lm import (
    BOS, EOS, SEED, TINY_CORPUS, UNK, BigramLM, bigrams, tokenize, toy_sentences,
)


def test_tokenize_adds_markers_and_lowercases():
    assert tokenize("The cat sat.") == [BOS, "the", "cat", "sat", EOS]
    assert bigrams(tokenize("a b")) == [(BOS, "a"), ("a", "b"), ("b", EOS)]


def test_counts_of_the_tiny_corpus_by_hand():
    # The cat sat on the mat / The dog sat on the log / The cat saw the dog
    lm = BigramLM(TINY_CORPUS, k=1.0)
    assert lm.vocab == sorted(["the", "cat", "sat", "on", "mat", "dog", "log", "saw", EOS, UNK])
    assert lm.context_counts["the"] == 6 and lm.context_counts[BOS] == 3
    assert lm.pair_counts[("the", "cat")] == 2 and lm.pair_counts[("the", "mat")] == 1
    assert lm.context_counts["dog"] == 2  # "dog sat" and "dog </s>"


def test_add_one_probabilities_by_hand():
    lm = BigramLM(TINY_CORPUS, k=1.0)
    V = 10
    expected = {
        (BOS, "the"): Fraction(3 + 1, 3 + V),
        ("the", "dog"): Fraction(2 + 1, 6 + V),
        ("dog", "sat"): Fraction(1 + 1, 2 + V),
        ("sat", "on"): Fraction(2 + 1, 2 + V),
        ("on", "the"): Fraction(2 + 1, 2 + V),
        ("the", "mat"): Fraction(1 + 1, 6 + V),
        ("mat", EOS): Fraction(1 + 1, 1 + V),
        ("the", "the"): Fraction(0 + 1, 6 + V),
    }
    for (v, w), p in expected.items():
        assert lm.prob(v, w) == pytest.approx(float(p), rel=1e-12)
    # Perplexity of "the dog sat on the mat": 7 predicted tokens including </s>.
    product = math.prod(p for (v, w), p in expected.items() if (v, w) != ("the", "the"))
    by_hand = float(product) ** (-1 / 7)
    assert lm.perplexity(["The dog sat on the mat."]) == pytest.approx(by_hand, rel=1e-12)
    assert round(by_hand, 4) == 4.9539
    logprob, n = lm.sentence_logprob("The dog sat on the mat.")
    assert n == 7 and round(logprob, 4) == -11.2012


def test_mle_probabilities_and_infinite_perplexity():
    lm = BigramLM(TINY_CORPUS, k=0.0)
    assert lm.prob("the", "cat") == pytest.approx(2 / 6)
    assert lm.prob("dog", "saw") == 0.0
    assert lm.perplexity(["The dog saw the cat."]) == math.inf
    # 3/3 * 2/6 * 1/2 * 2/2 * 2/2 * 1/6 * 1/1, seven tokens
    assert lm.perplexity(["The dog sat on the mat."]) == pytest.approx((1 / 36) ** (-1 / 7))
    assert round(lm.perplexity(["The dog sat on the mat."]), 4) == 1.6685


@pytest.mark.parametrize("k", [0.0, 0.01, 0.5, 1.0, 3.0])
def test_every_conditional_distribution_sums_to_one(k):
    lm = BigramLM(TINY_CORPUS + ["A bird sang."], k=k)
    contexts = [BOS, *lm.vocab, "never-seen-word"]
    for v in contexts:
        if k == 0 and lm.context_counts[lm.known(v)] == 0:
            continue  # MLE has no distribution for a context it never saw: the code falls back
        total = sum(lm.prob(v, w) for w in lm.vocab)
        assert total == pytest.approx(1.0, abs=1e-12), v
    assert sum(lm.prob("zebra", w) for w in lm.vocab) == pytest.approx(1.0)


def test_sentence_probabilities_sum_to_one_over_all_short_sentences():
    # The markers make the model a distribution over sentences: enumerate all sentences of up to
    # 6 words over a 3-token vocabulary (with </s>, <unk>) and the mass approaches one.
    lm = BigramLM(["a b", "b a a"], k=0.5)
    words = [w for w in lm.vocab if w != EOS]
    total, frontier = 0.0, {BOS: 1.0}
    for _ in range(60):
        new = {}
        for last, p in frontier.items():
            total += p * lm.prob(last, EOS)
            for w in words:
                new[w] = new.get(w, 0.0) + p * lm.prob(last, w)
        frontier = new
    assert total == pytest.approx(1.0, abs=1e-6)


def test_unknown_words_map_to_unk():
    lm = BigramLM(TINY_CORPUS, k=1.0)
    assert lm.prob("the", "zebra") == lm.prob("the", UNK)
    assert np.isfinite(lm.perplexity(["The zebra sat."]))


def test_smoothing_sweep_numbers_shown_on_page():
    rng = np.random.default_rng(SEED)
    train, held_out = toy_sentences(rng, 40), toy_sentences(rng, 200)
    assert len(BigramLM(train).vocab) == 42
    held = {k: BigramLM(train, k).perplexity(held_out) for k in (0.0, 0.0001, 0.001, 0.03, 1.0)}
    assert held[0.0] == math.inf
    assert [round(held[k], 3) for k in (0.0001, 0.001, 0.03, 1.0)] == [9.028, 6.966, 5.455, 13.108]
    assert round(BigramLM(train, 0.0).perplexity(train), 3) == 2.920
    # Training perplexity only rises with k; held-out is lowest at an intermediate k.
    ks = [0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0]
    train_pp = [BigramLM(train, k).perplexity(train) for k in ks]
    held_pp = [BigramLM(train, k).perplexity(held_out) for k in ks]
    assert all(a < b for a, b in zip(train_pp, train_pp[1:]))
    assert ks[int(np.argmin(held_pp))] == 0.03
    seen = set(BigramLM(train).pair_counts)
    pairs = [p for s in held_out for p in bigrams(tokenize(s))]
    assert round(float(np.mean([p not in seen for p in pairs])), 3) == 0.115


def test_perplexity_of_uniform_model_is_vocabulary_size():
    lm = BigramLM(TINY_CORPUS, k=1e12)  # huge k: every next token equally likely
    assert lm.perplexity(["The cat sat on the mat."]) == pytest.approx(len(lm.vocab), rel=1e-6)


def test_rare_training_words_are_counted_as_unk():
    # Without min_count, <unk> never occurs in training and gets only the add-k pseudo-count.
    kept = BigramLM(TINY_CORPUS, k=1.0)
    assert kept.prob("the", UNK) == pytest.approx(float(Fraction(1, 16)))
    assert BigramLM(TINY_CORPUS, k=0.0).prob("the", "zebra") == 0.0
    # With min_count=2, mat, log and saw (seen once) become <unk>: recount by hand.
    rare = BigramLM(TINY_CORPUS, k=1.0, min_count=2)
    assert rare.vocab == sorted([UNK, EOS, "cat", "dog", "on", "sat", "the"])
    assert rare.pair_counts[("the", UNK)] == 2  # the mat, the log
    assert rare.pair_counts[("cat", UNK)] == 1  # cat saw
    assert rare.pair_counts[(UNK, EOS)] == 2  # mat </s>, log </s>
    assert rare.context_counts["the"] == 6
    assert rare.prob("the", UNK) == pytest.approx(float(Fraction(3, 13)))
    assert round(rare.prob("the", UNK), 4) == 0.2308
    assert rare.prob("the", "zebra") == rare.prob("the", "mat") == rare.prob("the", UNK)
    for context in rare.vocab + [BOS]:
        assert sum(rare.prob(context, w) for w in rare.vocab) == pytest.approx(1.0)
    # Even unsmoothed, an unknown word now has a probability estimated from the rare words.
    assert BigramLM(TINY_CORPUS, k=0.0, min_count=2).prob("the", "zebra") == pytest.approx(2 / 6)
