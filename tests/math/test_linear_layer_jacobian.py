"""The batched linear layer's Jacobian agrees with finite differences and with the backprop shortcut."""

import numpy as np
import pytest

from snippets.math.linear_layer_jacobian import (
    jacobian_wrt_input, linear_layer, numerical_jacobian, vector_jacobian_product,
)


@pytest.mark.parametrize("N,d,m", [(4, 3, 2), (1, 5, 5), (3, 2, 6)])
def test_jacobian_shape_and_values(N, d, m):
    rng = np.random.default_rng(N * 100 + d * 10 + m)
    x, W = rng.normal(size=(N, d)), rng.normal(size=(d, m))
    J = jacobian_wrt_input(x, W)
    assert J.shape == (N, m, N, d)
    np.testing.assert_allclose(J, numerical_jacobian(x, W), atol=1e-8)
    assert np.count_nonzero(J) == N * m * d  # off-diagonal (sample p != n) blocks are zero


def test_vjp_equals_contracting_the_full_jacobian():
    rng = np.random.default_rng(0)
    x, W = rng.normal(size=(4, 3)), rng.normal(size=(3, 2))
    upstream = rng.normal(size=(4, 2))  # dL/dy
    J = jacobian_wrt_input(x, W)
    np.testing.assert_allclose(vector_jacobian_product(upstream, W),
                               np.einsum("nj,njpi->pi", upstream, J))
    assert linear_layer(x, W).shape == (4, 2)


def test_memory_figure_on_the_page():
    assert 256 * 4096 * 256 * 4096 * 4 / 2**40 == pytest.approx(4.0)
