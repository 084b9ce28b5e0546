"""Two worked estimates with the helper module: a feed at 100 M daily users and a
1 B-id embedding table with its nearest-neighbour index.

Used by docs/system-design/back-of-the-envelope.md.
"""

from __future__ import annotations

from snippets.system_design.estimation import (
    A100_FLOPS, NETWORK_BYTES_PER_SECOND, embedding_table_bytes, feature_reads,
    flat_index_bytes, ivfpq_index_bytes, machines_needed, mlp_flops, qps,
    split_budget, storage_bytes, training_estimate, transformer_layer_flops,
)

GB, TB = 1e9, 1e12


# --8<-- [start:feed]
def feed_estimate() -> dict[str, float]:
    """A ranked feed: 100 M DAU, 10 loads a day, 500 candidates ranked per load."""
    traffic = qps(100e6, 10, peak_factor=3.0)
    requests_per_day = 100e6 * 10
    impressions_per_day = requests_per_day * 20  # 20 posts seen per load
    keys, values, bytes_ = feature_reads(500, item_features=100, user_features=300)
    ranker = mlp_flops([1024, 512, 256, 1])  # per candidate
    encoder = 12 * transformer_layer_flops(128, 768)  # BERT-base size, 128 tokens
    train = training_estimate(
        impressions_per_day,
        days=30,
        sample_rate=0.1,
        bytes_per_example=500,
        forward_flops=ranker,
        epochs=1,
        n_gpus=8,
        gpu_flops=A100_FLOPS,
        efficiency=0.3,
        input_bytes_per_second=NETWORK_BYTES_PER_SECOND,
    )
    return {
        "average_qps": traffic.average_qps,
        "peak_qps": traffic.peak_qps,
        "log_bytes": storage_bytes(impressions_per_day, 200, 90, replication=3),
        "keys_per_second": keys * traffic.peak_qps,
        "feature_bytes_per_request": bytes_,
        "feature_bytes_per_second": bytes_ * traffic.peak_qps,
        "ranker_flops_per_request": 500 * ranker,
        "ranker_gpus": machines_needed(
            traffic.peak_qps,
            500 * ranker,
            A100_FLOPS,
            efficiency=0.3,
            utilization=0.5,
        ),
        "encoder_flops_per_request": 500 * encoder,
        "encoder_gpus": machines_needed(
            traffic.peak_qps,
            500 * encoder,
            A100_FLOPS,
            efficiency=0.3,
            utilization=0.5,
        ),
        "train_examples": train.examples,
        "train_bytes": train.dataset_bytes,
        "train_compute_seconds": train.compute_seconds,
        "train_input_seconds": train.input_seconds,
    }


# --8<-- [end:feed]


# --8<-- [start:embeddings]
def embedding_estimate() -> dict[str, float]:
    """1 B ids with 64-dimensional vectors; an index over 1 B item vectors."""
    n, dim, n_lists, n_probe = 1e9, 64, 65_536, 32
    return {
        "table_fp32_bytes": embedding_table_bytes(n, dim, 4),
        "table_fp16_bytes": embedding_table_bytes(n, dim, 2),
        "adam_training_bytes": 3 * embedding_table_bytes(n, dim, 4),
        "flat_index_bytes": flat_index_bytes(n, dim),
        "ivfpq_index_bytes": ivfpq_index_bytes(n, dim, n_lists, code_bytes=16),
        "flat_scan_flops": 2 * n * dim,
        "ivf_scanned_vectors": n * n_probe / n_lists,
    }


# --8<-- [end:embeddings]


def main() -> None:
    feed = feed_estimate()
    print("Feed, 100 M DAU x 10 loads, peak factor 3")
    print(f"  QPS: average {feed['average_qps']:,.0f}, "
          f"peak {feed['peak_qps']:,.0f}")
    print("  impression log, 90 days x 3 replicas: "
          f"{feed['log_bytes'] / TB:,.0f} TB")
    print(f"  feature store at peak: {feed['keys_per_second'] / 1e6:.1f} M keys/s, "
          f"{feed['feature_bytes_per_request'] / 1e3:.1f} kB/request, "
          f"{feed['feature_bytes_per_second'] / GB:.2f} GB/s")
    for name, key in [("MLP ranker", "ranker"), ("BERT-base encoder", "encoder")]:
        flops = feed[f"{key}_flops_per_request"]
        print(f"  {name}: {flops / 500:.3g} FLOPs/candidate, "
              f"{flops:.3g} FLOPs/request -> {feed[f'{key}_gpus']:,} A100")
    print(f"  training set: {feed['train_examples']:.3g} examples, "
          f"{feed['train_bytes'] / TB:.0f} TB; one epoch on 8 A100: compute "
          f"{feed['train_compute_seconds']:.0f} s, "
          f"input {feed['train_input_seconds']:.0f} s")
    budget = split_budget(0.150, {"network": 2, "candidates": 3, "features": 3,
                                  "ranking": 5, "re-ranking": 2})
    print("  150 ms budget: "
          + ", ".join(f"{k} {v * 1e3:.0f} ms" for k, v in budget.items()))
    emb = embedding_estimate()
    print("Embedding table, 1 B ids x 64 dims")
    print(f"  fp32 {emb['table_fp32_bytes'] / GB:.0f} GB, fp16 "
          f"{emb['table_fp16_bytes'] / GB:.0f} GB, fp32 + Adam moments "
          f"{emb['adam_training_bytes'] / GB:.0f} GB")
    print(f"  index: flat {emb['flat_index_bytes'] / GB:.0f} GB, IVF-PQ (16-byte "
          f"codes) {emb['ivfpq_index_bytes'] / GB:.1f} GB, "
          f"{emb['flat_index_bytes'] / emb['ivfpq_index_bytes']:.1f}x smaller")
    print(f"  per query: flat scan {emb['flat_scan_flops']:.3g} FLOPs; IVF with 32 "
          f"of 65,536 lists scans {emb['ivf_scanned_vectors']:,.0f} codes")


if __name__ == "__main__":
    main()
