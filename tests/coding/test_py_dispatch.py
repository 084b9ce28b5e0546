"""ABCs, protocols, singledispatch and the MRO behave as the page says."""

import math

import pytest

from snippets.coding import py_dispatch
from snippets.coding.py_dispatch import (Base, Child, Circle, Field, HasArea, Left, Right, Shape,
                                         Square, to_json_value)


def test_abstract_class_cannot_be_instantiated_and_overrides_are_used():
    with pytest.raises(TypeError):
        Shape()
    assert Circle(2).describe() == f"Circle with area {math.pi * 4:.2f}"
    assert Square(3).area() == 9


def test_protocol_is_structural_and_abc_is_nominal():
    assert isinstance(Field(), HasArea) and isinstance(Circle(1), HasArea)
    assert not isinstance(Field(), Shape)
    assert not isinstance(object(), HasArea)


def test_singledispatch_picks_the_most_specific_registered_type():
    assert to_json_value(3) == 3
    assert to_json_value(True) is True  # bool is a subclass of int: the int version
    assert to_json_value({2, 1}) == [1, 2]
    assert to_json_value(Circle(1)) == {"kind": "Circle", "area": 3.142}
    with pytest.raises(TypeError):
        to_json_value(1.5)


def test_mro_and_super_follow_c3_linearization():
    assert Child.__mro__ == (Child, Left, Right, Base, object)
    assert Child().greet() == "Left>Right>Base"


def test_main_restores_the_patched_method(capsys):
    py_dispatch.main()
    out = capsys.readouterr().out
    assert "after patching Base.greet: Left>Right>patched" in out
    assert Child().greet() == "Left>Right>Base"
