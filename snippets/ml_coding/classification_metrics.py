"""Confusion matrix, precision, recall, F1 (macro, micro, weighted) and log-loss from scratch.

Used by docs/ml-coding/classification-metrics.md.
"""

from __future__ import annotations

import numpy as np

SEED = 0


# --8<-- [start:counts]
def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """(K, K) counts: row = actual class, column = predicted class."""
    cm = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(cm, (np.asarray(y_true), np.asarray(y_pred)), 1)
    return cm


def safe_divide(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den, with 0 where den == 0 (the usual convention for an empty prediction set)."""
    num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    return np.divide(num, den, out=np.zeros_like(num), where=den != 0)


def per_class_scores(cm: np.ndarray) -> dict[str, np.ndarray]:
    """Precision, recall, F1 and support of every class, one-vs-rest."""
    tp = np.diag(cm)
    predicted = cm.sum(axis=0)  # tp + fp
    actual = cm.sum(axis=1)  # tp + fn = support
    return {
        "precision": safe_divide(tp, predicted),
        "recall": safe_divide(tp, actual),
        "f1": safe_divide(2 * tp, predicted + actual),  # = 2PR / (P + R)
        "support": actual,
    }


def averaged_scores(cm: np.ndarray, average: str) -> tuple[float, float, float]:
    """(precision, recall, F1) averaged over classes: 'macro', 'weighted' or 'micro'."""
    if average == "micro":  # pool the counts of all classes, then compute once
        tp, predicted, actual = np.diag(cm).sum(), cm.sum(), cm.sum()
        p, r = tp / predicted, tp / actual
        return float(p), float(r), float(safe_divide(2 * p * r, p + r))
    scores = per_class_scores(cm)
    weights = {"macro": np.ones(len(cm)), "weighted": scores["support"]}[average]
    keys = ("precision", "recall", "f1")
    return tuple(float(np.average(scores[key], weights=weights)) for key in keys)
# --8<-- [end:counts]


# --8<-- [start:binary]
def binary_scores(tp: int, fp: int, fn: int, tn: int) -> dict[str, float]:
    """The single-threshold metrics of a binary confusion matrix."""
    return {
        "accuracy": (tp + tn) / (tp + fp + fn + tn),
        "precision": float(safe_divide(tp, tp + fp)),
        "recall (TPR)": float(safe_divide(tp, tp + fn)),
        "specificity (TNR)": float(safe_divide(tn, tn + fp)),
        "F1": float(safe_divide(2 * tp, 2 * tp + fp + fn)),
    }


def expected_f1_random_guess(prevalence: float, p_predict_positive: float = 0.5) -> float:
    """F1 of the expected counts of a coin-flip classifier (the large-n limit of its F1)."""
    tp = prevalence * p_predict_positive
    fp = (1 - prevalence) * p_predict_positive
    fn = prevalence * (1 - p_predict_positive)
    return 2 * tp / (2 * tp + fp + fn)
# --8<-- [end:binary]


# --8<-- [start:logloss]
def log_loss(y_true: np.ndarray, proba: np.ndarray) -> float:
    """Mean negative log-likelihood. proba is (n,) for P(y=1) or (n, K) for K classes."""
    proba = np.asarray(proba, dtype=float)
    if proba.ndim == 1:
        proba = np.column_stack([1 - proba, proba])
    proba = proba / proba.sum(axis=1, keepdims=True)
    eps = np.finfo(float).eps  # clip so that a confident mistake costs a lot, not infinity
    picked = np.clip(proba[np.arange(len(proba)), np.asarray(y_true)], eps, 1 - eps)
    return float(-np.log(picked).mean())
# --8<-- [end:logloss]


# Rows: actual cat, dog, bird. Columns: predicted cat, dog, bird.
THREE_CLASS_CM = np.array([[45, 4, 1], [6, 20, 4], [2, 3, 5]])


def labels_from_confusion(cm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Label vectors whose confusion matrix is cm (handy for checking against a library)."""
    pairs = [(a, p) for a in range(len(cm)) for p in range(len(cm)) for _ in range(cm[a, p])]
    y_true, y_pred = np.array(pairs).T
    return y_true, y_pred


def simulate_random_guess_f1(prevalence: float, n: int, repeats: int,
                             rng: np.random.Generator) -> float:
    """Mean F1 of a coin-flip classifier over `repeats` data sets of size n."""
    y = rng.random((repeats, n)) < prevalence
    guess = rng.random((repeats, n)) < 0.5
    tp = (y & guess).sum(axis=1)
    fp = (~y & guess).sum(axis=1)
    fn = (y & ~guess).sum(axis=1)
    return float(safe_divide(2 * tp, 2 * tp + fp + fn).mean())


# --8<-- [start:main]
def main() -> None:
    print("Syllabus matrix: TP=30, FN=20, FP=5, TN=40")
    for name, value in binary_scores(tp=30, fp=5, fn=20, tn=40).items():
        print(f"  {name:18s} {value:.4f}")

    print("\n99% class A, 1% class B, model always predicts A (n = 1000)")
    print(f"  F1 with B as positive: {binary_scores(tp=0, fp=0, fn=10, tn=990)['F1']:.4f}")
    print(f"  F1 with A as positive: {binary_scores(tp=990, fp=10, fn=0, tn=0)['F1']:.4f}")
    always_a = np.array([[990, 0], [10, 0]])  # rows: actual A, B; columns: predicted A, B
    print(f"  macro F1 over both classes: {averaged_scores(always_a, 'macro')[2]:.4f}")
    print("Coin-flip predictions on the same data (expected F1, large n)")
    print(f"  B as positive: {expected_f1_random_guess(0.01):.4f}")
    print(f"  A as positive: {expected_f1_random_guess(0.99):.4f}")
    rng = np.random.default_rng(SEED)
    print(f"  simulated, B as positive: {simulate_random_guess_f1(0.01, 10_000, 500, rng):.4f}")

    print("\nThree classes (cat, dog, bird), confusion matrix:")
    print(THREE_CLASS_CM)
    scores = per_class_scores(THREE_CLASS_CM)
    for k, name in enumerate(["cat", "dog", "bird"]):
        print(f"  {name:5s} P={scores['precision'][k]:.4f} R={scores['recall'][k]:.4f} "
              f"F1={scores['f1'][k]:.4f} support={scores['support'][k]}")
    for average in ("macro", "weighted", "micro"):
        p, r, f = averaged_scores(THREE_CLASS_CM, average)
        print(f"  {average:8s} P={p:.4f} R={r:.4f} F1={f:.4f}")

    print("\nLog-loss of one positive example predicted with P(y=1) = p")
    for p in (0.9, 0.6, 0.1, 0.01):
        print(f"  p={p:<4}  loss={log_loss(np.array([1]), np.array([p])):.3f}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
