"""The estimation helpers against hand computations of the page's worked examples,
FLOP counts against a NumPy forward pass that tallies its matrix products, and
Hypothesis properties (linear in users, in replication, proportional budget shares)."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from snippets.system_design.back_of_the_envelope import (
    embedding_estimate,
    feed_estimate,
)
from snippets.system_design.estimation import (
    embedding_table_bytes,
    feature_reads,
    ivfpq_index_bytes,
    machines_needed,
    mlp_flops,
    qps,
    split_budget,
    storage_bytes,
    training_estimate,
    transformer_layer_flops,
)


class CountingMatmul:
    """A @ B that adds 2 m k n to a tally: the FLOPs of the products run."""

    def __init__(self) -> None:
        self.flops = 0

    def __call__(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        self.flops += 2 * a.shape[-2] * a.shape[-1] * b.shape[-1]
        return a @ b


def test_mlp_flops_match_counted_forward_pass():
    rng = np.random.default_rng(0)
    sizes = [1024, 512, 256, 1]
    mm, x = CountingMatmul(), rng.normal(size=(1, sizes[0]))
    for d_in, d_out in zip(sizes[:-1], sizes[1:]):
        x = np.maximum(mm(x, rng.normal(size=(d_in, d_out))), 0)
    assert (
        mlp_flops(sizes)
        == mm.flops
        == 2 * (1024 * 512 + 512 * 256 + 256)
        == 1_311_232
    )


@pytest.mark.parametrize(
    "seq_len,d_model,d_ff", [(128, 768, 3072), (7, 16, 24), (1, 8, 32)]
)
def test_transformer_flops_match_counted_forward_pass(seq_len, d_model, d_ff):
    rng = np.random.default_rng(1)
    mm, x = CountingMatmul(), rng.normal(size=(seq_len, d_model))
    wq, wk, wv, wo = (rng.normal(size=(d_model, d_model)) for _ in range(4))
    q, k, v = mm(x, wq), mm(x, wk), mm(x, wv)
    scores = mm(q, k.T) / math.sqrt(d_model)
    weights = np.exp(scores - scores.max(axis=1, keepdims=True))
    h = x + mm(mm(weights / weights.sum(axis=1, keepdims=True), v), wo)
    mm(
        np.maximum(mm(h, rng.normal(size=(d_model, d_ff))), 0),
        rng.normal(size=(d_ff, d_model)),
    )
    assert transformer_layer_flops(seq_len, d_model, d_ff) == mm.flops


def test_feed_example_by_hand():
    feed = feed_estimate()
    assert feed["average_qps"] == pytest.approx(1e9 / 86_400)  # 11,574
    assert round(feed["peak_qps"]) == 34_722
    assert feed["log_bytes"] == pytest.approx(2e10 * 200 * 90 * 3)  # 1,080 TB
    assert feed["feature_bytes_per_request"] == (300 + 500 * 100) * 4 == 201_200
    assert feed["keys_per_second"] == pytest.approx(501 * 3e9 / 86_400)  # 17.4 M
    assert feed["feature_bytes_per_second"] / 1e9 == pytest.approx(6.99, abs=0.005)
    assert feed["ranker_flops_per_request"] == 500 * 1_311_232
    per_gpu = 312e12 * 0.3 / (500 * 1_311_232)  # candidates-lists per second
    assert feed["ranker_gpus"] == math.ceil(34_722.2 / (per_gpu * 0.5)) == 1
    layer = 24 * 128 * 768**2 + 4 * 128**2 * 768  # 24 n d^2 + 4 n^2 d
    assert feed["encoder_flops_per_request"] == 500 * 12 * layer
    need = (3e9 / 86_400) * 500 * 12 * layer / (312e12 * 0.3 * 0.5)
    assert feed["encoder_gpus"] == math.ceil(need) == 8_291
    assert feed["train_examples"] == pytest.approx(2e10 * 30 * 0.1)
    assert feed["train_bytes"] == pytest.approx(6e10 * 500)  # 30 TB
    assert (
        round(feed["train_compute_seconds"])
        == round(3 * 1_311_232 * 6e10 / (8 * 312e12 * 0.3))
        == 315
    )
    assert feed["train_input_seconds"] == pytest.approx(3e13 / 12.5e9)  # 2,400 s


def test_embedding_example_by_hand():
    emb = embedding_estimate()
    assert emb["table_fp32_bytes"] == 1e9 * 64 * 4 == 256e9
    assert emb["table_fp16_bytes"] == 128e9
    assert emb["adam_training_bytes"] == 768e9
    assert emb["flat_index_bytes"] == 1e9 * (64 * 4 + 8) == 264e9
    by_hand = 1e9 * (16 + 8) + 65_536 * 64 * 4 + 16 * 256 * (64 // 16) * 4
    assert emb["ivfpq_index_bytes"] == by_hand
    assert round(264e9 / by_hand, 1) == 11.0
    assert emb["flat_scan_flops"] == 1.28e11
    assert round(emb["ivf_scanned_vectors"]) == 488_281


def test_budget_and_machines_by_hand():
    budget = split_budget(
        0.150,
        {
            "network": 2,
            "candidates": 3,
            "features": 3,
            "ranking": 5,
            "re-ranking": 2,
        },
    )
    assert budget == pytest.approx(
        {
            "network": 0.02,
            "candidates": 0.03,
            "features": 0.03,
            "ranking": 0.05,
            "re-ranking": 0.02,
        }
    )
    # 1,000 QPS at 1 GFLOP each on a 10 TFLOP/s machine at 50% efficiency: 5,000
    # QPS a machine, 2,500 at 50% utilization, so 1 machine; 10,000 QPS needs 4.
    assert machines_needed(1_000, 1e9, 1e13, 0.5, 0.5) == 1
    assert machines_needed(10_000, 1e9, 1e13, 0.5, 0.5) == 4
    assert feature_reads(2, item_features=3, user_features=5) == (3, 11, 44)


def test_training_time_is_the_slower_of_compute_and_input():
    est = training_estimate(1e6, 10, 1.0, 100, 1e6, 2, 1, 1e12, 1.0, 1e9)
    assert est.compute_seconds == pytest.approx(3 * 1e6 * 1e7 * 2 / 1e12)  # 60 s
    assert est.input_seconds == pytest.approx(1e9 * 2 / 1e9)  # 2 s
    assert est.seconds == est.compute_seconds


@given(
    st.floats(1e3, 1e10), st.floats(0.1, 100), st.floats(1, 10), st.integers(2, 50)
)
def test_qps_linear_in_users(users, actions, peak, factor):
    one, many = qps(users, actions, peak), qps(factor * users, actions, peak)
    assert many.average_qps == pytest.approx(factor * one.average_qps)
    assert many.peak_qps == pytest.approx(peak * many.average_qps)


@given(st.floats(1, 1e12), st.floats(1, 1e4), st.floats(1, 3650), st.integers(1, 9))
def test_storage_linear_in_replication(events, size, days, replicas):
    single = storage_bytes(events, size, days, replication=1)
    assert storage_bytes(events, size, days, replicas) == pytest.approx(
        replicas * single
    )


@given(st.integers(1, 10**9), st.integers(1, 1024), st.sampled_from([1, 2, 4]))
def test_embedding_table_counts_every_value(n_ids, dim, width):
    assert embedding_table_bytes(n_ids, dim, width) == n_ids * dim * width


@given(st.integers(10**4, 10**9), st.sampled_from([8, 16, 32, 64]))
def test_ivfpq_smaller_than_flat_for_large_n(n, code_bytes):
    # 128 dims: a 4-byte-per-value vector is 512 bytes; codes of at most 64 bytes
    assert ivfpq_index_bytes(n, 128, 1024, code_bytes) < n * (128 * 4 + 8)


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=5), st.floats(0.1, 10), min_size=1, max_size=8
    ),
    st.floats(0.001, 10),
)
def test_budget_shares_sum_to_total(weights, total):
    shares = split_budget(total, weights)
    assert sum(shares.values()) == pytest.approx(total)
    for a in weights:
        for b in weights:
            assert shares[a] * weights[b] == pytest.approx(shares[b] * weights[a])
