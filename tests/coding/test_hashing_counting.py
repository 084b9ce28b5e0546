"""Hash-map solutions agree with brute force over pairs, sorted keys and explicit counts."""

from collections import Counter

from hypothesis import given, strategies as st

from snippets.coding.hashing_counting import (
    dedup_keep_order, first_repeat, first_with_duplicate, group_anagrams, main, majority,
    majority_boyer_moore, top_words, two_sum, two_sum_all_pairs,
)

ints = st.lists(st.integers(-8, 8), max_size=25)


@given(ints, st.integers(-16, 16))
def test_two_sum_matches_the_first_pair_by_second_index(nums, target):
    expected = next(((i, j) for j in range(len(nums)) for i in range(j)
                     if nums[i] + nums[j] == target), None)
    assert two_sum(nums, target) == two_sum_all_pairs(nums, target) == expected


@given(st.lists(st.text(alphabet="abc", max_size=4), max_size=15))
def test_group_anagrams_matches_pairwise_comparison(words):
    groups = group_anagrams(words)
    assert sorted(w for g in groups for w in g) == sorted(words)  # a partition of words
    for g in groups:
        assert all(Counter(w) == Counter(g[0]) for w in g)
        assert [w for w in words if Counter(w) == Counter(g[0])] == g  # input order
    firsts = [g[0] for g in groups]
    assert firsts == [w for k, w in enumerate(words)
                      if all(Counter(v) != Counter(w) for v in words[:k])]


@given(ints)
def test_first_repeat_and_first_with_duplicate_match_scans(items):
    second_copies = [k for k in range(len(items)) if items[k] in items[:k]]
    assert first_repeat(items) == (items[second_copies[0]] if second_copies else None)
    dup = [x for x in items if items.count(x) > 1]
    assert first_with_duplicate(items) == (dup[0] if dup else None)


@given(ints)
def test_dedup_keep_order_matches_dict_fromkeys(items):
    assert dedup_keep_order(items) == list(dict.fromkeys(items))


@given(st.lists(st.sampled_from(["a", "b", "c"]), max_size=20))
def test_majority_matches_counting_every_item(items):
    expected = next((x for x in set(items) if items.count(x) * 2 > len(items)), None)
    assert majority(items) == majority_boyer_moore(items) == expected


@given(st.lists(st.sampled_from(["ant", "bee", "cat", "dog"]), max_size=20),
       st.integers(0, 5))
def test_top_words_matches_sorting_explicit_counts(words, k):
    text = " ".join(w.upper() if i % 2 else w for i, w in enumerate(words)) + "!"
    counts = {w: words.count(w) for w in set(words)}
    expected = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
    assert top_words(text, k) == expected


def test_edge_cases():
    assert two_sum([], 0) is None and two_sum([5], 10) is None
    assert two_sum([5, 5], 10) == (0, 1)  # the same value at two positions
    assert group_anagrams([]) == [] and group_anagrams(["", ""]) == [["", ""]]
    assert first_repeat([]) is None and first_with_duplicate([1, 2, 3]) is None
    assert majority([]) is None and majority(["a", "b"]) is None
    assert majority_boyer_moore(["a", "b", "c"]) is None  # the candidate must be verified
    assert top_words("", 3) == []


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "two_sum([3, 2, 4, 3], 6) = (1, 2)",
        "two_sum([1, 2], 7) = None",
        "anagram groups: [['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']]",
        "first repeat in [2, 5, 1, 5, 2]: 5",
        "first with a duplicate: 2",
        "dedup keeping order: [3, 1, 2, 4]",
        "top 3 words: [('the', 3), ('cat', 2), ('hat', 2)]",
        "majority of babcbba -> b b",
    ]
