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


def modes_of_two_normals(separation: float) -> int:
    """Modes of 0.5 N(0, 1) + 0.5 N(separation, 1): bimodal only when separation > 2 sd."""
    grid = np.linspace(-6, separation + 6, 20_001)
    return count_modes(0.5 * stats.norm.pdf(grid) + 0.5 * stats.norm.pdf(grid, separation))


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
    for h in (160.0, 170.0, 180.0, 190.0):
        print(f"P(male | {h:.0f} cm) = {p_male_given_height(np.array(h)):.3f}")
    plot(heights)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
