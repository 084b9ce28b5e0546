"""The hyperparameter-search notebook: the Bayesian-optimization loop beats random search on a
known function, and the successive-halving and nested-CV helpers agree with scikit-learn."""

import warnings

import numpy as np
import pytest
from scipy.stats import loguniform, norm
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.experimental import enable_halving_search_cv  # noqa: F401
from sklearn.model_selection import (GridSearchCV, HalvingRandomSearchCV, RandomizedSearchCV,
                                     StratifiedKFold, cross_val_score, train_test_split)
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

from snippets.projects._hyperparameter_search_lib import (
    BRANIN_BOUNDS, BRANIN_MAX, bayes_opt, best_so_far, branin, expected_improvement,
    halving_schedule, nested_cv, random_search, successive_halving,
)

from tests.projects.executed import notebook_output


def test_branin_known_optima():
    for optimum in [(-np.pi, 12.275), (np.pi, 2.275), (9.42478, 2.475)]:
        assert branin(np.array(optimum)) == pytest.approx(BRANIN_MAX, abs=1e-5)


def test_bayesian_optimization_beats_random_search_at_equal_budget():
    """Mean regret over 4 seeds with 15 evaluations each: GP-EI is several times closer."""
    bo, rs = [], []
    for seed in range(4):
        _, y_bo = bayes_opt(branin, BRANIN_BOUNDS, 15, np.random.default_rng(seed), n_init=5,
                            n_candidates=1000)
        _, y_rs = random_search(branin, BRANIN_BOUNDS, 15, np.random.default_rng(seed))
        bo.append(BRANIN_MAX - y_bo.max())
        rs.append(BRANIN_MAX - y_rs.max())
    assert np.mean(bo) < 0.5 * np.mean(rs)


def test_expected_improvement_matches_monte_carlo():
    rng = np.random.default_rng(0)
    mu, sigma, best, xi = 0.3, 0.5, 0.4, 0.01
    samples = rng.normal(mu, sigma, 400_000)
    mc = np.maximum(samples - best - xi, 0).mean()
    assert expected_improvement(np.array([mu]), np.array([sigma]), best, xi)[0] == pytest.approx(
        mc, abs=3e-3)  # MC standard error is about 6e-4
    assert norm.cdf(0) == 0.5  # sanity of the reference distribution


def test_best_so_far_is_running_max():
    np.testing.assert_array_equal(best_so_far(np.array([0.2, 0.1, 0.5, 0.4])), [0.2, 0.2, 0.5, 0.5])


@pytest.mark.parametrize("n_candidates,min_resources,factor", [(27, 50, 3), (81, 20, 3), (20, 30, 2)])
def test_halving_schedule_matches_sklearn(n_candidates, min_resources, factor):
    X, y = load_digits(return_X_y=True)
    X, y = X[:600], y[:600]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search = HalvingRandomSearchCV(
            SVC(), {"C": loguniform(1e-1, 1e2), "gamma": loguniform(1e-4, 1e-2)},
            n_candidates=n_candidates, min_resources=min_resources, factor=factor, cv=2,
            random_state=0).fit(X, y)
    ours = halving_schedule(n_candidates, min_resources, len(X), factor)
    assert [c for c, _ in ours] == list(search.n_candidates_)
    assert [r for _, r in ours] == list(search.n_resources_)


def test_successive_halving_keeps_the_best_and_spends_the_schedule():
    # Score = true quality plus noise that shrinks as resources grow: the best config survives.
    quality = np.random.default_rng(3).permutation(np.linspace(0, 1, 27))
    calls = []

    def score(config, resources):
        calls.append(resources)
        return quality[config] + np.random.default_rng(config * 1000 + resources).normal(0, 0.01 / resources)

    best, history = successive_halving(list(range(27)), score, min_resources=1, max_resources=27)
    assert best == int(np.argmax(quality))
    assert [len(h) for h in history] == [27, 9, 3, 1]
    assert sorted(set(calls)) == [1, 3, 9, 27]


def test_nested_cv_matches_sklearn_and_the_notebook():
    X, y = load_breast_cancer(return_X_y=True)
    pipeline = make_pipeline(StandardScaler(), SVC())
    grid = {"svc__C": [0.1, 1.0, 10.0, 100.0], "svc__gamma": [1e-3, 1e-2, 1e-1]}
    outer = StratifiedKFold(5, shuffle=True, random_state=0)
    inner = StratifiedKFold(3, shuffle=True, random_state=1)
    ours = nested_cv(pipeline, grid, X, y, outer, inner)
    reference = cross_val_score(GridSearchCV(pipeline, grid, cv=inner), X, y, cv=outer)
    np.testing.assert_allclose(ours, reference)
    flat = GridSearchCV(pipeline, grid, cv=inner).fit(X, y)
    # The numbers the notebook prints and its prose repeats.
    assert round(ours.mean(), 4) == 0.9771
    assert round(ours.std(), 4) == 0.0131
    assert round(flat.best_score_, 4) == 0.9771
    printed = notebook_output("hyperparameter_search")  # the page shows these very numbers
    assert f"nested:     mean outer-fold accuracy             {ours.mean():.4f} (std {ours.std():.4f}" in printed
    assert f"non-nested: best inner-CV accuracy of the search  {flat.best_score_:.4f}" in printed


def digits_split():
    X, y = load_digits(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.5, stratify=y,
                                                        random_state=0)
    return X_train, X_test, y_train, y_test, StratifiedKFold(3, shuffle=True, random_state=0)


