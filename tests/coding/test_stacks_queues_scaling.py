"""The stack scaling snippet times both checked solutions on falling temperatures."""

import numpy as np

from snippets.coding import stacks_queues, stacks_queues_scaling as scaling


def test_main_times_both_solutions_and_prints_their_exponents(monkeypatch, capsys):
    answers = []

    def fake_measure(solve, make_input, sizes):
        answers.append(solve(make_input(sizes[0])))
        return 1e-7 * np.asarray(sizes, float) ** len(answers)  # exponents 1, then 2

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    monkeypatch.setattr(scaling.plt, "show", lambda: None)
    scaling.main()
    scaling.plt.close("all")
    assert answers == [[0] * scaling.SIZES[0]] * 2  # no day is ever followed by a warmer one
    assert capsys.readouterr().out.splitlines() == [
        "monotonic stack: fitted exponent 1.00",
        "scan forward from each day: fitted exponent 2.00",
    ]


def test_it_times_the_checked_functions():
    assert scaling.days_until_warmer is stacks_queues.days_until_warmer
    assert scaling.days_until_warmer_scan is stacks_queues.days_until_warmer_scan
