"""Each leak inflates the score by a stated margin on every seed; the honest
estimate on noise is at chance within a binomial bound; the page's numbers."""

import numpy as np
import pytest
from scipy import stats

from snippets.ml_breadth.data_leakage import (
    N_SEEDS,
    SEED,
    oversample,
    oversampling_scores,
    selection_scores,
    single_feature_auc,
    spam_stream,
    split_scores,
)

SEEDS = range(SEED, SEED + N_SEEDS)


@pytest.fixture(scope="module")
def oversampling():
    return np.array([oversampling_scores(s) for s in SEEDS])


@pytest.fixture(scope="module")
def splits():
    return np.array([split_scores(s) for s in SEEDS])


@pytest.fixture(scope="module")
def selection():
    return np.array([selection_scores(s) for s in SEEDS])


def test_oversample_balances_with_copies_of_real_positives():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(100, 2))
    y = (np.arange(100) < 7).astype(int)
    Xo, yo = oversample(X, y, rng)
    assert (yo == 1).sum() == (yo == 0).sum() == 93
    originals = {tuple(row) for row in X[y == 1]}
    assert {tuple(row) for row in Xo[yo == 1]} == originals


def test_oversampling_before_the_split_inflates_recall(oversampling):
    leaky, honest = oversampling[:, 0], oversampling[:, 1]
    assert (leaky - honest).min() > 0.7  # on every seed
    assert np.round(leaky, 3).tolist() == [1.0] * 5
    assert round(honest.mean(), 3) == 0.170
    assert round((leaky - honest).min(), 3) == 0.768


def test_stream_campaigns_are_one_day_long():
    X, y, day = spam_stream(np.random.default_rng(0))
    assert X.shape == (7 * 1500, 300) and np.all(X.sum(axis=1) == 20)
    assert abs(y.mean() - 0.1) < 0.01 and np.all(np.diff(day) >= 0)


def test_random_split_of_a_stream_overstates_the_score(splits):
    random_ap, time_ap = splits[:, 0], splits[:, 1]
    assert (random_ap - time_ap).min() > 0.1  # on every seed
    assert round(random_ap.mean(), 3) == 0.986
    assert round(time_ap.mean(), 3) == 0.799
    assert round((random_ap - time_ap).min(), 3) == 0.138


def test_selection_on_all_data_fakes_skill_on_noise(selection):
    leaky, honest = selection[:, 0], selection[:, 1]
    assert (leaky - honest).min() > 0.15  # on every seed
    assert round(leaky.mean(), 3) == 0.779 and round(honest.mean(), 3) == 0.493
    assert round((leaky - honest).min(), 3) == 0.195


def test_honest_estimate_on_noise_is_at_chance(selection):
    """Each held-out label is independent of its prediction, so each of the n = 200
    predictions is right with probability 1/2; treating them as independent, the
    accuracy lies in the central 99.9% binomial interval (per seed and pooled)."""
    lo, hi = stats.binom.interval(0.999, 200, 0.5)
    assert (round(lo / 200, 3), round(hi / 200, 3)) == (0.385, 0.615)  # as printed
    assert np.all((selection[:, 1] >= lo / 200) & (selection[:, 1] <= hi / 200))
    lo, hi = stats.binom.interval(0.999, 200 * N_SEEDS, 0.5)
    assert lo / 1000 <= selection[:, 1].mean() <= hi / 1000
    # the leaky estimate is far outside the same interval on every seed
    assert np.all(selection[:, 0] > stats.binom.interval(0.999, 200, 0.5)[1] / 200)


def test_single_feature_auc_flags_the_leak():
    rng = np.random.default_rng(SEED)
    X, y = rng.normal(size=(1000, 30)), rng.integers(0, 2, size=1000)
    X[:, 7] = y + rng.normal(0, 0.3, size=1000)
    auc = single_feature_auc(X, y)
    # brute force: share of (positive, negative) pairs ordered correctly
    pos, neg = X[y == 1, 7], X[y == 0, 7]
    pairs = (pos[:, None] > neg[None, :]).mean() + 0.5 * (
        pos[:, None] == neg
    ).mean()
    assert auc[7] == pytest.approx(pairs, abs=1e-12)
    assert np.argmax(auc) == 7 and round(auc[7], 3) == 0.990
    assert np.sort(auc)[-2] < 0.55 and round(np.sort(auc)[-2], 3) == 0.537
    flipped = single_feature_auc(-X, y)
    np.testing.assert_allclose(flipped, auc)
