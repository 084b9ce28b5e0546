"""Iterators and generators: yield, generator expressions, laziness, and itertools.

Used by docs/coding/python-for-interviews.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import accumulate, chain, groupby, islice


# --8<-- [start:generators]
def batches(items: Iterable[int], size: int) -> Iterator[list[int]]:
    """Consecutive lists of `size` items (the last may be shorter), produced lazily."""
    batch: list[int] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch  # pause here; resume on the next next() call
            batch = []
    if batch:
        yield batch


def naturals() -> Iterator[int]:
    """An infinite generator: fine, as long as the consumer takes finitely many."""
    n = 0
    while True:
        yield n
        n += 1


def running_mean(values: Iterable[float]) -> Iterator[float]:
    """Mean of every prefix in O(1) memory: one pass, nothing stored but two numbers."""
    total = 0.0
    for count, value in enumerate(values, start=1):
        total += value
        yield total / count
# --8<-- [end:generators]


# --8<-- [start:itertools]
def itertools_tour(words: list[str]) -> dict[str, list]:
    """A few itertools building blocks on a small list of words."""
    by_letter = groupby(sorted(words), key=lambda w: w[0])  # groups need sorted input
    return {
        "first 5 squares": list(islice((n * n for n in naturals()), 5)),
        "groups": [(letter, list(group)) for letter, group in by_letter],
        "running length": list(accumulate(len(w) for w in words)),
        "letters": list(chain.from_iterable(words))[:6],
    }
# --8<-- [end:itertools]


def main() -> None:
    print("batches:", list(batches(range(7), 3)))
    print("running mean:", [round(m, 2) for m in running_mean([4, 8, 6, 2])])
    squares = (n * n for n in range(4))
    print("a generator is used up once:", list(squares), list(squares))
    for name, value in itertools_tour(["beta", "alpha", "bias", "adam"]).items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
