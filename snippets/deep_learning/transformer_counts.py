"""Position encodings (sinusoidal, RoPE, ALiBi) and the parameter, FLOP and KV-cache
counts of a GPT-style decoder, checked on GPT-2 small.

Used by docs/deep-learning/transformer-block.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

SEED = 0
GPT2_SMALL = {"vocab": 50257, "ctx": 1024, "d": 768, "layers": 12, "d_ff": 3072}


# --8<-- [start:positions]
def sinusoidal(t: int, d: int, base: float = 10000.0) -> np.ndarray:
    """(T, d) table: pair i of position p is (sin, cos) of p / base^(2i/d)."""
    angle = np.arange(t)[:, None] / base ** (np.arange(0, d, 2) / d)
    pe = np.empty((t, d))
    pe[:, 0::2], pe[:, 1::2] = np.sin(angle), np.cos(angle)
    return pe


def rope(x: np.ndarray, pos: np.ndarray, base: float = 10000.0) -> np.ndarray:
    """Rotate feature pairs (2i, 2i+1) of each row x[p] by the angle
    pos[p] / base^(2i/d)."""
    theta = pos[:, None] / base ** (np.arange(0, x.shape[-1], 2) / x.shape[-1])
    cos, sin = np.cos(theta), np.sin(theta)
    even, odd = x[..., 0::2], x[..., 1::2]
    out = np.empty_like(x)
    out[..., 0::2], out[..., 1::2] = even * cos - odd * sin, even * sin + odd * cos
    return out


def alibi_bias(t: int, heads: int) -> np.ndarray:
    """(heads, T, T) score bias -m_h (i - j) for keys j <= i, with slopes
    m_h = 2^(-8h / heads)."""
    slopes = 2.0 ** (-8.0 * np.arange(1, heads + 1) / heads)
    dist = np.arange(t)[:, None] - np.arange(t)[None, :]
    return -slopes[:, None, None] * np.maximum(dist, 0)


# --8<-- [end:positions]


# --8<-- [start:counts]
def parameter_count(
    vocab: int, ctx: int, d: int, layers: int, d_ff: int, tied: bool = True
) -> dict[str, int]:
    """GPT-2-style decoder: learned token and position embeddings, pre-norm
    blocks with biases, a final layer norm, output matrix tied to the input one
    unless tied=False."""
    attention = 4 * d * d + 4 * d  # W_qkv (d x 3d), W_o (d x d), and their biases
    mlp = 2 * d * d_ff + d_ff + d  # W_up, W_down, and their biases
    norms = 2 * 2 * d  # two layer norms, gain and bias each
    counts = {
        "token embedding": vocab * d,
        "position embedding": ctx * d,
        "per block": attention + mlp + norms,
        "all blocks": layers * (attention + mlp + norms),
        "final layer norm": 2 * d,
        "output matrix": 0 if tied else vocab * d,
    }
    counts["total"] = sum(v for k, v in counts.items() if k != "per block")
    counts["non-embedding"] = counts["all blocks"] + counts["final layer norm"]
    return counts


def forward_flops_per_token(
    vocab: int, ctx: int, d: int, layers: int, d_ff: int, t: int | None = None
) -> int:
    """Matrix-multiply FLOPs (2 per multiply-add) for one token attending to t
    earlier keys (default: a full context); norms, softmax, GELU and biases
    are left out."""
    t = ctx if t is None else t
    per_layer = 2 * (3 * d * d + d * d + 2 * d * d_ff) + 2 * 2 * t * d  # + QK, AV
    return layers * per_layer + 2 * d * vocab  # + the output logits


def kv_cache_values_per_token(d: int, layers: int) -> int:
    """One key and one value vector of width d per layer (full multi-head)."""
    return 2 * layers * d


# --8<-- [end:counts]


def rope_score(q: np.ndarray, k: np.ndarray, m: int, n: int) -> float:
    """q rotated to position m dotted with k rotated to position n."""
    qm = rope(q[None, :], np.array([float(m)]))[0]
    return float(qm @ rope(k[None, :], np.array([float(n)]))[0])


def main() -> None:
    counts = parameter_count(**GPT2_SMALL)
    print("GPT-2 small (vocab 50257, ctx 1024, d 768, 12 layers, d_ff 3072)")
    for name, value in counts.items():
        print(f"  {name:19s} {value:>12,d}")
    untied = parameter_count(**GPT2_SMALL, tied=False)["total"]
    print(f"  {'total if untied':19s} {untied:>12,d}")
    flops = forward_flops_per_token(**GPT2_SMALL)
    print(f"forward FLOPs per token at T=1024: {flops / 1e6:.1f} M")
    print(f"  2 x total parameters:            {2 * counts['total'] / 1e6:.1f} M")
    print(f"  training (about 3 x forward):    {3 * flops / 1e6:.1f} M")
    kv = kv_cache_values_per_token(GPT2_SMALL["d"], GPT2_SMALL["layers"])
    print(f"KV cache: {kv:,d} values per token, {2 * kv / 1024:.0f} KiB in fp16,")
    print(f"  {2 * kv * 1024 / 2**20:.0f} MiB for one 1024-token sequence")

    rng = np.random.default_rng(SEED)
    q, k = rng.normal(size=64), rng.normal(size=64)
    pairs = [(5, 2), (105, 102), (1005, 1002)]
    scores = [rope_score(q, k, m, n) for m, n in pairs]
    print("RoPE: q_m . k_n for (m, n) = " + ", ".join(map(str, pairs)))
    print("  " + ", ".join(f"{s:.6f}" for s in scores))

    offsets = np.arange(0, 1025)
    ones = np.ones(64)
    fig, ax = plt.subplots(figsize=(7, 3.2))
    for start in (0, 3000):
        curve = [rope_score(ones, ones, start + o, start) / 64 for o in offsets]
        style = "-" if start == 0 else "--"
        ax.plot(
            offsets, curve, style, label=f"key at n = {start}, query at n + offset"
        )
    ax.set_xlabel("offset m - n")
    ax.set_ylabel("RoPE score / d (q = k = 1)")
    ax.legend()
    fig.tight_layout()
    plt.show()


if __name__ == "__main__":
    main()
