"""Sliding windows: no repeats, minimum covering window, window sums, moving average.

Used by docs/coding/sliding-window.md.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Sequence


# --8<-- [start:no_repeats]
def longest_without_repeats(text: str) -> str:
    """The longest substring of distinct characters; the leftmost if several tie."""
    last_seen: dict[str, int] = {}
    start = best_start = best_len = 0
    for end, char in enumerate(text):
        if last_seen.get(char, -1) >= start:
            start = last_seen[char] + 1  # jump past the earlier copy of char
        last_seen[char] = end
        if end - start + 1 > best_len:
            best_start, best_len = start, end - start + 1
    return text[best_start:best_start + best_len]
# --8<-- [end:no_repeats]


# --8<-- [start:min_window]
def min_window(text: str, pattern: str) -> str:
    """Shortest substring of `text` holding every character of `pattern`, with repeats.

    Returns the leftmost shortest one, or "" if there is none or the pattern is empty.
    """
    if not pattern:
        return ""
    need = Counter(pattern)
    missing = len(pattern)  # characters of the pattern the window still lacks
    start, best = 0, (0, len(text) + 1)
    for end, char in enumerate(text):
        if need[char] > 0:
            missing -= 1
        need[char] -= 1  # negative: the window has spare copies of char
        while missing == 0:  # valid: shrink from the left while it stays valid
            if end + 1 - start < best[1] - best[0]:
                best = (start, end + 1)
            need[text[start]] += 1
            if need[text[start]] > 0:
                missing += 1
            start += 1
    return "" if best[1] > len(text) else text[best[0]:best[1]]
# --8<-- [end:min_window]


# --8<-- [start:fixed]
def max_sum_fixed(nums: Sequence[int], k: int) -> tuple[int, int]:
    """Largest sum of k consecutive numbers and the start of its first window."""
    if not 1 <= k <= len(nums):
        raise ValueError(f"need 1 <= k <= len(nums), got k={k}, len={len(nums)}")
    window = best = sum(nums[:k])
    best_start = 0
    for end in range(k, len(nums)):
        window += nums[end] - nums[end - k]  # slide: one in, one out
        if window > best:
            best, best_start = window, end - k + 1
    return best, best_start


def max_sum_fixed_naive(nums: Sequence[int], k: int) -> tuple[int, int]:
    """The same answer, re-adding every window from scratch: O(n k)."""
    sums = [sum(nums[i:i + k]) for i in range(len(nums) - k + 1)]
    best = max(sums)
    return best, sums.index(best)
# --8<-- [end:fixed]


# --8<-- [start:min_length]
def shortest_with_sum_at_least(nums: Sequence[int], target: int) -> int:
    """Shortest subarray with sum >= target, for non-negative `nums`; 0 if none."""
    best, window, start = len(nums) + 1, 0, 0
    for end, value in enumerate(nums):
        window += value
        while window >= target and start <= end:
            best = min(best, end - start + 1)
            window -= nums[start]
            start += 1
    return 0 if best > len(nums) else best
# --8<-- [end:min_length]


# --8<-- [start:moving_average]
class MovingAverage:
    """Mean of the last `size` values of a stream: O(1) time a value, O(size) space."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("window size must be at least 1")
        self.size = size
        self.window: deque[float] = deque()
        self.total = 0.0

    def next(self, value: float) -> float:
        """Add a value; return the mean of the (up to) `size` most recent values."""
        self.window.append(value)
        self.total += value
        if len(self.window) > self.size:
            self.total -= self.window.popleft()
        return self.total / len(self.window)
# --8<-- [end:moving_average]


def main() -> None:
    for text in ("abcabcbb", "pwwkew", "bbbb"):
        print(f"longest_without_repeats({text!r}) = "
              f"{longest_without_repeats(text)!r}")
    for text, pattern in (("ADOBECODEBANC", "ABC"), ("aa", "aa"), ("a", "aa")):
        print(f"min_window({text!r}, {pattern!r}) = {min_window(text, pattern)!r}")
    nums = [2, 1, 5, 1, 3, 2]
    print(f"max_sum_fixed({nums}, 3) = {max_sum_fixed(nums, 3)}")
    print(f"shortest_with_sum_at_least({nums}, 7) = "
          f"{shortest_with_sum_at_least(nums, 7)}")
    stream = MovingAverage(3)
    means = [stream.next(v) for v in (1, 10, 3, 5)]
    print("moving average, window 3:", [f"{m:.4f}" for m in means])


if __name__ == "__main__":
    main()
