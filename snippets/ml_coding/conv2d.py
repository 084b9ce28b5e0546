"""2-D convolution (cross-correlation) from scratch: naive loops and im2col, stride, padding, dilation.

Used by docs/ml-coding/convolution-2d.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np


# --8<-- [start:naive]
def output_size(size: int, kernel: int, stride: int = 1, padding: int = 0, dilation: int = 1) -> int:
    """How many positions a (dilated) kernel fits along one axis of the padded input."""
    span = dilation * (kernel - 1) + 1  # input pixels covered by one dilated kernel
    return (size + 2 * padding - span) // stride + 1


def conv2d_naive(x: np.ndarray, w: np.ndarray, b: np.ndarray | None = None, stride: int = 1,
                 padding: int = 0, dilation: int = 1) -> np.ndarray:
    """x (N, C_in, H, W), w (C_out, C_in, KH, KW), b (C_out,) -> (N, C_out, OH, OW).

    Deep-learning "convolution": the kernel is NOT flipped (this is cross-correlation).
    """
    n, c_in, h, wid = x.shape
    c_out, c_in_w, kh, kw = w.shape
    if c_in != c_in_w:
        raise ValueError(f"input has {c_in} channels, kernel expects {c_in_w}")
    oh = output_size(h, kh, stride, padding, dilation)
    ow = output_size(wid, kw, stride, padding, dilation)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))  # zero padding
    out = np.zeros((n, c_out, oh, ow))
    for s in range(n):
        for o in range(c_out):
            for i in range(oh):
                for j in range(ow):
                    r, c = i * stride, j * stride  # top-left corner of the window
                    patch = xp[s, :, r:r + dilation * (kh - 1) + 1:dilation,
                               c:c + dilation * (kw - 1) + 1:dilation]  # (C_in, KH, KW)
                    out[s, o, i, j] = np.sum(patch * w[o])  # sum over C_in, KH, KW
    if b is not None:
        out += b[None, :, None, None]
    return out
# --8<-- [end:naive]


# --8<-- [start:im2col]
def im2col(xp: np.ndarray, kh: int, kw: int, oh: int, ow: int, stride: int, dilation: int) -> np.ndarray:
    """Padded (N, C, Hp, Wp) -> (N, C*KH*KW, OH*OW); column p is the patch under output pixel p."""
    n, c = xp.shape[:2]
    cols = np.empty((n, c, kh, kw, oh, ow), dtype=xp.dtype)
    for a in range(kh):  # loop over the KH*KW kernel offsets, not over output pixels
        for b in range(kw):
            r, s = a * dilation, b * dilation
            cols[:, :, a, b] = xp[:, :, r:r + stride * (oh - 1) + 1:stride,
                                  s:s + stride * (ow - 1) + 1:stride]  # (N, C, OH, OW)
    return cols.reshape(n, c * kh * kw, oh * ow)


def conv2d_im2col(x: np.ndarray, w: np.ndarray, b: np.ndarray | None = None, stride: int = 1,
                  padding: int = 0, dilation: int = 1) -> np.ndarray:
    """Same contract as conv2d_naive, computed as one matrix product per batch."""
    n, _, h, wid = x.shape
    c_out, c_in, kh, kw = w.shape
    oh = output_size(h, kh, stride, padding, dilation)
    ow = output_size(wid, kw, stride, padding, dilation)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = im2col(xp, kh, kw, oh, ow, stride, dilation)  # (N, C_in*KH*KW, OH*OW)
    out = w.reshape(c_out, c_in * kh * kw) @ cols  # (C_out, K) @ (N, K, P) -> (N, C_out, P)
    if b is not None:
        out += b[None, :, None]
    return out.reshape(n, c_out, oh, ow)
# --8<-- [end:im2col]


def param_counts(c_in: int, c_out: int, k: int) -> tuple[int, int]:
    """Weights (no bias) of a k x k conv versus a depthwise k x k conv followed by a 1x1 conv."""
    return k * k * c_in * c_out, k * k * c_in + c_in * c_out


def stack_cost(channels: int, k: int, layers: int) -> tuple[int, int]:
    """Receptive field and weights of `layers` stacked k x k convs, channels -> channels, stride 1."""
    return 1 + layers * (k - 1), layers * k * k * channels * channels


def make_shapes_image(size: int = 64) -> np.ndarray:
    """A grayscale test image: a bright square, a mid-gray disk and a triangle on black."""
    yy, xx = np.mgrid[0:size, 0:size]
    img = np.zeros((size, size))
    img[8:28, 8:28] = 1.0
    img[(yy - 44) ** 2 + (xx - 44) ** 2 < 13 ** 2] = 0.6
    img[(yy > 36) & (yy < 58) & (xx > 6) & (xx - 6 < (yy - 36))] = 0.8
    return img


SOBEL_X = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
LAPLACIAN = np.array([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]])


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 3, 9, 9))  # N=2 images, C_in=3 channels, 9x9
    w = rng.normal(size=(4, 3, 3, 3))  # C_out=4 filters of shape 3x3x3
    stride, padding, dilation = 2, 1, 2
    oh = output_size(9, 3, stride, padding, dilation)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = im2col(xp, 3, 3, oh, oh, stride, dilation)
    print(f"stride={stride} padding={padding} dilation={dilation}")
    print(f"x {x.shape} -> padded {xp.shape} -> cols {cols.shape}")
    print(f"weights {w.shape} -> matrix {w.reshape(4, -1).shape} -> output {(2, 4, oh, oh)}")
    naive = conv2d_naive(x, w, stride=stride, padding=padding, dilation=dilation)
    fast = conv2d_im2col(x, w, stride=stride, padding=padding, dilation=dilation)
    print("naive and im2col agree to 1e-12:", bool(np.allclose(naive, fast, rtol=0, atol=1e-12)))
    full, separable = param_counts(128, 256, 3)
    print(f"3x3 conv 128->256: {full:,} weights; depthwise-separable: {separable:,} "
          f"({full / separable:.1f}x fewer)")
    for k, layers in [(5, 1), (3, 2), (7, 1), (3, 3)]:
        field, weights = stack_cost(64, k, layers)
        print(f"{layers} x ({k}x{k}) conv, 64 channels: receptive field {field}x{field}, {weights:,} weights")

    img = make_shapes_image()
    filters = np.stack([SOBEL_X, SOBEL_X.T, LAPLACIAN])[:, None]  # (3, 1, 3, 3)
    maps = conv2d_im2col(img[None, None], filters, padding=1)[0]  # (3, 64, 64), 'same' size
    magnitude = np.hypot(maps[0], maps[1])
    panels = [(img, "input"), (maps[0], "Sobel x"), (maps[1], "Sobel y"),
              (magnitude, "gradient magnitude"), (maps[2], "Laplacian")]
    fig, axes = plt.subplots(1, 5, figsize=(13, 3.0))
    for ax, (image, title) in zip(axes, panels):
        ax.imshow(image, cmap="gray")
        ax.set(title=title, xticks=[], yticks=[])
    fig.tight_layout()
    plt.show()
# --8<-- [end:main]


if __name__ == "__main__":
    main()
