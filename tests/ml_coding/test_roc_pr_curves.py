"""ROC, AUC, precision-recall curve and average precision agree with sklearn.metrics."""

import numpy as np
import pytest
from scipy.stats import norm
from sklearn import metrics

from snippets.ml_coding.roc_pr_curves import (
    SEED, average_precision, make_scores, precision_recall_curve, roc_auc_by_pairs, roc_curve,
    trapezoid_area,
)


def random_problem(seed: int, with_ties: bool):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, 400)
    scores = rng.normal(size=400) + y
    if with_ties:
        scores = np.round(scores, 1)  # many tied scores
    return y, scores


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("with_ties", [False, True])
def test_roc_curve_and_auc_match_sklearn(seed, with_ties):
    y, s = random_problem(seed, with_ties)
    fpr, tpr, thresholds = roc_curve(y, s)
    ref_fpr, ref_tpr, ref_thr = metrics.roc_curve(y, s, drop_intermediate=False)
    np.testing.assert_allclose(fpr, ref_fpr)
    np.testing.assert_allclose(tpr, ref_tpr)
    np.testing.assert_array_equal(thresholds[1:], ref_thr[1:])
    assert trapezoid_area(fpr, tpr) == pytest.approx(metrics.roc_auc_score(y, s), rel=1e-12)
    assert roc_auc_by_pairs(y, s) == pytest.approx(metrics.roc_auc_score(y, s), rel=1e-12)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("with_ties", [False, True])
def test_pr_curve_and_average_precision_match_sklearn(seed, with_ties):
    y, s = random_problem(seed, with_ties)
    precision, recall, thresholds = precision_recall_curve(y, s)
    ref_p, ref_r, ref_t = metrics.precision_recall_curve(y, s)
    # sklearn lists thresholds from low to high and appends the (recall 0, precision 1) point.
    np.testing.assert_allclose(precision, ref_p[::-1])
    np.testing.assert_allclose(recall, ref_r[::-1])
    np.testing.assert_array_equal(thresholds[1:], ref_t[::-1])
    assert average_precision(y, s) == pytest.approx(metrics.average_precision_score(y, s),
                                                    rel=1e-12)


def test_auc_is_invariant_to_monotone_transforms_and_class_balance():
    rng = np.random.default_rng(SEED)
    y, s = make_scores(rng, 5000, 5000)
    auc = roc_auc_by_pairs(y, s)
    assert roc_auc_by_pairs(y, 1 / (1 + np.exp(-3 * s))) == pytest.approx(auc)
    # Closed form for unit-variance Gaussians two apart: Phi(2 / sqrt(2)), within Monte-Carlo error.
    assert auc == pytest.approx(norm.cdf(2 / np.sqrt(2)), abs=0.01)


def test_numbers_shown_on_page():
    rng = np.random.default_rng(SEED)
    y, s = make_scores(rng, n_pos=5000, n_neg=5000)
    keep = np.r_[np.arange(250), np.arange(5000, 10000)]
    assert round(roc_auc_by_pairs(y, s), 4) == 0.9214
    assert round(roc_auc_by_pairs(y[keep], s[keep]), 4) == 0.9212
    assert round(average_precision(y, s), 4) == 0.9224
    assert round(average_precision(y[keep], s[keep]), 4) == 0.5378
    for mask, precision_at_1, recall_at_1 in ((slice(None), 0.844, 0.842), (keep, 0.216, 0.860)):
        pred = s[mask] >= 1.0
        assert round(metrics.precision_score(y[mask], pred), 3) == precision_at_1
        assert round(metrics.recall_score(y[mask], pred), 3) == recall_at_1
    assert round(np.mean(s[y == 0] >= 1.0), 3) == 0.156  # FPR at 1.0, same negatives in both
    assert round(norm.cdf(np.sqrt(2)), 4) == 0.9214
    fpr, tpr, thr = roc_curve(y, s)
    best = np.argmax(tpr - fpr)
    assert (round(thr[best], 3), round(tpr[best], 3), round(fpr[best], 3)) == (1.026, 0.838, 0.149)


def test_perfect_and_reversed_rankings():
    y = np.array([0, 0, 1, 1])
    assert roc_auc_by_pairs(y, np.array([0.1, 0.2, 0.8, 0.9])) == 1.0
    assert roc_auc_by_pairs(y, np.array([0.9, 0.8, 0.2, 0.1])) == 0.0
    assert roc_auc_by_pairs(y, np.full(4, 0.5)) == 0.5
    assert average_precision(y, np.array([0.1, 0.2, 0.8, 0.9])) == 1.0
