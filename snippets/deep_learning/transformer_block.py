"""One pre-norm transformer block (causal multi-head attention and a GELU MLP), with
its forward and backward passes in NumPy.

Used by docs/deep-learning/transformer-block.md.
"""

from __future__ import annotations

import numpy as np

from snippets._shared.gradcheck import numerical_gradient

SEED = 0
Params = dict[str, np.ndarray]


# --8<-- [start:init]
def init_block(d: int, heads: int, d_ff: int, rng: np.random.Generator) -> Params:
    """Weights of one block; `heads` is stored as a 0-d array so params travel as
    one dict."""
    w = lambda m, n: rng.normal(0.0, 0.02, (m, n))  # GPT-2's init scale
    return {
        "g1": np.ones(d), "b1": np.zeros(d),
        "w_qkv": w(d, 3 * d), "b_qkv": np.zeros(3 * d),
        "w_o": w(d, d), "b_o": np.zeros(d),
        "g2": np.ones(d), "b2": np.zeros(d),
        "w_up": w(d, d_ff), "b_up": np.zeros(d_ff),
        "w_down": w(d_ff, d), "b_down": np.zeros(d),
        "heads": np.array(heads),
    }  # fmt: skip


# --8<-- [end:init]


# --8<-- [start:parts]
def layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-5):
    """Normalize each row to zero mean and unit variance, then scale and shift."""
    mu, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
    x_hat = (x - mu) / np.sqrt(var + eps)
    return g * x_hat + b, (x_hat, np.sqrt(var + eps), g)


def layer_norm_back(dy: np.ndarray, cache: tuple) -> tuple[np.ndarray, ...]:
    """Gradients of layer_norm with respect to x, g and b."""
    x_hat, std, g = cache
    dxh = dy * g
    dx = (dxh - dxh.mean(-1, keepdims=True)) / std
    dx -= x_hat * (dxh * x_hat).mean(-1, keepdims=True) / std
    return dx, (dy * x_hat).sum(0), dy.sum(0)


C = np.sqrt(2.0 / np.pi)


def gelu(u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """tanh-approximate GELU and its derivative."""
    t = np.tanh(C * (u + 0.044715 * u**3))
    grad = 0.5 * (1 + t) + 0.5 * u * (1 - t**2) * C * (1 + 3 * 0.044715 * u**2)
    return 0.5 * u * (1 + t), grad


def split(x: np.ndarray, h: int) -> np.ndarray:
    """(T, D) -> (h, T, D / h): each head gets a slice of the feature axis."""
    t, d = x.shape
    return x.reshape(t, h, d // h).transpose(1, 0, 2)


def merge(x: np.ndarray) -> np.ndarray:
    """(h, T, d_h) -> (T, h * d_h), the inverse of split."""
    return x.transpose(1, 0, 2).reshape(x.shape[1], -1)


# --8<-- [end:parts]


# --8<-- [start:forward]
def block_forward(x: np.ndarray, p: Params, causal: bool = True):
    """out = h + MLP(LN2(h)) with h = x + MHA(LN1(x)); x is (T, D)."""
    heads, t = int(p["heads"]), x.shape[0]
    a, ln1 = layer_norm(x, p["g1"], p["b1"])
    q, k, v = np.split(a @ p["w_qkv"] + p["b_qkv"], 3, axis=-1)
    q, k, v = split(q, heads), split(k, heads), split(v, heads)
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])  # (h, T, T)
    if causal:  # key j is visible to query i only if j <= i
        scores = np.where(np.tril(np.ones((t, t), bool)), scores, -np.inf)
    e = np.exp(scores - scores.max(-1, keepdims=True))
    attn = e / e.sum(-1, keepdims=True)
    ctx = merge(attn @ v)
    h = x + ctx @ p["w_o"] + p["b_o"]
    c, ln2 = layer_norm(h, p["g2"], p["b2"])
    u = c @ p["w_up"] + p["b_up"]
    act, act_grad = gelu(u)
    out = h + act @ p["w_down"] + p["b_down"]
    cache = (a, ln1, q, k, v, attn, ctx, c, ln2, act, act_grad)
    return out, cache


# --8<-- [end:forward]


