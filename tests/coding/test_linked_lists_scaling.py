"""The linked-list scaling snippet times both checked detectors on lists with a cycle."""

import numpy as np

from snippets.coding import linked_lists_cycles, linked_lists_scaling as scaling


def test_main_times_both_detectors_and_prints_their_exponents(monkeypatch, capsys):
    answers = []

    def fake_measure(solve, make_input, sizes, repeats):
        answers.append(solve(make_input(sizes[0])))
        return 1e-7 * np.asarray(sizes, float) ** (len(answers) / 2 + 0.5)  # 1, then 1.5

    monkeypatch.setattr(scaling, "measure_scaling", fake_measure)
    monkeypatch.setattr(scaling.plt, "show", lambda: None)
    scaling.main()
    scaling.plt.close("all")
    assert answers == [True, True]
    assert capsys.readouterr().out.splitlines() == [
        "Floyd, O(1) memory: fitted exponent 1.00",
        "visited set, O(n) memory: fitted exponent 1.50",
    ]


def test_rho_list_has_a_cycle_entering_at_the_middle():
    head = scaling.rho_list(10)
    entry = linked_lists_cycles.cycle_start(head)
    assert entry.val == 5
    assert scaling.has_cycle is linked_lists_cycles.has_cycle
    assert scaling.has_cycle_visited is linked_lists_cycles.has_cycle_visited
