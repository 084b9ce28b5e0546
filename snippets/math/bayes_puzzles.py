"""Conditional-probability puzzles: exact answers by Bayes' rule, each checked by a seeded simulation.

Used by docs/math/bayes-puzzles.md.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from snippets._shared.montecarlo import Estimate, conditional_estimate

SEED = 2024
N_DRAWS = 2_000_000


# --8<-- [start:total]
def total_probability(p_x_given_y: np.ndarray, p_y: np.ndarray) -> np.ndarray:
    """P(X=x) = sum_y P(X=x | Y=y) P(Y=y); rows of p_x_given_y are x, columns are y."""
    return p_x_given_y @ p_y
# --8<-- [end:total]


# --8<-- [start:exact]
def two_sons_given_a_boy() -> Fraction:
    """Families {BB, BG, GB, GG} are equally likely; 'at least one boy' removes GG."""
    return Fraction(1, 4) / Fraction(3, 4)


def chip_defective(p_a: Fraction = Fraction(3, 10), p_b: Fraction = Fraction(7, 10)) -> Fraction:
    """Equal shares of both makers: P(defective) = (p_a + p_b) / 2."""
    return (p_a + p_b) / 2


def second_chip_good(p_a: Fraction = Fraction(3, 10), p_b: Fraction = Fraction(7, 10)) -> Fraction:
    """P(2nd good | 1st good) for two chips from the same unknown maker."""
    good_a, good_b = 1 - p_a, 1 - p_b
    both_good = (good_a**2 + good_b**2) / 2
    first_good = (good_a + good_b) / 2
    return both_good / first_good


def disease_given_positives(k: int, prior: Fraction = Fraction(1, 10_000),
                            fpr: Fraction = Fraction(1, 100), fnr: Fraction = Fraction(1, 100)) -> Fraction:
    """P(disease | k independent positive tests): prior odds times the likelihood ratio to the k."""
    sick = prior * (1 - fnr) ** k
    healthy = (1 - prior) * fpr**k
    return sick / (sick + healthy)


def fog_given_three_apps(copy_prob: Fraction, prior: Fraction = Fraction(1, 2),
                         error: Fraction = Fraction(1, 3), n_apps: int = 3) -> Fraction:
    """P(fog | all apps say fog). With probability `copy_prob` the apps share one verdict
    (fully dependent); otherwise they err independently."""
    right = (1 - copy_prob) * (1 - error) ** n_apps + copy_prob * (1 - error)
    wrong = (1 - copy_prob) * error**n_apps + copy_prob * error
    return prior * right / (prior * right + (1 - prior) * wrong)
# --8<-- [end:exact]


# --8<-- [start:simulate]
def simulate_two_sons(rng: np.random.Generator, n: int = N_DRAWS) -> Estimate:
    boys = rng.random((n, 2)) < 0.5
    return conditional_estimate(boys.all(axis=1), boys.any(axis=1))


def simulate_chips(rng: np.random.Generator, n: int = N_DRAWS) -> tuple[Estimate, Estimate]:
    """(P(defective), P(2nd good | 1st good)): pick a maker, then two chips from it."""
    p_bad = np.where(rng.random(n) < 0.5, 0.3, 0.7)
    bad = rng.random((n, 2)) < p_bad[:, None]
    return (conditional_estimate(bad[:, 0], np.ones(n, dtype=bool)),
            conditional_estimate(~bad[:, 1], ~bad[:, 0]))


def simulate_disease(rng: np.random.Generator, k: int, n: int = 2 * N_DRAWS) -> Estimate:
    sick = rng.random(n) < 1e-4
    p_positive = np.where(sick, 0.99, 0.01)
    all_positive = (rng.random((n, k)) < p_positive[:, None]).all(axis=1)
    return conditional_estimate(sick, all_positive)


def simulate_fog(rng: np.random.Generator, copy_prob: float, n: int = N_DRAWS) -> Estimate:
    fog = rng.random(n) < 0.5
    shared = rng.random(n) < copy_prob  # this day the apps copy one verdict
    wrong = rng.random((n, 3)) < 1 / 3
    wrong[shared] = wrong[shared, :1]  # every app repeats the first app's error (or success)
    says_fog = np.where(wrong, ~fog[:, None], fog[:, None])
    return conditional_estimate(fog, says_fog.all(axis=1))
# --8<-- [end:simulate]


def row(name: str, exact: Fraction, sim: Estimate) -> str:
    return f"{name:<34} {str(exact):>12} {float(exact):>8.4f} {sim.mean:>8.4f} {sim.z_score(float(exact)):>6.2f}"


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    # Y = traffic source (search, ads, email); X = converts or not
    p_y = np.array([0.5, 0.3, 0.2])
    p_x_given_y = np.array([[0.02, 0.05, 0.10], [0.98, 0.95, 0.90]])
    print("P(convert), P(no convert):", np.round(total_probability(p_x_given_y, p_y), 4))
    print(f"{'puzzle':<34} {'exact':>12} {'value':>8} {'sim':>8} {'z':>6}")
    print(row("two sons | at least one boy", two_sons_given_a_boy(), simulate_two_sons(rng)))
    defective, second_good = simulate_chips(rng)
    print(row("chip defective", chip_defective(), defective))
    print(row("2nd chip good | 1st good", second_chip_good(), second_good))
    for k in (1, 2):
        print(row(f"disease | {k} positive test(s)", disease_given_positives(k), simulate_disease(rng, k)))
    for copy_prob in (Fraction(0), Fraction(1, 2), Fraction(1)):
        print(row(f"fog | 3 apps, copy prob {copy_prob}", fog_given_three_apps(copy_prob),
                  simulate_fog(rng, float(copy_prob))))
# --8<-- [end:main]


if __name__ == "__main__":
    main()
