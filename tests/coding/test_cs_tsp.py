"""Held-Karp against trying every tour; the heuristics give valid tours no shorter than it."""

from __future__ import annotations

import math
import random
from itertools import permutations

from hypothesis import given, strategies as st

from snippets.coding import cs_tsp
from snippets.coding.cs_tsp import held_karp, nearest_neighbour, random_points, tour_length, two_opt

point_sets = st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=7)


def brute_force(points) -> float:
    if len(points) <= 1:
        return 0.0
    return min(tour_length(points, [0, *rest]) for rest in permutations(range(1, len(points))))


@given(point_sets)
def test_held_karp_matches_every_tour(points):
    assert math.isclose(held_karp(points), brute_force(points), abs_tol=1e-9)


@given(point_sets)
def test_heuristic_tours_are_permutations_and_not_shorter_than_optimal(points):
    tour = nearest_neighbour(points)
    improved = two_opt(points, tour)
    optimum = held_karp(points)
    for t in (tour, improved):
        assert sorted(t) == list(range(len(points))) and t[0] == 0
        assert tour_length(points, t) >= optimum - 1e-9
    assert tour_length(points, improved) <= tour_length(points, tour) + 1e-12


def test_a_square_is_its_perimeter():
    assert math.isclose(held_karp([(0, 0), (1, 1), (0, 1), (1, 0)]), 4.0)


def test_the_ratios_on_the_page(capsys):
    cs_tsp.main()
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["nearest", "neighbour", "mean", "1.099", "max", "1.285",
                                "optimal", "on", "3/30"]
    assert lines[2].split() == ["+", "2-opt", "mean", "1.006", "max", "1.057",
                                "optimal", "on", "24/30"]
    assert len(random_points(3, random.Random(0))) == 3
