"""Layer normalization from scratch: forward and backward over the feature axis, plus RMSNorm.

Used by docs/ml-coding/layer-normalization.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:layernorm]
def layernorm_forward(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray,
                      eps: float = 1e-5) -> tuple[np.ndarray, tuple]:
    """x (..., D): each example (each token) is normalized over its own D features."""
    mean = x.mean(axis=-1, keepdims=True)  # (..., 1)
    var = x.var(axis=-1, keepdims=True)  # (..., 1)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std  # (..., D)
    return gamma * x_hat + beta, (x_hat, inv_std, gamma)


def layernorm_backward(dout: np.ndarray, cache: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dx, dgamma, dbeta). Same algebra as batch norm, but along the last axis."""
    x_hat, inv_std, gamma = cache
    d = dout.shape[-1]
    lead = tuple(range(dout.ndim - 1))  # gamma and beta are shared by every example and token
    dbeta = dout.sum(axis=lead)
    dgamma = (dout * x_hat).sum(axis=lead)
    dx_hat = dout * gamma
    dx = inv_std / d * (d * dx_hat - dx_hat.sum(axis=-1, keepdims=True)
                        - x_hat * (dx_hat * x_hat).sum(axis=-1, keepdims=True))
    return dx, dgamma, dbeta


def rmsnorm_forward(x: np.ndarray, gamma: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """RMSNorm (used in LLaMA-style models): rescale by the root mean square, no centering, no beta."""
    return gamma * x / np.sqrt((x ** 2).mean(axis=-1, keepdims=True) + eps)
# --8<-- [end:layernorm]


def batch_standardize(x: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Train-mode batch norm without gamma and beta: statistics over the batch axis."""
    return (x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + eps)


def batch_dependence(rng: np.random.Generator, sizes: list[int], d: int = 16,
                     trials: int = 200) -> dict[str, list[float]]:
    """Mean |change| of example 0's output when the other examples of its batch are redrawn."""
    probe = rng.normal(size=(1, d))
    ones, zeros = np.ones(d), np.zeros(d)
    result: dict[str, list[float]] = {"batch norm (train mode)": [], "layer norm": []}
    for n in sizes:
        bn, ln = [], []
        for _ in range(trials):
            x = np.vstack([probe, rng.normal(size=(n - 1, d))])
            bn.append(batch_standardize(x)[0])
            ln.append(layernorm_forward(x, ones, zeros)[0][0])
        result["batch norm (train mode)"].append(float(np.abs(np.array(bn) - bn[0]).mean()))
        result["layer norm"].append(float(np.abs(np.array(ln) - ln[0]).mean()))
    return result


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    b, t, d = 2, 5, 8
    scales = np.array([0.1, 1.0, 10.0, 100.0, 1.0])[None, :, None]  # tokens of very different scale
    x = rng.normal(size=(b, t, d)) * scales + 3.0
    gamma, beta = np.ones(d), np.zeros(d)
    y, (x_hat, inv_std, _) = layernorm_forward(x, gamma, beta)
    print(f"x {x.shape} -> mean, var {inv_std.shape} -> x_hat, y {y.shape}; gamma, beta {gamma.shape}")
    for label, values in [("std before", x[0].std(axis=-1)), ("std after", y[0].std(axis=-1)),
                          ("mean after", y[0].mean(axis=-1))]:
        print(f"per-token {label:10s}", " ".join(f"{v:7.2f}" for v in np.round(values, 2) + 0.0))
    alone, _ = layernorm_forward(x[:1, :1], gamma, beta)
    print("token normalized alone equals it inside the batch:", bool(np.allclose(alone[0, 0], y[0, 0])))

    sizes = [2, 4, 8, 16, 32, 64]
    dependence = batch_dependence(rng, sizes)
    for name, values in dependence.items():
        print(f"{name:24s}", " ".join(f"n={n}: {v:.3f}" for n, v in zip(sizes, values)))
    fig, ax = plt.subplots(figsize=(7, 4))
    for name, values in dependence.items():
        ax.plot(sizes, values, marker="o", label=name)
    ax.set_xscale("log", base=2)
    ax.set_xticks(sizes, [str(n) for n in sizes])
    ax.set(title="Effect of the other examples in the batch",
           xlabel="batch size", ylabel="mean |change| of its normalized output")
    ax.legend()
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
