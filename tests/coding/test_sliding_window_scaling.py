"""The scaling snippet times the checked functions on valid inputs; no clock is read."""

import numpy as np

from snippets.coding import sliding_window_scaling as scaling


def test_main_times_both_solutions_and_prints_their_exponents(monkeypatch, capsys):
    answers = []

    def fake_measure(solve, make_input, sizes):
        nums, k = make_input(sizes[0])
        answers.append(solve((nums, k)))
        sums = [sum(nums[i:i + k]) for i in range(len(nums) - k + 1)]
        assert answers[-1] == (max(sums), sums.index(max(sums)))
        return 1e-7 * np.asarray(sizes, float) ** len(answers)  # exponents 1, then 2

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    monkeypatch.setattr(scaling.plt, "show", lambda: None)
    scaling.main()
    scaling.plt.close("all")
    assert len(answers) == 2
    assert capsys.readouterr().out.splitlines() == [
        "sliding window: fitted exponent 1.00", "re-add each window: fitted exponent 2.00"]


def test_inputs_are_seeded():
    assert scaling.make_input(500) == scaling.make_input(500)
    nums, k = scaling.make_input(scaling.SIZES[-1])
    assert len(nums) == scaling.SIZES[-1] and k == len(nums) // 4
