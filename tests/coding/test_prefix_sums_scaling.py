"""The prefix-sums scaling snippet times both checked counters; no clock is read."""

import numpy as np

from snippets.coding import prefix_sums_scaling as scaling


def test_main_times_both_counters_and_prints_their_exponents(monkeypatch, capsys):
    answers = []

    def fake_measure(solve, make_input, sizes):
        nums, k = make_input(sizes[0])
        answers.append(solve((nums, k)))
        return 1e-7 * np.asarray(sizes, float) ** len(answers)  # exponents 1, then 2

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    monkeypatch.setattr(scaling.plt, "show", lambda: None)
    scaling.main()
    scaling.plt.close("all")
    nums, k = scaling.make_input(scaling.SIZES[0])
    brute = sum(sum(nums[i:j]) == k for i in range(len(nums))
                for j in range(i + 1, len(nums) + 1))
    assert answers == [brute, brute] and brute > 0
    assert capsys.readouterr().out.splitlines() == [
        "prefix sums + hash map: fitted exponent 1.00",
        "every start, running sum: fitted exponent 2.00",
    ]
