"""Backpropagation through time for a vanilla RNN: the gradient, and how its memory grows with
the sequence length (full BPTT) or stays flat (truncated BPTT).

Used by docs/math/scaling-compute-and-memory.md.
"""

from __future__ import annotations

import numpy as np

SEED = 2


# --8<-- [start:bptt]
def rnn_loss_and_grads(xs: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray,
                       truncate: int | None = None) -> tuple[float, dict[str, np.ndarray], int]:
    """h_t = tanh(x_t Wx + h_{t-1} Wh); loss = sum_t sum(h_t) / batch.

    xs: (T, batch, D). With `truncate = k`, the sequence is processed in chunks of k steps and the
    hidden state is treated as a constant between chunks (truncated BPTT).
    Returns the loss, the gradients and the peak number of bytes held for the backward pass."""
    T, batch = xs.shape[0], xs.shape[1]
    k = truncate or T
    grads = {"Wx": np.zeros_like(Wx), "Wh": np.zeros_like(Wh)}
    loss, peak, h = 0.0, 0, h0
    for start in range(0, T, k):
        hs = [h]  # the cache: every hidden state of this chunk (inputs are kept by the caller)
        for x in xs[start:start + k]:
            hs.append(np.tanh(x @ Wx + hs[-1] @ Wh))
            loss += hs[-1].sum() / batch
        peak = max(peak, sum(a.nbytes for a in hs))
        dh_next = np.zeros_like(h)  # no gradient flows into earlier chunks
        for t in reversed(range(len(hs) - 1)):
            dz = (np.ones_like(hs[t + 1]) / batch + dh_next) * (1 - hs[t + 1] ** 2)
            grads["Wx"] += xs[start + t].T @ dz
            grads["Wh"] += hs[t].T @ dz
            dh_next = dz @ Wh.T
        h = hs[-1]
    return loss, grads, peak


def bptt_flops(T: int, batch: int, D: int, H: int) -> int:
    """Multiply-adds x 2 for the forward pass; backward costs about twice that."""
    forward = 2 * T * batch * (D * H + H * H)
    return 3 * forward
# --8<-- [end:bptt]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    batch, D, H = 16, 32, 128
    Wx = rng.normal(0, 1 / np.sqrt(D), (D, H))
    Wh = rng.normal(0, 1 / np.sqrt(H), (H, H))
    h0 = np.zeros((batch, H))
    print(f"{'T':>5}{'full BPTT cache':>17}{'truncated k=25':>16}{'GFLOPs (fwd+bwd)':>18}")
    for T in (25, 50, 100, 200, 400):
        xs = rng.normal(size=(T, batch, D))
        _, _, full = rnn_loss_and_grads(xs, h0, Wx, Wh)
        _, _, truncated = rnn_loss_and_grads(xs, h0, Wx, Wh, truncate=25)
        print(f"{T:>5}{full:>15,} B{truncated:>14,} B{bptt_flops(T, batch, D, H) / 1e9:>18.3f}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
