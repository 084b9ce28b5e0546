"""On-device versus cloud inference for one stated model: latency, cost and the
data that leave the phone, computed from explicit assumptions.

Used by docs/deployment/serving-patterns.md.
"""

from __future__ import annotations

from dataclasses import dataclass


# --8<-- [start:costs]
@dataclass(frozen=True)
class Scenario:
    """A photo-tagging CNN of MobileNet size on 10 million phones (assumptions)."""

    gflop_per_image: float = 0.6  # about 300 M multiply-adds
    params_millions: float = 3.4
    phone_gflops: float = 30.0  # sustained on the phone's CPU/NPU
    image_kb: float = 200.0  # compressed photo sent to the cloud
    uplink_mbit_s: float = 10.0
    round_trip_ms: float = 50.0
    server_ms: float = 5.0  # queueing + batched GPU inference per request
    users: int = 10_000_000
    images_per_user_day: int = 20
    gpu_images_per_s: float = 2000.0  # one GPU, batched
    gpu_dollars_per_hour: float = 2.0
    egress_dollars_per_gb: float = 0.05  # to push a model update to phones
    bytes_per_param: int = 1  # int8 weights on the phone


def on_device_ms(s: Scenario) -> float:
    return s.gflop_per_image / s.phone_gflops * 1e3


def cloud_ms(s: Scenario) -> float:
    upload_ms = s.image_kb * 8 / (s.uplink_mbit_s * 1e3) * 1e3
    return s.round_trip_ms + upload_ms + s.server_ms


def cloud_dollars_per_day(s: Scenario) -> float:
    images = s.users * s.images_per_user_day
    return images / s.gpu_images_per_s / 3600 * s.gpu_dollars_per_hour


def update_push_dollars(s: Scenario) -> float:
    """Cost of downloading one new model version to every phone."""
    model_gb = s.params_millions * 1e6 * s.bytes_per_param / 1e9
    return model_gb * s.users * s.egress_dollars_per_gb


def photos_uploaded_tb_per_day(s: Scenario) -> float:
    return s.users * s.images_per_user_day * s.image_kb * 1e3 / 1e12


# --8<-- [end:costs]


def main() -> None:
    s = Scenario()
    print(
        f"latency per image: on device {on_device_ms(s):.0f} ms, "
        f"cloud {cloud_ms(s):.0f} ms"
    )
    print(
        f"cloud GPU cost: ${cloud_dollars_per_day(s):,.0f} per day "
        f"(${cloud_dollars_per_day(s) * 365:,.0f} per year)"
    )
    print(f"one model update pushed to all phones: ${update_push_dollars(s):,.0f}")
    print(
        f"user photos sent to the cloud: {photos_uploaded_tb_per_day(s):.0f} TB "
        "per day (on device: none)"
    )
    slow = Scenario(uplink_mbit_s=1.0, round_trip_ms=150.0)
    print(
        f"cloud latency on a poor connection (1 Mbit/s, 150 ms RTT): "
        f"{cloud_ms(slow):.0f} ms"
    )


if __name__ == "__main__":
    main()
