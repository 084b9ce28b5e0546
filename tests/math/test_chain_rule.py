"""The chain-rule gradient agrees with central differences on random inputs."""

import numpy as np
import pytest

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.math.chain_rule import SEED, forward, gradient_by_chain_rule, jacobians


@pytest.mark.parametrize("seed", range(5))
def test_gradient_matches_numerical(seed):
    rng = np.random.default_rng(seed)
    n, m = rng.integers(2, 7, size=2)
    x, A, w = rng.normal(size=n), rng.normal(size=(m, n)), rng.normal(size=m)
    numeric = numerical_gradient(lambda v: forward(v, A, w), x.copy())
    assert relative_error(gradient_by_chain_rule(x, A, w), numeric) < 1e-6


def test_page_values():
    rng = np.random.default_rng(SEED)
    x, A, w = rng.normal(size=5), rng.normal(size=(4, 5)), rng.normal(size=4)
    assert [J.shape for J in jacobians(x, A, w)] == [(4, 5), (4, 4), (1, 4), (1, 1)]
    np.testing.assert_allclose(gradient_by_chain_rule(x, A, w),
                               [0.5452, 0.0817, 0.935, -0.1973, -0.2881], atol=5e-5)
