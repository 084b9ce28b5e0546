"""Expected waiting times: days until a N(0,1) draw exceeds 0.5, flips until a coin pattern appears.

Used by docs/math/waiting-times-and-bets.md.
"""

from __future__ import annotations

import numpy as np
from scipy import stats

from snippets._shared.montecarlo import Estimate, estimate

SEED = 11


# --8<-- [start:geometric]
def expected_days_above(threshold: float = 0.5) -> float:
    """Each day succeeds with p = P(Z > threshold); the wait is geometric with mean 1/p."""
    return 1.0 / stats.norm.sf(threshold)


def geometric_summary(p: float) -> tuple[float, float, float]:
    """Mean 1/p, variance (1 - p)/p^2 and standard deviation of the trials until the first success."""
    var = (1.0 - p) / p**2
    return 1.0 / p, var, var**0.5


def simulate_days_above(rng: np.random.Generator, threshold: float = 0.5,
                        n: int = 100_000, horizon: int = 80) -> Estimate:
    """Draw `horizon` days per trial and record the first day (1-based) above the threshold."""
    hit = rng.standard_normal((n, horizon), dtype=np.float32) > threshold
    assert hit.any(axis=1).all(), "horizon too short"  # P(miss 80 days) ~ 1e-13
    return estimate(hit.argmax(axis=1) + 1)
# --8<-- [end:geometric]


# --8<-- [start:pattern]
def expected_flips(pattern: str, p_heads: float = 0.5) -> float:
    """Expected flips until `pattern` (e.g. "HH") first appears, by first-step analysis.

    State j = how many characters of the pattern the recent flips match (KMP-style).
    E_j = 1 + p E_next(j, H) + (1 - p) E_next(j, T), with E_len(pattern) = 0.
    """
    m = len(pattern)

    def next_state(j: int, flip: str) -> int:
        text = pattern[:j] + flip
        for k in range(min(len(text), m), -1, -1):  # longest suffix of text that is a prefix
            if text.endswith(pattern[:k]):
                return k
        return 0

    A, b = np.eye(m), np.ones(m)  # unknowns E_0 .. E_{m-1}
    for j in range(m):
        for flip, prob in (("H", p_heads), ("T", 1 - p_heads)):
            k = next_state(j, flip)
            if k < m:
                A[j, k] -= prob
    return float(np.linalg.solve(A, b)[0])


def simulate_flips(rng: np.random.Generator, pattern: str, n: int = 100_000,
                   horizon: int = 300) -> Estimate:
    """Flip `horizon` coins per trial and find where the pattern first ends."""
    flips = rng.integers(0, 2, size=(n, horizon), dtype=np.uint8).astype(bool)  # True = heads
    target = np.array([c == "H" for c in pattern])
    m = len(pattern)
    windows = np.ones((n, horizon - m + 1), dtype=bool)
    for i in range(m):
        windows &= flips[:, i:horizon - m + 1 + i] == target[i]
    assert windows.any(axis=1).all(), "horizon too short"
    return estimate(windows.argmax(axis=1) + m)
# --8<-- [end:pattern]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    p = stats.norm.sf(0.5)
    sim = simulate_days_above(rng)
    print(f"P(Z > 0.5) = {p:.4f}; expected days = 1/p = {expected_days_above():.4f};"
          f" simulated {sim.mean:.4f} +- {sim.stderr:.4f}")
    mean, var, sd = geometric_summary(1 / 6)
    print(f"rolls until a six: mean {mean:.0f}, variance {var:.0f}, sd {sd:.2f},"
          f" P(more than 10) {(5 / 6) ** 10:.4f}")
    print(f"{'pattern':<8} {'exact':>7} {'simulated':>10} {'z':>6}")
    for pattern in ("HH", "HT", "HHH", "HTH"):
        sim = simulate_flips(rng, pattern)
        exact = expected_flips(pattern)
        print(f"{pattern:<8} {exact:>7.3f} {sim.mean:>10.3f} {sim.z_score(exact):>6.2f}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
