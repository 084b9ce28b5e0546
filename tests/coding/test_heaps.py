"""Heap-based top-k answers against sorting the whole input."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, strategies as st

from snippets.coding.heaps import KthLargest, k_closest, top_k_frequent, top_k_frequent_buckets

points = st.lists(st.tuples(st.integers(-6, 6), st.integers(-6, 6)), max_size=30)
values = st.lists(st.integers(-5, 5), max_size=40)


@given(points, st.integers(0, 35))
def test_k_closest_matches_a_full_sort(pts, k):
    order = sorted(range(len(pts)), key=lambda i: (pts[i][0] ** 2 + pts[i][1] ** 2, i))
    assert k_closest(pts, k) == [pts[i] for i in order[:k]]


@given(values, st.integers(0, 12))
def test_top_k_frequent_matches_sorting_by_count(items, k):
    counts = Counter(items)
    expected = sorted(counts, key=lambda v: (-counts[v], v))[:k]
    assert top_k_frequent(items, k) == expected
    assert top_k_frequent_buckets(items, k) == expected


@given(st.integers(1, 6), values, values)
def test_kth_largest_matches_sorting_every_prefix(k, initial, stream):
    tracker = KthLargest(k, initial)
    seen = list(initial)
    for v in stream:
        seen.append(v)
        expected = sorted(seen)[-k] if len(seen) >= k else None
        assert tracker.add(v) == expected


def test_worked_examples_and_edge_cases():
    pts = [(3, 3), (5, -1), (-2, 4), (1, 1), (0, -2)]
    assert k_closest(pts, 2) == [(1, 1), (0, -2)]
    assert k_closest(pts, 0) == [] and k_closest([], 3) == []
    assert k_closest([(1, 0), (0, 1), (-1, 0)], 2) == [(1, 0), (0, 1)]  # ties: input order
    items = [4, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5]
    assert top_k_frequent(items, 2) == [3, 4] == top_k_frequent_buckets(items, 2)
    assert top_k_frequent([], 3) == [] == top_k_frequent_buckets([], 3)
    stream = KthLargest(3, [4, 5, 8, 2])
    assert [stream.add(v) for v in (3, 5, 10, 9, 4)] == [4, 5, 5, 8, 8]
    assert KthLargest(2).add(1) is None
    with pytest.raises(ValueError):
        KthLargest(0)
