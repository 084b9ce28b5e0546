"""Euclid, the sieve, fast modular powers against math.gcd, trial division, pow."""

import math

import pytest
from hypothesis import given, strategies as st

from snippets.coding.math_numbers import (
    extended_gcd, gcd, is_prime_trial, lcm, power_mod, primes_by_trial, sieve,
)

ints = st.integers(-10**12, 10**12)


@given(ints, ints)
def test_gcd_and_lcm_match_the_math_module(a, b):
    assert gcd(a, b) == math.gcd(a, b)
    assert lcm(a, b) == math.lcm(a, b)


@given(ints, ints)
def test_gcd_times_lcm_is_the_absolute_product(a, b):
    assert gcd(a, b) * lcm(a, b) == abs(a * b)


@given(st.integers(0, 10**12), st.integers(0, 10**12))
def test_extended_gcd_gives_bezout_coefficients(a, b):
    g, x, y = extended_gcd(a, b)
    assert g == math.gcd(a, b) and a * x + b * y == g


@given(st.integers(1, 10**6), st.integers(2, 10**6))
def test_extended_gcd_gives_the_modular_inverse_that_pow_gives(a, m):
    g, x, _ = extended_gcd(a, m)
    if g == 1:
        assert x % m == pow(a, -1, m)


def test_gcd_edge_cases():
    assert gcd(0, 0) == 0 and gcd(0, 7) == 7 and gcd(-12, 18) == 6
    assert lcm(0, 5) == 0 and lcm(4, 6) == 12 and lcm(-4, 6) == 12
    assert extended_gcd(240, 46) == (2, -9, 47)


def test_is_prime_trial_against_a_divisor_count():
    for n in range(-5, 2000):
        assert is_prime_trial(n) == (n >= 2 and all(n % d for d in range(2, n)))


@given(st.integers(-3, 3000))
def test_sieve_matches_trial_division(n):
    assert sieve(n) == primes_by_trial(n)


def test_page_values():
    assert sieve(50) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
    assert len(sieve(10**6)) == 78498  # the prime-counting function pi(10^6)
    assert sieve(1) == [] and sieve(2) == [2]
    assert power_mod(3, 200, 13) == 9
    assert power_mod(2, 10**18, 10**9 + 7) == 719476260
    assert (10**18).bit_length() == 60  # squarings for an exponent of 10^18


@given(st.integers(-10**30, 10**30), st.integers(0, 10**30), st.integers(1, 10**20))
def test_power_mod_matches_builtin_pow(base, exponent, modulus):
    assert power_mod(base, exponent, modulus) == pow(base, exponent, modulus)


def test_power_mod_edge_cases():
    assert power_mod(5, 0, 1) == 0 == pow(5, 0, 1)  # everything is 0 modulo 1
    assert power_mod(0, 0, 7) == 1 == pow(0, 0, 7)
    with pytest.raises(ValueError):
        power_mod(2, -1, 7)
    with pytest.raises(ValueError):
        power_mod(2, 3, 0)
