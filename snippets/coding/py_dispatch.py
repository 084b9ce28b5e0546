"""Interfaces (abc.ABC, typing.Protocol), overriding, singledispatch, and the MRO.

Used by docs/coding/python-for-interviews.md.
"""

from __future__ import annotations

import abc
import functools
import math
from typing import Protocol, runtime_checkable


# --8<-- [start:interfaces]
class Shape(abc.ABC):
    """An abstract base class: subclasses must implement area() to be instantiated."""

    @abc.abstractmethod
    def area(self) -> float: ...

    def describe(self) -> str:  # shared code calls the subclass's override at run time
        return f"{type(self).__name__} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:  # overriding: same name and signature, in a subclass
        return math.pi * self.r**2


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side**2


@runtime_checkable
class HasArea(Protocol):
    """A protocol: any object with an area() method matches, no inheritance needed."""

    def area(self) -> float: ...


class Field:  # unrelated to Shape, but structurally a HasArea
    def area(self) -> float:
        return 1e4
# --8<-- [end:interfaces]


# --8<-- [start:dispatch]
@functools.singledispatch
def to_json_value(value: object) -> object:
    """Overloading by the type of the first argument, chosen at run time."""
    raise TypeError(f"cannot convert {type(value).__name__}")


@to_json_value.register
def _(value: int) -> object:
    return value


@to_json_value.register
def _(value: set) -> object:
    return sorted(to_json_value(v) for v in value)


@to_json_value.register
def _(value: Shape) -> object:
    return {"kind": type(value).__name__, "area": round(value.area(), 3)}
# --8<-- [end:dispatch]


# --8<-- [start:mro]
class Base:
    def greet(self) -> str:
        return "Base"


class Left(Base):
    def greet(self) -> str:
        return "Left>" + super().greet()  # super(): the next class in the MRO


class Right(Base):
    def greet(self) -> str:
        return "Right>" + super().greet()


class Child(Left, Right):
    pass
# --8<-- [end:mro]


def main() -> None:
    for shape in (Circle(1.0), Square(2.0)):
        print(shape.describe())
    try:
        Shape()
    except TypeError as error:
        print("Shape():", error)
    print("Field is a HasArea:", isinstance(Field(), HasArea), "| a Shape:",
          isinstance(Field(), Shape))
    print("dispatch:", *(to_json_value(v) for v in (3, {3, 1, 2}, Square(1.5))))
    print("MRO:", [cls.__name__ for cls in Child.__mro__], "->", Child().greet())
    original, Base.greet = Base.greet, lambda self: "patched"  # rebind at run time
    try:
        print("after patching Base.greet:", Child().greet())  # looked up on every call
    finally:
        Base.greet = original


if __name__ == "__main__":
    main()
