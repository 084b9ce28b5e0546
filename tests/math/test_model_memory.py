"""The memory calculator equals the bytes of every array a real NumPy MLP holds while training
with Adam; the MLP's gradients match numerical gradients, and its first Adam step matches the
closed form lr * g / (|g| + eps)."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.math.model_memory import MLP, mixed_precision_adam_bytes, mlp_memory_estimate


@pytest.mark.parametrize("sizes,batch", [([784, 512, 256, 10], 128), ([3, 5, 2], 7), ([10, 1], 4),
                                         ([16, 32, 32, 32, 8], 33)])
def test_estimate_equals_counted_bytes(sizes, batch):
    rng = np.random.default_rng(0)
    model = MLP(sizes, rng)
    x = rng.normal(size=(batch, sizes[0])).astype(np.float32)
    y = rng.normal(size=(batch, sizes[-1])).astype(np.float32)
    model.backward(model.forward(x), y)
    model.adam_step()
    counted = model.counted_bytes()
    estimate = mlp_memory_estimate(sizes, batch)
    for key, value in counted.items():
        assert estimate[key] == value, key
    assert estimate["total"] == sum(counted.values())


def test_page_numbers():
    estimate = mlp_memory_estimate([784, 512, 256, 10], 128)
    assert estimate["parameters"] == 4 * (784 * 512 + 512 + 512 * 256 + 256 + 256 * 10 + 10) == 2_143_272
    assert estimate["total"] == 9_760_928
    assert estimate["parameters"] // 4 == 535_818
    per_param = mlp_memory_estimate([1000, 1000], 0)  # no activations: weights + grads + Adam
    assert per_param["total"] / (1000 * 1000 + 1000) == 16
    assert mlp_memory_estimate([784, 512, 256, 10], 4096)["activations"] == 38_010_880
    assert mlp_memory_estimate([4, 4], 1, optimizer_slots=0)["optimizer state"] == 0
    big = mixed_precision_adam_bytes(7e9)
    assert sum(big.values()) == pytest.approx(112e9)
    assert sum(big.values()) / 7e9 == 16


def test_backward_matches_numerical_gradient():
    rng = np.random.default_rng(1)
    model = MLP([4, 6, 5, 3], rng)
    model.params = [p.astype(np.float64) for p in model.params]
    model.grads = [np.zeros_like(p) for p in model.params]
    x, y = rng.normal(size=(8, 4)), rng.normal(size=(8, 3))
    model.backward(model.forward(x), y)
    for p, g in zip(model.params, model.grads):
        def loss(_: np.ndarray) -> float:
            out = model.forward(x)
            return float(((out - y) ** 2).sum() / len(out))
        assert relative_error(g, numerical_gradient(loss, p)) < 1e-6


def test_first_adam_step_is_sign_like():
    rng = np.random.default_rng(2)
    model = MLP([3, 4, 2], rng)
    x, y = rng.normal(size=(5, 3)).astype(np.float32), rng.normal(size=(5, 2)).astype(np.float32)
    before = [p.copy() for p in model.params]
    model.backward(model.forward(x), y)
    model.adam_step(lr=0.01)
    for p0, p1, g in zip(before, model.params, model.grads):
        np.testing.assert_allclose(p0 - p1, 0.01 * g / (np.abs(g) + 1e-8), rtol=1e-3, atol=1e-7)
