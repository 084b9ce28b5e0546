"""Three leaks measured: oversampling before the split, a random split of a drifting
stream, and feature selection fitted on all the data.

Used by docs/ml-breadth/data-leakage.md.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse, stats
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.tree import DecisionTreeClassifier

SEED = 0
N_SEEDS = 5


# --8<-- [start:oversample]
def oversample(X: np.ndarray, y: np.ndarray, rng: np.random.Generator):
    """Duplicate random positives (with replacement) until the classes are equal."""
    pos, neg = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
    rows = np.r_[neg, pos, rng.choice(pos, size=len(neg) - len(pos))]
    return X[rows], y[rows]


def oversampling_scores(
    seed: int, n: int = 20000, d: int = 10
) -> tuple[float, float]:
    """Test recall of the rare class for a decision tree, oversampling (a) before
    and (b) after the train/test split."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.01).astype(int)
    X = rng.normal(size=(n, d)) + 0.8 * y[:, None]  # overlapping classes
    tree = DecisionTreeClassifier(random_state=seed)
    Xo, yo = oversample(X, y, rng)  # (a) leaky: copies land on both sides
    tr, te, ytr, yte = train_test_split(
        Xo, yo, test_size=0.3, stratify=yo, random_state=seed
    )
    leaky = tree.fit(tr, ytr).predict(te)[yte == 1].mean()
    tr, te, ytr, yte = train_test_split(
        X, y, test_size=0.3, stratify=y, random_state=seed
    )
    honest = tree.fit(*oversample(tr, ytr, rng)).predict(te)[yte == 1].mean()
    return float(leaky), float(honest)


# --8<-- [end:oversample]


# --8<-- [start:stream]
def spam_stream(
    rng: np.random.Generator,
    days: int = 7,
    per_day: int = 1500,
    vocab: int = 300,
    spam_rate: float = 0.1,
):
    """Bag-of-words comments in time order. Ham draws 20 common words; spam draws
    12 common words, 2 weakly spammy ones and 6 from its campaign's 5 words.
    Campaigns (4 a day) live for one day, so spam vocabulary drifts."""
    common = rng.dirichlet(np.full(vocab, 0.5))
    spammy = rng.choice(vocab, size=20, replace=False)
    n = days * per_day
    day = np.repeat(np.arange(days), per_day)
    y = (rng.random(n) < spam_rate).astype(int)
    campaigns = rng.integers(0, vocab, size=(days, 4, 5))
    words = rng.choice(vocab, size=(n, 20), p=common)
    spam = np.flatnonzero(y == 1)
    camp = campaigns[day[spam], rng.integers(0, 4, size=len(spam))]  # (n_spam, 5)
    words[spam, 12:14] = rng.choice(spammy, size=(len(spam), 2))
    words[spam, 14:] = np.take_along_axis(
        camp, rng.integers(0, 5, (len(spam), 6)), 1
    )
    rows = np.repeat(np.arange(n), 20)
    X = sparse.csr_matrix(
        (np.ones(n * 20), (rows, words.ravel())), shape=(n, vocab)
    )
    return X, y, day


def split_scores(seed: int, test_days: int = 2) -> tuple[float, float]:
    """PR-AUC of logistic regression on the last `test_days` days: trained on a
    random split of the same size, and on the earlier days only."""
    rng = np.random.default_rng(seed)
    X, y, day = spam_stream(rng)
    late = day >= day.max() + 1 - test_days
    model = LogisticRegression(C=1.0, max_iter=2000)
    idx = rng.permutation(len(y))
    test = np.zeros(len(y), bool)
    test[idx[: late.sum()]] = True  # random test rows, as many as the late days
    random_ap = average_precision_score(
        y[test], model.fit(X[~test], y[~test]).predict_proba(X[test])[:, 1]
    )
    time_ap = average_precision_score(
        y[late], model.fit(X[~late], y[~late]).predict_proba(X[late])[:, 1]
    )
    return float(random_ap), float(time_ap)


# --8<-- [end:stream]


# --8<-- [start:selection]
def selection_scores(seed: int, n: int = 200, d: int = 5000, k: int = 20):
    """5-fold CV accuracy on pure noise (labels independent of X), choosing the
    k best features by an F-test on all rows (leaky) or inside each fold."""
    rng = np.random.default_rng(seed)
    X, y = rng.normal(size=(n, d)), rng.integers(0, 2, size=n)
    model = LogisticRegression(max_iter=1000)
    chosen = SelectKBest(f_classif, k=k).fit(X, y).get_support()
    leaky = cross_val_score(model, X[:, chosen], y, cv=5).mean()
    honest = cross_val_score(
        make_pipeline(SelectKBest(f_classif, k=k), model), X, y, cv=5
    ).mean()
    return float(leaky), float(honest)


def single_feature_auc(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """ROC AUC of each column used alone as a score, folded so 0.5 is useless and
    1 is perfect: a cheap screen for a feature too good to be true."""
    auc = np.array([roc_auc_score(y, X[:, j]) for j in range(X.shape[1])])
    return np.maximum(auc, 1 - auc)


# --8<-- [end:selection]


def main() -> None:
    seeds = range(SEED, SEED + N_SEEDS)
    rows = [
        ("oversampling, tree: test recall of the rare class", "before split",
         "after split", oversampling_scores),
        ("spam stream, logistic regression: PR-AUC on 2 days", "random split",
         "time split", split_scores),
        ("pure noise, top 20 of 5000 features: 5-fold CV accuracy", "select on all",
         "in pipeline", selection_scores),
    ]  # fmt: skip
    for title, *labels, score in rows:
        s = np.array([score(seed) for seed in seeds])
        print(f"{title} ({N_SEEDS} seeds)")
        for label, col in zip(labels, s.T):
            values = " ".join(f"{v:.3f}" for v in col)
            print(f"  {label:13s} {values}  mean {col.mean():.3f}")
        print(f"  smallest gap {np.min(s[:, 0] - s[:, 1]):.3f}")
    lo, hi = stats.binom.interval(0.999, 200, 0.5)
    print(f"chance accuracy on 200 rows, 99.9% binomial interval {lo / 200:.3f} "
          f"to {hi / 200:.3f}\n")  # fmt: skip

    rng = np.random.default_rng(SEED)
    X, y = rng.normal(size=(1000, 30)), rng.integers(0, 2, size=1000)
    X[:, 7] = y + rng.normal(0, 0.3, size=1000)  # e.g. filled in after the label
    auc = single_feature_auc(X, y)
    top = ", ".join(f"feature {j} {auc[j]:.3f}" for j in np.argsort(-auc)[:3])
    print(f"single-feature AUC screen, top 3: {top}")


if __name__ == "__main__":
    main()
