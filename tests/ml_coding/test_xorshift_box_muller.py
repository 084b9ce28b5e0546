"""xorshift64* and Box-Muller: full period proved over GF(2), KS and chi-square tests at fixed seeds."""

import numpy as np
import pytest
from scipy.stats import chisquare, kstest

from snippets.ml_coding.xorshift_box_muller import (
    MASK64, SEED, XorShift64Star, bad_lcg, splitmix64, xorshift_step,
)

ALPHA = 0.001
# 2^64 - 1 = 3 * 5 * 17 * 257 * 641 * 65537 * 6700417
PRIME_FACTORS = [3, 5, 17, 257, 641, 65537, 6700417]


def to_bits(x: int) -> np.ndarray:
    return np.array([(x >> i) & 1 for i in range(64)], dtype=np.int64)


def transition_matrix() -> np.ndarray:
    """The xorshift step is linear over GF(2): column i is the image of the i-th unit vector."""
    return np.stack([to_bits(xorshift_step(1 << i)) for i in range(64)], axis=1)


def gf2_power(M: np.ndarray, e: int) -> np.ndarray:
    result = np.eye(64, dtype=np.int64)
    while e:
        if e & 1:
            result = (result @ M) % 2
        M = (M @ M) % 2
        e >>= 1
    return result


def test_step_is_the_linear_map_it_claims_to_be():
    T = transition_matrix()
    rng = np.random.default_rng(0)
    for _ in range(50):
        x = int(rng.integers(1, 2**63)) * 2 + int(rng.integers(0, 2))
        assert np.array_equal(to_bits(xorshift_step(x)), (T @ to_bits(x)) % 2)


def test_shift_triple_gives_the_maximal_period():
    # T has order exactly 2^64 - 1 (every nonzero state lies on one cycle) iff T^(2^64-1) = I
    # and T^((2^64-1)/p) != I for every prime p dividing 2^64 - 1.
    T = transition_matrix()
    order = 2**64 - 1
    assert np.array_equal(gf2_power(T, order), np.eye(64, dtype=np.int64))
    for p in PRIME_FACTORS:
        assert not np.array_equal(gf2_power(T, order // p), np.eye(64, dtype=np.int64))
    product = 1
    for p in PRIME_FACTORS:
        product *= p
    assert product == order


def test_splitmix_seed_is_nonzero_and_64_bit():
    for seed in range(100):
        state = splitmix64(seed)
        assert 0 < state <= MASK64
    assert len({splitmix64(s) for s in range(1000)}) == 1000


@pytest.fixture(scope="module")
def uniforms() -> np.ndarray:
    return XorShift64Star(123).random(30_000)


def test_uniforms_pass_kolmogorov_smirnov(uniforms):
    assert uniforms.min() >= 0.0 and uniforms.max() < 1.0
    assert kstest(uniforms, "uniform").pvalue > ALPHA


def test_uniforms_pass_chi_square_on_bins_and_on_pairs(uniforms):
    assert chisquare(np.histogram(uniforms, bins=50, range=(0, 1))[0]).pvalue > ALPHA
    pairs = np.floor(uniforms[: len(uniforms) // 2 * 2].reshape(-1, 2) * 10).astype(int)
    cells = np.bincount(pairs[:, 0] * 10 + pairs[:, 1], minlength=100)
    assert chisquare(cells).pvalue > ALPHA  # non-overlapping pairs fill a 10x10 grid evenly


def test_box_muller_gives_standard_normals():
    z = XorShift64Star(7).normal(30_001)
    assert len(z) == 30_001
    assert kstest(z, "norm").pvalue > ALPHA
    assert abs(z.mean()) < 4 / np.sqrt(len(z))
    assert abs(z.var() - 1) < 4 * np.sqrt(2 / len(z))


def test_below_is_unbiased_where_a_plain_modulo_is_not():
    # n = 3 * 2^62: residues below 2^64 - n = 2^62 = n/3 have two preimages under x % n, the
    # others one, so P(x % n < n/3) = 2/4 exactly; rejection restores 1/3.
    n = 3 << 62
    gen = XorShift64Star(9)
    draws = 30_000
    naive = sum(gen.next_u64() % n < n // 3 for _ in range(draws)) / draws
    fair = sum(gen.below(n) < n // 3 for _ in range(draws)) / draws
    sd = np.sqrt(0.25 / draws)
    assert abs(naive - 0.5) < 4 * sd
    assert abs(fair - 1 / 3) < 4 * sd


@pytest.mark.parametrize("n", [1, 2, 6, 7, 1000])
def test_below_stays_in_range_and_is_uniform(n):
    gen = XorShift64Star(n)
    values = np.array([gen.below(n) for _ in range(200 * n if n < 1000 else 50_000)])
    assert values.min() >= 0 and values.max() < n
    if n > 1:
        assert chisquare(np.bincount(values, minlength=n)).pvalue > ALPHA


def test_weak_lcg_has_full_period_but_five_lines():
    u = bad_lcg(seed=1, size=2048)
    assert len(np.unique(u)) == 2048  # Hull-Dobell: c odd, a - 1 divisible by 4, m a power of 2
    j = 5 * u[:-1] + 1 / 2048 - u[1:]
    np.testing.assert_allclose(j, np.round(j), atol=1e-9)
    assert sorted(np.unique(np.round(j)).astype(int)) == [0, 1, 2, 3, 4]


def test_numbers_on_the_page():
    gen = XorShift64Star(SEED)
    assert [hex(gen.next_u64()) for _ in range(3)] == [
        "0xea70951aba1ef89c", "0x7a80e2a5b3abf1f4", "0xab52c6bad6556c07"]
    u = gen.random(20_000)
    assert u.mean() == pytest.approx(0.5003, abs=5e-5)
    assert u.var() == pytest.approx(0.0831, abs=5e-5)
    assert np.corrcoef(u[:-1], u[1:])[0, 1] == pytest.approx(-0.0019, abs=5e-5)
    z = gen.normal(20_000)
    assert z.mean() == pytest.approx(-0.0039, abs=5e-5)
    assert z.var() == pytest.approx(1.0009, abs=5e-5)
    assert f"{(np.abs(z) > 1.96).mean():.4f}" == "0.0493"  # 987 of 20,000 = 0.04935
    n = 3 << 62
    naive = np.array([gen.next_u64() % n < n // 3 for _ in range(20_000)]).mean()
    fair = np.array([gen.below(n) < n // 3 for _ in range(20_000)]).mean()
    assert (naive, fair) == (pytest.approx(0.4978, abs=5e-5), pytest.approx(0.3335, abs=5e-5))
    rolls = np.array([1 + gen.below(6) for _ in range(6000)])
    assert np.bincount(rolls, minlength=7)[1:].tolist() == [997, 1015, 1039, 975, 1004, 970]
