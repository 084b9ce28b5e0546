"""The app-deletion notebook: seeded data with the documented properties, no test leakage, and
models that beat their baselines on the held-out users by the margins the notebook prints."""

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import average_precision_score, roc_auc_score

from tests.projects.executed import notebook_output

from snippets.projects._app_deletion_lib import (
    COST_FALSE_POSITIVE, GAIN_TRUE_POSITIVE, LEAKY, TARGET, RowIdSpy, choose_threshold, evaluate,
    expected_value, fit_models, generate_users, split, true_logit,
)


@pytest.fixture(scope="module")
def study():
    """The notebook's exact configuration, run once, with a spy inside every pipeline."""
    users, p_true = generate_users(n=8_000, seed=0)
    train, test = split(users, seed=0)
    RowIdSpy.log.pop("study", None)
    models = fit_models(train, n_iter=6, seed=0, spy_tag="study")
    search = models.pop("_search")
    threshold, _, values = choose_threshold(models["gradient boosting"], train, seed=0)
    scores = {name: evaluate(model, test, threshold) for name, model in models.items()}
    return dict(users=users, p_true=p_true, train=train, test=test, models=models, search=search,
                threshold=threshold, oof_value=values.max(), scores=scores)


def test_generator_is_seeded_and_has_the_documented_properties():
    a, pa = generate_users(n=3_000, seed=5)
    b, pb = generate_users(n=3_000, seed=5)
    c, _ = generate_users(n=3_000, seed=6)
    pd.testing.assert_frame_equal(a, b)
    np.testing.assert_array_equal(pa, pb)
    assert not a.equals(c)
    users, p_true = generate_users(n=8_000, seed=0)
    assert round(users[TARGET].mean(), 3) == 0.158          # printed by the notebook
    assert round(1 - users[TARGET].mean(), 3) == 0.842      # all-'stays' accuracy
    web = users["device"] == "web"
    assert 0.30 < users.loc[web, "minutes_per_day"].isna().mean() < 0.37  # 'a third of web users'
    assert 0.13 < users[TARGET].mean() < 0.19               # a minority positive class
    assert abs(users[TARGET].mean() - p_true.mean()) < 0.01  # labels are drawn from p_true
    missing = users.isna().mean()
    assert round(missing["minutes_per_day"], 3) == 0.069
    assert round(missing["notifications_per_day"], 3) == 0.062
    assert missing.drop(["minutes_per_day", "notifications_per_day"]).eq(0).all()
    web = users["device"] == "web"
    assert users.loc[web, "minutes_per_day"].isna().mean() > 0.25  # missing mostly on web
    assert users.loc[~web, "minutes_per_day"].isna().mean() < 0.06


def test_label_follows_the_stated_mechanism():
    """Deletion rates rise with the noiseless logit, and notification fatigue shows in the data."""
    users, p_true = generate_users(n=20_000, seed=1)
    observed = users.dropna()
    logit = true_logit(observed)
    # Rates within bins of the noiseless logit rise monotonically.
    bins = pd.qcut(logit, 5, labels=False)
    rates = observed[TARGET].groupby(bins).mean().to_numpy()
    assert np.all(np.diff(rates) > 0)
    # The documented non-linear pieces show up in the data: fatigue above 6 notifications a day.
    low = observed[observed["notifications_per_day"] < 4][TARGET].mean()
    high = observed[observed["notifications_per_day"] > 10][TARGET].mean()
    assert high > 2 * low


def test_leaky_column_is_nearly_perfect_alone_and_excluded_from_models(study):
    train = study["train"]
    auc = roc_auc_score(train[TARGET], train[LEAKY])
    assert round(auc, 3) == 0.976
    prep = study["models"]["logistic regression"].named_steps["prep"]
    assert LEAKY not in prep.feature_names_in_ and TARGET not in prep.feature_names_in_


