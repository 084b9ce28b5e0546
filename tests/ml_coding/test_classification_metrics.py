"""Confusion matrix, precision/recall/F1 and log-loss agree with sklearn.metrics."""

import numpy as np
import pytest
from sklearn import metrics

from snippets.ml_coding.classification_metrics import (
    THREE_CLASS_CM, averaged_scores, binary_scores, confusion_matrix, expected_f1_random_guess,
    labels_from_confusion, log_loss, per_class_scores, simulate_random_guess_f1,
)


@pytest.mark.parametrize("seed", range(5))
def test_confusion_matrix_and_scores_match_sklearn(seed):
    rng = np.random.default_rng(seed)
    k = int(rng.integers(2, 6))
    y_true = rng.integers(0, k, 300)
    y_pred = np.where(rng.random(300) < 0.6, y_true, rng.integers(0, k, 300))
    cm = confusion_matrix(y_true, y_pred, k)
    np.testing.assert_array_equal(cm, metrics.confusion_matrix(y_true, y_pred, labels=range(k)))
    p, r, f, s = metrics.precision_recall_fscore_support(y_true, y_pred, labels=range(k),
                                                         zero_division=0)
    ours = per_class_scores(cm)
    for mine, ref in zip((ours["precision"], ours["recall"], ours["f1"], ours["support"]),
                         (p, r, f, s)):
        np.testing.assert_allclose(mine, ref, atol=1e-12)
    for average in ("macro", "weighted", "micro"):
        ref = metrics.precision_recall_fscore_support(y_true, y_pred, average=average,
                                                      zero_division=0)[:3]
        np.testing.assert_allclose(averaged_scores(cm, average), ref, atol=1e-12)


def test_class_never_predicted_gets_zero_precision_like_sklearn():
    y_true, y_pred = np.array([0, 1, 2, 2]), np.array([0, 1, 1, 1])
    cm = confusion_matrix(y_true, y_pred, 3)
    ref = metrics.precision_recall_fscore_support(y_true, y_pred, zero_division=0)
    np.testing.assert_allclose(per_class_scores(cm)["precision"], ref[0])
    np.testing.assert_allclose(averaged_scores(cm, "macro")[2],
                               metrics.f1_score(y_true, y_pred, average="macro", zero_division=0))


def test_syllabus_binary_matrix_numbers():
    s = binary_scores(tp=30, fp=5, fn=20, tn=40)
    assert round(s["accuracy"], 4) == 0.7368
    assert round(s["precision"], 4) == 0.8571
    assert round(s["recall (TPR)"], 4) == 0.6
    assert round(s["specificity (TNR)"], 4) == 0.8889
    assert round(s["F1"], 4) == 0.7059
    y_true = np.r_[np.ones(50, int), np.zeros(45, int)]
    y_pred = np.r_[np.ones(30, int), np.zeros(20, int), np.ones(5, int), np.zeros(40, int)]
    assert s["F1"] == pytest.approx(metrics.f1_score(y_true, y_pred))
    assert s["specificity (TNR)"] == pytest.approx(metrics.recall_score(y_true, y_pred, pos_label=0))


def test_always_majority_f1_depends_on_which_class_is_positive():
    y = np.r_[np.zeros(990, int), np.ones(10, int)]  # 0 = A, 1 = B
    always_a = np.zeros(1000, int)
    assert binary_scores(tp=0, fp=0, fn=10, tn=990)["F1"] == 0.0
    assert metrics.f1_score(y, always_a, pos_label=1, zero_division=0) == 0.0
    assert binary_scores(tp=990, fp=10, fn=0, tn=0)["F1"] == pytest.approx(
        metrics.f1_score(y, always_a, pos_label=0))
    assert round(binary_scores(tp=990, fp=10, fn=0, tn=0)["F1"], 4) == 0.9950
    macro = averaged_scores(np.array([[990, 0], [10, 0]]), "macro")[2]
    assert macro == pytest.approx(metrics.f1_score(y, always_a, average="macro", zero_division=0))
    assert round(macro, 4) == 0.4975


def test_coin_flip_expected_f1_closed_form_vs_simulation():
    assert round(expected_f1_random_guess(0.01), 4) == 0.0196
    assert round(expected_f1_random_guess(0.99), 4) == 0.6644
    # Monte-Carlo over 500 data sets of 10,000: the mean F1 agrees with the limit within 0.001.
    for prevalence in (0.01, 0.99):
        simulated = simulate_random_guess_f1(prevalence, 10_000, 500, np.random.default_rng(1))
        assert simulated == pytest.approx(expected_f1_random_guess(prevalence), abs=1e-3)
    assert round(simulate_random_guess_f1(0.01, 10_000, 500, np.random.default_rng(0)), 4) == 0.0196


def test_three_class_example_numbers():
    y_true, y_pred = labels_from_confusion(THREE_CLASS_CM)
    np.testing.assert_array_equal(metrics.confusion_matrix(y_true, y_pred), THREE_CLASS_CM)
    expected = {"macro": (0.6966, 0.6889, 0.6918), "weighted": (0.7742, 0.7778, 0.7749),
                "micro": (0.7778, 0.7778, 0.7778)}
    np.testing.assert_allclose(per_class_scores(THREE_CLASS_CM)["f1"], (0.8738, 0.7018, 0.5),
                               atol=5e-5)
    for average, values in expected.items():
        np.testing.assert_allclose(averaged_scores(THREE_CLASS_CM, average), values, atol=5e-5)
    assert metrics.accuracy_score(y_true, y_pred) == pytest.approx(
        averaged_scores(THREE_CLASS_CM, "micro")[2])


@pytest.mark.parametrize("seed", range(3))
def test_log_loss_matches_sklearn(seed):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, 200)
    p = rng.uniform(0.01, 0.99, 200)
    assert log_loss(y, p) == pytest.approx(metrics.log_loss(y, p), rel=1e-12)
    y3 = rng.integers(0, 4, 200)
    P = rng.dirichlet(np.ones(4), 200)
    assert log_loss(y3, P) == pytest.approx(metrics.log_loss(y3, P, labels=range(4)), rel=1e-12)


def test_log_loss_single_examples_shown_on_page():
    shown = {0.9: 0.105, 0.6: 0.511, 0.1: 2.303, 0.01: 4.605}
    for p, loss in shown.items():
        assert round(log_loss(np.array([1]), np.array([p])), 3) == loss
    assert np.isfinite(log_loss(np.array([1]), np.array([0.0])))  # clipped, not infinite
