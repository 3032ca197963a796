"""Callback data the bot makes: short, signed, and stamped with the fact base's version.

Layout: ``<sig:8><action>.<version>.<payload>`` within Telegram's 64 bytes. The signature
(HMAC over the rest, keyed by a secret) tells buttons the bot made from forged ones; the
version tells buttons from before a report reload (stale) from current ones.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from enum import StrEnum

MAX_BYTES = 64
SIG_CHARS = 8
TIMELESS = 0  # the version of buttons that do not depend on the fact base


class Action(StrEnum):
    """What a button does."""

    SOURCE = "s"  # the full quote and locator of a fact
    RELATED = "r"  # related figures of a fact
    CHART = "c"  # a chart of a fact's series
    FIGURE = "f"  # answer with this fact (ambiguous choice, related, topic)
    SUGGEST = "q"  # re-ask a suggestion of a logged question: "<log_id>_<index>"
    EXAMPLE = "e"  # ask one of the engine's example questions: "<index>"
    TOPIC = "t"  # browse a section of the report: "<key>"
    FEEDBACK = "g"  # 👍/👎 on a logged question: "<log_id>_<1|-1>" (timeless)
    REVOKE = "m"  # admin: revoke a member: "<chat_id>" (timeless)

    @property
    def timeless(self) -> bool:
        """Buttons that stay valid when the fact base changes (they carry version 0)."""
        return self in (Action.FEEDBACK, Action.REVOKE)


@dataclass(frozen=True)
class Press:
    """A decoded button press."""

    action: Action
    version: int
    payload: str

    def ints(self) -> list[int]:
        """The payload as integers separated by "_" ("12_-1" → [12, -1]); ValueError if not."""
        return [int(part) for part in self.payload.split("_")]


class CallbackCodec:
    """Encodes and verifies callback data with a secret key."""

    def __init__(self, secret: str | bytes) -> None:
        raw = secret.encode() if isinstance(secret, str) else secret
        self._key = hashlib.sha256(b"callback-data:" + raw).digest()

    def _sign(self, body: str) -> str:
        digest = hmac.new(self._key, body.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:6]).decode()

    def encode(self, action: Action, version: int, payload: str | int = "") -> str:
        """Callback data for a button; raises ValueError when it would exceed 64 bytes."""
        body = f"{action.value}.{version}.{payload}"
        data = self._sign(body) + body
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data too long: {data!r}")
        return data

    def decode(self, data: object) -> Press | None:
        """The press, or None when the data was not made by this bot (forged, garbled)."""
        if not isinstance(data, str) or len(data) <= SIG_CHARS:
            return None
        sig, body = data[:SIG_CHARS], data[SIG_CHARS:]
        if not hmac.compare_digest(sig, self._sign(body)):
            return None
        action, _, rest = body.partition(".")
        version, _, payload = rest.partition(".")
        try:
            return Press(Action(action), int(version), payload)
        except ValueError:
            return None
