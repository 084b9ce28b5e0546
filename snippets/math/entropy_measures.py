"""Entropy, cross-entropy, KL divergence and mutual information for discrete distributions, from scratch.

Used by docs/math/information-theory.md.
"""

from __future__ import annotations

import numpy as np

SEED = 0


# --8<-- [start:measures]
def entropy(p: np.ndarray, base: float = 2.0) -> float:
    """H(p) = -sum p log p, with 0 log 0 = 0. Bits for base 2, nats for base e."""
    p = np.asarray(p, dtype=float)
    nz = p[p > 0]
    return float(-(nz * np.log(nz)).sum() / np.log(base)) + 0.0  # + 0.0 turns -0.0 into 0.0


def cross_entropy(p: np.ndarray, q: np.ndarray, base: float = 2.0) -> float:
    """H(p, q) = -sum p log q: average code length for data from p with a code built for q."""
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    support = p > 0
    if np.any(q[support] == 0):
        return float("inf")  # q says impossible what p says happens
    return float(-(p[support] * np.log(q[support])).sum() / np.log(base))


def kl_divergence(p: np.ndarray, q: np.ndarray, base: float = 2.0) -> float:
    """KL(p || q) = sum p log(p / q) = H(p, q) - H(p) >= 0, zero only when p = q."""
    return cross_entropy(p, q, base) - entropy(p, base)


def mutual_information(joint: np.ndarray, base: float = 2.0) -> float:
    """I(X; Y) = H(X) + H(Y) - H(X, Y) = KL(p(x, y) || p(x) p(y)) for a joint probability table."""
    joint = np.asarray(joint, dtype=float) / np.sum(joint)
    mi = entropy(joint.sum(axis=1), base) + entropy(joint.sum(axis=0), base) - entropy(joint.ravel(), base)
    return max(mi, 0.0)  # clip rounding noise: I(X; Y) >= 0
# --8<-- [end:measures]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    print(f"fair coin {entropy([0.5, 0.5]):.4f} bits, 90/10 coin {entropy([0.9, 0.1]):.4f} bits,"
          f" certain outcome {entropy([1.0, 0.0]):.4f} bits")
    print(f"27-letter alphabet, uniform: {entropy(np.full(27, 1 / 27)):.4f} bits = log2(27) = {np.log2(27):.4f}")
    random_dists = rng.dirichlet(np.ones(27), size=10_000)
    print(f"largest entropy among 10,000 random 27-letter distributions: "
          f"{max(entropy(d) for d in random_dists):.4f} bits")
    p, q = np.array([0.5, 0.5]), np.array([0.9, 0.1])
    print(f"KL(p||q) = {kl_divergence(p, q):.4f} bits, KL(q||p) = {kl_divergence(q, p):.4f} bits"
          f"  (p = fair coin, q = 90/10 coin)")
    print(f"H(p, q) = {cross_entropy(p, q):.4f} = H(p) {entropy(p):.4f} + KL(p||q) {kl_divergence(p, q):.4f}")
    joint = np.array([[0.30, 0.10], [0.05, 0.55]])  # rows: rain / no rain, columns: umbrella / none
    print(f"I(rain; umbrella) = {mutual_information(joint):.4f} bits"
          f" (H(rain) = {entropy(joint.sum(axis=1)):.4f}); independent table: "
          f"{mutual_information(np.outer([0.4, 0.6], [0.35, 0.65])):.4f}")
    print(f"100 equally common pets: {entropy(np.full(100, 0.01)):.4f} bits")
    chars_per_word = 4.7 + 1  # average English word length plus the space
    print(f"6 bits/word = {6 / chars_per_word:.2f} bits/char at {chars_per_word:.1f} characters per word")
    print(f"break-even with 2 bits/char at {6 / 2:.0f} characters per word;"
          f" perplexities {2**2} per char, {2**6} per word")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
