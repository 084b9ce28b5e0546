"""Square roots agree with math.isqrt exactly and with math.sqrt within one ulp."""

import math

import pytest
from hypothesis import given, strategies as st

from snippets.coding.binary_search_roots import (
    isqrt_binary, isqrt_newton, main, newton_iterates, newton_start, sqrt_newton,
)


@given(st.one_of(st.integers(0, 10**4), st.integers(0, 10**60)))
def test_integer_roots_match_math_isqrt(n):
    assert isqrt_binary(n) == isqrt_newton(n) == math.isqrt(n)


@given(st.integers(1, 10**6))
def test_integer_roots_at_perfect_squares_and_neighbours(r):
    for n in (r * r - 1, r * r, r * r + 1):
        assert isqrt_binary(n) == isqrt_newton(n) == math.isqrt(n)


@given(st.floats(min_value=0, max_value=1.7e308, allow_nan=False, allow_infinity=False))
def test_newton_is_within_one_ulp_of_math_sqrt(a):
    root, steps = sqrt_newton(a)
    assert abs(root - math.sqrt(a)) <= math.ulp(math.sqrt(a))
    assert steps <= 8  # the start is within a factor 2, so convergence is quick


@given(st.floats(min_value=1e-300, max_value=1e300))
def test_start_is_above_the_root_within_a_factor_two(a):
    x0 = newton_start(a)
    assert math.sqrt(a) <= x0 <= 2 * math.sqrt(a)


def test_iterates_decrease_after_the_start_and_converge_quadratically():
    xs = newton_iterates(2.0, 6)
    assert all(b < a for a, b in zip(xs, xs[1:]))
    errors = [x - math.sqrt(2) for x in xs[:5]]
    assert all(e > 0 for e in errors)  # every iterate stays at or above sqrt(2)
    for x, e, e_next in zip(xs, errors, errors[1:]):  # e_next = e^2 / (2 x) exactly
        assert e_next == pytest.approx(e * e / (2 * x), rel=1e-3)


def test_edge_cases():
    assert sqrt_newton(0.0) == (0.0, 0) and sqrt_newton(1.0)[0] == 1.0
    assert sqrt_newton(5e-324)[0] == math.sqrt(5e-324)  # the smallest subnormal
    for bad in (lambda: isqrt_binary(-1), lambda: isqrt_newton(-4),
                lambda: sqrt_newton(-1.0)):
        with pytest.raises(ValueError):
            bad()


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "isqrt(0) = 0 by bisection, 0 by Newton",
        "isqrt(15) = 3 by bisection, 3 by Newton",
        "isqrt(16) = 4 by bisection, 4 by Newton",
        "isqrt(100000000000000000001) = 10000000000 by bisection, 10000000000 by Newton",
        "Newton iterates for sqrt(2), error against math.sqrt(2):",
        "  x0 = 2.0000000000000000  error 5.9e-01",
        "  x1 = 1.5000000000000000  error 8.6e-02",
        "  x2 = 1.4166666666666665  error 2.5e-03",
        "  x3 = 1.4142156862745097  error 2.1e-06",
        "  x4 = 1.4142135623746899  error 1.6e-12",
        "  x5 = 1.4142135623730949  error 2.2e-16",
        "sqrt_newton(2) = 1.414213562373095 after 6 steps",
        "sqrt_newton(1e-300) = 1e-150 after 6 steps",
        "sqrt_newton(1e+300) = 1e+150 after 7 steps",
    ]
