"""The sorting scaling snippet times checked sorts on the intended inputs; no clock is read."""

import sys

import numpy as np

from snippets.coding import sorting, sorting_scaling as scaling


def test_main_times_four_sorts_and_prints_their_exponents(monkeypatch, capsys):
    calls = []

    def fake_measure(solve, make_input, sizes):
        data = make_input(sizes[0])
        calls.append((make_input, solve(data) == sorted(data)))
        return 1e-7 * np.asarray(sizes, float) ** (1 + (make_input is scaling.sorted_input))

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    monkeypatch.setattr(scaling.plt, "show", lambda: None)
    scaling.main()
    scaling.plt.close("all")
    assert calls == [(scaling.random_input, True)] * 3 + [(scaling.sorted_input, True)]
    assert capsys.readouterr().out.splitlines() == [
        "merge sort, random: fitted exponent 1.00",
        "quicksort median-of-3, random: fitted exponent 1.00",
        "sorted(), random: fitted exponent 1.00",
        "quicksort first pivot, sorted: fitted exponent 2.00",
    ]


def test_it_times_the_checked_sorts():
    assert scaling.merge_sort is sorting.merge_sort and scaling.quicksort is sorting.quicksort
    assert scaling.random_input(100) == scaling.random_input(100)
    assert sorted(scaling.random_input(100)) == list(range(100))
    big = scaling.SIZES[-1]
    assert scaling.quicksort_first_pivot(scaling.sorted_input(big)) == list(range(big))
    assert big > sys.getrecursionlimit()  # fine: the recursion depth is logarithmic
