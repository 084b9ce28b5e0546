"""Data generator, leakage-safe pipelines and evaluation for the app-deletion take-home.

Used by snippets/projects/app_deletion.py (the notebook) and tests/projects/test_app_deletion.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, f1_score, roc_auc_score
from sklearn.model_selection import (
    RandomizedSearchCV, StratifiedKFold, cross_val_predict, train_test_split,
)
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

NUMERIC = ["minutes_per_day", "sessions_per_week", "interactions_per_session",
           "notifications_per_day", "days_since_install", "crashes_last_30d"]
CATEGORICAL = ["device", "country"]
LEAKY = "days_since_last_open"  # measured when the table was pulled, i.e. after the label window
TARGET = "deleted_30d"

# Business assumption: a retention offer costs 1 per targeted user; a user who would delete is
# worth 20 and the offer saves a quarter of them, so reaching one true deleter is worth 5 - 1 = 4.
GAIN_TRUE_POSITIVE = 4.0
COST_FALSE_POSITIVE = 1.0


def true_logit(df: pd.DataFrame, intercept: float = -2.6) -> np.ndarray:
    """The documented mechanism behind the label, on fully observed features."""
    minutes = df["minutes_per_day"].to_numpy()
    notes = df["notifications_per_day"].to_numpy()
    crashes = df["crashes_last_30d"].to_numpy()
    android = (df["device"] == "android").to_numpy()
    country = df["country"].map({"US": 0.0, "IN": 0.35, "BR": 0.2, "DE": -0.15, "GB": 0.0})
    return (intercept
            - 0.9 * np.log(minutes / 10.0)                   # less use, more deletion
            + 0.45 * np.maximum(notes - 6.0, 0.0)            # notification fatigue above 6 a day
            + 1.4 * np.exp(-df["days_since_install"].to_numpy() / 15.0)  # new users leave early
            + 0.3 * np.minimum(crashes, 5)
            + 0.8 * (android & (crashes >= 3))               # crashing Android builds
            + country.to_numpy())


NOISE_SD = 0.5  # standard deviation of the unobserved part of the log-odds


def expected_probability(logit: np.ndarray, sd: float = NOISE_SD, nodes: int = 40) -> np.ndarray:
    """E[sigmoid(logit + e)] for e ~ N(0, sd^2), by Gauss-Hermite quadrature: the probability
    the features determine once the unobserved noise is averaged out."""
    t, w = np.polynomial.hermite.hermgauss(nodes)  # integrates f(t) exp(-t^2)
    z = np.asarray(logit)[..., None] + np.sqrt(2.0) * sd * t
    return (1.0 / (1.0 + np.exp(-z))) @ w / np.sqrt(np.pi)


def generate_users(n: int = 8_000, seed: int = 0) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """One row per user; returns the observed table, each user's deletion probability p (which
    includes the user's noise draw), and E[p | x], its average over the noise given the
    complete features x (before any value is hidden as missing)."""
    rng = np.random.default_rng(seed)
    device = rng.choice(["ios", "android", "web"], size=n, p=[0.45, 0.45, 0.10])
    country = rng.choice(["US", "IN", "BR", "DE", "GB"], size=n, p=[0.35, 0.25, 0.15, 0.15, 0.10])
    engagement = rng.normal(size=n)  # latent, never observed
    df = pd.DataFrame({
        "minutes_per_day": np.round(np.exp(2.3 + 0.8 * engagement + 0.3 * rng.normal(size=n)), 1),
        "sessions_per_week": rng.poisson(np.exp(1.6 + 0.6 * engagement)),
        "interactions_per_session": np.round(rng.gamma(2.0, 2.0 * np.exp(0.3 * engagement)), 1),
        "notifications_per_day": np.round(rng.gamma(2.0, 2.0, size=n) * np.where(device == "web", 0.5, 1.0), 1),
        "days_since_install": np.clip(np.round(rng.gamma(1.1, 150.0, size=n)), 1, 1500).astype(int),
        "crashes_last_30d": rng.poisson(np.select([device == "android", device == "ios"], [0.9, 0.4], 0.2)),
        "device": device,
        "country": country,
    }, index=pd.RangeIndex(n, name="user_id"))
    p_expected = expected_probability(true_logit(df))
    logit = true_logit(df) + rng.normal(scale=NOISE_SD, size=n)  # unobserved reasons to leave
    p_true = 1.0 / (1.0 + np.exp(-logit))
    y = rng.random(n) < p_true
    # The leak: days since the app was last opened, pulled 30 days after the snapshot.
    df[LEAKY] = np.where(y, rng.integers(3, 31, size=n), rng.geometric(0.35, size=n) - 1)
    # Missing values: web has no screen-time tracking; notification counts drop out at random.
    missing_minutes = rng.random(n) < np.where(device == "web", 0.35, 0.04)
    df.loc[missing_minutes, "minutes_per_day"] = np.nan
    df.loc[rng.random(n) < 0.06, "notifications_per_day"] = np.nan
    df[TARGET] = y.astype(int)
    return df, p_true, p_expected


def split(df: pd.DataFrame, seed: int = 0, test_size: float = 0.2) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Stratified hold-out split; the test frame is set aside until the final evaluation."""
    return train_test_split(df, test_size=test_size, stratify=df[TARGET], random_state=seed)


