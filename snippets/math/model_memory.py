"""Estimate a model's training memory (parameters, gradients, Adam state, activations) and
check the estimate by counting the arrays of a real NumPy MLP that trains with Adam.

Used by docs/math/scaling-compute-and-memory.md.
"""

from __future__ import annotations

import numpy as np

SEED = 0


# --8<-- [start:estimate]
def mlp_memory_estimate(sizes: list[int], batch: int, bytes_per_value: int = 4,
                        optimizer_slots: int = 2) -> dict[str, int]:
    """Bytes needed to train an MLP with layer widths `sizes` (ReLU between layers).

    optimizer_slots: values kept per parameter by the optimizer (Adam: m and v = 2; SGD = 0).
    Activations: every layer keeps its input for the weight gradient, and every hidden layer
    its pre-activation for the ReLU gradient."""
    params = sum(d_in * d_out + d_out for d_in, d_out in zip(sizes[:-1], sizes[1:]))
    saved = batch * sum(sizes[:-1]) + batch * sum(sizes[1:-1])
    memory = {
        "parameters": params * bytes_per_value,
        "gradients": params * bytes_per_value,
        "optimizer state": optimizer_slots * params * bytes_per_value,
        "activations": saved * bytes_per_value,
    }
    memory["total"] = sum(memory.values())
    return memory


def mixed_precision_adam_bytes(n_params: float) -> dict[str, float]:
    """Per-model bytes for mixed-precision Adam, before activations and buffers."""
    return {
        "fp16 weights": 2 * n_params, "fp16 gradients": 2 * n_params,
        "fp32 master weights": 4 * n_params, "fp32 Adam m and v": 8 * n_params,
    }
# --8<-- [end:estimate]


# --8<-- [start:mlp]
class MLP:
    """A small ReLU MLP with a squared-error loss, trained with Adam; it owns every array."""

    def __init__(self, sizes: list[int], rng: np.random.Generator) -> None:
        self.params = []
        for d_in, d_out in zip(sizes[:-1], sizes[1:]):
            self.params += [rng.normal(0, np.sqrt(2 / d_in), (d_in, d_out)).astype(np.float32),
                            np.zeros(d_out, dtype=np.float32)]
        self.m = [np.zeros_like(p) for p in self.params]
        self.v = [np.zeros_like(p) for p in self.params]
        self.grads = [np.zeros_like(p) for p in self.params]
        self.cache: list[np.ndarray] = []
        self.step = 0

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.cache = []
        n_layers = len(self.params) // 2
        for layer in range(n_layers):
            w, b = self.params[2 * layer], self.params[2 * layer + 1]
            self.cache.append(x)  # needed for dL/dW = x^T dz
            z = x @ w + b
            if layer < n_layers - 1:
                self.cache.append(z)  # needed for the ReLU mask
                z = np.maximum(z, 0)
            x = z
        return x

    def backward(self, out: np.ndarray, target: np.ndarray) -> float:
        """Squared-error loss; fills self.grads by walking the cache backwards."""
        diff = out - target
        grad = 2 * diff / len(out)
        cache = list(self.cache)
        for layer in reversed(range(len(self.params) // 2)):
            if layer < len(self.params) // 2 - 1:
                grad = grad * (cache.pop() > 0)
            x = cache.pop()
            self.grads[2 * layer][...] = x.T @ grad
            self.grads[2 * layer + 1][...] = grad.sum(axis=0)
            grad = grad @ self.params[2 * layer].T
        return float((diff**2).sum() / len(out))

    def adam_step(self, lr: float = 1e-3, b1: float = 0.9, b2: float = 0.999, eps: float = 1e-8) -> None:
        self.step += 1
        for p, g, m, v in zip(self.params, self.grads, self.m, self.v):
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * g * g
            p -= lr * (m / (1 - b1**self.step)) / (np.sqrt(v / (1 - b2**self.step)) + eps)

    def counted_bytes(self) -> dict[str, int]:
        return {"parameters": sum(p.nbytes for p in self.params),
                "gradients": sum(g.nbytes for g in self.grads),
                "optimizer state": sum(a.nbytes for a in self.m + self.v),
                "activations": sum(c.nbytes for c in self.cache)}
# --8<-- [end:mlp]


# --8<-- [start:main]
def main() -> None:
    sizes, batch = [784, 512, 256, 10], 128
    rng = np.random.default_rng(SEED)
    model = MLP(sizes, rng)
    x = rng.normal(size=(batch, sizes[0])).astype(np.float32)
    y = rng.normal(size=(batch, sizes[-1])).astype(np.float32)
    for _ in range(3):
        loss = model.backward(model.forward(x), y)
        model.adam_step()
    counted = model.counted_bytes()
    estimate = mlp_memory_estimate(sizes, batch)
    n_params = sum(p.size for p in model.params)
    print(f"MLP {sizes}: {n_params:,} parameters; batch {batch}, float32, Adam "
          f"(loss at step 3: {loss:.3f})")
    print(f"{'':>16}{'estimate':>12}{'counted':>12}")
    for key in counted:
        print(f"{key:>16}{estimate[key]:>12,}{counted[key]:>12,}")
    print(f"{'total':>16}{estimate['total']:>12,}{sum(counted.values()):>12,}")
    print(f"batch 4096 instead: activations {mlp_memory_estimate(sizes, 4096)['activations']:,} bytes")
    seven_b = mixed_precision_adam_bytes(7e9)
    print(f"\n7B-parameter model, mixed-precision Adam: "
          + ", ".join(f"{k} {v / 1e9:.0f} GB" for k, v in seven_b.items())
          + f"; total {sum(seven_b.values()) / 1e9:.0f} GB before activations")
    print(f"the same model for fp16 inference: {2 * 7e9 / 1e9:.0f} GB of weights")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
