"""Small computed answers to conceptual questions: point probabilities, densities above 1, independence.

Used by docs/math/probability-fundamentals.md.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import numpy as np
from scipy import integrate, stats

SEED = 17


# --8<-- [start:point]
def p_near(center: float, eps: float) -> float:
    """P(|X - center| < eps) for X ~ Uniform[0, 1]: the interval's length, 2 eps (clipped to [0, 1])."""
    return max(0.0, min(1.0, center + eps) - max(0.0, center - eps))
# --8<-- [end:point]


# --8<-- [start:density]
def density_facts() -> dict[str, float]:
    """Peak densities above 1, and the total probability under each density, which is still 1."""
    narrow_uniform = stats.uniform(loc=0, scale=0.5)
    narrow_normal = stats.norm(loc=0, scale=0.1)
    return {
        "Uniform[0, 0.5] density": float(narrow_uniform.pdf(0.25)),
        "N(0, 0.1^2) density at 0": float(narrow_normal.pdf(0.0)),
        "integral of Uniform[0, 0.5] density": integrate.quad(narrow_uniform.pdf, 0, 0.5)[0],
        "integral of N(0, 0.1^2) density": integrate.quad(narrow_normal.pdf, -1, 1)[0],
        "P(0.24 < X < 0.26), Uniform[0, 0.5]": float(narrow_uniform.cdf(0.26) - narrow_uniform.cdf(0.24)),
    }
# --8<-- [end:density]


# --8<-- [start:independence]
def dice_events() -> dict[str, tuple[Fraction, Fraction]]:
    """For two fair dice: P(A and B) versus P(A) P(B), where A = 'first die is even'."""
    rolls = list(product(range(1, 7), repeat=2))

    def prob(event) -> Fraction:
        return Fraction(sum(1 for r in rolls if event(r)), len(rolls))

    first_even = lambda r: r[0] % 2 == 0  # noqa: E731
    result = {}
    for total in (7, 8):
        sums_to = lambda r, t=total: r[0] + r[1] == t  # noqa: E731
        joint = prob(lambda r: first_even(r) and sums_to(r))
        result[f"first even, sum {total}"] = (joint, prob(first_even) * prob(sums_to))
    return result
# --8<-- [end:independence]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    x = rng.random(1_000_000)
    print(f"draws exactly equal to 0.5: {np.sum(x == 0.5)} of {x.size:,}")
    for eps in (0.1, 0.01, 0.001):
        print(f"P(|X - 0.5| < {eps}): exact {p_near(0.5, eps):.4f}, simulated {np.mean(np.abs(x - 0.5) < eps):.4f}")
    for name, value in density_facts().items():
        print(f"{name:<38} {value:.4f}")
    for name, (joint, product_) in dice_events().items():
        verdict = "independent" if joint == product_ else "dependent"
        print(f"{name}: P(A and B) = {joint}, P(A) P(B) = {product_} -> {verdict}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