class RowIdSpy(BaseEstimator, TransformerMixin):
    """Identity transformer that logs the row ids it is fitted on (clones share the log)."""

    log: ClassVar[dict[str, set]] = {}

    def __init__(self, tag: str = "spy"):
        self.tag = tag

    def fit(self, X, y=None):
        RowIdSpy.log.setdefault(self.tag, set()).update(X.index.tolist())
        return self

    def transform(self, X):
        return X


def make_preprocessor(numeric: list[str] = NUMERIC, categorical: list[str] = CATEGORICAL) -> ColumnTransformer:
    """log1p -> median imputation with missing indicators -> standardize; one-hot categories."""
    numeric_steps = Pipeline([
        ("log", FunctionTransformer(np.log1p, feature_names_out="one-to-one")),
        ("impute", SimpleImputer(strategy="median", add_indicator=True)),
        ("scale", StandardScaler()),
    ])
    parts = [("num", numeric_steps, numeric)]
    if categorical:
        parts.append(("cat", OneHotEncoder(handle_unknown="ignore"), categorical))
    return ColumnTransformer(parts)


def make_pipeline(model, numeric=NUMERIC, categorical=CATEGORICAL, spy_tag: str | None = None) -> Pipeline:
    steps = [("spy", RowIdSpy(spy_tag))] if spy_tag else []
    steps += [("prep", make_preprocessor(numeric, categorical)), ("model", model)]
    return Pipeline(steps)


HGB_SPACE = {
    "model__learning_rate": loguniform(0.02, 0.3),
    "model__max_leaf_nodes": randint(8, 48),
    "model__min_samples_leaf": randint(20, 200),
    "model__l2_regularization": loguniform(1e-3, 10.0),
}


def fit_models(train: pd.DataFrame, n_iter: int = 6, seed: int = 0, spy_tag: str | None = None) -> dict:
    """Fit every candidate on the training frame only; the boosted model is tuned by inner CV."""
    X, y = train.drop(columns=[TARGET, LEAKY]), train[TARGET]
    cv = StratifiedKFold(3, shuffle=True, random_state=seed)
    hgb = make_pipeline(HistGradientBoostingClassifier(max_iter=100, random_state=seed), spy_tag=spy_tag)
    search = RandomizedSearchCV(hgb, HGB_SPACE, n_iter=n_iter, cv=cv, scoring="average_precision",
                                random_state=seed).fit(X, y)
    return {
        "prior (dummy)": make_pipeline(DummyClassifier(strategy="prior"), spy_tag=spy_tag).fit(X, y),
        "one rule: minutes/day": make_pipeline(LogisticRegression(), ["minutes_per_day"], [],
                                               spy_tag=spy_tag).fit(X, y),
        "logistic regression": make_pipeline(LogisticRegression(max_iter=1000), spy_tag=spy_tag).fit(X, y),
        "gradient boosting": search.best_estimator_,
        "_search": search,
    }


