"""Palindrome checks agree with reversing the cleaned string and with all substrings."""

from hypothesis import given, strategies as st

from snippets.coding.two_pointers_strings import (
    is_palindrome, longest_palindrome, main, palindrome_after_one_deletion,
)

few_letters = st.text(alphabet="abc", max_size=14)


def cleaned(text):
    return [c.lower() for c in text if c.isascii() and c.isalnum()]


@given(st.text(max_size=30))
def test_is_palindrome_matches_reversed_cleaned_text(text):
    assert is_palindrome(text) == (cleaned(text) == cleaned(text)[::-1])


@given(st.lists(st.sampled_from("aAbB1 ,:é"), max_size=12))
def test_is_palindrome_on_mirrored_text(half):
    text = "".join(half)
    assert is_palindrome(text + text[::-1])  # ignoring case, a mirror is a palindrome


@given(few_letters)
def test_one_deletion_matches_trying_every_deletion(text):
    candidates = [text] + [text[:i] + text[i + 1:] for i in range(len(text))]
    assert palindrome_after_one_deletion(text) == any(c == c[::-1] for c in candidates)


@given(few_letters)
def test_longest_palindrome_matches_all_substrings(text):
    subs = [text[i:j] for i in range(len(text)) for j in range(i, len(text) + 1)]
    palindromes = [s for s in subs if s == s[::-1]]
    best = max(palindromes, key=len, default="")  # max keeps the leftmost longest
    assert longest_palindrome(text) == best


def test_edge_cases():
    assert is_palindrome("") and is_palindrome("!!") and is_palindrome("a")
    assert not is_palindrome("0P")  # digits count and are not letters
    assert is_palindrome("No 'x' in Nixon")
    assert not is_palindrome("ÉaÉ b")  # é is not ASCII, so only "a" and "b" count
    assert palindrome_after_one_deletion("") and palindrome_after_one_deletion("ab")
    assert not palindrome_after_one_deletion("abc")
    assert longest_palindrome("a") == "a" and longest_palindrome("ab") == "a"
    assert longest_palindrome("aaaa") == "aaaa"


def test_worked_example(capsys):
    main()
    assert capsys.readouterr().out.splitlines() == [
        "is_palindrome('A man, a plan, a canal: Panama') = True",
        "is_palindrome('race a car') = False",
        "is_palindrome('.,') = True",
        "palindrome_after_one_deletion('abca') = True",
        "palindrome_after_one_deletion('abcda') = False",
        "longest_palindrome('babad') = 'bab'",
        "longest_palindrome('cbbd') = 'bb'",
        "longest_palindrome('forgeeksskeegfor') = 'geeksskeeg'",
        "longest_palindrome('') = ''",
    ]
