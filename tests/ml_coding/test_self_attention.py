"""Attention from scratch agrees with a loop-by-loop reference and respects its masks."""

import numpy as np
import pytest

from snippets.ml_coding.self_attention import (
    causal_mask, init_mha, multi_head_attention, padding_mask, scaled_dot_product_attention, softmax,
)


def loop_reference(x, params, n_heads, allowed):
    """One query, one head at a time, with Python floats and math.exp; allowed[b][i][j] is a bool."""
    b_size, t, d = x.shape
    d_h = d // n_heads
    q = x @ params["wq"] + params["bq"]
    k = x @ params["wk"] + params["bk"]
    v = x @ params["wv"] + params["bv"]
    context = np.zeros((b_size, t, d))
    weights = np.zeros((b_size, n_heads, t, t))
    for b in range(b_size):
        for h in range(n_heads):
            cols = slice(h * d_h, (h + 1) * d_h)
            for i in range(t):
                keys = [j for j in range(t) if allowed[b][i][j]]
                scores = [float(q[b, i, cols] @ k[b, j, cols]) / np.sqrt(d_h) for j in keys]
                top = max(scores)
                exps = [np.exp(s - top) for s in scores]
                for j, e in zip(keys, exps):
                    weights[b, h, i, j] = e / sum(exps)
                    context[b, i, cols] += weights[b, h, i, j] * v[b, j, cols]
    return context @ params["wo"] + params["bo"], weights


@pytest.mark.parametrize("causal", [False, True])
@pytest.mark.parametrize("n_heads", [1, 2, 4])
def test_matches_loop_reference(causal, n_heads):
    rng = np.random.default_rng(n_heads + 10 * causal)
    x = rng.normal(size=(3, 5, 8))
    lengths = np.array([5, 3, 1])
    params = init_mha(rng, 8)
    for name in ("bq", "bk", "bv", "bo"):
        params[name] = rng.normal(size=8)
    mask = padding_mask(lengths, 5)
    if causal:
        mask = mask & causal_mask(5)
    allowed = np.broadcast_to(mask, (3, 5, 5))
    out, weights = multi_head_attention(x, params, n_heads, mask)
    ref_out, ref_weights = loop_reference(x, params, n_heads, allowed)
    np.testing.assert_allclose(weights, ref_weights, atol=1e-12)
    np.testing.assert_allclose(out, ref_out, atol=1e-10)


def test_rows_sum_to_one_and_padded_keys_get_zero_weight():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 6, 16))
    lengths = np.array([6, 4])
    _, weights = multi_head_attention(x, init_mha(rng, 16), 4, padding_mask(lengths, 6))
    np.testing.assert_allclose(weights.sum(axis=-1), 1.0, atol=1e-12)
    assert np.all(weights[1, :, :, 4:] == 0.0)
    assert np.all(weights[1, :, :, :4] > 0.0)


def test_causal_mask_leaks_nothing_from_the_future():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(2, 7, 12))
    params = init_mha(rng, 12)
    out, _ = multi_head_attention(x, params, 3, causal_mask(7))
    for first_changed in range(1, 7):
        edited = x.copy()
        edited[:, first_changed:] = rng.normal(size=edited[:, first_changed:].shape)
        out_edited, _ = multi_head_attention(edited, params, 3, causal_mask(7))
        np.testing.assert_array_equal(out_edited[:, :first_changed], out[:, :first_changed])
        assert np.abs(out_edited[:, first_changed:] - out[:, first_changed:]).max() > 1e-3
    # Without the mask the first output does depend on later tokens.
    out_free, _ = multi_head_attention(x, params, 3)
    edited = x.copy()
    edited[:, -1] += 1.0
    assert np.abs(multi_head_attention(edited, params, 3)[0][:, 0] - out_free[:, 0]).max() > 1e-6


def test_page_example_numbers():
    from snippets.ml_coding.self_attention import SEED
    rng = np.random.default_rng(SEED)
    x = rng.normal(size=(2, 6, 16))
    mask = padding_mask(np.array([6, 4]), 6) & causal_mask(6)
    params = init_mha(rng, 16)
    out, weights = multi_head_attention(x, params, 4, mask)
    assert out.shape == (2, 6, 16) and weights.shape == (2, 4, 6, 6)
    assert weights[1, :, :, 4:].max() == 0.0
    assert weights[np.broadcast_to(~causal_mask(6), weights.shape)].max() == 0.0


def test_single_query_equals_weighted_average_of_values():
    rng = np.random.default_rng(2)
    q, k, v = rng.normal(size=(1, 4)), rng.normal(size=(5, 4)), rng.normal(size=(5, 3))
    out, w = scaled_dot_product_attention(q, k, v)
    scores = (k @ q[0]) / 2.0
    expected = np.exp(scores) / np.exp(scores).sum()
    np.testing.assert_allclose(w[0], expected)
    np.testing.assert_allclose(out[0], expected @ v)


def test_softmax_is_stable_and_fully_masked_rows_are_zero():
    z = np.array([[1000.0, 1001.0, -np.inf], [-np.inf, -np.inf, -np.inf]])
    p = softmax(z)
    assert np.all(np.isfinite(p))
    np.testing.assert_allclose(p[0], [1 / (1 + np.e), np.e / (1 + np.e), 0.0])
    np.testing.assert_array_equal(p[1], 0.0)


def test_rejects_indivisible_heads():
    with pytest.raises(ValueError, match="not divisible"):
        multi_head_attention(np.zeros((1, 2, 10)), init_mha(np.random.default_rng(0), 10), 3)


def test_values_at_padded_positions_do_not_affect_real_tokens():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(1, 6, 8))
    params = init_mha(rng, 8)
    mask = padding_mask(np.array([4]), 6)
    out, _ = multi_head_attention(x, params, 2, mask)
    x[:, 4:] = 100.0 * rng.normal(size=(1, 2, 8))
    out_changed, _ = multi_head_attention(x, params, 2, mask)
    np.testing.assert_allclose(out_changed[:, :4], out[:, :4], atol=1e-12)