def expected_value(y: np.ndarray, scores: np.ndarray, threshold: float) -> float:
    """Net value per user of targeting everyone with score >= threshold."""
    flagged = scores >= threshold
    tp = np.sum(flagged & (y == 1))
    fp = np.sum(flagged & (y == 0))
    return float((GAIN_TRUE_POSITIVE * tp - COST_FALSE_POSITIVE * fp) / len(y))


def choose_threshold(model: Pipeline, train: pd.DataFrame, seed: int = 0) -> tuple[float, np.ndarray, np.ndarray]:
    """Pick the threshold that maximizes expected value on out-of-fold training predictions."""
    X, y = train.drop(columns=[TARGET, LEAKY]), train[TARGET].to_numpy()
    oof = cross_val_predict(model, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=seed),
                            method="predict_proba")[:, 1]
    grid = np.round(np.arange(0.02, 0.81, 0.01), 2)
    values = np.array([expected_value(y, oof, t) for t in grid])
    return float(grid[values.argmax()]), grid, values


@dataclass
class Scores:
    pr_auc: float
    roc_auc: float
    brier: float
    f1: float


def evaluate(model: Pipeline, test: pd.DataFrame, threshold: float) -> Scores:
    X, y = test.drop(columns=[TARGET, LEAKY]), test[TARGET].to_numpy()
    p = model.predict_proba(X)[:, 1]
    return Scores(average_precision_score(y, p), roc_auc_score(y, p), brier_score_loss(y, p),
                  f1_score(y, p >= threshold, zero_division=0.0))


def weighted_curve_metrics(y: np.ndarray, s: np.ndarray, weights: np.ndarray) -> dict:
    """PR-AUC (average precision), ROC-AUC and Brier score for each row of `weights` (one row
    per bootstrap resample: how often each user was drawn), ties handled as scikit-learn does."""
    order = np.argsort(-s, kind="stable")
    y, s, W = y[order], s[order], np.atleast_2d(weights)[:, order]
    ends = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]  # last index of each distinct score
    tps = np.cumsum(W * y, axis=1)[:, ends]
    fps = np.cumsum(W * (1 - y), axis=1)[:, ends]
    P, N = tps[:, -1:], fps[:, -1:]
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(tps + fps > 0, tps / (tps + fps), 0.0)
    recall_step = np.diff(np.hstack([np.zeros_like(P), tps]), axis=1) / P
    tpr, fpr = np.hstack([np.zeros_like(P), tps]) / P, np.hstack([np.zeros_like(N), fps]) / N
    return {"pr_auc": np.sum(recall_step * precision, axis=1),
            "roc_auc": np.sum(np.diff(fpr, axis=1) * (tpr[:, 1:] + tpr[:, :-1]) / 2, axis=1),
            "brier": (W * (s - y) ** 2).sum(axis=1) / W.sum(axis=1)}


def bootstrap(y: np.ndarray, scores: dict[str, np.ndarray], n_boot: int = 1000,
              seed: int = 0) -> dict[str, dict[str, np.ndarray]]:
    """Each model's metrics on the same n_boot resamples of the users (paired bootstrap)."""
    rng = np.random.default_rng(seed)
    weights = rng.multinomial(len(y), np.full(len(y), 1.0 / len(y)), size=n_boot)
    return {name: weighted_curve_metrics(y, s, weights) for name, s in scores.items()}


def interval(values: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval."""
    tail = (1 - level) / 2 * 100
    return tuple(np.percentile(values, [tail, 100 - tail]))
