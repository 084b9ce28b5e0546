"""A small random generator from scratch: xorshift64* to uniform floats, Box-Muller to normals.

Used by docs/ml-coding/random-generators.md.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np

SEED = 2024
MASK64 = (1 << 64) - 1


# --8<-- [start:generator]
def splitmix64(seed: int) -> int:
    """Scramble a small seed into a well-mixed, nonzero 64-bit starting state."""
    z = (seed + 0x9E3779B97F4A7C15) & MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return (z ^ (z >> 31)) or 1  # the all-zero state would stay zero forever


def xorshift_step(x: int) -> int:
    """Marsaglia's xorshift64 with shifts (13, 7, 17): a bijection on the nonzero 64-bit states."""
    x ^= (x << 13) & MASK64
    x ^= x >> 7
    x ^= (x << 17) & MASK64
    return x


class XorShift64Star:
    """xorshift64*: the xorshift state, output multiplied by an odd constant to mix the low bits."""

    def __init__(self, seed: int) -> None:
        self.state = splitmix64(seed)

    def next_u64(self) -> int:
        self.state = xorshift_step(self.state)
        return (self.state * 0x2545F4914F6CDD1D) & MASK64

    def random(self, size: int) -> np.ndarray:
        """Uniform floats in [0, 1): the top 53 bits of each output, times 2^-53."""
        return np.array([(self.next_u64() >> 11) * 2.0**-53 for _ in range(size)])

    def below(self, n: int) -> int:
        """Unbiased integer in [0, n): reject the top 2^64 mod n outputs, then reduce mod n."""
        limit = (1 << 64) - (1 << 64) % n  # a multiple of n, so every residue is equally likely
        while True:
            x = self.next_u64()
            if x < limit:  # accepted with probability > 1/2, usually far more
                return x % n

    def normal(self, size: int) -> np.ndarray:
        """Standard normals by Box-Muller: each pair of uniforms gives two independent normals."""
        u1 = 1.0 - self.random((size + 1) // 2)  # in (0, 1], so log(u1) is finite
        u2 = self.random((size + 1) // 2)
        radius = np.sqrt(-2.0 * np.log(u1))
        angle = 2.0 * math.pi * u2
        return np.concatenate([radius * np.cos(angle), radius * np.sin(angle)])[:size]
# --8<-- [end:generator]


def bad_lcg(seed: int, size: int, a: int = 5, c: int = 1, m: int = 2048) -> np.ndarray:
    """A deliberately weak linear congruential generator, x <- (a x + c) mod m, scaled to [0, 1)."""
    out, x = [], seed
    for _ in range(size):
        x = (a * x + c) % m
        out.append(x / m)
    return np.array(out)


def plot(lcg: np.ndarray, uniform: np.ndarray, normals: np.ndarray) -> None:
    fig, axes = plt.subplots(1, 3, figsize=(12, 3.9))
    for ax, u, title in ((axes[0], lcg, "Weak LCG: x ← 5x + 1 mod 2048"),
                         (axes[1], uniform, "xorshift64*")):
        ax.scatter(u[:-1], u[1:], s=2, alpha=0.6)
        ax.set(title=title, xlabel="$u_i$", ylabel="next value $u_{i+1}$",
               xlim=(0, 1), ylim=(0, 1), aspect="equal")
    axes[2].hist(normals, bins=60, density=True, alpha=0.7, label="Box–Muller")
    grid = np.linspace(-4, 4, 200)
    axes[2].plot(grid, np.exp(-grid**2 / 2) / math.sqrt(2 * math.pi), label="N(0, 1) density")
    axes[2].set(title="Box–Muller normals", xlabel="z", ylabel="density")
    axes[2].legend(fontsize=8)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    gen = XorShift64Star(SEED)
    print("first three 64-bit outputs:", [hex(gen.next_u64()) for _ in range(3)])
    u = gen.random(20_000)
    print(f"20,000 uniforms: mean {u.mean():.4f} (1/2), variance {u.var():.4f} (1/12 = 0.0833), "
          f"lag-1 correlation {np.corrcoef(u[:-1], u[1:])[0, 1]:+.4f}")
    z = gen.normal(20_000)
    print(f"20,000 normals: mean {z.mean():+.4f}, variance {z.var():.4f}, "
          f"share beyond ±1.96 {(np.abs(z) > 1.96).mean():.4f} (0.05)")
    n = 3 << 62  # three quarters of 2^64: the worst case for a plain modulo
    naive = np.array([gen.next_u64() % n < n // 3 for _ in range(20_000)]).mean()
    fair = np.array([gen.below(n) < n // 3 for _ in range(20_000)]).mean()
    print(f"P(result < n/3) for n = 3 * 2^62: x % n gives {naive:.4f}, "
          f"rejection gives {fair:.4f} (exact 1/3)")
    rolls = np.array([1 + gen.below(6) for _ in range(6000)])
    print("6,000 dice rolls, count of each face:", np.bincount(rolls, minlength=7)[1:].tolist())
    lcg = bad_lcg(seed=1, size=2047)
    line = np.round(5 * lcg[:-1] + 1 / 2048 - lcg[1:]).astype(int)  # exact: u' = 5u + 1/m - j
    print(f"weak LCG: all {len(lcg) - 1} consecutive pairs lie on {len(np.unique(line))} lines "
          f"u_(i+1) = 5 u_i + 1/2048 - j")
    plot(lcg, u[:2047], z)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
