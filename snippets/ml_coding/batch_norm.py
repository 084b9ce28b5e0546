"""Batch normalization from scratch: training and inference modes, running statistics, backward pass.

Used by docs/ml-coding/batch-normalization.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:batchnorm]
@dataclass
class RunningStats:
    mean: np.ndarray  # (C,)
    var: np.ndarray  # (C,)


def _axes(x: np.ndarray) -> tuple[int, ...]:
    """Statistics are per feature: over N for (N, C), over N, H, W for (N, C, H, W)."""
    return (0,) if x.ndim == 2 else (0, 2, 3)


def _per_channel(v: np.ndarray, ndim: int) -> np.ndarray:
    return v.reshape(1, -1) if ndim == 2 else v.reshape(1, -1, 1, 1)


def batchnorm_forward(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, stats: RunningStats,
                      training: bool, momentum: float = 0.1, eps: float = 1e-5
                      ) -> tuple[np.ndarray, tuple, RunningStats]:
    """Returns (output, cache for backward, updated running statistics)."""
    axes = _axes(x)
    if training:
        mean, var = x.mean(axis=axes), x.var(axis=axes)  # biased variance normalizes the batch
        m = x.size // x.shape[1]  # values per channel
        stats = RunningStats((1 - momentum) * stats.mean + momentum * mean,  # EMA, PyTorch convention
                             (1 - momentum) * stats.var + momentum * var * m / (m - 1))  # unbiased
    else:
        mean, var = stats.mean, stats.var  # inference: fixed population estimates
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - _per_channel(mean, x.ndim)) * _per_channel(inv_std, x.ndim)
    out = _per_channel(gamma, x.ndim) * x_hat + _per_channel(beta, x.ndim)
    return out, (x_hat, inv_std, gamma), stats


def batchnorm_backward(dout: np.ndarray, cache: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Training-mode backward: (dx, dgamma, dbeta). The batch mean and variance depend on x."""
    x_hat, inv_std, gamma = cache
    axes = _axes(dout)
    m = dout.size // dout.shape[1]
    dbeta = dout.sum(axis=axes)
    dgamma = (dout * x_hat).sum(axis=axes)
    dx_hat = dout * _per_channel(gamma, dout.ndim)
    dx = _per_channel(inv_std / m, dout.ndim) * (
        m * dx_hat
        - dx_hat.sum(axis=axes, keepdims=True)  # through the mean
        - x_hat * (dx_hat * x_hat).sum(axis=axes, keepdims=True)  # through the variance
    )
    return dx, dgamma, dbeta
# --8<-- [end:batchnorm]


def plot(steps: np.ndarray, traces: dict[str, np.ndarray], true_mean: float,
         samples: dict[str, np.ndarray], eval_value: float) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for label, trace in traces.items():
        left.plot(steps, trace, label=label)
    left.axhline(true_mean, linestyle="--", color="gray", label="population mean")
    left.set(title="Running mean during training", xlabel="training step", ylabel="running mean")
    left.legend()
    for label, values in samples.items():
        right.hist(values, bins=np.linspace(-1.5, 2.0, 57), alpha=0.6, label=label)
    right.axvline(eval_value, linestyle="--", color="gray", label="inference (running stats)")
    right.set(title="Train-mode output of ONE example, 500 random batches",
              xlabel="normalized output", ylabel="count")
    right.legend()
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    c, true_mean, true_std = 3, 3.0, 2.0
    gamma, beta = np.ones(c), np.zeros(c)
    x = rng.normal(true_mean, true_std, size=(32, c, 4, 4))  # (N, C, H, W)
    out, cache, _ = batchnorm_forward(x, gamma, beta, RunningStats(np.zeros(c), np.ones(c)), True)
    print(f"x {x.shape}: statistics over axes (0, 2, 3) -> mean, var {out.mean(axis=(0, 2, 3)).shape}")
    print("train-mode output mean per channel:", np.round(out.mean(axis=(0, 2, 3)), 6) + 0.0)
    print("train-mode output std per channel: ", np.round(out.std(axis=(0, 2, 3)), 4))

    traces = {}
    for momentum in (0.1, 0.01):
        stats = RunningStats(np.zeros(c), np.ones(c))
        trace = []
        for _ in range(300):
            batch = rng.normal(true_mean, true_std, size=(32, c))
            _, _, stats = batchnorm_forward(batch, gamma, beta, stats, True, momentum)
            trace.append(stats.mean[0])
        traces[f"momentum {momentum}"] = np.array(trace)
        print(f"momentum {momentum}: running mean {stats.mean[0]:.2f}, running var {stats.var[0]:.2f} "
              f"after 300 steps (population {true_mean:.0f}, {true_std ** 2:.0f})")

    stats = RunningStats(np.full(c, true_mean), np.full(c, true_std ** 2))
    probe = np.array([[5.0, 5.0, 5.0]])  # one example, 1 population std above the mean
    eval_out, _, _ = batchnorm_forward(probe, gamma, beta, stats, False)
    print(f"inference output for x=5: {eval_out[0, 0]:.2f} (alone or in any batch)")
    samples = {}
    for size in (4, 64):
        values = [batchnorm_forward(np.vstack([probe, rng.normal(true_mean, true_std, (size - 1, c))]),
                                    gamma, beta, stats, True)[0][0, 0] for _ in range(500)]
        samples[f"batch size {size}"] = np.array(values)
        print(f"train-mode output for x=5, batch size {size}: std over batches {np.std(values):.2f}")
    plot(np.arange(1, 301), traces, true_mean, samples, eval_out[0, 0])
# --8<-- [end:main]


if __name__ == "__main__":
    main()
