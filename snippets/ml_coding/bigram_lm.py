"""Bigram language model with add-k smoothing, sentence markers and perplexity.

Used by docs/ml-coding/n-grams.md.
"""

from __future__ import annotations

import re
from collections import Counter

import matplotlib.pyplot as plt
import numpy as np

SEED = 11
BOS, EOS, UNK = "<s>", "</s>", "<unk>"
TINY_CORPUS = ["The cat sat on the mat.", "The dog sat on the log.", "The cat saw the dog."]


# --8<-- [start:model]
def tokenize(sentence: str) -> list[str]:
    """Lowercase words, wrapped in sentence start and end markers."""
    return [BOS, *re.findall(r"[a-z']+", sentence.lower()), EOS]


def bigrams(tokens: list[str]) -> list[tuple[str, str]]:
    return list(zip(tokens[:-1], tokens[1:]))


class BigramLM:
    """P(w | v) = (c(v, w) + k) / (c(v) + k |V|).

    V holds every token that can follow a context: the words, </s> and <unk> (never <s>).
    Training words seen fewer than `min_count` times are counted as <unk>, so <unk>
    gets an estimated probability; with min_count=1 nothing is replaced and <unk> only
    gets the k pseudo-counts.
    """

    def __init__(self, sentences: list[str], k: float = 1.0,
                 min_count: int = 1) -> None:
        tokenized = [tokenize(s)[1:-1] for s in sentences]
        freq = Counter(t for sent in tokenized for t in sent)
        tokenized = [[BOS, *(UNK if freq[t] < min_count else t for t in sent), EOS]
                     for sent in tokenized]
        words = {t for sent in tokenized for t in sent} - {BOS}
        self.vocab = sorted(words | {UNK})  # possible next tokens; <s> is never predicted
        self.k = k
        self.pair_counts: Counter[tuple[str, str]] = Counter()
        for sent in tokenized:
            self.pair_counts.update(bigrams(sent))
        self.context_counts: Counter[str] = Counter()
        for (v, _), c in self.pair_counts.items():
            self.context_counts[v] += c

    def known(self, token: str) -> str:
        return token if token in self.vocab or token == BOS else UNK

    def prob(self, v: str, w: str) -> float:
        v, w = self.known(v), self.known(w)
        num = self.pair_counts[(v, w)] + self.k
        den = self.context_counts[v] + self.k * len(self.vocab)
        return num / den if den > 0 else 1.0 / len(self.vocab)  # k = 0 and an unseen context

    def sentence_logprob(self, sentence: str) -> tuple[float, int]:
        """Natural-log probability of a sentence and its number of predicted tokens (with </s>)."""
        pairs = bigrams(tokenize(sentence))
        probs = [self.prob(v, w) for v, w in pairs]
        with np.errstate(divide="ignore"):
            return float(np.sum(np.log(probs))), len(pairs)

    def perplexity(self, sentences: list[str]) -> float:
        """exp of the average negative log-probability per predicted token."""
        scored = [self.sentence_logprob(s) for s in sentences]
        total_logprob = sum(lp for lp, _ in scored)
        n_tokens = sum(n for _, n in scored)
        return float(np.exp(-total_logprob / n_tokens))
# --8<-- [end:model]


def toy_sentences(rng: np.random.Generator, n: int) -> list[str]:
    """Sentences from a small random grammar: a stand-in for a corpus, with no download."""
    subjects = ["the cat", "the dog", "a bird", "the old man", "my sister", "the teacher",
                "our neighbour", "a child"]
    verbs = ["sees", "likes", "chases", "finds", "watches", "feeds", "hears", "follows"]
    objects = ["the ball", "a fish", "the red car", "the garden", "a small bird", "the dog",
               "her friend", "the new bike"]
    endings = ["", " in the park", " every day", " at night", " near the river", " again"]
    pick = lambda options: options[rng.integers(len(options))]  # noqa: E731
    return [f"{pick(subjects)} {pick(verbs)} {pick(objects)}{pick(endings)}" for _ in range(n)]


# --8<-- [start:main]
def main() -> None:
    lm = BigramLM(TINY_CORPUS, k=1.0)
    print(f"vocabulary of next tokens ({len(lm.vocab)}): {' '.join(lm.vocab)}")
    print("P(w | the), add-1:")
    for start in (0, 5):
        row = lm.vocab[start:start + 5]
        print("  " + "  ".join(f"{w}={lm.prob('the', w):.4f}" for w in row))
    print(f"sum over w: {sum(lm.prob('the', w) for w in lm.vocab):.4f}")
    test = "The dog sat on the mat."
    for v, w in bigrams(tokenize(test)):
        print(f"  P({w:4s}| {v:3s}) = {lm.prob(v, w):.4f}")
    logprob, n = lm.sentence_logprob(test)
    print(f"log P = {logprob:.4f} over {n} tokens, perplexity = {lm.perplexity([test]):.4f}")
    mle = BigramLM(TINY_CORPUS, k=0.0)
    for sentence in (test, "The dog saw the cat."):
        print(f"MLE (k=0) perplexity of {sentence!r}: {mle.perplexity([sentence]):.4f}")
    rare = BigramLM(TINY_CORPUS, k=1.0, min_count=2)  # mat, log and saw become <unk>
    print(f"P(<unk> | the): {lm.prob('the', UNK):.4f} with every word kept, "
          f"{rare.prob('the', UNK):.4f} with words seen once mapped to <unk>")

    rng = np.random.default_rng(SEED)
    train, held_out = toy_sentences(rng, 40), toy_sentences(rng, 200)
    ks = [0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0]
    train_pp = [BigramLM(train, k).perplexity(train) for k in ks]
    held_pp = [BigramLM(train, k).perplexity(held_out) for k in ks]
    seen = set(BigramLM(train).pair_counts)
    held_pairs = [p for s in held_out for p in bigrams(tokenize(s))]
    unseen = np.mean([p not in seen for p in held_pairs])
    print(f"\ntoy corpus: {len(train)} training sentences, |V| = {len(BigramLM(train).vocab)}")
    print(f"held-out bigrams never seen in training: {unseen:.1%}")
    print("k        train PP   held-out PP")
    for k, a, b in zip(ks, train_pp, held_pp):
        print(f"{k:<8} {a:8.3f}   {b:10.3f}")
    plot(ks[1:], train_pp[1:], held_pp[1:], len(BigramLM(train).vocab))
# --8<-- [end:main]


def plot(ks: list[float], train_pp: list[float], held_pp: list[float], vocab_size: int) -> None:
    fig, ax = plt.subplots(figsize=(7, 4.2))
    ax.plot(ks, train_pp, marker="o", label="training sentences")
    ax.plot(ks, held_pp, marker="o", label="held-out sentences")
    ax.axhline(vocab_size, linestyle="--", color="gray", label=f"uniform guess = |V| = {vocab_size}")
    ax.set(xscale="log", ylim=(0, vocab_size * 1.1), xlabel="add-k smoothing constant k",
           ylabel="perplexity", title="Bigram perplexity against k (k = 0: infinite on held-out)")
    ax.legend(loc="center left")
    fig.tight_layout()
    plt.show()


if __name__ == "__main__":
    main()
