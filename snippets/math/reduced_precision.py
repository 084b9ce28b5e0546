"""float16 and bfloat16 in numbers: range, rounding, overflow, underflow, loss scaling,
and why mixed-precision training keeps float32 master weights.

Used by docs/math/numerical-computing.md.
"""

from __future__ import annotations

import numpy as np


# --8<-- [start:fp16]
def to_bfloat16(x: np.ndarray) -> np.ndarray:
    """Round float32 values to bfloat16 (keep the top 16 bits, round to nearest even)."""
    bits = np.asarray(x, dtype=np.float32).view(np.uint32)
    rounding = ((bits >> 16) & 1) + np.uint32(0x7FFF)
    return ((bits + rounding) & np.uint32(0xFFFF0000)).view(np.float32)


def float16_zero_cutoff() -> float:
    """Largest magnitude float16 rounds to 0: half the smallest subnormal, 2^-24 / 2 = 2^-25.

    Exactly 2^-25 is a tie between 0 and 2^-24, and round-to-nearest-even picks 0."""
    return float(np.finfo(np.float16).smallest_subnormal) / 2


def fp16_gradient_after_scaling(grad: float, scale: float) -> float:
    """Scale a float32 gradient, store it in float16, unscale in float32 (loss scaling)."""
    return float(np.float32(np.float16(np.float32(grad) * np.float32(scale))) / np.float32(scale))


def accumulate_updates(weight: float, update: float, steps: int, dtype: type) -> float:
    """Apply `steps` identical SGD updates w <- w + update, storing w in `dtype`."""
    w = dtype(weight)
    for _ in range(steps):
        w = dtype(w + dtype(update))
    return float(w)


def softmax(logits: np.ndarray, stable: bool) -> np.ndarray:
    """Softmax in the dtype of `logits`; the stable version subtracts the max first."""
    z = logits - logits.max() if stable else logits
    e = np.exp(z)
    return e / e.sum()
# --8<-- [end:fp16]


# --8<-- [start:main]
def main() -> None:
    info = np.finfo(np.float16)
    print(f"float16: max {float(info.max):g}, eps {float(info.eps):.6g} (2^-10), "
          f"smallest normal {float(info.tiny):.3g}, smallest subnormal {float(info.smallest_subnormal):.3g}")
    with np.errstate(over="ignore"):
        print(f"65504 * 2 = {np.float16(65504) * np.float16(2)}; "
              f"65520 rounds to {np.float16(65520.0)}")
    print(f"2048 + 1 = {np.float16(2048) + np.float16(1)}; 1 + 0.0004 = {np.float16(1) + np.float16(0.0004)}")
    cutoff = float16_zero_cutoff()
    above = np.nextafter(cutoff, 1.0)
    print(f"float16 rounds |x| <= {cutoff:.3g} (2^-25) to 0: {cutoff:.3g} -> "
          f"{float(np.float16(cutoff))}, the next float64 up -> {float(np.float16(above)):.3g}")
    print(f"gradient 1e-8 stored in float16: {float(np.float16(1e-8))}")
    print(f"with loss scale 1024: {fp16_gradient_after_scaling(1e-8, 1024):.4e}")
    print(f"with loss scale 65536: {fp16_gradient_after_scaling(1e-8, 65536):.4e}")
    bf = to_bfloat16(np.array([3.0e38, 1 + 2**-8, 1 + 2**-7, 2049.0], dtype=np.float32))
    print(f"bfloat16: 3e38 -> {bf[0]:.4g} (no overflow), 1 + 2^-8 -> {bf[1]}, "
          f"1 + 2^-7 -> {bf[2]}, 2049 -> {bf[3]}")
    print(f"10,000 updates of +1e-4 to w = 1: float16 weight {accumulate_updates(1, 1e-4, 10_000, np.float16):.4f}, "
          f"float32 master weight {accumulate_updates(1, 1e-4, 10_000, np.float32):.4f}")
    logits = np.array([12.0, 3.0, -2.0], dtype=np.float16)
    with np.errstate(over="ignore", invalid="ignore"):
        print(f"float16 softmax of [12, 3, -2]: naive {softmax(logits, False)}, "
              f"stable {softmax(logits, True)}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
