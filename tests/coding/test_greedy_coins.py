"""Greedy coin change against a breadth-first search over amounts (fewest coins)."""

from __future__ import annotations

from collections import Counter, deque

from hypothesis import given, strategies as st

from snippets.coding.greedy_coins import first_counterexample, fewest_coins, greedy_coins


def bfs_fewest(coins, amount):
    """Reference: each coin is an edge a -> a + c; BFS gives the fewest edges to amount."""
    dist, queue = {0: 0}, deque([0])
    while queue:
        a = queue.popleft()
        for c in coins:
            if a + c <= amount and a + c not in dist:
                dist[a + c] = dist[a] + 1
                queue.append(a + c)
    return dist.get(amount)


coin_sets = st.lists(st.integers(1, 12), min_size=1, max_size=4, unique=True)


@given(coin_sets, st.integers(0, 40))
def test_dp_is_optimal_and_greedy_is_never_better(coins, amount):
    best = fewest_coins(coins, amount)
    expected = bfs_fewest(coins, amount)
    if expected is None:
        assert best is None
    else:
        assert len(best) == expected and sum(best) == amount and set(best) <= set(coins)
    greedy = greedy_coins(coins, amount)
    if greedy is not None:
        assert sum(greedy) == amount and len(greedy) >= expected


@given(coin_sets)
def test_first_counterexample_is_the_first_amount_where_greedy_loses(coins):
    found = first_counterexample(coins, limit=40)
    for amount in range(1, (found or 41)):
        greedy, best = greedy_coins(coins, amount), bfs_fewest(coins, amount)
        assert best is None or (greedy is not None and len(greedy) == best)
    if found is not None:
        greedy, best = greedy_coins(coins, found), bfs_fewest(coins, found)
        assert greedy is None or len(greedy) > best


def test_the_page_numbers():
    assert greedy_coins([1, 3, 4], 6) == [4, 1, 1]
    assert fewest_coins([1, 3, 4], 6) == [3, 3]
    assert first_counterexample([1, 3, 4]) == 6
    assert first_counterexample([1, 5, 10, 25]) is None  # canonical up to 100
    assert greedy_coins([5, 2], 6) is None and fewest_coins([5, 2], 6) == [2, 2, 2]
    assert fewest_coins([2], 3) is None and fewest_coins([1], 0) == []
    assert Counter(fewest_coins([1, 5, 10, 25], 63)) == Counter({25: 2, 10: 1, 1: 3})
