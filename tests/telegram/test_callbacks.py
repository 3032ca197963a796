"""Callback data: what the bot makes comes back intact; anything else is refused."""

from __future__ import annotations

import pytest

from handlers.callbacks import MAX_BYTES, Action, CallbackCodec, Press

CODEC = CallbackCodec("123:ABC")


@pytest.mark.parametrize(
    ("action", "version", "payload", "ints"),
    [
        (Action.SOURCE, 3, 1234, [1234]),
        (Action.FIGURE, 12, "55_7", [55, 7]),
        (Action.FEEDBACK, 0, "9_-1", [9, -1]),
        (Action.REVOKE, 0, -1001234567890, [-1001234567890]),
        (Action.SUGGEST, 1, "41_2", [41, 2]),
    ],
    ids=["source", "figure-with-log", "thumbs-down", "revoke-group", "suggestion"],
)
def test_round_trip(action: Action, version: int, payload: str | int, ints: list[int]) -> None:
    data = CODEC.encode(action, version, payload)
    assert len(data.encode()) <= MAX_BYTES
    press = CODEC.decode(data)
    assert press == Press(action, version, str(payload))
    assert press.ints() == ints


def test_topic_keys_may_hold_dots() -> None:
    data = CODEC.encode(Action.TOPIC, 2, "0.1.3")
    assert CODEC.decode(data) == Press(Action.TOPIC, 2, "0.1.3")


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "hello",
        "x" * 64,
        "AAAAAAAAs.1.5",  # right shape, wrong signature
        CallbackCodec("other:TOKEN").encode(Action.SOURCE, 1, 5),  # another bot's key
        CODEC.encode(Action.SOURCE, 1, 5)[:-1] + "6",  # tampered payload
        CODEC.encode(Action.SOURCE, 1, 5)[1:],  # truncated
    ],
    ids=["none", "empty", "word", "long", "bad-signature", "other-key", "tampered", "truncated"],
)
def test_forged_data_is_refused(data: object) -> None:
    assert CODEC.decode(data) is None


def test_too_long_data_is_not_made() -> None:
    with pytest.raises(ValueError, match="too long"):
        CODEC.encode(Action.TOPIC, 1, "k" * 60)


def test_only_feedback_and_revoke_outlive_a_reload() -> None:
    assert {a for a in Action if a.timeless} == {Action.FEEDBACK, Action.REVOKE}


def test_non_numeric_payload_is_a_value_error() -> None:
    press = CODEC.decode(CODEC.encode(Action.SOURCE, 1, "abc"))
    assert press is not None
    with pytest.raises(ValueError):
        press.ints()
