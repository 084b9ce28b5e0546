"""Inverted dropout from scratch: forward and backward, training versus test mode.

Used by docs/ml-coding/dropout.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:dropout]
def dropout_forward(x: np.ndarray, p: float, rng: np.random.Generator,
                    training: bool = True) -> tuple[np.ndarray, np.ndarray | None]:
    """Zero each entry with probability p and scale survivors by 1/(1-p). Returns (out, mask).

    The mask already contains the 1/(1-p) factor, so backward is one multiplication.
    At test time (training=False) this is the identity and no mask is drawn.
    """
    if not 0.0 <= p < 1.0:
        raise ValueError(f"drop probability must be in [0, 1), got {p}")
    if not training or p == 0.0:
        return x, None
    keep = rng.random(x.shape) >= p  # True with probability 1 - p
    mask = keep / (1.0 - p)  # (same shape as x): 0 or 1/(1-p)
    return x * mask, mask


def dropout_backward(dout: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    """Gradient flows only through the units kept in the forward pass, with the same scale."""
    return dout if mask is None else dout * mask
# --8<-- [end:dropout]


# --8<-- [start:vanilla]
def vanilla_dropout_forward(x: np.ndarray, p: float, rng: np.random.Generator,
                            training: bool = True) -> np.ndarray:
    """Original (non-inverted) dropout: no scaling in training, multiply by (1-p) at test time."""
    if not training:
        return x * (1.0 - p)
    return x * (rng.random(x.shape) >= p)
# --8<-- [end:vanilla]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    x = np.ones((1000, 1000))  # a constant input makes the expectation easy to read
    print(" p    kept   mean(inverted)  mean(no rescale)  std(inverted)  sqrt(p/(1-p))")
    ps = np.array([0.1, 0.3, 0.5, 0.7, 0.9])
    means, raw_means, stds = [], [], []
    for p in ps:
        out, mask = dropout_forward(x, p, rng)
        raw = vanilla_dropout_forward(x, p, rng)
        means.append(out.mean())
        raw_means.append(raw.mean())
        stds.append(out.std())
        print(f"{p:.1f}  {np.mean(mask > 0):.3f}  {out.mean():14.3f}  {raw.mean():16.3f}"
              f"  {out.std():13.3f}  {np.sqrt(p / (1 - p)):13.3f}")

    small = np.arange(1.0, 7.0).reshape(2, 3)  # (2, 3)
    out, mask = dropout_forward(small, 0.5, np.random.default_rng(1))
    print("x:\n", small, "\nmask (0 or 1/(1-p)):\n", mask, "\ntrain output:\n", out)
    print("backward of upstream ones:\n", dropout_backward(np.ones_like(small), mask))
    test_out, _ = dropout_forward(small, 0.5, rng, training=False)
    print("test mode is the identity:", bool(np.array_equal(test_out, small)))

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.plot(ps, means, marker="o", label="inverted dropout (training)")
    left.plot(ps, raw_means, marker="s", label="no rescaling (training)")
    left.axhline(1.0, linestyle="--", color="gray", label="test-time output")
    left.set(title="Mean output for an input of 1", xlabel="drop probability p", ylabel="mean")
    left.legend()
    grid = np.linspace(0.05, 0.9, 50)
    right.plot(grid, np.sqrt(grid / (1 - grid)), label="theory $\\sqrt{p/(1-p)}$")
    right.plot(ps, stds, "o", label="simulated")
    right.set(title="Noise added: std of the output", xlabel="drop probability p", ylabel="std")
    right.legend()
    fig.tight_layout()
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
