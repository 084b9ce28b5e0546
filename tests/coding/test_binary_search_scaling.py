"""The binary-search scaling snippet times both checked searches; no clock is read."""

from bisect import bisect_left

import numpy as np

from snippets.coding import binary_search, binary_search_scaling as scaling


def test_main_times_both_searches_and_prints_their_exponents(monkeypatch, capsys):
    answers = []

    def fake_measure(solve, make_input, sizes):
        answers.append(solve(make_input(sizes[0])))
        return 1e-6 * np.asarray(sizes, float) ** (len(answers) / 2)  # exponents 0.5, 1

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    monkeypatch.setattr(scaling.plt, "show", lambda: None)
    scaling.main()
    scaling.plt.close("all")
    a, queries = scaling.make_input(scaling.SIZES[0])
    assert answers == [[bisect_left(a, x) for x in queries]] * 2
    assert capsys.readouterr().out.splitlines() == [
        "binary search: fitted exponent 0.50", "linear scan: fitted exponent 1.00"]


def test_it_times_the_checked_functions_on_sorted_inputs():
    assert scaling.lower_bound is binary_search.lower_bound
    assert scaling.lower_bound_linear is binary_search.lower_bound_linear
    a, queries = scaling.make_input(1000)
    assert a == sorted(a) and len(a) == 1000 and len(queries) == scaling.QUERIES
