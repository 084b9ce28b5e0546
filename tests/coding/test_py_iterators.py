"""Generators against eager references, and the itertools results on the page."""

from itertools import islice
from statistics import fmean

from hypothesis import given, strategies as st

from snippets.coding.py_iterators import batches, itertools_tour, naturals, running_mean


@given(st.lists(st.integers(), max_size=30), st.integers(1, 7))
def test_batches_match_slicing(items, size):
    assert list(batches(items, size)) == [items[i:i + size] for i in range(0, len(items), size)]


def test_batches_are_lazy_on_an_infinite_input():
    assert next(batches(naturals(), 4)) == [0, 1, 2, 3]
    assert list(islice(naturals(), 3)) == [0, 1, 2]


@given(st.lists(st.integers(-100, 100), min_size=1, max_size=30))
def test_running_mean_matches_fmean_of_prefixes(values):
    expected = [fmean(values[:i]) for i in range(1, len(values) + 1)]
    assert all(abs(a - b) < 1e-9 for a, b in zip(running_mean(values), expected))


def test_generator_is_exhausted_after_one_pass():
    squares = (n * n for n in range(4))
    assert list(squares) == [0, 1, 4, 9] and list(squares) == []


def test_itertools_tour():
    tour = itertools_tour(["beta", "alpha", "bias", "adam"])
    assert tour["first 5 squares"] == [0, 1, 4, 9, 16]
    assert tour["groups"] == [("a", ["adam", "alpha"]), ("b", ["beta", "bias"])]
    assert tour["running length"] == [4, 9, 13, 17]
    assert tour["letters"] == list("betaal")
