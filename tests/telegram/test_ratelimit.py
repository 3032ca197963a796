"""The per-user token bucket: a burst, one warning, silence, and recovery over time."""

from __future__ import annotations

import pytest

from handlers.ratelimit import FloodGuard, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_burst_then_one_warning_then_silence(clock: Clock) -> None:
    guard = FloodGuard(burst=5, per_second=1.0, clock=clock)
    verdicts = [guard.check(1) for _ in range(100)]
    assert verdicts[:5] == [Verdict.ALLOW] * 5
    assert verdicts[5] is Verdict.WARN
    assert set(verdicts[6:]) == {Verdict.DROP}


def test_other_users_are_not_affected(clock: Clock) -> None:
    guard = FloodGuard(burst=3, per_second=1.0, clock=clock)
    for _ in range(50):
        guard.check(1)
    assert [guard.check(2) for _ in range(3)] == [Verdict.ALLOW] * 3


@pytest.mark.parametrize(
    ("wait", "expected"),
    [(0.5, Verdict.DROP), (1.0, Verdict.ALLOW), (60.0, Verdict.ALLOW)],
    ids=["too-soon", "one-token-back", "long-after"],
)
def test_allowance_comes_back_with_time(clock: Clock, wait: float, expected: Verdict) -> None:
    guard = FloodGuard(burst=2, per_second=1.0, clock=clock)
    for _ in range(4):
        guard.check(1)
    clock.now += wait
    assert guard.check(1) is expected


def test_a_new_flood_after_recovery_warns_again(clock: Clock) -> None:
    guard = FloodGuard(burst=1, per_second=1.0, clock=clock)
    assert [guard.check(1) for _ in range(3)] == [Verdict.ALLOW, Verdict.WARN, Verdict.DROP]
    clock.now += 1.0
    assert [guard.check(1) for _ in range(3)] == [Verdict.ALLOW, Verdict.WARN, Verdict.DROP]


def test_memory_is_bounded(clock: Clock) -> None:
    guard = FloodGuard(burst=1, per_second=1.0, clock=clock)
    for user in range(10_000):
        guard.check(user)
    clock.now += 10
    guard.check(10_001)
    assert len(guard._buckets) < 100
