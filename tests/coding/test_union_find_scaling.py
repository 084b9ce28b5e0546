"""The union-find timing snippet times the tested structure; no timing is asserted."""

from hypothesis import given

from snippets.coding import union_find, union_find_scaling as timing
from tests.coding.fake_timing import timed_series
from tests.coding.graph_strategies import edge_lists


def test_it_times_the_structure_the_correctness_tests_check():
    assert timing.DisjointSet is union_find.DisjointSet


@given(edge_lists(max_n=10))
def test_naive_version_gives_the_same_partition(case):
    n, edges = case
    fast, naive = union_find.DisjointSet(n), timing.NaiveDisjointSet(n)
    for a, b in edges:
        assert fast.union(a, b) == naive.union(a, b)
    for a in range(n):
        for b in range(n):
            assert (fast.find(a) == fast.find(b)) == (naive.find(a) == naive.find(b))


def test_chain_workload_builds_one_set_and_the_naive_tree_is_a_chain():
    n = timing.SIZES[0]
    assert timing.run_naive(n) == n * (n - 1)  # every find(0) reaches the far end
    naive = timing.NaiveDisjointSet(n)
    timing.chain_then_queries(naive, n)
    assert naive.parent[:3] == [1, 2, 3] and naive.find(0) == n - 1  # depth n - 1
    fast = union_find.DisjointSet(n)
    timing.chain_then_queries(fast, n)
    assert fast.count == 1 and max(fast.size) == n


def test_main_times_both_structures_on_the_chain_workload(monkeypatch):
    timed = timed_series(monkeypatch, timing)
    assert list(timed) == ["path compression + union by size", "neither optimization"]
    fast, naive = timed.values()
    assert (fast.solve, naive.solve) == (timing.run_optimized, timing.run_naive)
    n = timing.SIZES[0]
    assert fast.answer() == 0  # union by size keeps 0, the larger set's root, on top
    assert naive.answer() == n * (n - 1)  # the naive chain's root is its far end
