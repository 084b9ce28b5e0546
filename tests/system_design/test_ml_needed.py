"""The arcsine closed form for the accuracy of a linear rule agrees with a Monte-Carlo
estimate; the page's simulated rule and model accuracies agree with their exact values
(the best possible accuracy is that of the true weights, a ceiling for any model)."""

import math

import numpy as np
import pytest

from snippets.system_design.ml_needed import (
    N_FEATURES, PROBLEMS, closed_form_accuracy, make_problem, rule_vs_model,
)


def test_page_closed_forms_by_hand():
    weights, noise = PROBLEMS["one strong signal"]
    total = 1 + 19 * 0.05**2 + 0.5**2
    rule = 0.5 + math.asin(1 / math.sqrt(total)) / math.pi
    best = 0.5 + math.asin(math.sqrt((total - 0.25) / total)) / math.pi
    first = np.eye(N_FEATURES)[0]
    assert closed_form_accuracy(weights, noise, first) == pytest.approx(rule)
    assert closed_form_accuracy(weights, noise, weights) == pytest.approx(best)
    assert (round(rule, 3), round(best, 3)) == (0.841, 0.855)
    weights, noise = PROBLEMS["20 weak signals"]
    assert round(closed_form_accuracy(weights, noise, first), 3) == 0.570
    assert round(0.5 + math.asin(math.sqrt(20 / 21)) / math.pi, 3) == 0.930


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_closed_form_matches_monte_carlo(seed):
    rng = np.random.default_rng(seed)
    weights, direction = rng.normal(size=6), rng.normal(size=6)
    x, y = make_problem(rng, weights, 0.8, 200_000)
    simulated = np.mean((x @ direction > 0) == y)
    exact = closed_form_accuracy(weights, 0.8, direction)
    assert simulated == pytest.approx(exact, abs=4 * math.sqrt(0.25 / 200_000))


def test_page_accuracies_agree_with_exact_values():
    rng = np.random.default_rng(0)   # the snippet's seed and order of problems
    first = np.eye(N_FEATURES)[0]
    four_se = 4 * math.sqrt(0.25 / 20_000)
    for weights, noise in PROBLEMS.values():
        acc = rule_vs_model(rng, weights, noise)
        assert acc["rule"] == pytest.approx(
            closed_form_accuracy(weights, noise, first), abs=four_se)
        best = closed_form_accuracy(weights, noise, weights)
        assert best - 0.01 - four_se < acc["model"] < best + four_se


def test_page_gaps():
    first = np.eye(N_FEATURES)[0]
    strong, weak = PROBLEMS["one strong signal"], PROBLEMS["20 weak signals"]
    gap_strong = (closed_form_accuracy(*strong, strong[0])
                  - closed_form_accuracy(*strong, first))
    gap_weak = closed_form_accuracy(*weak, weak[0]) - closed_form_accuracy(*weak, first)
    assert round(gap_strong, 3) == 0.014 and round(gap_weak, 2) == 0.36
