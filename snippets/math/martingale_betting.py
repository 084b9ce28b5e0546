"""The doubling (martingale) strategy: a sure +1 with unlimited money, a losing bet with any finite bankroll.

Used by docs/math/waiting-times-and-bets.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from snippets._shared.montecarlo import Estimate, estimate

SEED = 21
P_ROULETTE = 18 / 37  # betting on red in European roulette


# --8<-- [start:martingale]
def play_unlimited(rng: np.random.Generator, p: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """n sessions of 'bet 1, double after every loss, stop at the first win' with no bankroll limit.

    Returns (profit, games played) per session. The first win is geometric with mean 1/p.
    """
    games = rng.geometric(p, size=n)
    stakes_lost = 2.0 ** (games - 1) - 1  # 1 + 2 + ... + 2^(K-2)
    winnings = 2.0 ** (games - 1)  # the winning stake 2^(K-1) is paid back doubled
    return winnings - stakes_lost, games


def expected_profit(p: float, doublings: int) -> float:
    """Bankroll 2^m - 1 covers m bets (1, 2, ..., 2^(m-1)); losing all m costs 2^m - 1.

    E = (1 - q^m) * 1 - q^m (2^m - 1) = 1 - (2q)^m  with q = 1 - p.
    """
    return 1.0 - (2.0 * (1.0 - p)) ** doublings


def play_finite(rng: np.random.Generator, p: float, doublings: int, n: int) -> Estimate:
    """Simulated mean profit per session when the bankroll allows `doublings` bets."""
    wins = rng.random((n, doublings)) < p
    won = wins.any(axis=1)
    profit = np.where(won, 1.0, -(2.0**doublings - 1))
    return estimate(profit)


def expected_capital_needed(p: float) -> float:
    """E[total staked before the first win] = E[2^K - 1]; infinite unless p > 1/2."""
    q = 1.0 - p
    return float("inf") if 2 * q >= 1 else 2 * p / (1 - 2 * q) - 1
# --8<-- [end:martingale]


def plot(rng: np.random.Generator) -> None:
    m = np.arange(1, 16)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for p in (0.45, P_ROULETTE, 0.5, 0.55):
        left.plot(m, [expected_profit(p, k) for k in m], marker="o", ms=3, label=f"p = {p:.3f}")
        left.set(xlabel="doublings the bankroll covers (m)", ylabel="expected profit per session",
                 title="Finite bankroll: $E[\\mathrm{profit}] = 1 - (2q)^m$")
        right.semilogy(m, (1 - p) ** m, marker="o", ms=3, label=f"p = {p:.3f}")
    ks = [2, 4, 6, 8]
    sims = [play_finite(rng, P_ROULETTE, k, 200_000) for k in ks]
    left.errorbar(ks, [s.mean for s in sims], yerr=[2 * s.stderr for s in sims], fmt="x", ms=8,
                  color="black", capsize=3, zorder=3, label="simulated ± 2 SE, p = 18/37")
    left.set_ylim(-3, 1.2)
    left.legend(fontsize=8)
    right.set(xlabel="doublings the bankroll covers (m)", ylabel="P(lose the whole bankroll)",
              title="Ruin is rare, but costs $2^m - 1$")
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    profit, games = play_unlimited(rng, P_ROULETTE, 1_000_000)
    print(f"unlimited bankroll, p = 18/37: profit min {profit.min():.0f}, max {profit.max():.0f}")
    print(f"  mean games {games.mean():.3f} (1/p = {1 / P_ROULETTE:.3f}); longest losing run {games.max() - 1}")
    print(f"expected capital at risk: p = 0.55 -> {expected_capital_needed(0.55):.1f};"
          f" p = 18/37 -> {expected_capital_needed(P_ROULETTE)}")
    for m in (5, 10):
        sim = play_finite(rng, P_ROULETTE, m, 400_000)
        print(f"bankroll {2**m - 1:>4} (m = {m:>2}): P(ruin) {(1 - P_ROULETTE) ** m:.5f},"
              f" E[profit] exact {expected_profit(P_ROULETTE, m):+.4f}, simulated {sim.mean:+.4f} +- {sim.stderr:.4f}")
    plot(rng)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
