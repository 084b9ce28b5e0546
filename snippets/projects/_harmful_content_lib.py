"""TF-IDF models, a template-grouped nested cross-validation, and moderation thresholds for the
harmful-content take-home.

Used by snippets/projects/harmful_content.py and tests/projects/test_harmful_content.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, precision_recall_curve, roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold, cross_val_predict
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


def make_features(char: bool = True, min_df: int = 1) -> FeatureUnion | TfidfVectorizer:
    """Word uni+bigrams, plus character 2-5-grams inside word boundaries (robust to 'st*pid');
    `min_df` drops terms seen in fewer training comments, in both blocks."""
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=min_df)
    if not char:
        return words
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                            min_df=min_df)
    return FeatureUnion([("word", words), ("char", chars)])


DUMMY = "prior (dummy)"
MODEL_NAMES = [DUMMY, "naive Bayes", "logistic regression", "linear SVM"]
GRIDS = {DUMMY: [{}], "naive Bayes": [{"alpha": a} for a in (0.1, 0.3, 1.0)],
         "logistic regression": [{"C": c} for c in (1.0, 10.0, 100.0)],
         "linear SVM": [{"C": c} for c in (0.1, 0.5, 2.0)]}
MIN_DF = (1, 2)


def make_classifier(name: str, **params):
    classifiers = {
        DUMMY: lambda: DummyClassifier(strategy="prior"),
        "naive Bayes": lambda: ComplementNB(alpha=0.3),
        "logistic regression": lambda: LogisticRegression(C=10.0, class_weight="balanced",
                                                          max_iter=2000),
        "linear SVM": lambda: LinearSVC(C=0.5, class_weight="balanced", random_state=0),
    }
    return classifiers[name]().set_params(**params)


def make_model(name: str, char: bool = True, min_df: int = 1, **params) -> Pipeline:
    """The shippable artifact: TF-IDF and classifier in one pipeline."""
    return Pipeline([("tfidf", make_features(char, min_df)),
                     ("clf", make_classifier(name, **params))])


def make_folds(n: int, seed: int, grouped: bool = True):
    """Stratified folds that keep every template on one side (grouped), or plain stratified."""
    if grouped:
        return StratifiedGroupKFold(n, shuffle=True, random_state=seed)
    return StratifiedKFold(n, shuffle=True, random_state=seed)


def grouped_split(corpus: pd.DataFrame, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A 75/25 split, stratified on the label, with no template on both sides."""
    train_idx, test_idx = next(make_folds(4, seed).split(corpus, corpus["label"],
                                                         corpus["template"]))
    return corpus.iloc[train_idx], corpus.iloc[test_idx]


def scores(model, X) -> np.ndarray:
    """A ranking score: probability when the model has one, else the SVM margin."""
    if hasattr(model, "predict_proba"):
        return model.predict_proba(X)[:, 1]
    return model.decision_function(X)


def ranking(model, X) -> np.ndarray:
    """What GridSearchCV's average-precision scorer ranks by: the margin when there is one."""
    if hasattr(model, "decision_function"):
        return model.decision_function(X)
    return model.predict_proba(X)[:, 1]


def _clf_params(params: dict) -> dict:
    return {k: v for k, v in params.items() if k != "min_df"}


def tune(train: pd.DataFrame, names: list[str], char: bool = True, grouped: bool = True,
         seed: int = 0) -> dict[str, dict]:
    """Per model, the (min_df, C or alpha) with the best mean average precision over inner
    3-fold CV on `train`; what GridSearchCV would choose, but each fold's TF-IDF is fitted
    once per min_df and shared by every classifier and every C or alpha."""
    texts, y = train["text"].to_numpy(), train["label"].to_numpy()
    candidates = [(name, {"min_df": m, **p}) for name in names for m in MIN_DF
                  for p in GRIDS[name]]
    total = np.zeros(len(candidates))
    groups = train["template"] if grouped else None
    for fit, val in make_folds(3, seed + 1, grouped).split(texts, y, groups):
        for m in MIN_DF:
            vectorizer = make_features(char, m)
            F_fit, F_val = vectorizer.fit_transform(texts[fit]), vectorizer.transform(texts[val])
            for k, (name, params) in enumerate(candidates):
                if params["min_df"] == m:
                    clf = make_classifier(name, **_clf_params(params))
                    clf.fit(F_fit, y[fit])
                    total[k] += average_precision_score(y[val], ranking(clf, F_val))
    best = {}
    for k in np.argsort(-total, kind="stable"):  # ties: the first candidate, as GridSearchCV
        best.setdefault(candidates[k][0], candidates[k][1])
    return best


