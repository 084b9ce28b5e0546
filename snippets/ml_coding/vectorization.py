"""Loops versus broadcasting: pairwise distances and a spherical mask, with identical results.

Used by docs/ml-coding/vectorization.md. The timings are in vectorization_timing.py.
"""

from __future__ import annotations

import numpy as np

SEED = 5


# --8<-- [start:distances]
def pairwise_distances_loops(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """(n, m) Euclidean distances with two Python loops: n * m interpreter iterations."""
    out = np.empty((len(X), len(Y)))
    for i in range(len(X)):
        for j in range(len(Y)):
            out[i, j] = np.sqrt(np.sum((X[i] - Y[j]) ** 2))
    return out


def pairwise_distances_broadcast(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Broadcast (n, 1, d) against (1, m, d): simple, but builds an (n, m, d) temporary."""
    diff = X[:, None, :] - Y[None, :, :]
    return np.sqrt((diff**2).sum(axis=-1))


def pairwise_distances_gram(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """|x|^2 - 2 x.y + |y|^2: one matrix product (BLAS), only (n, m) memory."""
    d2 = (X**2).sum(axis=1)[:, None] - 2.0 * X @ Y.T + (Y**2).sum(axis=1)[None, :]
    return np.sqrt(np.maximum(d2, 0.0))  # cancellation can leave tiny negatives


def pairwise_distances_batched(X: np.ndarray, Y: np.ndarray, batch: int = 256) -> np.ndarray:
    """Same result, computed for `batch` rows of X at a time to bound the temporary memory."""
    blocks = [pairwise_distances_gram(X[s:s + batch], Y) for s in range(0, len(X), batch)]
    return np.vstack(blocks)
# --8<-- [end:distances]


# --8<-- [start:mask_loops]
def within_radius(a: tuple[int, int, int], b: np.ndarray, radius: float) -> int:
    return 1 if np.linalg.norm(np.subtract(a, b)) < radius else 0


def make_mask_loops(volume: np.ndarray, roi: np.ndarray, radius: float) -> np.ndarray:
    """The original: one Python call, one small array and one norm per voxel."""
    mask = np.zeros(volume.shape)
    for x in range(volume.shape[0]):
        for y in range(volume.shape[1]):
            for z in range(volume.shape[2]):
                mask[x, y, z] = within_radius((x, y, z), roi, radius)
    return mask
# --8<-- [end:mask_loops]


# --8<-- [start:mask_vectorized]
def make_mask_ogrid(shape: tuple[int, int, int], roi: np.ndarray, radius: float) -> np.ndarray:
    """Open grids of shapes (n0,1,1), (1,n1,1), (1,1,n2) broadcast to the full volume."""
    x, y, z = np.ogrid[: shape[0], : shape[1], : shape[2]]
    d2 = (x - roi[0]) ** 2 + (y - roi[1]) ** 2 + (z - roi[2]) ** 2
    return d2 < radius**2  # compare squares: no square root needed


def make_mask_indices(shape: tuple[int, int, int], roi: np.ndarray,
                      radius: float) -> np.ndarray:
    """Dense coordinates from np.indices: (3, n0, n1, n2) ints, more memory than ogrid."""
    coords = np.indices(shape)
    offsets = coords - np.asarray(roi, dtype=float).reshape(3, 1, 1, 1)
    return (offsets**2).sum(axis=0) < radius**2


def make_mask_box(shape: tuple[int, int, int], roi: np.ndarray, radius: float) -> np.ndarray:
    """Work only in the ball's bounding box: O(r^3) instead of O(N^3)."""
    mask = np.zeros(shape, dtype=bool)
    lo = [max(int(np.floor(c - radius)), 0) for c in roi]
    hi = [min(int(np.ceil(c + radius)) + 1, n) for c, n in zip(roi, shape)]
    if any(h <= l for l, h in zip(lo, hi)):
        return mask  # the ball misses the volume
    x, y, z = np.ogrid[lo[0]:hi[0], lo[1]:hi[1], lo[2]:hi[2]]
    d2 = (x - roi[0]) ** 2 + (y - roi[1]) ** 2 + (z - roi[2]) ** 2
    mask[lo[0]:hi[0], lo[1]:hi[1], lo[2]:hi[2]] = d2 < radius**2
    return mask
# --8<-- [end:mask_vectorized]


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    X, Y = rng.normal(size=(300, 16)), rng.normal(size=(200, 16))
    reference = pairwise_distances_loops(X, Y)
    versions = [("broadcast", pairwise_distances_broadcast),
                ("gram", pairwise_distances_gram), ("batched", pairwise_distances_batched)]
    for name, fn in versions:
        agree = np.abs(fn(X, Y) - reference).max() < 1e-12
        print(f"distances, {name:9s} equal to loops within 1e-12: {agree}")

    volume, roi, radius = np.zeros((40, 40, 40)), np.array([20, 17, 22]), 9
    slow = make_mask_loops(volume, roi, radius)
    for name, fn in [("ogrid", make_mask_ogrid), ("indices", make_mask_indices),
                     ("box", make_mask_box)]:
        fast = fn(volume.shape, roi, radius)
        print(f"mask, {name:7s} identical to loops: {np.array_equal(fast, slow.astype(bool))}")
    print(f"voxels inside: {int(slow.sum())}, "
          f"ball volume 4/3 pi r^3 = {4 / 3 * np.pi * radius**3:.1f}")
    print(f"memory: float64 mask {slow.nbytes:,} bytes, "
          f"bool mask {slow.astype(bool).nbytes:,} bytes")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
