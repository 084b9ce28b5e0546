"""A vanilla RNN cell, backpropagation through time, gradient clipping, and vanishing/exploding gradients.

Used by docs/ml-coding/recurrent-cells.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:rnn]
def rnn_forward(x: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray,
                activation: str = "tanh") -> np.ndarray:
    """h_t = tanh(x_t Wx + h_{t-1} Wh + b). x (T, B, D), h0 (B, H), Wx (D, H), Wh (H, H) -> h (T, B, H)."""
    h, states = h0, []
    for x_t in x:  # the recurrence is sequential in t: no parallelism over time
        a = x_t @ Wx + h @ Wh + b  # (B, H)
        h = np.tanh(a) if activation == "tanh" else a
        states.append(h)
    return np.stack(states)


def rnn_backward(dh_out: np.ndarray, x: np.ndarray, h0: np.ndarray, hs: np.ndarray, Wx: np.ndarray,
                 Wh: np.ndarray, activation: str = "tanh") -> dict[str, np.ndarray]:
    """BPTT. dh_out (T, B, H) is dL/dh_t from the loss at each step; returns the gradients of
    Wx, Wh, b, h0 and x, and `dh_norms` (T,): the norm of the total dL/dh_t at each step."""
    grads = {"Wx": np.zeros_like(Wx), "Wh": np.zeros_like(Wh), "b": np.zeros(Wh.shape[0]),
             "x": np.zeros_like(x)}
    dh_next = np.zeros_like(h0)  # gradient flowing back from step t+1 into h_t
    norms = np.zeros(len(x))
    for t in reversed(range(len(x))):
        dh = dh_out[t] + dh_next  # h_t feeds both the loss at t and the step t+1
        norms[t] = np.linalg.norm(dh)
        da = dh * (1.0 - hs[t] ** 2) if activation == "tanh" else dh  # (B, H)
        h_prev = hs[t - 1] if t > 0 else h0
        grads["Wx"] += x[t].T @ da  # the same weights are used at every step: sum over t
        grads["Wh"] += h_prev.T @ da
        grads["b"] += da.sum(axis=0)
        grads["x"][t] = da @ Wx.T
        dh_next = da @ Wh.T  # one Jacobian factor diag(1 - h_t^2) Wh^T per step back
    grads["h0"] = dh_next
    grads["dh_norms"] = norms
    return grads


def clip_by_global_norm(grads: list[np.ndarray], max_norm: float) -> tuple[list[np.ndarray], float]:
    """Rescale all gradients together so their joint L2 norm is at most max_norm (keeps the direction)."""
    total = float(np.sqrt(sum(np.sum(g**2) for g in grads)))
    scale = min(1.0, max_norm / (total + 1e-12))
    return [g * scale for g in grads], total
# --8<-- [end:rnn]


def recurrent_matrix(H: int, radius: float, kind: str, rng: np.random.Generator) -> np.ndarray:
    """A matrix with spectral radius exactly `radius`: a scaled random orthogonal matrix (all
    eigenvalues and singular values have modulus `radius`) or a rescaled Gaussian matrix."""
    if kind == "orthogonal":
        Q, R = np.linalg.qr(rng.normal(size=(H, H)))
        return radius * Q * np.sign(np.diag(R))
    W = rng.normal(size=(H, H))
    return radius * W / np.abs(np.linalg.eigvals(W)).max()


def gradient_norms_through_time(radius: float, activation: str, rng: np.random.Generator,
                                T: int = 60, H: int = 64) -> np.ndarray:
    """||dL/dh_t|| for t = 0..T-1 when the loss only looks at the last state h_T."""
    kind = "orthogonal" if activation == "linear" else "gaussian"
    x = rng.normal(0, 0.1, (T, 1, H))
    Wx, Wh, b = np.eye(H), recurrent_matrix(H, radius, kind, rng), np.zeros(H)
    h0 = rng.normal(0, 0.5, (1, H))
    hs = rnn_forward(x, h0, Wx, Wh, b, activation)
    dh_out = np.zeros_like(hs)
    dh_out[-1] = rng.normal(size=(1, H)) / np.sqrt(H)  # a unit-scale gradient at the last step only
    return rnn_backward(dh_out, x, h0, hs, Wx, Wh, activation)["dh_norms"]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    T, B, D, H = 5, 4, 3, 6
    x, h0 = rng.normal(size=(T, B, D)), np.zeros((B, H))
    Wx, Wh, b = rng.normal(0, 0.5, (D, H)), rng.normal(0, 0.3, (H, H)), np.zeros(H)
    hs = rnn_forward(x, h0, Wx, Wh, b)
    grads = rnn_backward(np.ones_like(hs), x, h0, hs, Wx, Wh)  # loss = sum of all hidden states
    print(f"x {x.shape} -> h {hs.shape}; dWx {grads['Wx'].shape}, dWh {grads['Wh'].shape}, db {grads['b'].shape}")

    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), sharey=True)
    radii_for = {"linear": [0.8, 0.9, 1.0, 1.1, 1.2], "tanh": [0.8, 1.0, 1.5, 2.0, 3.0]}
    for ax, (activation, radii) in zip(axes, radii_for.items()):
        print(f"{activation} RNN, ||dL/dh_t|| at t = 0 relative to t = T-1 (60 steps):")
        for radius in radii:
            norms = gradient_norms_through_time(radius, activation, rng)
            print(f"  spectral radius {radius:.1f}: {norms[0] / norms[-1]:.2e}")
            ax.plot(np.arange(len(norms) - 1, -1, -1), norms / norms[-1], label=f"radius {radius}")
        ax.set(yscale="log", xlabel="steps back from the loss (T - t)", title=f"{activation} RNN, H = 64")
    axes[0].set_ylabel("||dL/dh_t|| / ||dL/dh_T||")
    for ax in axes:
        ax.legend(fontsize=9, loc="upper left")
    fig.tight_layout()
    plt.show()

    clipped, norm = clip_by_global_norm([grads["Wx"], grads["Wh"], grads["b"]], max_norm=1.0)
    new_norm = np.sqrt(sum(np.sum(g**2) for g in clipped))
    print(f"gradient clipping: global norm {norm:.3f} -> {new_norm:.3f}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
