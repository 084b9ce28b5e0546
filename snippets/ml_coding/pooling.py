"""Max and average pooling from scratch: forward and backward, including overlapping windows and ties.

Used by docs/ml-coding/pooling.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


# --8<-- [start:pooling]
def pool_windows(x: np.ndarray, k: int, stride: int) -> np.ndarray:
    """(N, C, H, W) -> read-only view (N, C, OH, OW, k, k) of every pooling window, no copy."""
    return sliding_window_view(x, (k, k), axis=(2, 3))[:, :, ::stride, ::stride]


def max_pool_forward(x: np.ndarray, k: int = 2, stride: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Returns the pooled map (N, C, OH, OW) and the flat argmax (0..k*k-1) of every window."""
    win = pool_windows(x, k, stride)
    flat = win.reshape(*win.shape[:4], k * k)  # (N, C, OH, OW, k*k)
    argmax = flat.argmax(axis=-1)  # ties: the first maximum in row-major window order wins
    out = np.take_along_axis(flat, argmax[..., None], axis=-1)[..., 0]
    return out, argmax


def max_pool_backward(dout: np.ndarray, argmax: np.ndarray, x_shape: tuple[int, ...],
                      k: int = 2, stride: int = 2) -> np.ndarray:
    """Route each upstream gradient to the one input that won its window; overlaps accumulate."""
    dx = np.zeros(x_shape)
    oh, ow = dout.shape[2:]
    for a in range(k):
        for b in range(k):  # every output pixel whose winner sits at window offset (a, b)
            routed = np.where(argmax == a * k + b, dout, 0.0)  # (N, C, OH, OW)
            dx[:, :, a:a + stride * (oh - 1) + 1:stride, b:b + stride * (ow - 1) + 1:stride] += routed
    return dx


def avg_pool_forward(x: np.ndarray, k: int = 2, stride: int = 2) -> np.ndarray:
    """Mean of every k x k window: (N, C, H, W) -> (N, C, OH, OW)."""
    return pool_windows(x, k, stride).mean(axis=(-2, -1))


def avg_pool_backward(dout: np.ndarray, x_shape: tuple[int, ...], k: int = 2,
                      stride: int = 2) -> np.ndarray:
    """Every input of a window receives 1/(k*k) of that window's upstream gradient."""
    dx = np.zeros(x_shape)
    oh, ow = dout.shape[2:]
    for a in range(k):
        for b in range(k):
            dx[:, :, a:a + stride * (oh - 1) + 1:stride, b:b + stride * (ow - 1) + 1:stride] += dout / (k * k)
    return dx
# --8<-- [end:pooling]


def make_test_image(rng: np.random.Generator, size: int = 64) -> np.ndarray:
    """Shapes, one-pixel lines and sparse bright specks: what max and mean pooling treat differently."""
    yy, xx = np.mgrid[0:size, 0:size]
    img = np.zeros((size, size))
    img[6:26, 6:26] = 0.7
    img[(yy - 44) ** 2 + (xx - 44) ** 2 < 12 ** 2] = 0.5
    img[40:60, 10] = 1.0  # thin vertical line
    img[34, 4:30] = 1.0  # thin horizontal line
    specks = rng.random((size, size)) < 0.01
    img[specks] = 1.0
    return img


# --8<-- [start:main]
def main() -> None:
    x = np.array([[1, 3, 2, 2], [4, 0, 2, 2], [5, 6, 1, 0], [7, 8, 0, 1]], dtype=float)[None, None]
    out, argmax = max_pool_forward(x)
    print("input (1, 1, 4, 4):\n", x[0, 0])
    print("max pool 2x2/2:\n", out[0, 0])
    print("argmax in each window (row-major, first max wins ties):\n", argmax[0, 0])
    print("max-pool gradient for upstream ones:\n", max_pool_backward(np.ones_like(out), argmax, x.shape)[0, 0])
    print("avg pool 2x2/2:\n", avg_pool_forward(x)[0, 0])
    print("avg-pool gradient for upstream ones:\n", avg_pool_backward(np.ones_like(out), x.shape)[0, 0])

    batch = np.zeros((8, 16, 32, 32))
    for k, stride in [(2, 2), (3, 2)]:
        win = pool_windows(batch, k, stride)
        print(f"k={k} stride={stride}: x {batch.shape} -> windows {win.shape} -> out {win.shape[:4]}")

    img = make_test_image(np.random.default_rng(0))[None, None]
    panels = [(img, "input 64x64")]
    for k in (2, 4):
        panels += [(max_pool_forward(img, k, k)[0], f"max {k}x{k}"),
                   (avg_pool_forward(img, k, k), f"average {k}x{k}")]
    fig, axes = plt.subplots(1, 5, figsize=(13, 3.0))
    for ax, (image, title) in zip(axes, panels):
        ax.imshow(image[0, 0], cmap="gray", vmin=0.0, vmax=1.0)
        ax.set(title=title, xticks=[], yticks=[])
    fig.tight_layout()
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
