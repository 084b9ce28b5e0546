"""The OOP, FP and SOLID examples do what the page says."""

import dataclasses

import pytest
from hypothesis import given, strategies as st

from snippets.coding.eng_principles import (Account, EmailNotifier, Notifier, OverdueReminder,
                                            Point, ReportBuilder, SmsNotifier, StudentAccount,
                                            compose, total_fees, translate)


def test_encapsulation_rejects_invalid_changes():
    account = Account("ada")
    account.deposit(10)
    with pytest.raises(ValueError):
        account.deposit(-5)
    with pytest.raises(AttributeError):
        account.balance = 1_000  # a read-only property
    assert account.balance == 10


def test_polymorphism_and_inheritance():
    student = StudentAccount("bo")
    student.deposit(3)  # inherited
    assert student.balance == 3
    assert total_fees([Account("a"), student, Account("c")]) == 10


@given(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6), st.floats(-10, 10), st.floats(-10, 10))
def test_translate_is_pure_and_points_are_immutable(x, y, dx, dy):
    p = Point(x, y)
    q = translate(p, dx, dy)
    assert p == Point(x, y) and q == Point(x + dx, y + dy)
    assert translate(p, dx, dy) == q  # same input, same output
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 0.0


@given(st.text(max_size=20))
def test_compose_applies_left_to_right(text):
    assert compose(str.strip, str.upper)(text) == text.strip().upper()
    assert compose()(text) == text


class FakeNotifier(Notifier):
    def __init__(self):
        self.sent = []

    def send(self, to, text):
        self.sent.append((to, text))
        return "sent"


def test_dependency_injection_lets_a_test_substitute_the_notifier():
    fake = FakeNotifier()
    assert OverdueReminder(ReportBuilder(), fake).remind("ada", 2) == "sent"
    assert fake.sent == [("ada", "ada has 2 overdue invoices")]
    assert EmailNotifier().send("x", "hi") == "email to x: hi"
    assert SmsNotifier().send("x", "a" * 30) == "sms to x: " + "a" * 20
    with pytest.raises(TypeError):
        Notifier()