def test_grid_facts_stated_by_the_notebook():
    """8 of the 16 grid points score below 0.5: the 7 with gamma = 0.1 or C = 0.01, and one more."""
    X_train, X_test, y_train, y_test, folds = digits_split()
    assert (len(X_train), len(X_test)) == (898, 899)
    grid = {"C": np.logspace(-2, 3, 4), "gamma": np.logspace(-5, -1, 4)}
    search = GridSearchCV(SVC(), grid, cv=folds).fit(X_train, y_train)
    results = search.cv_results_
    bad = results["mean_test_score"] < 0.5
    C, gamma = results["param_C"].astype(float), results["param_gamma"].astype(float)
    edge = (gamma == 0.1) | (C == 0.01)
    assert bad.sum() == 8 and np.all(bad[edge]) and edge.sum() == 7
    (extra,) = np.flatnonzero(bad & ~edge)
    assert (round(C[extra], 2), gamma[extra]) == (0.46, 1e-5)
    assert round(results["mean_test_score"].max(), 4) == 0.9788  # the grid row of the summary
    assert round(search.score(X_test, y_test), 4) == 0.9900


def test_bayes_opt_starts_from_the_given_points_and_is_paired_with_random_search():
    """Seed 4 of the notebook: the GP loop keeps the 5 shared starting evaluations, then makes
    its own 11; here it ends 0.0022 below random search, as the printed per-seed line says."""
    X_train, _, y_train, _, folds = digits_split()
    space = {"C": loguniform(1e-2, 1e3), "gamma": loguniform(1e-5, 1e-1)}
    rs = RandomizedSearchCV(SVC(), space, n_iter=16, cv=folds, random_state=4, refit=False)
    rs.fit(X_train, y_train)
    start = np.log10([[p["C"], p["gamma"]] for p in rs.cv_results_["params"]])[:5]
    start_scores = rs.cv_results_["mean_test_score"][:5]

    def cv_accuracy(p):
        return float(cross_val_score(SVC(C=10 ** p[0], gamma=10 ** p[1]), X_train, y_train,
                                     cv=folds).mean())

    np.testing.assert_allclose([cv_accuracy(p) for p in start[:2]], start_scores[:2])
    points, scores = bayes_opt(cv_accuracy, np.array([[-2.0, 3.0], [-5.0, -1.0]]), 16,
                               np.random.default_rng(4), xi=1e-3, init=(start, start_scores))
    assert len(scores) == 16
    np.testing.assert_array_equal(points[:5], start)
    np.testing.assert_array_equal(scores[:5], start_scores)
    assert f"{scores.max() - rs.cv_results_['mean_test_score'].max():+.4f}" == "-0.0022"


def test_expected_improvement_margin_is_in_the_objectives_units():
    """EI with margin xi equals EI without it against an incumbent raised by xi; a larger
    margin lowers EI most where the mean is close to the incumbent (exploitation)."""
    mu, sigma = np.array([0.9815, 0.960]), np.array([0.002, 0.012])  # near the best; uncertain
    np.testing.assert_allclose(expected_improvement(mu, sigma, 0.981, xi=0.01),
                               expected_improvement(mu, sigma, 0.991, xi=0.0))
    small, large = (expected_improvement(mu, sigma, 0.981, xi=xi) for xi in (1e-3, 1e-2))
    assert np.argmax(small) == 0 and np.argmax(large) == 1  # xi = 0.01 prefers the uncertain one


def test_halving_cost_accounting_overstates_a_superlinear_fit():
    """Charging m/n for a fit on m samples is more than (m/n)^a for any a > 1: conservative."""
    rungs = halving_schedule(81, 20, 898, 3)
    charged = sum(c * 3 * m / 898 for c, m in rungs)
    assert round(charged, 1) == 21.6 and sum(c * 3 for c, _ in rungs) == 360
    for a in (1.5, 2.0, 3.0):
        assert sum(c * 3 * (m / 898) ** a for c, m in rungs) < charged


def test_the_seed_study_lines_on_the_page():
    printed = notebook_output("hyperparameter_search")
    for line in ["random    0.9802 [0.9721, 0.9833]  0.9893 [0.9889, 0.9900]             48.0",
                 "halving   0.9688 [0.9517, 0.9814]  0.9895 [0.9889, 0.9900]             21.6",
                 "bayesian  0.9826 [0.9811, 0.9833]  0.9895 [0.9878, 0.9900]             48.0",
                 "per seed: +0.0000, +0.0100, +0.0000, +0.0045, -0.0022",
                 "after 8 evaluations: random 0.9791, bayesian 0.9788",
                 "random: share of evaluations 6-16 within 0.01 of the best (0.9833): 0.13",
                 "bayesian: share of evaluations 6-16 within 0.01 of the best (0.9833): 0.47",
                 "grid configurations with CV accuracy below 0.5: 8 of 16"]:
        assert line in printed, line


def test_top_five_percent_claim_by_simulation():
    """1 - 0.95**16 = 0.56: the best of 16 uniform draws lands in the top 5% that often."""
    rng = np.random.default_rng(0)
    hits = (rng.random((200_000, 16)).max(axis=1) > 0.95).mean()
    assert round(1 - 0.95**16, 2) == 0.56
    assert hits == pytest.approx(1 - 0.95**16, abs=0.005)  # about 4 standard errors
