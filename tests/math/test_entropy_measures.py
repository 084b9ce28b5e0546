"""Entropy, cross-entropy, KL and mutual information agree with SciPy and scikit-learn."""

import numpy as np
import pytest
from scipy import stats
from sklearn.metrics import log_loss, mutual_info_score

from snippets.math.entropy_measures import cross_entropy, entropy, kl_divergence, mutual_information


@pytest.fixture(scope="module")
def dists():
    rng = np.random.default_rng(0)
    return rng.dirichlet(np.ones(6), size=50), rng.dirichlet(np.ones(6), size=50)


def test_entropy_and_kl_match_scipy(dists):
    ps, qs = dists
    for p, q in zip(ps, qs):
        assert entropy(p) == pytest.approx(stats.entropy(p, base=2))
        assert entropy(p, base=np.e) == pytest.approx(stats.entropy(p))
        assert kl_divergence(p, q) == pytest.approx(stats.entropy(p, q, base=2))
        assert cross_entropy(p, q) == pytest.approx(entropy(p) + kl_divergence(p, q))
        assert kl_divergence(p, q) >= 0 and kl_divergence(p, p) == pytest.approx(0, abs=1e-12)


def test_printed_values_and_asymmetry():
    p, q = np.array([0.5, 0.5]), np.array([0.9, 0.1])
    assert round(entropy(q), 4) == 0.4690 and entropy([1.0, 0.0]) == 0.0
    assert round(entropy(np.full(27, 1 / 27)), 4) == round(np.log2(27), 4) == 4.7549
    assert round(kl_divergence(p, q), 4) == 0.7370 and round(kl_divergence(q, p), 4) == 0.5310
    assert cross_entropy([0.5, 0.5], [1.0, 0.0]) == float("inf")


def test_mutual_information_matches_sklearn():
    joint = np.array([[0.30, 0.10], [0.05, 0.55]])
    counts = np.round(joint * 10_000).astype(int)
    assert mutual_information(joint, base=np.e) == pytest.approx(mutual_info_score(None, None, contingency=counts))
    assert round(mutual_information(joint), 4) == 0.3613
    # as KL(joint || product of marginals)
    product = np.outer(joint.sum(axis=1), joint.sum(axis=0))
    assert mutual_information(joint) == pytest.approx(stats.entropy(joint.ravel(), product.ravel(), base=2))
    # plug-in estimate from sampled labels converges to the true value
    rng = np.random.default_rng(1)
    cells = rng.choice(4, size=200_000, p=joint.ravel())
    x, y = cells // 2, cells % 2
    assert mutual_info_score(x, y) == pytest.approx(mutual_information(joint, base=np.e), abs=0.005)
    assert mutual_information(np.outer([0.4, 0.6], [0.35, 0.65])) == pytest.approx(0, abs=1e-12)


def test_binary_nll_equals_cross_entropy():
    rng = np.random.default_rng(2)
    y = rng.integers(0, 2, size=500)
    prob = rng.uniform(0.01, 0.99, size=500)
    ours = np.mean([cross_entropy([t, 1 - t], [s, 1 - s], base=np.e) for t, s in zip(y, prob)])
    assert ours == pytest.approx(log_loss(y, prob))


def test_language_model_units_and_uniform_pets():
    assert round(6 / (4.7 + 1), 2) == 1.05
    assert 6 / 2 == 3  # a 6 bits/word model beats 2 bits/char once words average > 3 characters
    assert round(entropy(np.full(100, 0.01)), 4) == round(np.log2(100), 4) == 6.6439
