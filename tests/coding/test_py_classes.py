"""The dunder-method claims: ordering, the eq/hash contract, and the container protocol."""

import pytest
from hypothesis import given, strategies as st

from snippets.coding.py_classes import EqualsOnly, IdentityHash, Playlist, Version

versions = st.lists(st.integers(0, 12), min_size=1, max_size=4).map(
    lambda parts: ".".join(map(str, parts)))


@given(versions, versions)
def test_version_order_and_equality_match_integer_tuples(a, b):
    ta, tb = (tuple(map(int, v.split("."))) for v in (a, b))
    va, vb = Version(a), Version(b)
    assert (va < vb, va <= vb, va > vb, va >= vb, va == vb) == (
        ta < tb, ta <= tb, ta > tb, ta >= tb, ta == tb)
    if va == vb:
        assert hash(va) == hash(vb)


def test_repr_round_trips_and_other_types_are_not_equal():
    v = Version("1.10.0")
    assert eval(repr(v), {"Version": Version}) == v
    assert (v == "1.10.0") is False
    with pytest.raises(TypeError):
        v < "1.2"
    assert sorted([Version("1.10.0"), Version("1.2.0")])[0] == Version("1.2.0")


def test_eq_without_hash_is_unhashable_and_identity_hash_breaks_sets():
    assert EqualsOnly.__hash__ is None
    with pytest.raises(TypeError):
        hash(EqualsOnly(1))
    a, b = IdentityHash(1), IdentityHash(1)
    assert a == b and len({a, b}) == 2 and b not in {a}


def test_playlist_protocols():
    p = Playlist("intro", "theme", "outro")
    assert len(p) == 3 and list(p) == ["intro", "theme", "outro"]
    assert "theme" in p and "coda" not in p and p[-1] == "outro"
    assert list(reversed(p)) == ["outro", "theme", "intro"]  # via __len__ + __getitem__
