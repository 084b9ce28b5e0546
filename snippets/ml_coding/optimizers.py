"""Gradient-descent optimizers from scratch: SGD, momentum, Nesterov, AdaGrad, RMSprop, Adam, AdamW.

Used by docs/ml-coding/optimizers.md (the trajectories are drawn by optimizer_paths.py).
"""

from __future__ import annotations

from typing import Callable

import numpy as np

Grad = Callable[[np.ndarray], np.ndarray]  # w -> dL/dw


# --8<-- [start:optimizers]
class SGD:
    """w <- w - lr * g."""

    def __init__(self, lr: float) -> None:
        self.lr = lr

    def step(self, w: np.ndarray, grad: Grad) -> np.ndarray:
        return w - self.lr * grad(w)


class Momentum:
    """v <- beta v + g;  w <- w - lr v  (a running sum of past gradients)."""

    def __init__(self, lr: float, beta: float = 0.9) -> None:
        self.lr, self.beta, self.v = lr, beta, 0.0

    def step(self, w: np.ndarray, grad: Grad) -> np.ndarray:
        self.v = self.beta * self.v + grad(w)
        return w - self.lr * self.v


class Nesterov(Momentum):
    """Like momentum, but the gradient is taken at the look-ahead point w - lr beta v."""

    def step(self, w: np.ndarray, grad: Grad) -> np.ndarray:
        self.v = self.beta * self.v + grad(w - self.lr * self.beta * self.v)
        return w - self.lr * self.v


class AdaGrad:
    """G <- G + g^2;  w <- w - lr g / (sqrt(G) + eps): per-coordinate steps that only shrink."""

    def __init__(self, lr: float, eps: float = 1e-8) -> None:
        self.lr, self.eps, self.G = lr, eps, 0.0

    def step(self, w: np.ndarray, grad: Grad) -> np.ndarray:
        g = grad(w)
        self.G = self.G + g**2
        return w - self.lr * g / (np.sqrt(self.G) + self.eps)


class RMSprop:
    """s <- rho s + (1 - rho) g^2;  w <- w - lr g / (sqrt(s) + eps): AdaGrad with a forgetting average."""

    def __init__(self, lr: float, rho: float = 0.9, eps: float = 1e-8) -> None:
        self.lr, self.rho, self.eps, self.s = lr, rho, eps, 0.0

    def step(self, w: np.ndarray, grad: Grad) -> np.ndarray:
        g = grad(w)
        self.s = self.rho * self.s + (1 - self.rho) * g**2
        return w - self.lr * g / (np.sqrt(self.s) + self.eps)


class Adam:
    """Momentum (m) + RMSprop (v), both bias-corrected. weight_decay here is L2 added to the gradient."""

    def __init__(self, lr: float, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8,
                 weight_decay: float = 0.0) -> None:
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.weight_decay, self.m, self.v, self.t = weight_decay, 0.0, 0.0, 0

    def direction(self, g: np.ndarray) -> np.ndarray:
        self.t += 1
        self.m = self.beta1 * self.m + (1 - self.beta1) * g
        self.v = self.beta2 * self.v + (1 - self.beta2) * g**2
        m_hat = self.m / (1 - self.beta1**self.t)  # undo the bias towards the zero start
        v_hat = self.v / (1 - self.beta2**self.t)
        return m_hat / (np.sqrt(v_hat) + self.eps)

    def step(self, w: np.ndarray, grad: Grad) -> np.ndarray:
        g = grad(w) + self.weight_decay * w  # coupled: the decay is rescaled by 1/sqrt(v_hat)
        return w - self.lr * self.direction(g)


class AdamW(Adam):
    """Adam with decoupled weight decay: w <- w - lr (adam_direction + weight_decay w)."""

    def step(self, w: np.ndarray, grad: Grad) -> np.ndarray:
        return w - self.lr * (self.direction(grad(w)) + self.weight_decay * w)
# --8<-- [end:optimizers]


def quadratic_grad(w: np.ndarray) -> np.ndarray:
    """Gradient of f(w) = 0.5 (w0^2 + 25 w1^2)."""
    return np.array([1.0, 25.0]) * w


# --8<-- [start:main]
def main() -> None:
    w0 = np.array([1.0, -2.0])
    optimizers = {
        "SGD": SGD(lr=0.02), "momentum": Momentum(lr=0.02, beta=0.9), "Nesterov": Nesterov(lr=0.02, beta=0.9),
        "AdaGrad": AdaGrad(lr=0.1), "RMSprop": RMSprop(lr=0.1, rho=0.9), "Adam": Adam(lr=0.1),
        "AdamW": AdamW(lr=0.1, weight_decay=0.5),
    }
    g0 = quadratic_grad(w0)
    print(f"f(w) = 0.5 (w0^2 + 25 w1^2), start w = {w0.tolist()}, gradient {g0.tolist()}")
    for name, opt in optimizers.items():
        w1 = opt.step(w0, quadratic_grad)
        w2 = opt.step(w1, quadratic_grad)
        print(f"{name:<9} step 1: [{w1[0]: .6f}, {w1[1]: .6f}]   step 2: [{w2[0]: .6f}, {w2[1]: .6f}]")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
