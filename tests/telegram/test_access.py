"""The access service over in-memory SQLite: deny by default, single-use invites, audit, usage log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine as Database
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine, select

from knowledge.access import AccessService, Redeem
from knowledge.models import AuditLog, Invite, utcnow

ADMIN = 1


@pytest.fixture
def db() -> Iterator[Database]:
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    yield engine
    engine.dispose()


@pytest.fixture
def access(db: Database) -> AccessService:
    return AccessService(db, {ADMIN})


def actions(db: Database) -> list[str]:
    with Session(db) as session:
        return [row.action for row in session.exec(select(AuditLog).order_by(AuditLog.id)).all()]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("user_id", "chat_id", "allowed"),
    [(ADMIN, None, True), (5, None, False), (5, 5, False), (5, -100, False), (None, None, False)],
    ids=["admin", "stranger", "stranger-private", "stranger-group", "nobody"],
)
def test_deny_by_default(
    access: AccessService, user_id: int | None, chat_id: int | None, allowed: bool
) -> None:
    assert access.may_ask(user_id, chat_id) is allowed


def test_invite_is_single_use(access: AccessService, db: Database) -> None:
    invite = access.create_invite(ADMIN, days=7)
    assert invite.expires_at - invite.created_at == timedelta(days=7)
    assert access.redeem(invite.token, 5, "Lan") is Redeem.JOINED
    assert access.may_ask(5)
    assert access.redeem(invite.token, 6, "Huệ") is Redeem.USED
    assert not access.may_ask(6)
    assert access.redeem(invite.token, 5, "Lan") is Redeem.ALREADY_MEMBER
    assert actions(db) == ["invite.create", "invite.redeem"]


def test_expired_and_unknown_invites(access: AccessService, db: Database) -> None:
    invite = access.create_invite(ADMIN)
    with Session(db) as session:
        row = session.exec(select(Invite).where(Invite.token == invite.token)).one()
        row.expires_at = utcnow() - timedelta(seconds=1)
        session.add(row)
        session.commit()
    assert access.redeem(invite.token, 5) is Redeem.EXPIRED
    assert access.redeem("nope", 5) is Redeem.UNKNOWN
    assert not access.may_ask(5)


def test_revoke_and_rejoin(access: AccessService, db: Database) -> None:
    access.redeem(access.create_invite(ADMIN).token, 5, "Lan")
    assert access.revoke(ADMIN, 5) is True
    assert not access.may_ask(5)
    assert access.revoke(ADMIN, 5) is False
    assert access.redeem(access.create_invite(ADMIN).token, 5, "Lan") is Redeem.JOINED
    assert [m.chat_id for m in access.members()] == [5]
    assert "member.revoke" in actions(db)


def test_allowed_group_lets_everyone_in_it_ask(access: AccessService, db: Database) -> None:
    access.allow_group(ADMIN, -100, "Chi bộ")
    assert access.may_ask(77, -100)
    assert not access.may_ask(77, -200)
    assert not access.may_ask(77)
    assert [(m.chat_id, m.kind, m.name) for m in access.members()] == [(-100, "group", "Chi bộ")]
    assert actions(db) == ["group.allow"]


def test_usage_log_feedback_and_stats(access: AccessService) -> None:
    answered = access.log_question(5, 5, "bao nhiêu đảng viên?", "answered", 3, 2.0)
    missing = access.log_question(5, 5, "giá vàng?", "not_found", None, 4.0)
    ambiguous = access.log_question(6, -100, "tổng số", "ambiguous", None, 3.0)
    assert access.set_feedback(answered, -1) and access.set_feedback(missing, 1)
    assert access.set_feedback(12345, 1) is False
    access.choose(ambiguous, 42)
    access.choose(answered, 99)  # only ambiguous questions record a choice
    assert access.question(ambiguous).fact_id == 42  # type: ignore[union-attr]
    assert access.question(answered).fact_id == 3  # type: ignore[union-attr]
    stats = access.stats()
    assert stats.questions == 3
    assert stats.by_status == {"answered": 1, "not_found": 1, "ambiguous": 1}
    assert (stats.thumbs_up, stats.thumbs_down) == (1, 1)
    assert stats.avg_latency_ms == pytest.approx(3.0)
    assert [q.text for q in stats.not_found] == ["giá vàng?"]
    assert [q.text for q in stats.disliked] == ["bao nhiêu đảng viên?"]
