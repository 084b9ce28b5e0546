"""The numerical gradient agrees with gradients known in closed form."""

import numpy as np

from snippets._shared.gradcheck import numerical_gradient, relative_error


def test_quadratic_form_gradient():
    rng = np.random.default_rng(0)
    A = rng.normal(size=(5, 5))
    x = rng.normal(size=5)
    numeric = numerical_gradient(lambda v: float(v @ A @ v), x.copy())
    assert relative_error((A + A.T) @ x, numeric) < 1e-7


def test_matrix_input_and_restores_argument():
    x = np.arange(6.0).reshape(2, 3)
    before = x.copy()
    numeric = numerical_gradient(lambda m: float(np.sum(np.sin(m))), x)
    np.testing.assert_allclose(numeric, np.cos(before), atol=1e-8)
    np.testing.assert_array_equal(x, before)


def test_relative_error_flags_a_wrong_gradient():
    assert relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.2])) > 1e-2
