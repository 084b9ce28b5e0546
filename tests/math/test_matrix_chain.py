"""The matrix-chain dynamic program agrees with brute force over all parenthesizations, and
its order gives the same product as NumPy's left-to-right product."""

from math import comb

import numpy as np
import pytest

from snippets.math.matrix_chain import brute_force_costs, matrix_chain_order, multiply_in_order


def test_three_matrices_from_the_question():
    costs = brute_force_costs([100, 5, 200, 20])
    assert costs == {"(A1(A2A3))": 5 * 200 * 20 + 100 * 5 * 20, "((A1A2)A3)": 100 * 5 * 200 + 100 * 200 * 20}
    assert costs["(A1(A2A3))"] == 30_000 and costs["((A1A2)A3)"] == 500_000
    assert matrix_chain_order([100, 5, 200, 20]) == (30_000, "(A1(A2A3))")
    assert round(costs["((A1A2)A3)"] / costs["(A1(A2A3))"], 1) == 16.7


@pytest.mark.parametrize("seed", range(12))
def test_dp_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 9))
    dims = [int(d) for d in rng.integers(1, 40, size=n + 1)]
    costs = brute_force_costs(dims)
    best, order = matrix_chain_order(dims) if n > 1 else (0, "A1")
    assert best == min(costs.values())
    assert costs[order] == best
    assert len(costs) == comb(2 * (n - 1), n - 1) // n  # Catalan(n - 1)


def test_order_computes_the_same_product():
    rng = np.random.default_rng(3)
    dims = [7, 3, 9, 2, 8, 5]
    matrices = [rng.normal(size=(dims[i], dims[i + 1])) for i in range(len(dims) - 1)]
    _, order = matrix_chain_order(dims)
    np.testing.assert_allclose(multiply_in_order(matrices, order),
                               np.linalg.multi_dot(matrices), rtol=1e-10, atol=1e-10)


def test_page_example_with_eight_matrices():
    rng = np.random.default_rng(1)
    dims = [int(d) for d in rng.integers(2, 60, size=9)]
    costs = brute_force_costs(dims)
    assert (len(costs), max(costs.values()), min(costs.values())) == (429, 492_822, 38_072)
    assert matrix_chain_order(dims)[0] == 38_072
