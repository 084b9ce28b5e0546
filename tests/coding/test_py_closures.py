"""Late binding, closures with state, functools.wraps, and lru_cache's effect on call counts."""

from snippets.coding.py_closures import (callbacks_bound, callbacks_late, count_calls,
                                         fib_cached, fib_plain, make_counter)


def test_late_binding_and_the_default_argument_fix():
    assert [f() for f in callbacks_late()] == [2, 2, 2]
    assert [f() for f in callbacks_bound()] == [0, 1, 2]


def test_counters_are_independent():
    a, b = make_counter(), make_counter()
    assert (a(), a(), b(), a()) == (1, 2, 1, 3)


def test_wraps_keeps_metadata_and_the_call_count_is_2_fib_n_plus_1_minus_1():
    fib_plain.calls = 0
    assert fib_plain(20) == 6765
    assert fib_plain.calls == 2 * 10946 - 1  # calls(n) = 2 F(n+1) - 1
    assert fib_plain.__name__ == "fib_plain" and "Naive" in fib_plain.__doc__

    @count_calls
    def square(x):
        return x * x
    assert square(3) == 9 and square.calls == 1 and square.__wrapped__(4) == 16


def test_lru_cache_computes_each_n_once():
    fib_cached.cache_clear()
    assert fib_cached(20) == 6765
    info = fib_cached.cache_info()
    assert (info.hits, info.misses, info.currsize) == (18, 21, 21)
    assert fib_cached(90) == 2880067194370816120
