"""Reservoir sampling: inclusion probability k/n, uniform subsets, weighted picks by exact enumeration."""

import itertools

import numpy as np
import pytest
from scipy.stats import chisquare

from snippets.ml_coding.reservoir_sampling import (
    SEED, inclusion_frequencies, reservoir_sample, weighted_first_pick_frequencies,
    weighted_reservoir_sample,
)

ALPHA = 0.001


def test_inclusion_probability_is_k_over_n():
    n, k, trials = 20, 5, 10_000
    freq = inclusion_frequencies(n, k, trials, np.random.default_rng(1))
    sd = np.sqrt(k / n * (1 - k / n) / trials)
    assert np.abs(freq - k / n).max() < 4 * sd  # 4 sd per position: about 1 in 800 for all 20


def test_every_subset_is_equally_likely():
    rng = np.random.default_rng(2)
    subsets = list(itertools.combinations(range(6), 2))  # 15 subsets
    index = {s: i for i, s in enumerate(subsets)}
    counts = np.zeros(len(subsets))
    for _ in range(15_000):
        counts[index[tuple(sorted(reservoir_sample(range(6), 2, rng)))]] += 1
    assert chisquare(counts).pvalue > ALPHA


def test_short_stream_is_returned_whole():
    assert sorted(reservoir_sample(iter("abc"), 5, np.random.default_rng(0))) == ["a", "b", "c"]


def test_weighted_single_pick_is_proportional_to_weight():
    weights = np.array([1.0, 2.0, 3.0, 4.0, 10.0])
    trials = 10_000
    freq = weighted_first_pick_frequencies(weights, trials, np.random.default_rng(3))
    assert chisquare(freq * trials, weights / weights.sum() * trials).pvalue > ALPHA


def successive_sampling_probabilities(weights: np.ndarray, k: int) -> dict[frozenset, float]:
    """Brute force: draw k items one at a time without replacement, each with prob. w / (remaining
    weight); sum the probabilities of all orders that give the same set."""
    result: dict[frozenset, float] = {}
    for order in itertools.permutations(range(len(weights)), k):
        p, remaining = 1.0, weights.sum()
        for i in order:
            p *= weights[i] / remaining
            remaining -= weights[i]
        result[frozenset(order)] = result.get(frozenset(order), 0.0) + p
    return result


def test_weighted_k_subsets_match_successive_sampling():
    weights = np.array([1.0, 2.0, 5.0, 0.5])
    exact = successive_sampling_probabilities(weights, 2)
    keys = list(exact)
    counts = np.zeros(len(keys))
    rng = np.random.default_rng(4)
    trials = 12_000
    for _ in range(trials):
        counts[keys.index(frozenset(weighted_reservoir_sample(enumerate(weights), 2, rng)))] += 1
    expected = np.array([exact[s] for s in keys]) * trials
    assert sum(exact.values()) == pytest.approx(1.0)
    assert chisquare(counts, expected).pvalue > ALPHA


def test_weighted_sample_orders_by_key_and_skips_zero_weights():
    rng = np.random.default_rng(5)
    for _ in range(200):
        picks = weighted_reservoir_sample([("a", 0.0), ("b", 1.0), ("c", 0.0), ("d", 2.0)], 3, rng)
        assert sorted(picks) == ["b", "d"]


def test_numbers_on_the_page():
    rng = np.random.default_rng(SEED)
    assert reservoir_sample(iter(range(100_000)), 5, rng) == [50983, 28024, 29832, 70133, 29668]
    freq = inclusion_frequencies(20, 5, 10_000, rng)
    assert (freq.min(), freq.max()) == (pytest.approx(0.2408), pytest.approx(0.2580))
    weights = np.array([1.0, 2.0, 3.0, 4.0, 10.0])
    picked = weighted_first_pick_frequencies(weights, 10_000, rng)
    np.testing.assert_allclose(picked, [0.0526, 0.1047, 0.1489, 0.2031, 0.4907], atol=5e-5)
    stream = ((f"item{i}", w) for i, w in enumerate(weights))
    assert weighted_reservoir_sample(stream, 3, rng) == ["item3", "item4", "item2"]
