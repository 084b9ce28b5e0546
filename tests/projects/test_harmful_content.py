"""The harmful-content notebook: the committed corpus has the documented properties and is
reproducible, no test comment and no comment of a test template reaches a fit, no fold shares a
template across its sides, the tuning agrees with GridSearchCV, and the printed numbers hold."""

import contextlib
import weakref

import numpy as np
import pandas as pd
import pytest
from scipy.stats import binom, binomtest
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_score, recall_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.naive_bayes import ComplementNB
from sklearn.svm import LinearSVC

from snippets.projects._harmful_content_data import HAND, POOLS, build, template_pattern
from snippets.projects._harmful_content_lib import (
    GRIDS, MIN_DF, compare, fixed_oof, grouped_split, is_obfuscated, load_corpus, make_folds,
    make_model, precision_recall_at, scores, threshold_for_precision, threshold_for_recall, tune,
    tuned_model,
)

from tests.projects.executed import notebook_output

LR = "logistic regression"


@pytest.fixture(scope="module")
def split():
    corpus = load_corpus()
    corpus["obfuscated"] = corpus["text"].map(is_obfuscated)
    train, test = grouped_split(corpus, seed=0)
    return corpus, train, test


@contextlib.contextmanager
def observe_fits():
    """Record the texts every TF-IDF vectorizer is fitted on, the number of rows every
    classifier is fitted on, and, for every text a fitted vectorizer transforms later, the
    texts that vectorizer was fitted on. Wraps the classes' own methods, so it sees the fits
    inside any function, whatever its internals."""
    log = {"fits": [], "transforms": [], "classifier_rows": []}
    fitted_on = weakref.WeakKeyDictionary()
    with pytest.MonkeyPatch.context() as patch:
        for method in ("fit", "fit_transform"):
            def record_fit(self, raw, y=None, _original=getattr(TfidfVectorizer, method)):
                texts = list(raw)
                log["fits"].append(texts)
                fitted_on[self] = texts
                return _original(self, texts, y)
            patch.setattr(TfidfVectorizer, method, record_fit)

        def record_transform(self, raw, _original=TfidfVectorizer.transform):
            texts = list(raw)
            log["transforms"].append((fitted_on.get(self), texts))
            return _original(self, texts)
        patch.setattr(TfidfVectorizer, "transform", record_transform)

        for cls in (DummyClassifier, ComplementNB, LogisticRegression, LinearSVC):
            def record_rows(self, X, y, *args, _original=cls.fit, **kwargs):
                log["classifier_rows"].append(X.shape[0])
                return _original(self, X, y, *args, **kwargs)
            patch.setattr(cls, "fit", record_rows)
        yield log


def leaks(log: dict, corpus: pd.DataFrame, test: pd.DataFrame) -> list[str]:
    """Every way the recorded fits broke the split or the folds (empty when none did)."""
    template = dict(zip(corpus["text"], corpus["template"]))
    seen = {text for texts in log["fits"] for text in texts}
    problems = []
    if not seen or not log["classifier_rows"]:
        problems.append("nothing was fitted")
    if seen & set(test["text"]):
        problems.append(f"{len(seen & set(test['text']))} test comments reached a fit")
    shared = {template[t] for t in seen} & set(test["template"])
    if shared:
        problems.append(f"fitted comments share {len(shared)} templates with the test split")
    for fitted, scored in log["transforms"]:
        if fitted is None:
            problems.append("a vectorizer transformed texts without a recorded fit")
            continue
        overlap = {template[t] for t in fitted} & {template[t] for t in scored}
        if overlap:
            problems.append(f"a fold scored {len(overlap)} templates it was fitted on")
            break
    sizes = {len(texts) for texts in log["fits"]}
    if not set(log["classifier_rows"]) <= sizes:
        problems.append("a classifier was fitted on rows no vectorizer was fitted on")
    return problems


@pytest.fixture(scope="module")
def study(split):
    """The notebook's cross-validation and final fit, run once under observation."""
    corpus, train, test = split
    with observe_fits() as log:
        table, results = compare(train, seed=0)
        words = compare(train, [LR], char=False, seed=0)[1][LR]
        model = tuned_model(LR, train, seed=0)
    return dict(log=log, table=table, results=results, words=words, model=model)


def test_corpus_is_reproducible_and_has_the_documented_shape(split):
    corpus, _, _ = split
    committed = load_corpus()
    pd.testing.assert_frame_equal(build(), committed)  # the seeded script regenerates the file
    assert list(committed.columns) == ["text", "label", "template"]
    assert len(committed) == 425 and committed["label"].mean() == pytest.approx(0.2, abs=0.001)
    assert not committed["text"].duplicated().any()
    assert int(corpus.loc[corpus["label"] == 1, "obfuscated"].sum()) == 24
    assert int(corpus.loc[corpus["label"] == 0, "obfuscated"].sum()) == 0
    hand = committed["template"].str.startswith("hand")
    assert (committed["template"].nunique(), hand.sum(),
            committed.loc[~hand, "template"].nunique()) == (106, 59, 47)