def test_no_test_user_reaches_any_fit(study):
    seen = RowIdSpy.log["study"]
    test_ids, train_ids = set(study["test"].index), set(study["train"].index)
    assert seen, "the spy recorded nothing"
    assert seen.isdisjoint(test_ids)
    assert seen <= train_ids


def test_models_beat_their_baselines_on_held_out_users(study):
    s = {name: (round(v.pr_auc, 3), round(v.roc_auc, 3), round(v.brier, 3), round(v.f1, 3))
         for name, v in study["scores"].items()}
    # The numbers the notebook prints (tolerance of one unit in the last digit for BLAS noise).
    expected = {"prior (dummy)": (0.158, 0.5, 0.133, 0.0),
                "one rule: minutes/day": (0.271, 0.667, 0.126, 0.330),
                "logistic regression": (0.344, 0.702, 0.121, 0.371),
                "gradient boosting": (0.397, 0.726, 0.117, 0.401)}
    for name, values in expected.items():
        np.testing.assert_allclose(s[name], values, atol=0.0011, err_msg=name)
    p_oracle = study["p_true"][study["test"].index]
    ceiling = average_precision_score(study["test"][TARGET], p_oracle)
    assert round(ceiling, 3) == 0.448  # the 'true probability' row
    # Boosting closes about half of the gap between logistic regression and the ceiling.
    lr, gb = study["scores"]["logistic regression"].pr_auc, study["scores"]["gradient boosting"].pr_auc
    assert 0.4 < (gb - lr) / (ceiling - lr) < 0.6
    pr = {name: v.pr_auc for name, v in study["scores"].items()}
    assert pr["one rule: minutes/day"] > pr["prior (dummy)"] + 0.10
    assert pr["logistic regression"] > pr["one rule: minutes/day"] + 0.05
    assert pr["gradient boosting"] > pr["logistic regression"] + 0.03
    assert study["scores"]["gradient boosting"].brier < study["scores"]["logistic regression"].brier


def test_threshold_matches_the_cost_argument(study):
    assert study["threshold"] == pytest.approx(0.22)
    assert round(study["oof_value"], 3) == pytest.approx(0.165, abs=0.0011)
    # Calibrated-probability theory: flag when p > cost / (cost + gain).
    theory = COST_FALSE_POSITIVE / (COST_FALSE_POSITIVE + GAIN_TRUE_POSITIVE)
    assert abs(study["threshold"] - theory) <= 0.05
    test = study["test"]
    X = test.drop(columns=[TARGET, LEAKY])
    p = study["models"]["gradient boosting"].predict_proba(X)[:, 1]
    y = test[TARGET].to_numpy()
    assert round(expected_value(y, p, study["threshold"]), 3) == pytest.approx(0.158, abs=0.0011)
    assert round(expected_value(y, np.ones_like(p), 0.5), 3) == -0.212
    flagged = p >= study["threshold"]
    tp = int(np.sum(flagged & (y == 1)))
    assert (int(flagged.sum()), tp) == (332, 117)
    assert (round(tp / flagged.sum(), 3), round(tp / y.sum(), 3)) == (0.352, 0.464)


def test_expected_value_by_brute_force():
    rng = np.random.default_rng(0)
    y, s = rng.integers(0, 2, 50), rng.random(50)
    brute = sum(GAIN_TRUE_POSITIVE if yi else -COST_FALSE_POSITIVE
                for yi, si in zip(y, s) if si >= 0.4) / 50
    assert expected_value(y, s, 0.4) == pytest.approx(brute)


def test_the_published_notebook_prints_these_scores(study):
    """The table on the page is the one computed here, not a stale copy."""
    lines = notebook_output("app_deletion").splitlines()
    for name, score in study["scores"].items():
        row = next(line for line in lines if line.startswith(name + " "))
        expected = [f"{value:.3f}" for value in (score.pr_auc, score.roc_auc, score.brier, score.f1)]
        assert row.split()[-4:] == expected, name
