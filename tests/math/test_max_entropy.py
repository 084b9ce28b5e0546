"""Maximum entropy: log K - H(p) is KL to the uniform (>= 0); the normal has the largest entropy at variance 1."""

import numpy as np
import pytest
from scipy import integrate, stats

from snippets.math.max_entropy import entropy_gap_to_uniform, unit_variance_distributions


def test_gap_is_kl_to_uniform_and_non_negative():
    rng = np.random.default_rng(0)
    uniform = np.full(27, 1 / 27)
    for p in rng.dirichlet(np.full(27, 0.5), size=200):
        gap = entropy_gap_to_uniform(p)
        assert gap == pytest.approx(stats.entropy(p, uniform, base=2), abs=1e-12)
        assert gap >= 0
    assert entropy_gap_to_uniform(uniform) == pytest.approx(0.0, abs=1e-12)
    assert stats.entropy(uniform, base=2) == pytest.approx(np.log2(27))


def test_normal_has_largest_differential_entropy_at_unit_variance():
    dists = unit_variance_distributions()
    for name, dist in dists.items():
        assert dist.var() == pytest.approx(1.0), name
        lo, hi = dist.support()
        numeric, _ = integrate.quad(lambda x: -dist.pdf(x) * np.log(dist.pdf(x)) if dist.pdf(x) > 0 else 0.0,
                                    max(lo, -40), min(hi, 40), limit=200)
        assert numeric == pytest.approx(float(dist.entropy()), abs=1e-6), name
    entropies = {name: float(d.entropy()) for name, d in dists.items()}
    assert max(entropies, key=entropies.get) == "normal"
    assert entropies["normal"] == pytest.approx(0.5 * np.log(2 * np.pi * np.e))
    assert [round(entropies[k], 4) for k in ("normal", "logistic", "Laplace", "uniform")] == [
        1.4189, 1.4046, 1.3466, 1.2425]
