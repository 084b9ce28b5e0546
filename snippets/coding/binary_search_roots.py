"""Square roots: integer square root by binary search, and Newton's method.

Used by docs/coding/binary-search.md.
"""

from __future__ import annotations

import math


# --8<-- [start:isqrt]
def isqrt_binary(n: int) -> int:
    """Largest r with r * r <= n, for an integer n >= 0."""
    if n < 0:
        raise ValueError("square root of a negative number")
    lo, hi = 0, n + 1  # invariant: lo * lo <= n < hi * hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
# --8<-- [end:isqrt]


# --8<-- [start:newton]
def newton_start(a: float) -> float:
    """A power of two at or above sqrt(a), within a factor 2 of it, for a > 0."""
    _, exponent = math.frexp(a)  # a = m * 2**exponent with 0.5 <= m < 1
    return math.ldexp(1.0, (exponent + 1) // 2)  # 2**ceil(exponent / 2)


def sqrt_newton(a: float) -> tuple[float, int]:
    """sqrt(a) for a finite a >= 0 by Newton's method, and the number of steps taken.

    Starting at x0 >= sqrt(a), each step x -> (x + a / x) / 2 lands at or above sqrt(a)
    and below the previous x, so the iterates decrease; stop when a step fails to
    decrease x, which in floating point happens within a rounding error of sqrt(a).
    """
    if a < 0:
        raise ValueError("square root of a negative number")
    if a == 0:
        return 0.0, 0
    x, steps = newton_start(a), 0
    while True:
        nxt = (x + a / x) / 2
        steps += 1
        if nxt >= x:
            return x, steps
        x = nxt


def isqrt_newton(n: int) -> int:
    """Exact integer square root with Newton's method in integers."""
    if n < 0:
        raise ValueError("square root of a negative number")
    x = n
    while True:
        y = (x + n // x) // 2 if x else 0
        if y >= x:
            return x  # x = isqrt(n) once the integer iterates stop decreasing
        x = y
# --8<-- [end:newton]


def newton_iterates(a: float, count: int) -> list[float]:
    """The first `count` Newton iterates for sqrt(a), from the same start."""
    xs = [newton_start(a)]
    for _ in range(count - 1):
        xs.append((xs[-1] + a / xs[-1]) / 2)
    return xs


def main() -> None:
    for n in (0, 15, 16, 10**20 + 1):
        print(f"isqrt({n}) = {isqrt_binary(n)} by bisection,",
              f"{isqrt_newton(n)} by Newton")
    print("Newton iterates for sqrt(2), error against math.sqrt(2):")
    for k, x in enumerate(newton_iterates(2.0, 6)):
        print(f"  x{k} = {x:.16f}  error {abs(x - 2 ** 0.5):.1e}")
    for a in (2.0, 1e-300, 1e300):
        root, steps = sqrt_newton(a)
        print(f"sqrt_newton({a:g}) = {root!r} after {steps} steps")


if __name__ == "__main__":
    main()
