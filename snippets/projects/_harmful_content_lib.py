"""TF-IDF models, cross-validated comparison and moderation thresholds for the harmful-content
take-home.

Used by snippets/projects/harmful_content.py and tests/projects/test_harmful_content.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_curve
from sklearn.model_selection import StratifiedKFold, cross_val_predict, cross_validate
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

DATA = Path(__file__).parent / "data" / "harmful_content.csv"


def load_corpus(path: Path = DATA) -> pd.DataFrame:
    return pd.read_csv(path)


OBFUSCATION = re.compile(r"[a-z][0-9*][a-z0-9]|\b(?:[a-z] ){3,}[a-z]\b|([a-z])\1\1", re.I)


def is_obfuscated(text: str) -> bool:
    """Digits or '*' inside a word, letters spaced out, or a letter stretched three times."""
    return bool(OBFUSCATION.search(re.sub(r"\S+\.\S+", " ", text)))  # ignore URLs


class TextSpy(BaseEstimator, TransformerMixin):
    """Identity step that records every text it is fitted on (clones share the log)."""

    log: dict[str, set] = {}

    def __init__(self, tag: str = "spy"):
        self.tag = tag

    def fit(self, X, y=None):
        TextSpy.log.setdefault(self.tag, set()).update(list(X))
        return self

    def transform(self, X):
        return X


def make_features(char: bool = True) -> FeatureUnion | TfidfVectorizer:
    """Word uni+bigrams, plus character 2-5-grams inside word boundaries (robust to 'st*pid')."""
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    if not char:
        return words
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    return FeatureUnion([("word", words), ("char", chars)])


def make_model(name: str, char: bool = True, spy_tag: str | None = None) -> Pipeline:
    classifiers = {
        "prior (dummy)": DummyClassifier(strategy="prior"),
        "naive Bayes": ComplementNB(alpha=0.3),
        "logistic regression": LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000),
        "linear SVM": LinearSVC(C=0.5, class_weight="balanced", random_state=0),
    }
    steps = [("spy", TextSpy(spy_tag))] if spy_tag else []
    return Pipeline(steps + [("tfidf", make_features(char)), ("clf", classifiers[name])])


MODEL_NAMES = ["prior (dummy)", "naive Bayes", "logistic regression", "linear SVM"]


def compare(train: pd.DataFrame, folds: int = 5, seed: int = 0) -> pd.DataFrame:
    """Stratified K-fold mean and std of PR-AUC, ROC-AUC and F1 (default threshold) per model."""
    cv = StratifiedKFold(folds, shuffle=True, random_state=seed)
    rows = {}
    for name in MODEL_NAMES:
        result = cross_validate(make_model(name), train["text"], train["label"], cv=cv,
                                scoring=["average_precision", "roc_auc", "f1"])
        rows[name] = {f"{metric} {stat}": getattr(result[f"test_{metric}"], stat)()
                      for metric in ["average_precision", "roc_auc", "f1"] for stat in ["mean", "std"]}
    return pd.DataFrame(rows).T


def scores(model: Pipeline, texts) -> np.ndarray:
    """A ranking score: probability when the model has one, else the SVM margin."""
    if hasattr(model, "predict_proba"):
        return model.predict_proba(texts)[:, 1]
    return model.decision_function(texts)


def out_of_fold_scores(name: str, train: pd.DataFrame, char: bool = True, folds: int = 5,
                       seed: int = 0) -> np.ndarray:
    cv = StratifiedKFold(folds, shuffle=True, random_state=seed)
    method = "decision_function" if name == "linear SVM" else "predict_proba"
    out = cross_val_predict(make_model(name, char), train["text"], train["label"], cv=cv, method=method)
    return out if out.ndim == 1 else out[:, 1]


def threshold_for_recall(y: np.ndarray, s: np.ndarray, recall: float) -> float:
    """Highest threshold whose recall is at least `recall` (flag when score >= threshold)."""
    positives = np.sort(s[y == 1])[::-1]
    k = int(np.ceil(recall * len(positives)))  # must catch at least k positives
    return float(positives[k - 1])


def threshold_for_precision(y: np.ndarray, s: np.ndarray, precision: float) -> float:
    """Lowest threshold whose precision is at least `precision` (most recall at that precision)."""
    p, _, t = precision_recall_curve(y, s)
    ok = np.flatnonzero(p[:-1] >= precision)
    return float(t[ok[0]]) if len(ok) else float(np.inf)


def precision_recall_at(y: np.ndarray, s: np.ndarray, threshold: float) -> tuple[float, float]:
    flagged = s >= threshold
    tp = np.sum(flagged & (y == 1))
    precision = tp / flagged.sum() if flagged.any() else 1.0
    return float(precision), float(tp / np.sum(y == 1))
