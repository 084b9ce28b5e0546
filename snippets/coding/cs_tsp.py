"""The travelling salesman: exact Held-Karp bitmask DP against nearest neighbour, 2-opt.

Used by docs/coding/complexity-and-algorithm-design.md.
"""

from __future__ import annotations

import math
import random
import statistics

Point = tuple[float, float]
SEED = 1


def tour_length(points: list[Point], tour: list[int]) -> float:
    """Length of the closed tour that visits points in the order given and returns."""
    legs = zip(tour, tour[1:] + tour[:1])
    return sum(math.dist(points[a], points[b]) for a, b in legs)


# --8<-- [start:held_karp]
def held_karp(points: list[Point]) -> float:
    """Shortest closed tour through every point, O(n^2 2^n) time and O(n 2^n) memory.
    best[mask][j]: shortest path from city 0 through the cities in mask, ending at j."""
    n = len(points)
    if n <= 1:
        return 0.0
    d = [[math.dist(p, q) for q in points] for p in points]
    best = [[math.inf] * n for _ in range(1 << n)]
    best[1][0] = 0.0  # mask 1 = {city 0}
    for mask in range(1, 1 << n, 2):  # every mask that contains city 0
        for j in range(n):
            here = best[mask][j]
            if here == math.inf:
                continue
            for k in range(1, n):
                if not mask & 1 << k:
                    extended = mask | 1 << k
                    best[extended][k] = min(best[extended][k], here + d[j][k])
    full = (1 << n) - 1
    return min(best[full][j] + d[j][0] for j in range(1, n))
# --8<-- [end:held_karp]


# --8<-- [start:heuristics]
def nearest_neighbour(points: list[Point]) -> list[int]:
    """Start at city 0 and always go to the closest unvisited city: O(n^2)."""
    tour, unvisited = [0], set(range(1, len(points)))
    while unvisited:
        here = points[tour[-1]]
        tour.append(min(unvisited, key=lambda c: (math.dist(here, points[c]), c)))
        unvisited.remove(tour[-1])
    return tour


def two_opt(points: list[Point], tour: list[int]) -> list[int]:
    """Reverse a segment whenever that shortens the tour, until no reversal helps."""
    tour, improved = tour[:], True
    while improved:
        improved = False
        for i in range(1, len(tour) - 1):
            for j in range(i + 1, len(tour)):
                candidate = tour[:i] + tour[i:j + 1][::-1] + tour[j + 1:]
                if tour_length(points, candidate) < tour_length(points, tour) - 1e-12:
                    tour, improved = candidate, True
    return tour
# --8<-- [end:heuristics]


def random_points(n: int, rng: random.Random) -> list[Point]:
    return [(rng.random(), rng.random()) for _ in range(n)]


def main() -> None:
    rng = random.Random(SEED)
    instances = [random_points(9, rng) for _ in range(30)]
    ratio_nn, ratio_2opt = [], []
    for points in instances:
        optimum = held_karp(points)
        tour = nearest_neighbour(points)
        ratio_nn.append(tour_length(points, tour) / optimum)
        ratio_2opt.append(tour_length(points, two_opt(points, tour)) / optimum)
    print("30 random instances of 9 cities in the unit square: tour / optimal tour")
    for name, values in (("nearest neighbour", ratio_nn), ("+ 2-opt", ratio_2opt)):
        optimal = sum(v < 1 + 1e-9 for v in values)
        print(f"{name:18s} mean {statistics.mean(values):.3f}  max {max(values):.3f}  "
              f"optimal on {optimal}/30")


if __name__ == "__main__":
    main()
