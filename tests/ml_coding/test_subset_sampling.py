"""Uniform sampling and the stratified split: chi-square uniformity, scikit-learn's stratified counts."""

import itertools
import math

import numpy as np
import pytest
from scipy.stats import chisquare
from sklearn.model_selection import StratifiedShuffleSplit, train_test_split

from snippets.ml_coding.subset_sampling import (
    SEED, allocate, audit_sample_size, imbalanced_labels, sample_with_replacement, sample_without_replacement,
    sample_without_replacement_floyd, stratified_split,
)

ALPHA = 0.001  # a correct sampler fails a fixed-seed test this rarely; the seeds are fixed anyway


def test_with_replacement_is_uniform():
    draws = sample_with_replacement(10, 100_000, np.random.default_rng(1))
    assert chisquare(np.bincount(draws, minlength=10)).pvalue > ALPHA


def test_fisher_yates_gives_every_ordered_pair_equally_often():
    rng = np.random.default_rng(2)
    pairs = list(itertools.permutations(range(5), 2))  # 20 ordered 2-subsets of range(5)
    index = {p: i for i, p in enumerate(pairs)}
    counts = np.zeros(len(pairs))
    for _ in range(20_000):
        counts[index[tuple(sample_without_replacement(5, 2, rng).tolist())]] += 1
    assert chisquare(counts).pvalue > ALPHA


def test_fisher_yates_is_a_permutation_and_rejects_bad_k():
    sample = sample_without_replacement(50, 50, np.random.default_rng(3))
    assert sorted(sample.tolist()) == list(range(50))
    with pytest.raises(ValueError):
        sample_without_replacement(5, 6, np.random.default_rng(3))


def test_floyd_gives_every_subset_equally_often():
    rng = np.random.default_rng(4)
    subsets = list(itertools.combinations(range(6), 3))  # 20 subsets
    index = {s: i for i, s in enumerate(subsets)}
    counts = np.zeros(len(subsets))
    for _ in range(20_000):
        chosen = sample_without_replacement_floyd(6, 3, rng)
        assert len(chosen) == 3 and all(0 <= v < 6 for v in chosen)
        counts[index[tuple(sorted(chosen))]] += 1
    assert chisquare(counts).pvalue > ALPHA


def test_bootstrap_distinct_fraction_matches_closed_form():
    # E[distinct]/n = 1 - (1 - 1/n)^n; one bootstrap's fraction has sd about 0.003 at n = 10,000,
    # so the mean of 20 seeded bootstraps must sit within 0.002 (3 standard errors) of it.
    n = 10_000
    rng = np.random.default_rng(5)
    fractions = [len(np.unique(sample_with_replacement(n, n, rng))) / n for _ in range(20)]
    assert np.mean(fractions) == pytest.approx(1 - (1 - 1 / n) ** n, abs=0.002)


@pytest.mark.parametrize("seed", range(5))
def test_allocation_matches_scikit_learn(seed):
    rng = np.random.default_rng(seed)
    y = rng.choice(4, size=int(rng.integers(50, 400)), p=[0.6, 0.25, 0.1, 0.05])
    y[:8] = np.repeat(np.arange(4), 2)  # every class has at least 2 members
    test_size = float(rng.uniform(0.1, 0.5))
    n_test = math.ceil(test_size * len(y))
    ours = allocate(np.bincount(y), n_test)
    _, test = next(StratifiedShuffleSplit(1, test_size=test_size, random_state=seed).split(y, y))
    theirs = np.bincount(y[test], minlength=4)
    assert ours.sum() == theirs.sum() == n_test
    assert np.abs(ours - theirs).max() <= 1  # both round proportional shares; ties may differ
    assert np.abs(ours - np.bincount(y) * n_test / len(y)).max() < 1


