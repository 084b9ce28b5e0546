"""Batch norm across devices: synchronized statistics from all-reduced sums, its backward pass,
and why per-device statistics on small per-device batches differ from the global ones; the
linear learning-rate scaling rule with warmup, and the step-matching argument behind it.

Used by docs/math/scaling-compute-and-memory.md.
"""

from __future__ import annotations

import numpy as np

SEED = 6
EPS = 1e-5


# --8<-- [start:syncbn]
def all_reduce(values: list[np.ndarray]) -> np.ndarray:
    """What NCCL's all-reduce(sum) returns on every device: the elementwise sum over devices."""
    return np.sum(values, axis=0)


def sync_bn_forward(shards: list[np.ndarray], gamma: np.ndarray, beta: np.ndarray):
    """Each device holds a (n_k, features) shard. One all-reduce of [count, sum, sum of squares]
    gives every device the global mean and (biased) variance."""
    stats = all_reduce([np.concatenate([[len(x)], x.sum(axis=0), (x**2).sum(axis=0)])
                        for x in shards])
    count, total, total_sq = stats[0], stats[1:1 + gamma.size], stats[1 + gamma.size:]
    mean = total / count
    var = total_sq / count - mean**2  # fine in float64 for normalized activations;
    inv_std = 1 / np.sqrt(var + EPS)   # use Chan's merge of (count, mean, M2) if |mean| >> std
    x_hat = [(x - mean) * inv_std for x in shards]
    return [gamma * xh + beta for xh in x_hat], (x_hat, inv_std, count)


def sync_bn_backward(grad_out: list[np.ndarray], gamma: np.ndarray, cache):
    """Second all-reduce: sum(dy) and sum(dy * x_hat), the only global quantities needed."""
    x_hat, inv_std, count = cache
    sums = all_reduce([np.concatenate([g.sum(axis=0), (g * xh).sum(axis=0)])
                       for g, xh in zip(grad_out, x_hat)])
    d_beta, d_gamma = sums[:gamma.size], sums[gamma.size:]
    d_x = [gamma * inv_std * (g - d_beta / count - xh * d_gamma / count)
           for g, xh in zip(grad_out, x_hat)]
    return d_x, d_gamma, d_beta
# --8<-- [end:syncbn]


# --8<-- [start:lr]
def scaled_lr_schedule(step: int, base_lr: float, workers: int, warmup_steps: int) -> float:
    """Linear scaling rule (lr x workers for a workers-times larger batch) with linear warmup."""
    target = base_lr * workers
    return target * min(1.0, (step + 1) / warmup_steps)


def small_steps_vs_one_step(X: np.ndarray, y: np.ndarray, w: np.ndarray, lr: float,
                            k: int, big_lr: float) -> tuple[float, float]:
    """Where the linear rule comes from, on least squares: k SGD steps of size lr on k
    consecutive mini-batches versus one step of size big_lr on their union.

    Returns (distance between the two end points, length of the k-step move)."""
    grad = lambda Xb, yb, v: 2 * Xb.T @ (Xb @ v - yb) / len(yb)  # noqa: E731
    w_small = w.copy()
    for Xb, yb in zip(np.split(X, k), np.split(y, k)):
        w_small = w_small - lr * grad(Xb, yb, w_small)
    w_big = w - big_lr * grad(X, y, w)  # the mean of the k mini-batch gradients at w
    return float(np.linalg.norm(w_small - w_big)), float(np.linalg.norm(w_small - w))
# --8<-- [end:lr]


def local_bn_stats(shards: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Per-device means and variances (what plain BN computes on each GPU)."""
    return np.array([x.mean(axis=0) for x in shards]), np.array([x.var(axis=0) for x in shards])


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    devices, per_device, features = 8, 4, 3
    x = rng.normal(2.0, 3.0, size=(devices * per_device, features))
    shards = np.split(x, devices)
    gamma, beta = np.ones(features), np.zeros(features)
    y, _ = sync_bn_forward(shards, gamma, beta)
    reference = (x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + EPS)
    print(f"sync BN on 8 devices x 4 samples equals BN on the batch of 32 (to 1e-12): "
          f"{bool(np.abs(np.vstack(y) - reference).max() < 1e-12)}")
    means, variances = local_bn_stats(shards)
    print(f"feature 0: global mean {x[:, 0].mean():.3f}, var {x[:, 0].var():.3f}")
    print(f"  per-device means:     {np.round(means[:, 0], 2).tolist()}")
    print(f"  per-device variances: {np.round(variances[:, 0], 2).tolist()}")
    print("learning rate with 8 workers, base 0.1, 5 warmup steps: "
          + ", ".join(f"{scaled_lr_schedule(s, 0.1, 8, 5):.2f}" for s in range(7)))
    X = rng.normal(size=(8 * 16, 5))
    y = X @ rng.normal(size=5) + rng.normal(0.0, 0.5, size=8 * 16)
    w0 = np.zeros(5)
    print("8 SGD steps (batch 16) vs 1 step (batch 128): miss / length of 8-step move")
    for lr in (0.001, 0.01, 0.05):
        linear = small_steps_vs_one_step(X, y, w0, lr, 8, 8 * lr)
        sqrt_rule = small_steps_vs_one_step(X, y, w0, lr, 8, np.sqrt(8) * lr)
        print(f"  lr {lr}: big step lr x 8 misses by {linear[0] / linear[1]:.3f},"
              f" lr x sqrt(8) by {sqrt_rule[0] / sqrt_rule[1]:.3f}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
