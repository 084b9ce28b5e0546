"""An LSTM cell and its forward pass over a sequence, and how the forget gate carries gradient along the cell state.

Used by docs/ml-coding/recurrent-cells.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:lstm]
def sigmoid(x: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_step(x_t: np.ndarray, h: np.ndarray, c: np.ndarray, W: np.ndarray,
              b: np.ndarray) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """One step. x_t (B, D), h and c (B, H), W (D + H, 4H), b (4H,); gate blocks in order i, f, g, o."""
    H = h.shape[1]
    z = np.concatenate([x_t, h], axis=1) @ W + b  # (B, 4H): all four gates in one matrix product
    i = sigmoid(z[:, :H])  # input gate: how much of the candidate to write
    f = sigmoid(z[:, H:2 * H])  # forget gate: how much of the old cell to keep
    g = np.tanh(z[:, 2 * H:3 * H])  # candidate values
    o = sigmoid(z[:, 3 * H:])  # output gate: how much of the cell to expose
    c = f * c + i * g  # additive update: the gradient path c_t -> c_{t-1} is just "* f"
    h = o * np.tanh(c)
    return h, c, {"i": i, "f": f, "g": g, "o": o}


def lstm_forward(x: np.ndarray, h0: np.ndarray, c0: np.ndarray, W: np.ndarray,
                 b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x (T, B, D) -> hidden states (T, B, H), cell states (T, B, H), forget gates (T, B, H)."""
    h, c, hs, cs, fs = h0, c0, [], [], []
    for x_t in x:
        h, c, gates = lstm_step(x_t, h, c, W, b)
        hs.append(h), cs.append(c), fs.append(gates["f"])
    return np.stack(hs), np.stack(cs), np.stack(fs)
# --8<-- [end:lstm]


def init_lstm(D: int, H: int, rng: np.random.Generator, forget_bias: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Xavier-uniform weights for the stacked gates; forget-gate bias set to `forget_bias`."""
    limit = np.sqrt(6.0 / (D + H + H))
    W = rng.uniform(-limit, limit, (D + H, 4 * H))
    b = np.zeros(4 * H)
    b[H:2 * H] = forget_bias
    return W, b


def cell_path_gain(forget_gates: np.ndarray) -> np.ndarray:
    """Mean over units and batch of prod_{k>t} f_k: the gradient dc_T/dc_t along the cell state alone."""
    T = len(forget_gates)
    gains = np.ones((T,) + forget_gates.shape[1:])
    for t in range(T - 2, -1, -1):
        gains[t] = gains[t + 1] * forget_gates[t + 1]
    return gains.mean(axis=(1, 2))


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    T, B, D, H = 100, 16, 8, 32
    x = rng.normal(size=(T, B, D))
    h0 = c0 = np.zeros((B, H))
    print(f"parameters: 4 * (H (D + H) + H) = {4 * (H * (D + H) + H)} for D = {D}, H = {H}")
    fig, ax = plt.subplots(figsize=(7, 4))
    for forget_bias in [-1.0, 0.0, 1.0, 3.0]:
        W, b = init_lstm(D, H, rng, forget_bias)
        hs, cs, fs = lstm_forward(x, h0, c0, W, b)
        gain = cell_path_gain(fs)
        print(f"forget bias {forget_bias:+.0f}: mean forget gate {fs.mean():.3f}, "
              f"dc_T/dc_t along the cell after 10 / 50 steps: {gain[T - 11]:.2e} / {gain[T - 51]:.2e}")
        ax.plot(np.arange(T - 1, -1, -1), gain, label=f"forget bias {forget_bias:+.0f}")
    print(f"shapes: x {x.shape}, W {W.shape}, h {hs.shape}, c {cs.shape}")
    ax.set(yscale="log", ylim=(1e-30, 2), xlabel="steps back (T - t)", ylabel="mean of prod f",
           title="LSTM: gradient along the cell state at initialization")
    ax.legend(fontsize=9)
    fig.tight_layout()
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
