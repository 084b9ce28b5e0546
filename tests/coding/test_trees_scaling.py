"""The tree timing snippet times the tested LCA functions on valid inputs; no timing is asserted."""

from snippets.coding import trees_lca, trees_scaling as timing
from tests.coding.fake_timing import timed_series


def test_it_times_the_functions_the_correctness_tests_check():
    assert timing.lca is trees_lca.lca and timing.lca_bst is trees_lca.lca_bst


def test_both_runners_give_the_same_answers_on_every_size(monkeypatch):
    timed = timed_series(monkeypatch, timing)
    assert list(timed) == ["general tree search, O(n)", "BST walk, O(log n)"]
    general, bst = timed.values()
    for i in range(2):
        assert general.answer(i) == bst.answer(i)
        assert len(general.answer(i)) == timing.QUERIES
