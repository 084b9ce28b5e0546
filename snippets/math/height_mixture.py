"""The height of a person of unknown sex: a two-component Gaussian mixture, and Bayes for the sex.

Used by docs/math/probability-fundamentals.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

SEED = 8
# Illustrative adult heights in cm (round numbers close to published survey averages).
P_MALE, MU_M, SD_M, MU_F, SD_F = 0.5, 176.0, 7.0, 163.0, 6.5


# --8<-- [start:mixture]
def height_pdf(h: np.ndarray, p_male: float = P_MALE) -> np.ndarray:
    """f(h) = p N(h; mu_m, sd_m^2) + (1 - p) N(h; mu_f, sd_f^2): total probability over the sex."""
    return p_male * stats.norm.pdf(h, MU_M, SD_M) + (1 - p_male) * stats.norm.pdf(h, MU_F, SD_F)


def mixture_mean_var(p_male: float = P_MALE) -> tuple[float, float]:
    """Mean p mu_m + (1-p) mu_f; variance = mean of variances + variance of means (law of total variance)."""
    mean = p_male * MU_M + (1 - p_male) * MU_F
    within = p_male * SD_M**2 + (1 - p_male) * SD_F**2
    between = p_male * (1 - p_male) * (MU_M - MU_F) ** 2
    return mean, within + between


def p_male_given_height(h: np.ndarray, p_male: float = P_MALE) -> np.ndarray:
    """Bayes: the male component's share of the mixture density at h."""
    return p_male * stats.norm.pdf(h, MU_M, SD_M) / height_pdf(h, p_male)


def count_modes(pdf_values: np.ndarray) -> int:
    """Number of strict local maxima of a density evaluated on a fine grid."""
    inner = pdf_values[1:-1]
    return int(np.sum((inner > pdf_values[:-2]) & (inner > pdf_values[2:])))


def modes_of_two_normals(separation: float, sd1: float = 1.0, sd2: float = 1.0,
                         weight: float = 0.5) -> int:
    """Modes of weight N(0, sd1^2) + (1 - weight) N(separation, sd2^2).

    Outside [0, separation] both parts slope the same way, so every stationary point
    lies between the means; there the slope is B - A with A, B > 0 (the two parts'
    pulls), and its sign is taken in logs so that far-apart means do not underflow."""
    if separation <= 0:
        return 1
    x = np.linspace(0.0, separation, 20_001)[1:-1]
    log_a = np.log(weight * x / sd1**2) + stats.norm.logpdf(x, 0.0, sd1)
    log_b = np.log((1 - weight) * (separation - x) / sd2**2) + stats.norm.logpdf(
        x, separation, sd2)
    # The slope is B > 0 at x = 0 and -A < 0 at x = separation: 1 or 3 sign changes.
    signs = np.concatenate([[1.0], np.sign(log_b - log_a), [-1.0]])
    signs = signs[signs != 0]
    return (int(np.sum(signs[1:] != signs[:-1])) + 1) // 2


def bimodality_threshold(sd1: float, sd2: float, weight: float = 0.5) -> float:
    """Smallest separation of the means giving two modes, by bisection.

    Never below 2 min(sd1, sd2): closer means always give one mode, for any weight."""
    lo, hi = 0.0, 20.0 * max(sd1, sd2)
    while hi - lo > 1e-4 * (sd1 + sd2):
        mid = (lo + hi) / 2
        two_modes = modes_of_two_normals(mid, sd1, sd2, weight) > 1
        lo, hi = (lo, mid) if two_modes else (mid, hi)
    return hi


def sample_heights(rng: np.random.Generator, n: int, p_male: float = P_MALE) -> np.ndarray:
    """Generative story: draw the sex, then the height from that sex's normal."""
    male = rng.random(n) < p_male
    return np.where(male, rng.normal(MU_M, SD_M, n), rng.normal(MU_F, SD_F, n))
# --8<-- [end:mixture]


def plot(heights: np.ndarray) -> None:
    grid = np.linspace(135, 205, 500)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.hist(heights, bins=80, density=True, alpha=0.35, label="simulated heights")
    left.plot(grid, height_pdf(grid), label="mixture density")
    left.plot(grid, P_MALE * stats.norm.pdf(grid, MU_M, SD_M), "--", label="male part")
    left.plot(grid, (1 - P_MALE) * stats.norm.pdf(grid, MU_F, SD_F), "--", label="female part")
    left.set(xlabel="height (cm)", ylabel="density", title="Height of a person of unknown sex")
    left.legend(fontsize=8)
    right.plot(grid, p_male_given_height(grid))
    right.axhline(0.5, color="black", linewidth=0.8)
    right.set(xlabel="height (cm)", ylabel="P(male | height)", title="Inferring sex from height")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    heights = sample_heights(rng, 400_000)
    mean, var = mixture_mean_var()
    print(f"mixture mean {mean:.2f} cm, sd {np.sqrt(var):.3f} cm;"
          f" simulated {heights.mean():.2f}, {heights.std():.3f}")
    grid = np.linspace(100, 250, 30_001)
    print(f"modes of the mixture: {count_modes(height_pdf(grid))} (means {MU_M - MU_F:.0f} cm apart)")
    print("modes of an equal mixture of unit normals d apart:",
          ", ".join(f"d={d}: {modes_of_two_normals(d)}" for d in (1.0, 1.9, 2.1, 3.0)))
    print("separation needed for two modes, in units of the smaller sd (mean sd):")
    for sd2, weight in ((1.0, 0.5), (1.0, 0.3), (2.0, 0.5), (3.0, 0.5)):
        d = bimodality_threshold(1.0, sd2, weight)
        print(f"  weights {weight:.1f}/{1 - weight:.1f}, sds 1 and {sd2:.0f}: "
              f"{d:.2f} ({d / ((1 + sd2) / 2):.2f})")
    gap, smaller = MU_M - MU_F, min(SD_M, SD_F)
    print(f"heights: means {gap:.0f} cm apart = {gap / smaller:.1f} x the smaller sd;"
          f" two modes need {bimodality_threshold(SD_M, SD_F):.2f} cm")
    for h in (160.0, 170.0, 180.0, 190.0):
        print(f"P(male | {h:.0f} cm) = {p_male_given_height(np.array(h)):.3f}")
    plot(heights)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
