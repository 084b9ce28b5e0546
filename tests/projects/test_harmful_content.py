"""The harmful-content notebook: the committed corpus has the documented properties and is
reproducible, nothing is fitted on test comments, and the numbers the notebook prints hold."""

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import average_precision_score, precision_score, recall_score
from sklearn.model_selection import train_test_split

from snippets.projects._harmful_content_data import build
from snippets.projects._harmful_content_lib import (
    TextSpy, compare, is_obfuscated, load_corpus, make_model, out_of_fold_scores,
    precision_recall_at, scores, threshold_for_precision, threshold_for_recall,
)

from tests.projects.executed import notebook_output


@pytest.fixture(scope="module")
def split():
    corpus = load_corpus()
    corpus["obfuscated"] = corpus["text"].map(is_obfuscated)
    train, test = train_test_split(corpus, test_size=0.25, stratify=corpus["label"], random_state=0)
    return corpus, train, test


def test_corpus_is_reproducible_and_has_the_documented_shape(split):
    corpus, _, _ = split
    committed = load_corpus()
    pd.testing.assert_frame_equal(build(), committed)  # the seeded script regenerates the file
    assert list(committed.columns) == ["text", "label"]
    assert 300 <= len(committed) <= 500 and len(committed) == 425
    assert committed["label"].mean() == pytest.approx(0.2, abs=0.001)
    assert not committed["text"].duplicated().any()
    assert int(corpus.loc[corpus["label"] == 1, "obfuscated"].sum()) == 24
    assert int(corpus.loc[corpus["label"] == 0, "obfuscated"].sum()) == 0


@pytest.mark.parametrize("text,expected", [
    ("you are such a st*pid", True), ("what an 1d10t", True), ("stop talking, you i d i o t", True),
    ("you are such a paaathetic", True), ("claim at bit.ly/fr33-prize", False),
    ("the match last night was fun", False), ("earn $500 a day from home", False),
])
def test_obfuscation_detector(text, expected):
    assert is_obfuscated(text) is expected


def test_no_test_comment_reaches_a_fit(split):
    _, train, test = split
    TextSpy.log.pop("hc", None)
    model = make_model("logistic regression", spy_tag="hc").fit(train["text"], train["label"])
    assert TextSpy.log["hc"] == set(train["text"]) and TextSpy.log["hc"].isdisjoint(test["text"])
    # The word vocabulary is exactly the one learned from training texts alone.
    words = model.named_steps["tfidf"].transformer_list[0][1]
    alone = TfidfVectorizer(ngram_range=(1, 2)).fit(train["text"])
    assert set(words.vocabulary_) == set(alone.vocabulary_)


def test_cross_validated_comparison_matches_the_notebook(split):
    _, train, _ = split
    table = compare(train, folds=5, seed=0)["average_precision mean"].round(3)
    assert table.to_dict() == pytest.approx({"prior (dummy)": 0.201, "naive Bayes": 0.829,
                                             "logistic regression": 0.894, "linear SVM": 0.889},
                                            abs=0.0011)
    for name in ["naive Bayes", "logistic regression", "linear SVM"]:
        assert table[name] > table["prior (dummy)"] + 0.6


def test_character_ngrams_catch_more_obfuscated_insults(split):
    _, train, _ = split
    y, obf = train["label"].to_numpy(), train["obfuscated"].to_numpy()
    result = {}
    for char in [False, True]:
        s = out_of_fold_scores("logistic regression", train, char=char, seed=0)
        t = threshold_for_recall(y, s, 0.9)
        result[char] = (round(average_precision_score(y, s), 3),
                        round(precision_recall_at(y, s, t)[0], 3),
                        round(float(np.mean(s[(y == 1) & obf] >= t)), 3))
    assert result[False] == pytest.approx((0.856, 0.624, 0.773), abs=0.0011)
    assert result[True] == pytest.approx((0.862, 0.598, 0.864), abs=0.0011)
    assert result[True][2] > result[False][2] + 0.05


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


def test_final_test_numbers_match_the_notebook(split):
    _, train, test = split
    y_train = train["label"].to_numpy()
    oof = out_of_fold_scores("logistic regression", train, seed=0)
    review = threshold_for_recall(y_train, oof, 0.9)
    auto = max(threshold_for_precision(y_train, oof, 0.95), review)
    assert (round(review, 3), round(auto, 3)) == pytest.approx((0.218, 0.867), abs=0.0011)
    model = make_model("logistic regression").fit(train["text"], train["label"])
    y, s = test["label"].to_numpy(), scores(model, test["text"])
    assert round(average_precision_score(y, s), 3) == pytest.approx(0.966, abs=0.0011)
    assert precision_recall_at(y, s, review) == pytest.approx((0.808, 1.0), abs=0.0011)
    is_auto, is_review = s >= auto, (s >= review) & (s < auto)
    assert (is_auto.sum(), y[is_auto].sum(), is_review.sum(), y[is_review].sum()) == (14, 13, 12, 8)
    assert round(0.9 ** int(y.sum()), 3) == 0.109 and y.sum() == 21
    printed = notebook_output("harmful_content")  # the page shows these very numbers
    assert f"review threshold {review:.3f}, auto-action threshold {auto:.3f}" in printed
    assert f"test PR-AUC {average_precision_score(y, s):.3f}" in printed
