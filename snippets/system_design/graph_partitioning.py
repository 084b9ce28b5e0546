"""Sharding a social graph: hashing users to shards cuts most friendships and makes
a friends query touch many shards; moving users next to their friends cuts both.

Used by docs/system-design/ml-at-companies.md.
"""

from __future__ import annotations

import numpy as np

SEED = 0


# --8<-- [start:partition]
def community_graph(rng: np.random.Generator, n_groups: int, size: int, p_in: float,
                    p_out: float) -> list[np.ndarray]:
    """Neighbour lists of a block model: dense inside groups, sparse across."""
    group = np.repeat(np.arange(n_groups), size)
    prob = np.where(group[:, None] == group[None, :], p_in, p_out)
    upper = np.triu(rng.random(prob.shape) < prob, k=1)
    adjacency = upper | upper.T
    return [np.flatnonzero(row) for row in adjacency]


def cut_fraction(neighbours: list[np.ndarray], shard: np.ndarray) -> float:
    """Share of edges whose two ends sit on different shards."""
    cut = sum(int(np.sum(shard[nb] != shard[v])) for v, nb in enumerate(neighbours))
    total = sum(len(nb) for nb in neighbours)
    return cut / total


def shards_touched(neighbours: list[np.ndarray], shard: np.ndarray) -> float:
    """Mean number of distinct shards a 'read all my friends' query must contact."""
    touched = [len(np.unique(shard[nb])) for nb in neighbours if len(nb)]
    return float(np.mean(touched))


def refine(neighbours: list[np.ndarray], shard: np.ndarray, k: int, slack: float,
           rng: np.random.Generator,
           passes: int = 10) -> tuple[np.ndarray, list[float]]:
    """Greedy balanced moves (label propagation with a capacity): a user moves to
    the shard holding most of its friends if it has room, which lowers the cut.
    Returns the assignment and the cut after every pass."""
    shard = shard.copy()
    capacity = int(np.ceil(slack * len(shard) / k))
    load = np.bincount(shard, minlength=k)
    history = []
    for _ in range(passes):
        moved = 0
        for v in rng.permutation(len(shard)):
            counts = np.bincount(shard[neighbours[v]], minlength=k)
            counts[load >= capacity] = -1          # full shards are not candidates
            best = int(np.argmax(counts))
            if counts[best] > np.sum(shard[neighbours[v]] == shard[v]):
                load[shard[v]] -= 1
                load[best] += 1
                shard[v] = best
                moved += 1
        history.append(cut_fraction(neighbours, shard))
        if moved == 0:
            break
    return shard, history
# --8<-- [end:partition]


def main() -> None:
    rng = np.random.default_rng(SEED)
    k, slack = 10, 1.05
    neighbours = community_graph(rng, n_groups=40, size=50, p_in=0.2, p_out=0.001)
    hashed = rng.integers(0, k, len(neighbours))
    refined, history = refine(neighbours, hashed, k, slack, rng)
    degrees = np.array([len(nb) for nb in neighbours])
    print(f"{len(neighbours):,} users, {degrees.sum() // 2:,} friendships, "
          f"mean degree {degrees.mean():.1f}, {k} shards")
    for name, shard in [("hash", hashed), ("refined", refined)]:
        load = np.bincount(shard, minlength=k)
        print(f"{name:>8}: cut {cut_fraction(neighbours, shard):.3f} of edges, "
              f"{shards_touched(neighbours, shard):.2f} shards per friends query, "
              f"largest shard {load.max() / load.mean():.2f}x the mean")
    print("cut after each pass: " + ", ".join(f"{c:.3f}" for c in history))


if __name__ == "__main__":
    main()
