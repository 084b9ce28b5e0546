"""The app-deletion notebook: seeded data with the documented properties, no test leakage, and
models that beat their baselines on the held-out users by the margins the notebook prints."""

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

from tests.projects.executed import notebook_output

from snippets.projects._app_deletion_lib import (
    COST_FALSE_POSITIVE, GAIN_TRUE_POSITIVE, LEAKY, NOISE_SD, TARGET, RowIdSpy, bootstrap,
    choose_threshold, evaluate, expected_probability, expected_value, fit_models, generate_users,
    interval, split, true_logit, weighted_curve_metrics,
)


@pytest.fixture(scope="module")
def study():
    """The notebook's exact configuration, run once, with a spy inside every pipeline."""
    users, p_true, p_expected = generate_users(n=8_000, seed=0)
    train, test = split(users, seed=0)
    RowIdSpy.log.pop("study", None)
    models = fit_models(train, n_iter=6, seed=0, spy_tag="study")
    search = models.pop("_search")
    threshold, _, values = choose_threshold(models["gradient boosting"], train, seed=0)
    scores = {name: evaluate(model, test, threshold) for name, model in models.items()}
    X_test = test.drop(columns=[TARGET, LEAKY])
    test_scores = {name: model.predict_proba(X_test)[:, 1] for name, model in models.items()}
    test_scores["ceiling"] = p_expected[test.index]
    test_scores["p"] = p_true[test.index]
    boot = bootstrap(test[TARGET].to_numpy(), test_scores, n_boot=1000, seed=0)
    return dict(users=users, p_true=p_true, p_expected=p_expected, train=train, test=test,
                models=models, search=search, threshold=threshold, oof_value=values.max(),
                scores=scores, test_scores=test_scores, boot=boot)


def test_generator_is_seeded_and_has_the_documented_properties():
    a, pa, _ = generate_users(n=3_000, seed=5)
    b, pb, _ = generate_users(n=3_000, seed=5)
    c, _, _ = generate_users(n=3_000, seed=6)
    pd.testing.assert_frame_equal(a, b)
    np.testing.assert_array_equal(pa, pb)
    assert not a.equals(c)
    users, p_true, _ = generate_users(n=8_000, seed=0)
    assert round(users[TARGET].mean(), 3) == 0.158          # printed by the notebook
    assert round(1 - users[TARGET].mean(), 3) == 0.842      # all-'stays' accuracy
    web = users["device"] == "web"
    assert 0.30 < users.loc[web, "minutes_per_day"].isna().mean() < 0.37  # 'a third of web users'
    assert 0.13 < users[TARGET].mean() < 0.19               # a minority positive class
    assert abs(users[TARGET].mean() - p_true.mean()) < 0.01  # labels are drawn from p_true
    missing = users.isna().mean()
    assert round(missing["minutes_per_day"], 3) == 0.069
    assert round(missing["notifications_per_day"], 3) == 0.062
    assert f"{users.isna().any(axis=1).mean():.3f}" == "0.126"  # 'the 12.6% of users' 
    assert missing.drop(["minutes_per_day", "notifications_per_day"]).eq(0).all()
    web = users["device"] == "web"
    assert users.loc[web, "minutes_per_day"].isna().mean() > 0.25  # missing mostly on web
    assert users.loc[~web, "minutes_per_day"].isna().mean() < 0.06


def test_label_follows_the_stated_mechanism():
    """Deletion rates rise with the noiseless logit, and notification fatigue shows in the data."""
    users, p_true, _ = generate_users(n=20_000, seed=1)
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
    y = study["test"][TARGET].to_numpy()
    ceiling = average_precision_score(y, study["test_scores"]["ceiling"])
    bound = average_precision_score(y, study["test_scores"]["p"])
    assert (round(ceiling, 3), round(bound, 3)) == (0.408, 0.448)  # the two generator rows
    assert round(roc_auc_score(y, study["test_scores"]["ceiling"]), 3) == 0.738
    assert round(brier_score_loss(y, study["test_scores"]["ceiling"]), 3) == 0.115
    # Boosting closes 84% of the gap between logistic regression and the attainable ceiling.
    lr, gb = study["scores"]["logistic regression"].pr_auc, study["scores"]["gradient boosting"].pr_auc
    assert f"{(gb - lr) / (ceiling - lr):.0%}" == "84%"
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


