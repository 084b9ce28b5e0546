"""The potential method's bookkeeping on the doubling array, checked from its definition."""

from hypothesis import given, strategies as st

from snippets.coding.cs_amortized import amortized_costs, append_costs, potential


@given(st.integers(1, 2000))
def test_every_append_costs_exactly_three_amortized(n):
    assert amortized_costs(n) == [3] * n


@given(st.integers(1, 2000))
def test_potential_never_negative_so_actual_total_is_at_most_3n(n):
    rows = append_costs(n)
    assert potential(0, 1) == 0
    assert all(potential(size, capacity) >= 0 for _, size, capacity in rows)
    total = sum(cost for cost, _, _ in rows)
    # amortized total = actual total + final potential - initial potential
    assert 3 * n == total + potential(rows[-1][1], rows[-1][2])
    assert total <= 3 * n


def test_actual_costs_are_one_plus_the_size_at_each_power_of_two():
    costs = [cost for cost, _, _ in append_costs(17)]
    assert costs == [1, 2, 3, 1, 5, 1, 1, 1, 9, 1, 1, 1, 1, 1, 1, 1, 17]


def test_the_totals_on_the_page():
    assert sum(cost for cost, _, _ in append_costs(1_000)) == 2_023
