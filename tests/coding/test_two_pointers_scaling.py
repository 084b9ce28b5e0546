"""The scaling snippet times the checked functions; no test here reads the clock."""

import numpy as np

from snippets.coding import two_pointers, two_pointers_scaling as scaling


def test_it_times_the_functions_the_correctness_tests_check():
    assert scaling.max_area is two_pointers.max_area
    assert scaling.max_area_all_pairs is two_pointers.max_area_all_pairs


def test_inputs_are_seeded_and_sized():
    for n in scaling.SIZES:
        heights = scaling.make_heights(n)
        assert len(heights) == n and heights == scaling.make_heights(n)
    small = scaling.make_heights(scaling.SIZES[0])
    assert two_pointers.max_area(small) == two_pointers.max_area_all_pairs(small)


def test_main_prints_the_fitted_exponents(monkeypatch, capsys):
    exponents = {two_pointers.max_area: 1.0, two_pointers.max_area_all_pairs: 2.0}

    def fake_measure(solve, make_input, sizes):
        return 1e-7 * np.asarray(sizes, float) ** exponents[solve]

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    monkeypatch.setattr(scaling.plt, "show", lambda: None)
    scaling.main()
    scaling.plt.close("all")
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["two pointers: fitted exponent 1.00",
                     "all pairs: fitted exponent 2.00"]
