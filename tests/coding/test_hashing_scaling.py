"""The two-sum scaling snippet times both checked solutions on inputs with no answer."""

import numpy as np

from snippets.coding import hashing_scaling as scaling


def test_main_times_both_solutions_and_prints_their_exponents(monkeypatch, capsys):
    answers = []

    def fake_measure(solve, make_input, sizes):
        answers.append(solve(make_input(sizes[0])))
        return 1e-7 * np.asarray(sizes, float) ** len(answers)  # exponents 1, then 2

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    monkeypatch.setattr(scaling.plt, "show", lambda: None)
    scaling.main()
    scaling.plt.close("all")
    assert answers == [None, None]
    assert capsys.readouterr().out.splitlines() == [
        "hash map: fitted exponent 1.00", "all pairs: fitted exponent 2.00"]


def test_inputs_have_no_pair_and_are_seeded():
    for n in scaling.SIZES:
        nums, target = scaling.make_input(n)
        assert len(set(nums)) == n and all(x % 2 == 0 for x in nums) and target % 2 == 1
    assert scaling.make_input(100) == scaling.make_input(100)
