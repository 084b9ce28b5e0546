"""The pillars of OOP and of functional programming, and SOLID, in small examples.

Used by docs/coding/engineering-practice.md.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import reduce


# --8<-- [start:oop]
class Account:
    """Encapsulation: the balance changes only through methods that keep it valid."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self._balance = 0  # leading underscore: internal by convention

    @property
    def balance(self) -> int:
        return self._balance

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount

    def monthly_fee(self) -> int:  # polymorphism: subclasses answer differently
        return 5


class StudentAccount(Account):  # inheritance: reuses deposit and balance
    def monthly_fee(self) -> int:
        return 0


def total_fees(accounts: Iterable[Account]) -> int:
    """Abstraction: works for any account, without knowing its concrete class."""
    return sum(account.monthly_fee() for account in accounts)
# --8<-- [end:oop]


# --8<-- [start:fp]
@dataclass(frozen=True)  # immutability: fields cannot be reassigned
class Point:
    x: float
    y: float


def translate(p: Point, dx: float, dy: float) -> Point:
    """A pure function: the result depends only on the arguments, nothing is mutated."""
    return replace(p, x=p.x + dx, y=p.y + dy)


def compose(*functions: Callable) -> Callable:
    """A higher-order function: takes functions and returns their composition."""
    return lambda value: reduce(lambda acc, f: f(acc), functions, value)
# --8<-- [end:fp]


# --8<-- [start:solid]
class Notifier(abc.ABC):
    """D: high-level code depends on this abstraction. I: it holds only what callers
    need (one method), not a fat interface of everything a channel can do."""

    @abc.abstractmethod
    def send(self, to: str, text: str) -> str: ...


class EmailNotifier(Notifier):  # O: new channels are new classes; nothing is edited
    def send(self, to: str, text: str) -> str:
        return f"email to {to}: {text}"


class SmsNotifier(Notifier):  # L: usable anywhere a Notifier is expected
    def send(self, to: str, text: str) -> str:
        return f"sms to {to}: {text[:20]}"


class ReportBuilder:  # S: one reason to change (the report's format)
    def build(self, user: str, overdue: int) -> str:
        return f"{user} has {overdue} overdue invoices"


class OverdueReminder:
    """Composes the pieces; the notifier is injected, so tests can pass a fake."""

    def __init__(self, builder: ReportBuilder, notifier: Notifier) -> None:
        self.builder, self.notifier = builder, notifier

    def remind(self, user: str, overdue: int) -> str:
        return self.notifier.send(user, self.builder.build(user, overdue))
# --8<-- [end:solid]


def main() -> None:
    basic, student = Account("ada"), StudentAccount("bo")
    basic.deposit(100)
    print("balance:", basic.balance, "| fees:", total_fees([basic, student]))
    p = Point(1.0, 2.0)
    print("translate:", translate(p, 1, 1), "| original unchanged:", p)
    pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "-"))
    print("compose:", pipeline("  Hello World "))
    for notifier in (EmailNotifier(), SmsNotifier()):
        print(OverdueReminder(ReportBuilder(), notifier).remind("ada", 2))


if __name__ == "__main__":
    main()
