"""Maximum entropy: the uniform over a finite alphabet, the normal for a fixed variance.

Used by docs/math/information-theory.md.
"""

from __future__ import annotations

import numpy as np
from scipy import stats

SEED = 27


# --8<-- [start:max_entropy]
def entropy_gap_to_uniform(p: np.ndarray) -> float:
    """log K - H(p) in bits, which equals KL(p || uniform) and is therefore >= 0."""
    p = np.asarray(p, dtype=float)
    nz = p[p > 0]
    return max(0.0, float(np.log2(len(p)) + (nz * np.log2(nz)).sum()))  # clip rounding below 0


def unit_variance_distributions() -> dict[str, stats.rv_continuous]:
    """Four distributions scaled to variance 1, to compare their differential entropies."""
    return {
        "normal": stats.norm(scale=1.0),
        "logistic": stats.logistic(scale=np.sqrt(3) / np.pi),  # variance s^2 pi^2 / 3
        "Laplace": stats.laplace(scale=1 / np.sqrt(2)),  # variance 2 b^2
        "uniform": stats.uniform(loc=-np.sqrt(3), scale=2 * np.sqrt(3)),  # variance w^2 / 12
    }
# --8<-- [end:max_entropy]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    letters = rng.dirichlet(np.full(27, 5.0), size=5)
    print("log2(27) - H(p) for random 27-letter distributions:",
          " ".join(f"{entropy_gap_to_uniform(p):.4f}" for p in letters))
    print(f"uniform 27 letters: gap {entropy_gap_to_uniform(np.full(27, 1 / 27)):.4f}")
    print("differential entropy at variance 1 (nats):")
    for name, dist in unit_variance_distributions().items():
        print(f"  {name:<9} var {dist.var():.3f}  h = {float(dist.entropy()):.4f}")
    print(f"  0.5 ln(2 pi e) = {0.5 * np.log(2 * np.pi * np.e):.4f}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