def test_every_row_carries_the_template_that_generated_it(split):
    corpus, _, _ = split
    hand_texts = {text for text, _ in HAND}
    for row in corpus.itertuples():
        spellings = {row.text, row.text[0].lower() + row.text[1:]}  # benign ones may be capitalized
        if row.template.startswith("hand"):
            assert row.text in hand_texts
            assert not any(template_pattern(t).match(s) for pool in POOLS.values() for t in pool
                           for s in spellings)
        elif not row.obfuscated:  # an obfuscated insult no longer spells its template's words
            name, j = row.template.rsplit("-", 1)
            assert any(template_pattern(POOLS[name][int(j)]).match(s) for s in spellings), row.text
    assert corpus.groupby("template")["label"].nunique().eq(1).all()  # one label per template


def test_grouped_split_keeps_templates_apart(split):
    corpus, train, test = split
    assert set(train["template"]).isdisjoint(test["template"])
    assert (len(train), len(test)) == (319, 106) and len(train) + len(test) == len(corpus)
    assert (round(train["label"].mean(), 3), round(test["label"].mean(), 3)) == (0.201, 0.198)
    naive_train, naive_test = train_test_split(corpus, test_size=0.25, stratify=corpus["label"],
                                               random_state=0)
    shared = naive_test["template"].isin(set(naive_train["template"])).mean()
    assert f"{shared:.0%}" == "85%"  # what a random split would have done


@pytest.mark.parametrize("text,expected", [
    ("you are such a st*pid", True), ("what an 1d10t", True), ("stop talking, you i d i o t", True),
    ("you are such a paaathetic", True), ("claim at bit.ly/fr33-prize", False),
    ("the match last night was fun", False), ("earn $500 a day from home", False),
])
def test_obfuscation_detector(text, expected):
    assert is_obfuscated(text) is expected


def test_no_test_comment_or_test_template_reaches_any_fit(split, study):
    """One test, so that the expensive study runs once whatever the worker split: the fits of
    the notebook's whole analysis are leak-free, and that very run gives the printed numbers."""
    corpus, _, test = split
    assert leaks(study["log"], corpus, test) == []
    assert len(study["log"]["fits"]) > 100 and len(study["log"]["transforms"]) > 100
    check_nested_comparison(study)
    check_character_ngram_comparison(split, study)
    check_final_test_numbers(split, study)


def test_the_observer_catches_a_leak(split):
    """The same check flags a random split and plain stratified folds."""
    corpus, train, test = split
    naive_train, naive_test = train_test_split(corpus, test_size=0.25, stratify=corpus["label"],
                                               random_state=0)
    with observe_fits() as log:
        fixed_oof(LR, naive_train, grouped=False)
    problems = leaks(log, corpus, naive_test)
    assert any("share" in p for p in problems) and any("fold scored" in p for p in problems)
    with observe_fits() as log:
        make_model(LR).fit(corpus["text"], corpus["label"])
    assert any("test comments reached a fit" in p for p in leaks(log, corpus, test))


@pytest.mark.parametrize("name,char", [("naive Bayes", False), (LR, False),
                                       ("linear SVM", False), (LR, True)])
def test_tune_chooses_what_grid_search_chooses(split, name, char):
    _, train, _ = split
    blocks = ["tfidf__word__min_df", "tfidf__char__min_df"] if char else ["tfidf__min_df"]
    grid = [{**{f"clf__{k}": [p[k] for p in GRIDS[name]] for k in GRIDS[name][0]},
             **{block: [m] for block in blocks}} for m in MIN_DF]
    search = GridSearchCV(make_model(name, char), grid, cv=make_folds(3, 1),
                          scoring="average_precision")
    search.fit(train["text"], train["label"], groups=train["template"])
    ours = tune(train, [name], char, grouped=True, seed=0)[name]
    expected = {k.split("__")[-1]: v for k, v in search.best_params_.items()}
    assert ours == expected


def check_nested_comparison(study):
    table = study["table"]
    means = table["average_precision mean"].astype(float).round(3).to_dict()
    assert means == pytest.approx({"prior (dummy)": 0.201, "naive Bayes": 0.506,
                                   LR: 0.625, "linear SVM": 0.627}, abs=0.0011)
    assert table.loc[LR, "usual choice"] == "min_df=2, C=1 (3/5)"
    assert table.loc["linear SVM", "usual choice"] == "min_df=2, C=0.1 (3/5)"
    for name in ["naive Bayes", LR, "linear SVM"]:
        assert means[name] > means["prior (dummy)"] + 0.25


