"""Back-of-the-envelope helpers for ML system design: traffic, storage, memory,
compute, machines, latency budgets and training time, with every unit in the name.

Used by docs/system-design/back-of-the-envelope.md and imported by the case studies.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# --8<-- [start:constants]
SECONDS_PER_DAY = 86_400.0
# Orders of magnitude, not measurements of any one machine (sources on the page).
MEMORY_REFERENCE_SECONDS = 100e-9
SSD_RANDOM_READ_SECONDS = 150e-6  # one 4 KB read
DATACENTER_ROUND_TRIP_SECONDS = 0.5e-3
DISK_SEEK_SECONDS = 10e-3
CROSS_CONTINENT_ROUND_TRIP_SECONDS = 150e-3
SSD_BYTES_PER_SECOND = 1e9  # sequential read
DISK_BYTES_PER_SECOND = 50e6  # sequential read, spinning disk
NETWORK_BYTES_PER_SECOND = 12.5e9  # a 100 Gbit/s link
A100_FLOPS = 312e12  # dense BF16 tensor-core peak
H100_FLOPS = 989e12  # dense BF16 tensor-core peak, SXM
# --8<-- [end:constants]


# --8<-- [start:traffic]
@dataclass(frozen=True)
class Traffic:
    average_qps: float
    peak_qps: float


def qps(daily_active_users: float, actions_per_user: float,
        peak_factor: float = 2.0) -> Traffic:
    """Requests per second, averaged over a day and at the peak hour."""
    average = daily_active_users * actions_per_user / SECONDS_PER_DAY
    return Traffic(average, average * peak_factor)


def storage_bytes(events_per_day: float, bytes_per_event: float,
                  retention_days: float, replication: int = 3) -> float:
    """Bytes on disk for a log kept `retention_days`, stored `replication` times."""
    return events_per_day * bytes_per_event * retention_days * replication
# --8<-- [end:traffic]


# --8<-- [start:memory]
def embedding_table_bytes(n_ids: float, dim: int,
                          bytes_per_value: int = 4) -> float:
    """Bytes of an n_ids x dim table of dense vectors."""
    return n_ids * dim * bytes_per_value


def flat_index_bytes(n_vectors: float, dim: int, bytes_per_value: int = 4,
                     id_bytes: int = 8) -> float:
    """Exact (brute-force) index: every full vector plus its id."""
    return n_vectors * (dim * bytes_per_value + id_bytes)


def ivfpq_index_bytes(n_vectors: float, dim: int, n_lists: int, code_bytes: int,
                      id_bytes: int = 8) -> float:
    """IVF-PQ index: per vector, a code of `code_bytes` 8-bit sub-quantizers and an
    id; plus float32 coarse centroids and 256 float32 codewords per sub-space."""
    centroids = n_lists * dim * 4
    codebooks = 256 * dim * 4      # code_bytes sub-spaces of dim / code_bytes each
    return n_vectors * (code_bytes + id_bytes) + centroids + codebooks


def feature_reads(candidates: int, item_features: int, user_features: int,
                  bytes_per_feature: int = 4) -> tuple[int, int, int]:
    """One ranking request: (key lookups, feature values, bytes), with one key per
    entity: the user's row plus one row per candidate."""
    keys = 1 + candidates
    values = user_features + candidates * item_features
    return keys, values, values * bytes_per_feature
# --8<-- [end:memory]


# --8<-- [start:compute]
def mlp_flops(sizes: list[int]) -> float:
    """Forward FLOPs per example: 2 per multiply-add, no bias or activation."""
    pairs = zip(sizes[:-1], sizes[1:])
    return float(sum(2 * d_in * d_out for d_in, d_out in pairs))


def transformer_layer_flops(seq_len: int, d_model: int,
                            d_ff: int | None = None) -> float:
    """Forward FLOPs of one encoder layer on one sequence (no masking savings):
    Q, K, V and output projections, the two attention products, the feed-forward."""
    d_ff = 4 * d_model if d_ff is None else d_ff
    projections = 4 * 2 * seq_len * d_model * d_model
    attention = 2 * (2 * seq_len * seq_len * d_model)
    feed_forward = 2 * 2 * seq_len * d_model * d_ff
    return float(projections + attention + feed_forward)


def machines_needed(peak_qps: float, flops_per_request: float, machine_flops: float,
                    efficiency: float, utilization: float) -> int:
    """Machines for the peak if each reaches `efficiency` of its peak FLOP/s and is
    loaded to at most `utilization` (headroom for spikes and failures)."""
    per_machine_qps = machine_flops * efficiency / flops_per_request
    return math.ceil(peak_qps / (per_machine_qps * utilization))


def split_budget(total_seconds: float,
                 weights: dict[str, float]) -> dict[str, float]:
    """Share an end-to-end latency budget among stages in proportion to weights."""
    total_weight = sum(weights.values())
    return {stage: total_seconds * w / total_weight for stage, w in weights.items()}
# --8<-- [end:compute]


# --8<-- [start:training]
@dataclass(frozen=True)
class TrainingEstimate:
    examples: float
    dataset_bytes: float
    compute_seconds: float
    input_seconds: float

    @property
    def seconds(self) -> float:
        """Wall time if reading and computing overlap perfectly: the slower wins."""
        return max(self.compute_seconds, self.input_seconds)


def training_estimate(events_per_day: float, days: float, sample_rate: float,
                      bytes_per_example: float, forward_flops: float, epochs: float,
                      n_gpus: int, gpu_flops: float, efficiency: float,
                      input_bytes_per_second: float) -> TrainingEstimate:
    """Training costs 3x the forward FLOPs (the backward pass computes gradients for
    both the inputs and the weights, each about one forward pass)."""
    examples = events_per_day * days * sample_rate
    dataset = examples * bytes_per_example
    flops = 3 * forward_flops * examples * epochs
    compute = flops / (n_gpus * gpu_flops * efficiency)
    return TrainingEstimate(examples, dataset, compute,
                            dataset * epochs / input_bytes_per_second)
# --8<-- [end:training]


def main() -> None:
    tb = 1e12
    print(f"read 1 TB sequentially: SSD {tb / SSD_BYTES_PER_SECOND:,.0f} s, "
          f"disk {tb / DISK_BYTES_PER_SECOND / 3600:.1f} h, "
          f"100 Gbit/s link {tb / NETWORK_BYTES_PER_SECOND:.0f} s")
    print(f"1 M random SSD reads in a row: {1e6 * SSD_RANDOM_READ_SECONDS:.0f} s; "
          f"1 M memory references: {1e6 * MEMORY_REFERENCE_SECONDS * 1e3:.0f} ms")
    print(f"sequential round trips in 100 ms: within a datacenter "
          f"{0.1 / DATACENTER_ROUND_TRIP_SECONDS:.0f}, across a continent "
          f"{0.1 / CROSS_CONTINENT_ROUND_TRIP_SECONDS:.2f}")


if __name__ == "__main__":
    main()
