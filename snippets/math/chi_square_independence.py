"""Chi-square test of independence for two categorical variables, by hand and by simulation.

Used by docs/math/correlation-and-independence.md.
"""

from __future__ import annotations

import numpy as np
from scipy import stats

SEED = 4


# --8<-- [start:chi2]
def expected_counts(table: np.ndarray) -> np.ndarray:
    """Counts expected under independence: row total x column total / grand total."""
    return table.sum(axis=1, keepdims=True) * table.sum(axis=0, keepdims=True) / table.sum()


def chi_square_test(table: np.ndarray) -> tuple[float, int, float]:
    """Pearson's statistic sum (O - E)^2 / E, its degrees of freedom and p-value."""
    table = np.asarray(table, dtype=float)
    expected = expected_counts(table)
    statistic = float(((table - expected) ** 2 / expected).sum())
    dof = (table.shape[0] - 1) * (table.shape[1] - 1)
    return statistic, dof, float(stats.chi2.sf(statistic, dof))


def cramers_v(table: np.ndarray) -> float:
    """Effect size in [0, 1]: sqrt(chi2 / (n (min(rows, cols) - 1)))."""
    statistic, _, _ = chi_square_test(table)
    return float(np.sqrt(statistic / (table.sum() * (min(table.shape) - 1))))


def permutation_chi_square_p(table: np.ndarray, rng: np.random.Generator, n_perm: int) -> float:
    """Monte-Carlo p-value: shuffle one variable's labels, keeping both margins fixed."""
    rows = np.repeat(np.arange(table.shape[0]), table.sum(axis=1))
    cols = np.concatenate([np.repeat(np.arange(table.shape[1]), r) for r in table])
    observed, _, _ = chi_square_test(table)
    hits = 0
    for _ in range(n_perm):
        shuffled = np.zeros_like(table)
        np.add.at(shuffled, (rows, rng.permutation(cols)), 1)
        hits += chi_square_test(shuffled)[0] >= observed - 1e-9
    return (hits + 1) / (n_perm + 1)
# --8<-- [end:chi2]


# --8<-- [start:main]
def main() -> None:
    # Rows: ad variant A, B, C. Columns: clicked, did not click.
    table = np.array([[48, 952], [61, 939], [79, 921]])
    statistic, dof, p = chi_square_test(table)
    print("observed:\n", table)
    print("expected under independence:\n", np.round(expected_counts(table), 1))
    print(f"chi2 = {statistic:.3f}, dof = {dof}, p = {p:.4f}, Cramer's V = {cramers_v(table):.4f}")
    rng = np.random.default_rng(SEED)
    print(f"permutation p-value (2,000 shuffles): {permutation_chi_square_p(table, rng, 2000):.4f}")
# --8<-- [end:main]


if __name__ == "__main__":
    main()