def test_stratified_folds_overstate_the_score(split):
    _, train, _ = split
    y = train["label"].to_numpy()
    stratified = average_precision_score(y, fixed_oof(LR, train, grouped=False))
    grouped = average_precision_score(y, fixed_oof(LR, train, grouped=True))
    assert (round(stratified, 3), round(grouped, 3)) == pytest.approx((0.945, 0.517), abs=0.0011)
    assert stratified - grouped > 0.4  # "drops by about 0.4"


def check_character_ngram_comparison(split, study):
    _, train, _ = split
    y, obf = train["label"].to_numpy(), train["obfuscated"].to_numpy()
    result = {}
    for key, (s, per_fold) in {"words": study["words"], "chars": study["results"][LR]}.items():
        t = threshold_for_recall(y, s, 0.9)
        result[key] = (round(per_fold["average_precision"].mean(), 3),
                       round(average_precision_score(y, s), 3),
                       round(precision_recall_at(y, s, t)[0], 3),
                       int(np.sum(s[(y == 1) & obf] >= t)))
    assert result["words"] == pytest.approx((0.661, 0.498, 0.249, 15), abs=0.0011)
    assert result["chars"] == pytest.approx((0.625, 0.539, 0.414, 13), abs=0.0011)
    assert int(((y == 1) & obf).sum()) == 16 and int(y.sum()) == 64
    wins = (study["results"][LR][1]["average_precision"]
            > study["words"][1]["average_precision"]).sum()
    assert wins == 1


def brute_force_thresholds(y, s):
    return [(t, precision_score(y, s >= t, zero_division=1.0), recall_score(y, s >= t))
            for t in np.unique(s)]


def test_threshold_helpers_match_brute_force():
    rng = np.random.default_rng(0)
    y = (rng.random(300) < 0.2).astype(int)
    s = np.round(y * 0.3 + rng.random(300), 3)
    table = brute_force_thresholds(y, s)
    expected_recall_t = max(t for t, _, r in table if r >= 0.9)
    assert threshold_for_recall(y, s, 0.9) == pytest.approx(expected_recall_t)
    expected_precision_t = min(t for t, p, _ in table if p >= 0.5)
    assert threshold_for_precision(y, s, 0.5) == pytest.approx(expected_precision_t)
    t = expected_recall_t
    assert precision_recall_at(y, s, t) == pytest.approx(
        (precision_score(y, s >= t), recall_score(y, s >= t)))


def check_final_test_numbers(split, study):
    _, train, test = split
    y_train = train["label"].to_numpy()
    oof = study["results"][LR][0]
    assert (round(oof.mean(), 3), round(y_train.mean(), 3)) == (0.374, 0.201)  # not calibrated
    review = threshold_for_recall(y_train, oof, 0.9)
    auto = max(threshold_for_precision(y_train, oof, 0.95), review)
    assert (round(review, 3), round(auto, 3)) == pytest.approx((0.350, 0.872), abs=0.0011)
    model = study["model"]
    assert (model.get_params()["clf__C"], model.get_params()["tfidf__word__min_df"]) == (1.0, 2)
    y, s = test["label"].to_numpy(), scores(model, test["text"])
    assert round(average_precision_score(y, s), 3) == pytest.approx(0.698, abs=0.0011)
    assert precision_recall_at(y, s, review) == pytest.approx((0.577, 0.714), abs=0.0011)
    caught = int(np.sum((y == 1) & (s >= review)))
    assert (caught, int(y.sum())) == (15, 21)
    ci = binomtest(caught, 21).proportion_ci(0.95, method="exact")
    assert (round(ci.low, 2), round(ci.high, 2)) == (0.48, 0.89)
    assert round(binom.cdf(caught, 21, 0.9), 3) == 0.014
    is_auto, is_review = s >= auto, (s >= review) & (s < auto)
    assert (is_auto.sum(), is_review.sum(), y[is_review].sum()) == (0, 26, 15)
    missed = test.loc[(y == 1) & (s < review), "template"]
    assert (missed == "insult-7").sum() == 4 and len(missed) == 6
    printed = notebook_output("harmful_content")  # the page shows these very numbers
    assert f"review threshold {review:.3f}, auto-action threshold {auto:.3f}" in printed
    assert f"test PR-AUC {average_precision_score(y, s):.3f}" in printed
    assert "stratified 5-fold CV: out-of-fold PR-AUC 0.945" in printed
    assert "grouped 5-fold CV: out-of-fold PR-AUC 0.517" in printed
    assert "95% interval for the recall [0.48, 0.89]" in printed
