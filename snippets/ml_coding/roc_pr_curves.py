"""ROC curve, AUC, precision-recall curve and average precision from scratch.

Used by docs/ml-coding/classification-metrics.md.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import norm

SEED = 3


# --8<-- [start:curves]
def counts_at_thresholds(y_true: np.ndarray, scores: np.ndarray
                         ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """FP and TP counts when predicting 1 for score >= t, for each distinct t, high to low."""
    order = np.argsort(-scores, kind="mergesort")
    sorted_scores, sorted_y = scores[order], np.asarray(y_true)[order]
    # The last position of each run of equal scores: tied examples cross the threshold together.
    last_of_each = np.r_[np.flatnonzero(np.diff(sorted_scores)), len(scores) - 1]
    tps = np.cumsum(sorted_y)[last_of_each]
    fps = last_of_each + 1 - tps
    return fps, tps, sorted_scores[last_of_each]


def roc_curve(y_true: np.ndarray, scores: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(FPR, TPR, thresholds), starting at (0, 0) with threshold +inf."""
    fps, tps, thresholds = counts_at_thresholds(y_true, scores)
    return np.r_[0, fps] / fps[-1], np.r_[0, tps] / tps[-1], np.r_[np.inf, thresholds]


def trapezoid_area(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2))


def roc_auc_by_pairs(y_true: np.ndarray, scores: np.ndarray) -> float:
    """P(score of a random positive > score of a random negative), ties count one half."""
    pos, neg = scores[y_true == 1], np.sort(scores[y_true == 0])
    below = np.searchsorted(neg, pos, side="left")  # negatives strictly below each positive
    ties = np.searchsorted(neg, pos, side="right") - below
    return float((below + 0.5 * ties).sum() / (len(pos) * len(neg)))


def precision_recall_curve(y_true: np.ndarray, scores: np.ndarray
                           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(precision, recall, thresholds), highest threshold first, from (recall 0, precision 1)."""
    fps, tps, thresholds = counts_at_thresholds(y_true, scores)
    precision = tps / (tps + fps)
    recall = tps / tps[-1]
    return np.r_[1.0, precision], np.r_[0.0, recall], np.r_[np.inf, thresholds]


def average_precision(y_true: np.ndarray, scores: np.ndarray) -> float:
    """AP = sum_k (R_k - R_{k-1}) P_k: precision weighted by each step in recall."""
    precision, recall, _ = precision_recall_curve(y_true, scores)
    return float(np.sum(np.diff(recall) * precision[1:]))
# --8<-- [end:curves]


def make_scores(rng: np.random.Generator, n_pos: int, n_neg: int, separation: float = 2.0
                ) -> tuple[np.ndarray, np.ndarray]:
    """Negatives score N(0, 1), positives N(separation, 1)."""
    scores = np.r_[rng.normal(separation, 1.0, n_pos), rng.normal(0.0, 1.0, n_neg)]
    return np.r_[np.ones(n_pos, dtype=int), np.zeros(n_neg, dtype=int)], scores


def plot(datasets: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.4))
    for (name, (y, s)), color in zip(datasets.items(), ("C0", "C1")):
        fpr, tpr, _ = roc_curve(y, s)
        left.plot(fpr, tpr, color=color, label=f"{name}: AUC {trapezoid_area(fpr, tpr):.3f}")
        best = np.argmax(tpr - fpr)
        left.scatter(fpr[best], tpr[best], color=color, zorder=3)
        precision, recall, _ = precision_recall_curve(y, s)
        right.plot(recall, precision, color=color,
                   label=f"{name}: AP {average_precision(y, s):.3f}")
        right.axhline(y.mean(), color=color, linestyle=":", linewidth=1)
    left.plot([0, 1], [0, 1], linestyle="--", color="gray", label="random: AUC 0.5")
    left.set(title="ROC (dot: max TPR - FPR)", xlabel="false positive rate",
             ylabel="true positive rate")
    right.set(title="Precision-recall (dotted: prevalence)", xlabel="recall", ylabel="precision",
              ylim=(0, 1.02))
    left.legend(loc="lower right", fontsize=9)
    right.legend(loc="lower left", fontsize=9)
    fig.tight_layout()
    plt.show()


# --8<-- [start:main]
def main() -> None:
    rng = np.random.default_rng(SEED)
    y_bal, s_bal = make_scores(rng, n_pos=5000, n_neg=5000)
    keep = np.r_[np.arange(250), np.arange(5000, 10000)]  # same negatives, 5% positives
    datasets = {"50% positive": (y_bal, s_bal), "5% positive": (y_bal[keep], s_bal[keep])}
    for name, (y, s) in datasets.items():
        fpr, tpr, thresholds = roc_curve(y, s)
        best = np.argmax(tpr - fpr)
        precision, recall, pr_thresholds = precision_recall_curve(y, s)
        at_1 = np.searchsorted(-pr_thresholds, -1.0, side="right") - 1  # last threshold >= 1
        print(f"{name}: AUC={trapezoid_area(fpr, tpr):.4f} "
              f"(pairs: {roc_auc_by_pairs(y, s):.4f})  AP={average_precision(y, s):.4f}")
        print(f"  Youden threshold {thresholds[best]:.3f}: "
              f"TPR={tpr[best]:.3f} FPR={fpr[best]:.3f}")
        fpr_at_1 = np.mean(s[y == 0] >= 1.0)
        print(f"  threshold 1.0: recall={recall[at_1]:.3f} FPR={fpr_at_1:.3f} "
              f"precision={precision[at_1]:.3f}")
    print(f"closed-form AUC, Phi(2 / sqrt 2) = {norm.cdf(np.sqrt(2)):.4f}")
    plot(datasets)
# --8<-- [end:main]


if __name__ == "__main__":
    main()
