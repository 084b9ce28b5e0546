"""Scaled dot-product attention with padding and causal masks, and multi-head self-attention.

Used by docs/ml-coding/self-attention.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 0


# --8<-- [start:attention]
def softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    """Stable softmax; a row that is entirely -inf (fully masked) becomes all zeros, not NaN."""
    m = np.max(z, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    e = np.exp(z - m)  # exp(-inf) = 0 for masked entries
    total = e.sum(axis=axis, keepdims=True)
    return e / np.where(total == 0.0, 1.0, total)


def causal_mask(t: int) -> np.ndarray:
    """(T, T) boolean, True where query i may attend to key j, i.e. j <= i."""
    return np.tril(np.ones((t, t), dtype=bool))


def padding_mask(lengths: np.ndarray, t: int) -> np.ndarray:
    """(B, 1, T) boolean, True for real (non-padded) key positions; broadcasts over queries."""
    return (np.arange(t)[None, :] < np.asarray(lengths)[:, None])[:, None, :]


def scaled_dot_product_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray,
                                 mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """q (..., Tq, d_k), k (..., Tk, d_k), v (..., Tk, d_v), mask broadcastable to (..., Tq, Tk).

    Returns the output (..., Tq, d_v) and the attention weights (..., Tq, Tk).
    """
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])  # (..., Tq, Tk)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    weights = softmax(scores, axis=-1)  # each row sums to 1 over the allowed keys
    return weights @ v, weights
# --8<-- [end:attention]


# --8<-- [start:mha]
def init_mha(rng: np.random.Generator, d_model: int) -> dict[str, np.ndarray]:
    """Q, K, V and output projections, (d_model, d_model) each, with Xavier-like scale."""
    scale = 1.0 / np.sqrt(d_model)
    params = {name: rng.normal(0.0, scale, size=(d_model, d_model)) for name in ("wq", "wk", "wv", "wo")}
    params.update({name: np.zeros(d_model) for name in ("bq", "bk", "bv", "bo")})
    return params


def split_heads(x: np.ndarray, n_heads: int) -> np.ndarray:
    """(B, T, D) -> (B, h, T, D/h)."""
    b, t, d = x.shape
    return x.reshape(b, t, n_heads, d // n_heads).transpose(0, 2, 1, 3)


def multi_head_attention(x: np.ndarray, params: dict[str, np.ndarray], n_heads: int,
                         mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Self-attention: x (B, T, D) -> output (B, T, D), weights (B, h, T, T).

    mask: (T, T), (B, 1, T) or (B, T, T), True = may attend; broadcast over the heads.
    """
    b, t, d = x.shape
    if d % n_heads:
        raise ValueError(f"d_model={d} is not divisible by n_heads={n_heads}")
    q = split_heads(x @ params["wq"] + params["bq"], n_heads)  # (B, h, T, d_h)
    k = split_heads(x @ params["wk"] + params["bk"], n_heads)
    v = split_heads(x @ params["wv"] + params["bv"], n_heads)
    if mask is not None and mask.ndim == 3:
        mask = mask[:, None]  # (B, 1, Tq or 1, Tk): same mask for every head
    context, weights = scaled_dot_product_attention(q, k, v, mask)  # (B, h, T, d_h)
    context = context.transpose(0, 2, 1, 3).reshape(b, t, d)  # concatenate the heads
    return context @ params["wo"] + params["bo"], weights
# --8<-- [end:mha]


def plot_maps(tokens: list[str], maps: list[tuple[np.ndarray, str]]) -> None:
    fig, axes = plt.subplots(1, len(maps), figsize=(11, 4.8), layout="constrained")
    for ax, (weights, title) in zip(axes, maps):
        ax.grid(False)
        image = ax.imshow(weights, vmin=0.0, vmax=1.0)
        ax.set_xticks(range(len(tokens)), tokens, rotation=45)
        ax.set_yticks(range(len(tokens)), tokens)
        ax.set(title=title, xlabel="key (attended to)")
    axes[0].set_ylabel("query")
    fig.colorbar(image, ax=axes, shrink=0.8, label="attention weight")
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    batch, t, d_model, n_heads = 2, 6, 16, 4
    x = rng.normal(size=(batch, t, d_model))
    lengths = np.array([6, 4])  # the second sequence has two padding tokens
    mask = padding_mask(lengths, t) & causal_mask(t)  # (B, T, T)
    params = init_mha(rng, d_model)
    out, weights = multi_head_attention(x, params, n_heads, mask)
    print(f"x {x.shape} -> Q,K,V {split_heads(x, n_heads).shape} -> scores/weights {weights.shape}")
    print(f"-> context {(batch, n_heads, t, d_model // n_heads)} -> concat {(batch, t, d_model)} -> output {out.shape}")
    print("every row of weights sums to 1:", bool(np.allclose(weights.sum(axis=-1), 1.0)))
    print(f"largest weight on a padded key: {weights[1, :, :, 4:].max():.1f}")
    print(f"largest weight on a future key: {weights[np.broadcast_to(~causal_mask(t), weights.shape)].max():.1f}")
    changed = x.copy()
    changed[:, 3:] = rng.normal(size=(batch, t - 3, d_model))  # rewrite tokens 3, 4, 5
    out2, _ = multi_head_attention(changed, params, n_heads, mask)
    print(f"outputs 0-2 change by {np.abs(out2[:, :3] - out[:, :3]).max():.1f} after editing tokens 3-5")

    tokens = ["the", "cat", "sat", "on", "the", "mat", "<pad>", "<pad>"]
    vocab = {word: rng.normal(size=8) for word in sorted(set(tokens))}
    emb = np.stack([vocab[w] for w in tokens])[None]  # (1, 8, 8)
    pad = padding_mask([6], len(tokens))  # (1, 1, 8)
    both = pad & causal_mask(len(tokens))
    maps = [(scaled_dot_product_attention(emb, emb, emb, m)[1][0], title)
            for m, title in [(pad, "padding mask"), (both, "padding + causal mask")]]
    plot_maps(tokens, maps)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
