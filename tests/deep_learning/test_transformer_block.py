"""The pre-norm block's backward pass against numerical gradients, its masking and
symmetry properties, the position encodings against their definitions, and the
GPT-2 small counts against the released model's size."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient
from snippets.deep_learning.transformer_block import (
    SEED, block_backward, block_forward, demo_block, grad_error, init_block,
)
from snippets.deep_learning.transformer_counts import (
    GPT2_SMALL, alibi_bias, forward_flops_per_token, kv_cache_values_per_token,
    parameter_count, rope, rope_score, sinusoidal,
)


def random_block(seed, d, heads, d_ff, t):
    rng = np.random.default_rng(seed)
    p = init_block(d, heads, d_ff, rng)
    for name in p:
        if name != "heads":
            p[name] = p[name] + rng.normal(0.0, 0.5, p[name].shape)
    return p, rng.normal(size=(t, d)), rng.normal(size=(t, d))


@pytest.mark.parametrize("heads,causal", [(1, True), (2, True), (4, True), (2, False)])
def test_backward_matches_numerical_gradient(heads, causal):
    p, x, r = random_block(heads, d=8, heads=heads, d_ff=16, t=5)

    def loss(x_, p_):
        return float((block_forward(x_, p_, causal)[0] * r).sum())

    dx, grads = block_backward(r, p, block_forward(x, p, causal)[1])
    assert grad_error(dx, numerical_gradient(lambda z: loss(z, p), x.copy())) < 1e-7
    assert set(grads) == set(p) - {"heads"}
    for name, grad in grads.items():
        num = numerical_gradient(lambda w, n=name: loss(x, {**p, n: w}), p[name].copy())
        assert grad.shape == p[name].shape
        assert grad_error(grad, num) < 1e-7, name


def test_key_bias_gets_no_gradient_and_others_do():
    p, x, r = demo_block(np.random.default_rng(SEED))
    _, grads = block_backward(r, p, block_forward(x, p)[1])
    assert np.abs(grads["b_qkv"][8:16]).max() < 1e-12  # shifts a softmax row
    assert np.abs(grads["b_qkv"][:8]).max() > 1e-3  # query bias does matter
    assert np.abs(grads["b_qkv"][16:]).max() > 1e-3  # value bias too


def test_no_leak_through_causal_mask_for_every_cut():
    p, x, _ = random_block(7, d=8, heads=2, d_ff=16, t=7)
    rng = np.random.default_rng(1)
    out = block_forward(x, p)[0]
    for t in range(7):
        x2 = x.copy()
        x2[t:] = rng.normal(size=(7 - t, 8)) * 10
        out2 = block_forward(x2, p)[0]
        np.testing.assert_array_equal(out2[:t], out[:t])
        assert np.abs(out2[t] - out[t]).max() > 1e-3  # position t itself changed


def test_demo_output_numbers():
    rng = np.random.default_rng(SEED)
    p, x, _ = demo_block(rng)
    x2 = x.copy()
    x2[3:] = rng.normal(size=(3, 8))
    diff = np.abs(block_forward(x2, p)[0] - block_forward(x, p)[0]).max(-1)
    assert [round(float(v), 2) for v in diff] == [0.0, 0.0, 0.0, 11.89, 7.90, 10.80]


def test_permutation_equivariance_without_positions_or_mask():
    p, x, _ = random_block(3, d=8, heads=2, d_ff=16, t=6)
    perm = np.random.default_rng(2).permutation(6)
    out = block_forward(x, p, causal=False)[0]
    np.testing.assert_allclose(block_forward(x[perm], p, causal=False)[0], out[perm],
                               atol=1e-12)
    # the causal mask breaks the symmetry: order then matters
    causal = block_forward(x, p)[0]
    assert np.abs(block_forward(x[perm], p)[0] - causal[perm]).max() > 1e-3


def rotation_matrix(pos, d, base=10000.0):
    r = np.zeros((d, d))
    for i in range(d // 2):
        a = pos / base ** (2 * i / d)
        r[2 * i:2 * i + 2, 2 * i:2 * i + 2] = [[np.cos(a), -np.sin(a)],
                                              [np.sin(a), np.cos(a)]]
    return r


def test_rope_is_a_rotation_and_depends_only_on_the_offset():
    rng = np.random.default_rng(0)
    d = 16
    x = rng.normal(size=(5, d))
    pos = np.array([0.0, 1.0, 7.0, 100.0, 4096.0])
    expected = np.stack([rotation_matrix(p_, d) @ row for p_, row in zip(pos, x)])
    np.testing.assert_allclose(rope(x, pos), expected, atol=1e-12)
    np.testing.assert_allclose(np.linalg.norm(rope(x, pos), axis=1),
                               np.linalg.norm(x, axis=1), rtol=1e-12)
    q, k = rng.normal(size=d), rng.normal(size=d)
    for m, n in [(0, 0), (3, 9), (50, 2), (700, 699)]:
        reference = q @ rotation_matrix(n - m, d) @ k  # R_m^T R_n = R_(n-m)
        for shift in (0, 1, 123, 5000):
            assert rope_score(q, k, m + shift, n + shift) == pytest.approx(
                reference, rel=1e-8, abs=1e-10)


def test_rope_figure_curve_starts_at_one_and_is_shift_invariant():
    ones = np.ones(64)
    base = [rope_score(ones, ones, o, 0) / 64 for o in range(0, 1025, 8)]
    shifted = [rope_score(ones, ones, 3000 + o, 3000) / 64 for o in range(0, 1025, 8)]
    assert base[0] == pytest.approx(1.0)
    np.testing.assert_allclose(shifted, base, atol=1e-9)
    assert max(base[1:]) < 1.0


def test_rope_demo_scores():
    rng = np.random.default_rng(SEED)
    q, k = rng.normal(size=64), rng.normal(size=64)
    scores = [rope_score(q, k, m, n) for m, n in [(5, 2), (105, 102), (1005, 1002)]]
    assert [round(s, 6) for s in scores] == [-8.446152] * 3


def test_sinusoidal_table_and_its_shift_is_linear():
    t, d = 50, 8
    pe = sinusoidal(t, d)
    for p_ in range(t):
        for i in range(d // 2):
            w = 1 / 10000 ** (2 * i / d)
            assert pe[p_, 2 * i] == pytest.approx(np.sin(p_ * w), abs=1e-12)
            assert pe[p_, 2 * i + 1] == pytest.approx(np.cos(p_ * w), abs=1e-12)
    k = 5  # PE(p + k) = M_k PE(p) with one fixed matrix for every p
    m, *_ = np.linalg.lstsq(pe[:-k], pe[k:], rcond=None)
    np.testing.assert_allclose(pe[:-k] @ m, pe[k:], atol=1e-9)


def test_alibi_against_loops():
    bias = alibi_bias(6, 8)
    np.testing.assert_allclose(bias[:, 1, 0], -(2.0 ** -np.arange(1, 9)))
    for h in range(8):
        for i in range(6):
            for j in range(6):
                expected = -(2.0 ** (-(h + 1))) * (i - j) if j <= i else 0.0
                assert bias[h, i, j] == pytest.approx(expected)


def test_gpt2_small_parameter_count():
    counts = parameter_count(**GPT2_SMALL)
    # released GPT-2 small ("124M"): 124,439,808 parameters with tied output matrix
    assert counts["total"] == 124_439_808
    assert round(counts["total"] / 1e6) == 124
    assert counts["non-embedding"] == 85_056_000
    assert counts["token embedding"] == 38_597_376
    assert counts["position embedding"] == 786_432
    assert parameter_count(**GPT2_SMALL, tied=False)["total"] == 163_037_184
    d = GPT2_SMALL["d"]  # the page's breakdown of one block, and its shortcuts
    assert counts["per block"] == 7_087_872 == 2_362_368 + 4_722_432 + 3_072
    assert 4 * d * d + 4 * d == 2_362_368 and 8 * d * d + 5 * d == 4_722_432
    assert counts["per block"] == 12 * d * d + 13 * d
    assert counts["all blocks"] == 85_054_464 and counts["final layer norm"] == 1_536
    assert 12 * 12 * d * d == 84_934_656 and 6 * d == 4_608


@pytest.mark.parametrize("d,heads,d_ff", [(768, 12, 3072), (16, 4, 40)])
def test_per_block_count_equals_the_arrays_of_the_numpy_block(d, heads, d_ff):
    p = init_block(d, heads, d_ff, np.random.default_rng(0))
    size = sum(v.size for k, v in p.items() if k != "heads")
    assert parameter_count(10, 10, d, 1, d_ff)["per block"] == size


def matmul_flops(vocab, d, layers, d_ff, t):
    shapes = [(1, d, 3 * d), (1, d // 12, t), (1, t, d // 12)]  # per head: QK, AV
    per_layer = 2 * shapes[0][0] * shapes[0][1] * shapes[0][2]
    per_layer += 12 * sum(2 * a * b * c for a, b, c in shapes[1:])
    per_layer += 2 * d * d + 2 * d * d_ff + 2 * d_ff * d  # W_o, W_up, W_down
    return layers * per_layer + 2 * d * vocab


def test_flops_and_kv_cache():
    g = GPT2_SMALL
    flops = forward_flops_per_token(**g)
    assert flops == matmul_flops(g["vocab"], g["d"], g["layers"], g["d_ff"], 1024)
    assert flops == 284_812_800
    assert round(flops / 1e6, 1) == 284.8 and round(3 * flops / 1e6, 1) == 854.4
    assert round(2 * parameter_count(**g)["total"] / 1e6, 1) == 248.9
    assert round(2 * g["d"] * g["vocab"] / 1e6, 1) == 77.2  # the tied output logits
    kv = kv_cache_values_per_token(g["d"], g["layers"])
    assert kv == 18_432 and 2 * kv / 1024 == 36 and 2 * kv * 1024 / 2**20 == 36
