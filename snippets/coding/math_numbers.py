"""Number theory warm-ups: Euclid's gcd and lcm, the sieve, fast powers modulo m.

Used by docs/coding/math-and-simulation.md.
"""

from __future__ import annotations


# --8<-- [start:gcd]
def gcd(a: int, b: int) -> int:
    """Greatest common divisor by Euclid: gcd(a, b) = gcd(b, a mod b); gcd(0, 0) = 0."""
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    """Least common multiple, non-negative; 0 if either is 0. Dividing first keeps
    the numbers small."""
    if a == 0 or b == 0:
        return 0
    return abs(a) // gcd(a, b) * abs(b)


def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    """(g, x, y) with a*x + b*y = g = gcd(a, b), for a, b >= 0."""
    old_r, r, old_x, x, old_y, y = a, b, 1, 0, 0, 1
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_x, x = x, old_x - q * x
        old_y, y = y, old_y - q * y
    return old_r, old_x, old_y
# --8<-- [end:gcd]


# --8<-- [start:primes]
def sieve(n: int) -> list[int]:
    """All primes <= n in O(n log log n): cross out multiples of each prime from p*p."""
    if n < 2:
        return []
    is_prime = bytearray([1]) * (n + 1)
    is_prime[0] = is_prime[1] = 0
    p = 2
    while p * p <= n:
        if is_prime[p]:  # smaller multiples were crossed out by smaller primes
            is_prime[p * p::p] = bytes(len(range(p * p, n + 1, p)))
        p += 1
    return [i for i in range(n + 1) if is_prime[i]]


def is_prime_trial(n: int) -> bool:
    """Trial division by 2 and the odd numbers up to sqrt(n): O(sqrt n) per number."""
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def primes_by_trial(n: int) -> list[int]:
    """The same list as sieve(n), one trial division per number: O(n sqrt n)."""
    return [i for i in range(n + 1) if is_prime_trial(i)]
# --8<-- [end:primes]


# --8<-- [start:power]
def power_mod(base: int, exponent: int, modulus: int) -> int:
    """base ** exponent % modulus by squaring: O(log exponent) multiplications."""
    if exponent < 0 or modulus < 1:
        raise ValueError("needs exponent >= 0 and modulus >= 1")
    result, base = 1 % modulus, base % modulus  # 1 % 1 == 0: everything is 0 mod 1
    while exponent:
        if exponent & 1:  # this bit of the exponent contributes base^(2^k)
            result = result * base % modulus
        base = base * base % modulus
        exponent >>= 1
    return result
# --8<-- [end:power]


def main() -> None:
    print("gcd(84, 36) =", gcd(84, 36), "| lcm(4, 6) =", lcm(4, 6),
          "| gcd(0, 0) =", gcd(0, 0), "| gcd(-12, 18) =", gcd(-12, 18))
    g, x, y = extended_gcd(240, 46)
    print(f"extended_gcd(240, 46) = {g}: 240 * {x} + 46 * {y} = {240 * x + 46 * y}")
    print("sieve(50) =", sieve(50))
    print("primes below 10**6:", len(sieve(10**6)))
    print("power_mod(3, 200, 13) =", power_mod(3, 200, 13),
          "| power_mod(2, 10**18, 10**9 + 7) =", power_mod(2, 10**18, 10**9 + 7))


if __name__ == "__main__":
    main()