def test_stratified_split_matches_train_test_split():
    y = imbalanced_labels(np.random.default_rng(SEED))
    train, test = stratified_split(y, 0.2, np.random.default_rng(0))
    y_train, y_test = train_test_split(y, test_size=0.2, stratify=y, random_state=0)
    np.testing.assert_array_equal(np.bincount(y[test]), np.bincount(y_test))
    np.testing.assert_array_equal(np.bincount(y[train]), np.bincount(y_train))
    assert len(np.intersect1d(train, test)) == 0 and len(train) + len(test) == len(y)


def test_stratified_split_is_uniform_within_a_class():
    y = np.repeat([0, 1], [8, 4])
    rng = np.random.default_rng(6)
    counts = np.zeros(12)
    for _ in range(3000):
        counts[stratified_split(y, 0.25, rng)[1]] += 1
    assert chisquare(counts[:8]).pvalue > ALPHA and chisquare(counts[8:]).pvalue > ALPHA
    assert counts[:8].sum() == 2 * 3000  # always 2 of class 0 ...
    assert counts[8:].sum() == 1 * 3000  # ... and 1 of class 1


def test_rejects_singleton_class():
    with pytest.raises(ValueError, match="at least 2"):
        stratified_split(np.array([0, 0, 0, 1]), 0.5, np.random.default_rng(0))


def test_numbers_on_the_page():
    rng = np.random.default_rng(SEED)
    assert sample_with_replacement(10, 10, rng).tolist() == [1, 1, 7, 4, 5, 6, 7, 0, 4, 1]
    sample_without_replacement(10, 10, rng)
    sample_without_replacement_floyd(10**12, 5, rng)
    n = 10_000
    assert len(np.unique(sample_with_replacement(n, n, rng))) / n == pytest.approx(0.6336, abs=5e-5)
    assert 1 - (1 - 1 / n) ** n == pytest.approx(0.6321, abs=5e-5)
    y = imbalanced_labels(rng)
    assert np.bincount(y).tolist() == [902, 72, 26]
    train, test = stratified_split(y, 0.2, rng)
    assert np.bincount(y[test]).tolist() == [181, 14, 5]
    assert np.bincount(y[train]).tolist() == [721, 58, 21]
    counts = np.array([(y[sample_without_replacement(len(y), 200, rng)] == 2).sum()
                       for _ in range(2000)])
    assert (counts.min(), counts.max()) == (0, 14)
    assert counts.std() == pytest.approx(1.99, abs=5e-3)
    assert (counts <= 1).mean() == pytest.approx(0.0170, abs=5e-5)
    # the spread agrees with the hypergeometric closed form: sd of rare count in a 200-of-1000 draw
    p, N, m = 26 / 1000, 1000, 200
    sd = math.sqrt(m * p * (1 - p) * (N - m) / (N - 1))
    assert counts.std() == pytest.approx(sd, rel=0.05)
    # The page: mean 5.2, sd 2.01, 39% of the mean (well below the mean, not as large as it).
    assert (f"{m * p:.1f}", f"{sd:.2f}", f"{sd / (m * p):.0%}") == ("5.2", "2.01", "39%")
    assert counts.mean() == pytest.approx(m * p, abs=0.15)


def test_audit_sample_size_gives_the_promised_coverage():
    # closed form at the worst case p = 0.5, then a seeded check that the +-5% interval covers
    # the true error rate about 95% of the time at that sample size
    assert (audit_sample_size(0.05), audit_sample_size(0.10)) == (385, 97)
    rng = np.random.default_rng(7)
    n, p = audit_sample_size(0.05), 0.5
    estimates = rng.binomial(n, p, size=20_000) / n
    coverage = (np.abs(estimates - p) <= 0.05).mean()
    assert coverage == pytest.approx(0.95, abs=0.01)


def test_shirts_and_trousers_by_enumeration():
    choices = [(s, t) for s in itertools.combinations(range(6), 2) for t in range(4)]
    assert len(choices) == math.comb(6, 2) * math.comb(4, 1) == 60
