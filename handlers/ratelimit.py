"""Per-user flood control: a token bucket in memory, one polite warning, then silence."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class Verdict(Enum):
    """What to do with one incoming update of a user."""

    ALLOW = "allow"
    WARN = "warn"  # the first update over the limit: tell the user once
    DROP = "drop"  # further updates over the limit: stay silent


@dataclass
class _Bucket:
    tokens: float
    stamp: float
    warned: bool = False


class FloodGuard:
    """``burst`` updates at once, refilled at ``per_second``; users don't affect each other."""

    def __init__(self, burst: int, per_second: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = float(burst)
        self.per_second = per_second
        self.clock = clock
        self._buckets: dict[int, _Bucket] = {}

    def check(self, user_id: int) -> Verdict:
        now = self.clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = _Bucket(self.burst, now)
            self._prune(now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.per_second)
        bucket.stamp = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return Verdict.ALLOW
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        return Verdict.WARN

    def _prune(self, now: float) -> None:
        """Forget users whose bucket has refilled, so memory stays bounded."""
        if len(self._buckets) < 10_000:
            return
        full_after = self.burst / self.per_second
        for user_id in [u for u, b in self._buckets.items() if now - b.stamp > full_after]:
            del self._buckets[user_id]
