"""LCS and LIS against brute force over subsequences; the two LIS versions agree."""

import itertools

from hypothesis import given, strategies as st

from snippets.coding.dp_sequences import lcs, lis, lis_quadratic


def is_subsequence(small, big):
    it = iter(big)
    return all(ch in it for ch in small)  # `in` consumes the iterator up to the match


def brute_force_lcs_length(a, b):
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    for k in range(len(short), -1, -1):
        if any(is_subsequence(c, other) for c in itertools.combinations(short, k)):
            return k
    return 0


@given(st.text("abc", max_size=8), st.text("abc", max_size=8))
def test_lcs_is_common_and_as_long_as_brute_force(a, b):
    common = lcs(a, b)
    assert is_subsequence(common, a) and is_subsequence(common, b)
    assert len(common) == brute_force_lcs_length(a, b)


def test_lcs_examples():
    assert len(lcs("ABCBDAB", "BDCABA")) == 4
    assert lcs("ABCBDAB", "BDCABA") == "BDAB"
    assert lcs("", "abc") == "" and lcs("abc", "xyz") == ""
    assert lcs("same", "same") == "same"


def brute_force_lis_length(xs):
    for k in range(len(xs), 0, -1):
        runs = itertools.combinations(xs, k)
        if any(all(a < b for a, b in zip(c, c[1:])) for c in runs):
            return k
    return 0


def assert_increasing_subsequence(run, xs):
    assert all(a < b for a, b in zip(run, run[1:]))
    assert is_subsequence(run, xs)


@given(st.lists(st.integers(0, 6), max_size=10))
def test_lis_matches_brute_force_with_ties(xs):
    fast, slow = lis(xs), lis_quadratic(xs)
    assert_increasing_subsequence(fast, xs)
    assert_increasing_subsequence(slow, xs)
    assert len(fast) == len(slow) == brute_force_lis_length(xs)


@given(st.lists(st.integers(-1000, 1000), max_size=200))
def test_patience_sorting_matches_quadratic_dp_on_longer_inputs(xs):
    fast = lis(xs)
    assert_increasing_subsequence(fast, xs)
    assert len(fast) == len(lis_quadratic(xs))


def test_lis_edges():
    assert lis([]) == [] == lis_quadratic([])
    assert lis([3, 3, 3]) == [3]  # strictly increasing: equal values do not chain
    assert lis([5, 4, 3, 2, 1]) == [1]
    assert lis(list(range(6))) == list(range(6))
    assert lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]) == [2, 3, 7, 18, 19]


def test_page_claims_about_the_examples():
    from bisect import bisect_left

    tails = []
    for x in [10, 9, 2, 5, 3, 7, 101, 18, 4, 19]:
        k = bisect_left(tails, x)
        tails[k:k + 1] = [x]
    assert tails == [2, 3, 4, 18, 19]  # right length, not a subsequence of the input
    assert lis_quadratic([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]) == [2, 5, 7, 18, 19]
    assert is_subsequence("BCBA", "ABCBDAB") and is_subsequence("BCBA", "BDCABA")
    assert lcs("dynamic", "programming") == "ami"
