"""The hand-written chi-square test agrees with scipy.stats.chi2_contingency, and its asymptotic
p-value agrees with a permutation (Monte-Carlo) p-value."""

import numpy as np
import pytest
from scipy import stats

from snippets.math.chi_square_independence import (
    chi_square_test, cramers_v, expected_counts, permutation_chi_square_p,
)

TABLE = np.array([[48, 952], [61, 939], [79, 921]])


@pytest.mark.parametrize("seed", range(4))
def test_matches_scipy_on_random_tables(seed):
    rng = np.random.default_rng(seed)
    table = rng.integers(5, 60, size=(int(rng.integers(2, 5)), int(rng.integers(2, 5))))
    statistic, dof, p = chi_square_test(table)
    ref = stats.chi2_contingency(table, correction=False)
    assert statistic == pytest.approx(ref.statistic)
    assert dof == ref.dof
    assert p == pytest.approx(ref.pvalue)
    np.testing.assert_allclose(expected_counts(table), ref.expected_freq)


def test_page_numbers():
    statistic, dof, p = chi_square_test(TABLE)
    assert (round(statistic, 3), dof, round(p, 4)) == (8.251, 2, 0.0162)
    assert cramers_v(TABLE) == pytest.approx(stats.contingency.association(TABLE, method="cramer"))
    assert round(cramers_v(TABLE), 4) == 0.0524


def test_permutation_p_value_agrees_with_asymptotic():
    # 2,000 shuffles: standard error of the Monte-Carlo p-value is about 0.003.
    p = permutation_chi_square_p(TABLE, np.random.default_rng(4), 2000)
    assert p == pytest.approx(chi_square_test(TABLE)[2], abs=0.01)


def test_independent_table_is_not_rejected():
    table = np.array([[100, 200], [50, 100]])  # exactly proportional rows
    statistic, _, p = chi_square_test(table)
    assert statistic == pytest.approx(0.0)
    assert p == pytest.approx(1.0)