def test_expected_probability_matches_monte_carlo():
    """Gauss-Hermite E[sigmoid(a + e)] against a seeded average over many noise draws."""
    logits = np.array([-4.0, -2.6, -1.0, 0.0, 1.5])
    draws = np.random.default_rng(0).normal(scale=NOISE_SD, size=400_000)
    mc = np.array([np.mean(1 / (1 + np.exp(-(a + draws)))) for a in logits])
    np.testing.assert_allclose(expected_probability(logits), mc, atol=1e-3)  # MC s.e. ~2e-4
    # Averaging the noise pulls probabilities toward 1/2 (sigmoid is convex below 0).
    assert np.all(expected_probability(logits[logits < 0]) > 1 / (1 + np.exp(-logits[logits < 0])))


def test_generator_returns_the_noise_averaged_probability():
    users, p_true, p_expected = generate_users(n=4_000, seed=3)
    # p_expected comes from the complete features; where nothing is hidden they are the table's.
    complete = users.notna().all(axis=1).to_numpy()
    np.testing.assert_allclose(p_expected[complete],
                               expected_probability(true_logit(users[complete])), rtol=1e-12)
    assert abs(p_expected.mean() - p_true.mean()) < 0.01  # same mean, less spread
    assert p_expected.std() < p_true.std()


def test_weighted_metrics_match_sklearn():
    rng = np.random.default_rng(0)
    y = (rng.random(300) < 0.2).astype(int)
    s = np.round(0.3 * y + 0.7 * rng.random(300), 2)  # in [0, 1] for the Brier score; ties
    weights = rng.multinomial(300, np.full(300, 1 / 300), size=5)
    ours = weighted_curve_metrics(y, s, weights)
    for k, w in enumerate(weights):
        assert ours["pr_auc"][k] == pytest.approx(average_precision_score(y, s, sample_weight=w))
        assert ours["roc_auc"][k] == pytest.approx(roc_auc_score(y, s, sample_weight=w))
        assert ours["brier"][k] == pytest.approx(brier_score_loss(y, s, sample_weight=w))
        drawn = np.repeat(np.arange(300), w)  # a weight is how often a user was drawn
        assert ours["pr_auc"][k] == pytest.approx(average_precision_score(y[drawn], s[drawn]))


def test_bootstrap_intervals_and_paired_differences_match_the_notebook(study):
    boot, report = study["boot"], study["scores"]

    def fmt(point, values):
        low, high = interval(values)
        return f"{point:+.3f} [{low:+.3f}, {high:+.3f}]"

    gb, lr = boot["gradient boosting"], boot["logistic regression"]
    point = report["gradient boosting"].pr_auc - report["logistic regression"].pr_auc
    assert fmt(point, gb["pr_auc"] - lr["pr_auc"]) == "+0.053 [+0.013, +0.089]"
    assert fmt(report["gradient boosting"].pr_auc, gb["pr_auc"]) == "+0.397 [+0.340, +0.459]"
    y = study["test"][TARGET].to_numpy()
    ceiling = average_precision_score(y, study["test_scores"]["ceiling"])
    assert fmt(ceiling - report["gradient boosting"].pr_auc,
               boot["ceiling"]["pr_auc"] - gb["pr_auc"]) == "+0.010 [-0.013, +0.034]"
    # Every step of the ladder has a paired interval that excludes zero, on every metric.
    ladder = [("one rule: minutes/day", "prior (dummy)"),
              ("logistic regression", "one rule: minutes/day"),
              ("gradient boosting", "logistic regression")]
    for better, worse in ladder:
        for metric, sign in [("pr_auc", 1), ("roc_auc", 1), ("brier", -1)]:
            low, high = interval(sign * (boot[better][metric] - boot[worse][metric]))
            assert low > 0, (better, metric)
    gap = (gb["pr_auc"] - lr["pr_auc"]) / (boot["ceiling"]["pr_auc"] - lr["pr_auc"])
    assert [f"{v:.0%}" for v in interval(gap)] == ["38%", "124%"]
    # The paired interval is much narrower than the two separate intervals suggest.
    separate = interval(gb["pr_auc"])[0] - interval(lr["pr_auc"])[1]
    assert separate < 0 < interval(gb["pr_auc"] - lr["pr_auc"])[0]
    printed = notebook_output("app_deletion")
    assert "share of the gap to the ceiling closed by boosting: 84%, 95% interval [38%, 124%]" in printed
    assert "+0.053 [+0.013, +0.089]" in printed
