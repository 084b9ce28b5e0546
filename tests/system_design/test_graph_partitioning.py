"""Edge cut and fan-out against brute force over the edge list; hashing against its
closed forms (cut 1 - 1/k, k (1 - (1 - 1/k)^d) shards for degree d); the greedy
refinement never raises the cut and respects the capacity of the shards it fills."""

import itertools

import numpy as np
import pytest

from snippets.system_design.graph_partitioning import (
    community_graph, cut_fraction, refine, shards_touched,
)


def page_run():
    rng = np.random.default_rng(0)   # the snippet's seed and order of draws
    neighbours = community_graph(rng, n_groups=40, size=50, p_in=0.2, p_out=0.001)
    hashed = rng.integers(0, 10, len(neighbours))
    refined, history = refine(neighbours, hashed, 10, 1.05, rng)
    return neighbours, hashed, refined, history


def test_metrics_match_brute_force():
    rng = np.random.default_rng(3)
    neighbours = community_graph(rng, 4, 6, 0.6, 0.1)
    shard = rng.integers(0, 3, len(neighbours))
    edges = [(u, v) for u, v in itertools.combinations(range(len(neighbours)), 2)
             if v in set(neighbours[u].tolist())]
    assert all(u in set(neighbours[v].tolist()) for u, v in edges)   # symmetric
    cut = sum(shard[u] != shard[v] for u, v in edges) / len(edges)
    assert cut_fraction(neighbours, shard) == pytest.approx(cut)
    touched = [len({shard[w] for w in nb}) for nb in neighbours if len(nb)]
    assert shards_touched(neighbours, shard) == pytest.approx(np.mean(touched))


def test_hash_matches_closed_forms():
    neighbours, hashed, _, _ = page_run()
    n_edges = sum(len(nb) for nb in neighbours) / 2
    assert cut_fraction(neighbours, hashed) == pytest.approx(
        0.9, abs=4 * np.sqrt(0.09 / n_edges))
    degrees = np.array([len(nb) for nb in neighbours if len(nb)])
    expected = np.mean(10 * (1 - 0.9**degrees))
    assert shards_touched(neighbours, hashed) == pytest.approx(expected, abs=0.05)


def test_refinement_lowers_cut_within_capacity():
    neighbours, hashed, refined, history = page_run()
    assert all(b <= a for a, b in zip(history, history[1:]))
    assert history[0] < cut_fraction(neighbours, hashed)
    capacity = int(np.ceil(1.05 * len(hashed) / 10))
    before = np.bincount(hashed, minlength=10)
    after = np.bincount(refined, minlength=10)
    assert np.all(after <= np.maximum(before, capacity))
    assert round(cut_fraction(neighbours, hashed), 3) == 0.898
    assert round(cut_fraction(neighbours, refined), 3) == 0.202
    assert round(shards_touched(neighbours, hashed), 2) == 6.95
    assert round(shards_touched(neighbours, refined), 2) == 2.86
