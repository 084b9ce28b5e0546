"""Closures and decorators: late binding, nonlocal state, functools.wraps and lru_cache.

Used by docs/coding/python-for-interviews.md.
"""

from __future__ import annotations

import functools
from collections.abc import Callable


# --8<-- [start:late_binding]
def callbacks_late() -> list[Callable[[], int]]:
    """Each lambda looks up i when it is called, after the loop has ended."""
    return [lambda: i for i in range(3)]


def callbacks_bound() -> list[Callable[[], int]]:
    """A default argument is evaluated when the lambda is created: the fix."""
    return [lambda i=i: i for i in range(3)]


def make_counter() -> Callable[[], int]:
    """A closure with state: `nonlocal` lets the inner function rebind `count`."""
    count = 0

    def increment() -> int:
        nonlocal count
        count += 1
        return count
    return increment
# --8<-- [end:late_binding]


# --8<-- [start:decorators]
def count_calls(func: Callable) -> Callable:
    """Decorator that counts calls; functools.wraps keeps the name and docstring."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@count_calls
def fib_plain(n: int) -> int:
    """Naive Fibonacci: exponentially many calls."""
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)


@functools.lru_cache(maxsize=None)
def fib_cached(n: int) -> int:
    """The same recursion, memoized: each n is computed once."""
    return n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)
# --8<-- [end:decorators]


def main() -> None:
    print("late binding:", [f() for f in callbacks_late()],
          "| bound:", [f() for f in callbacks_bound()])
    counter = make_counter()
    print("counter:", counter(), counter(), counter())
    print("fib_plain(20) =", fib_plain(20), "calls:", fib_plain.calls,
          "| name kept:", fib_plain.__name__)
    print("fib_cached(20) =", fib_cached(20), fib_cached.cache_info())


if __name__ == "__main__":
    main()