# --8<-- [start:backward]
def block_backward(dout: np.ndarray, p: Params, cache: tuple) -> tuple:
    """Gradient of the loss with respect to x and every parameter, from dL/dout."""
    a, ln1, q, k, v, attn, ctx, c, ln2, act, act_grad = cache
    g: Params = {"w_down": act.T @ dout, "b_down": dout.sum(0)}
    du = (dout @ p["w_down"].T) * act_grad
    g["w_up"], g["b_up"] = c.T @ du, du.sum(0)
    dh, g["g2"], g["b2"] = layer_norm_back(du @ p["w_up"].T, ln2)
    dh = dh + dout  # the residual path carries dout straight through
    g["w_o"], g["b_o"] = ctx.T @ dh, dh.sum(0)
    dctx = split(dh @ p["w_o"].T, int(p["heads"]))
    dattn, dv = dctx @ v.transpose(0, 2, 1), attn.transpose(0, 2, 1) @ dctx
    ds = attn * (dattn - (dattn * attn).sum(-1, keepdims=True))  # softmax backward
    ds /= np.sqrt(q.shape[-1])  # masked entries have attn = 0, so ds = 0 there
    dq, dk = ds @ k, ds.transpose(0, 2, 1) @ q
    dqkv = np.concatenate([merge(dq), merge(dk), merge(dv)], axis=-1)
    g["w_qkv"], g["b_qkv"] = a.T @ dqkv, dqkv.sum(0)
    dx, g["g1"], g["b1"] = layer_norm_back(dqkv @ p["w_qkv"].T, ln1)
    return dx + dh, g


# --8<-- [end:backward]


def grad_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """|a - n| / (|a| + |n|) over the whole array (Frobenius norms); an entrywise
    ratio is meaningless for a gradient that is zero, like the key bias's."""
    total = np.linalg.norm(analytic) + np.linalg.norm(numeric)
    return float(np.linalg.norm(analytic - numeric) / max(total, 1e-300))


def demo_block(rng: np.random.Generator) -> tuple[Params, np.ndarray, np.ndarray]:
    """A small block (D=8, 2 heads, d_ff=32) with large random weights, so every
    path carries a gradient; an input x and a loss weight r, both (6, 8)."""
    p = init_block(d=8, heads=2, d_ff=32, rng=rng)
    for name in p:
        if name != "heads":
            p[name] = p[name] + rng.normal(0.0, 0.5, p[name].shape)
    return p, rng.normal(size=(6, 8)), rng.normal(size=(6, 8))


def main() -> None:
    rng = np.random.default_rng(SEED)
    p, x, r = demo_block(rng)
    loss = lambda x_, p_: float((block_forward(x_, p_)[0] * r).sum())
    dx, grads = block_backward(r, p, block_forward(x, p)[1])
    errors = [grad_error(dx, numerical_gradient(lambda z: loss(z, p), x.copy()))]
    for name, grad in grads.items():
        num = numerical_gradient(
            lambda w, n=name: loss(x, {**p, n: w}), p[name].copy()
        )
        errors.append(grad_error(grad, num))
    print(
        f"gradient check, x and {len(grads)} parameter arrays (T=6, D=8, 2 heads)"
    )
    print(f"  every error below 1e-7: {max(errors) < 1e-7}")
    key_bias = np.abs(grads["b_qkv"][8:16]).max()
    print(f"  key bias gradient is zero (max below 1e-12): {key_bias < 1e-12}")

    x2 = x.copy()
    x2[3:] = rng.normal(size=(3, 8))  # rewrite tokens 3, 4, 5
    diff = np.abs(block_forward(x2, p)[0] - block_forward(x, p)[0]).max(-1)
    print("causal mask, tokens 3..5 rewritten: largest change at positions 0..5")
    print("  " + " ".join(f"{d_:.2f}" for d_ in diff))
    perm = rng.permutation(6)
    out = block_forward(x, p, causal=False)[0]
    gap = np.abs(block_forward(x[perm], p, causal=False)[0] - out[perm]).max()
    print(f"no mask, no positions: block(x[perm]) = block(x)[perm]: {gap < 1e-12}")


if __name__ == "__main__":
    main()