def tuned_model(name: str, train: pd.DataFrame, char: bool = True, grouped: bool = True,
                seed: int = 0) -> Pipeline:
    """The pipeline with the inner-CV choice of hyperparameters, refitted on all of `train`."""
    params = tune(train, [name], char, grouped, seed)[name]
    return make_model(name, char, **params).fit(train["text"], train["label"])


def nested_cv(train: pd.DataFrame, names: list[str], char: bool = True, grouped: bool = True,
              folds: int = 5, seed: int = 0) -> dict[str, tuple[np.ndarray, pd.DataFrame]]:
    """Per model: out-of-fold scores of the tuned model, and per outer fold its metrics and
    chosen hyperparameters. Tuning sees only the outer fold's training part."""
    texts, y = train["text"].to_numpy(), train["label"].to_numpy()
    oof = {name: np.zeros(len(train)) for name in names}
    rows = {name: [] for name in names}
    groups = train["template"] if grouped else None
    for fit, held in make_folds(folds, seed, grouped).split(texts, y, groups):
        chosen = tune(train.iloc[fit], names, char, grouped, seed)
        for m in sorted({params["min_df"] for params in chosen.values()}):
            vectorizer = make_features(char, m)
            F_fit, F_held = vectorizer.fit_transform(texts[fit]), vectorizer.transform(texts[held])
            for name in [n for n in names if chosen[n]["min_df"] == m]:
                clf = make_classifier(name, **_clf_params(chosen[name])).fit(F_fit, y[fit])
                oof[name][held] = s = scores(clf, F_held)
                rows[name].append({
                    "average_precision": average_precision_score(y[held], s),
                    "roc_auc": roc_auc_score(y[held], s),
                    "f1": f1_score(y[held], clf.predict(F_held), zero_division=0.0),
                    "chosen": ", ".join(f"{k}={v:g}" for k, v in chosen[name].items())})
    return {name: (oof[name], pd.DataFrame(rows[name])) for name in names}


def compare(train: pd.DataFrame, names: list[str] = MODEL_NAMES, char: bool = True,
            grouped: bool = True, folds: int = 5, seed: int = 0
            ) -> tuple[pd.DataFrame, dict[str, tuple[np.ndarray, pd.DataFrame]]]:
    """Nested CV of each model: mean and std over the outer folds of PR-AUC, ROC-AUC and F1
    (default threshold) and the hyperparameters the inner CV chose most often; also returns
    nested_cv's out-of-fold scores and per-fold table."""
    results = nested_cv(train, names, char, grouped, folds, seed)
    table = {}
    for name, (_, per_fold) in results.items():
        row = {f"{m} {stat}": getattr(per_fold[m], stat)()
               for m in ["average_precision", "roc_auc", "f1"] for stat in ["mean", "std"]}
        top = per_fold["chosen"].value_counts()
        table[name] = row | {"usual choice": f"{top.index[0]} ({top.iloc[0]}/{folds})"}
    return pd.DataFrame(table).T, results


def fixed_oof(name: str, train: pd.DataFrame, grouped: bool, folds: int = 5,
              seed: int = 0) -> np.ndarray:
    """Out-of-fold scores at the default hyperparameters: isolates the effect of the folds."""
    method = "decision_function" if name == "linear SVM" else "predict_proba"
    out = cross_val_predict(make_model(name), train["text"], train["label"],
                            groups=train["template"] if grouped else None,
                            cv=make_folds(folds, seed, grouped), method=method)
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
