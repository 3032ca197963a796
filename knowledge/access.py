"""Who may ask the bot: members, invites, the admins' audit trail and the usage log.

Blocking (database): front ends on an event loop call it through ``asyncio.to_thread``.
One ``Session`` per unit of work over the engine's one database engine.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import ColumnElement, func, update
from sqlalchemy import Engine as Database
from sqlmodel import Session, SQLModel, col, select

from knowledge.models import AuditLog, Invite, Member, QuestionLog, utcnow

TABLES = [Member.__table__, Invite.__table__, AuditLog.__table__, QuestionLog.__table__]  # type: ignore[attr-defined]


class Redeem(Enum):
    """What happened to an invite token at ``/start``."""

    JOINED = "joined"
    ALREADY_MEMBER = "already_member"
    USED = "used"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class MemberInfo:
    """A member as listed by ``/thanhvien``."""

    chat_id: int
    kind: str
    name: str
    joined_at: datetime


@dataclass(frozen=True)
class LoggedQuestion:
    """One line of the usage log as shown by ``/thongke``."""

    id: int
    text: str
    status: str
    feedback: int
    asked_at: datetime


@dataclass(frozen=True)
class UsageStats:
    """Counts for ``/thongke`` and the questions to learn from."""

    questions: int
    by_status: dict[str, int]
    thumbs_up: int
    thumbs_down: int
    members: int
    groups: int
    avg_latency_ms: float
    not_found: list[LoggedQuestion] = field(default_factory=list)
    disliked: list[LoggedQuestion] = field(default_factory=list)


class AccessService:
    """Deny by default: admins from settings, members and groups from the database."""

    def __init__(self, db: Database, admin_ids: Iterable[int] = ()) -> None:
        self.db = db
        self.admin_ids = frozenset(admin_ids)
        SQLModel.metadata.create_all(db, tables=TABLES)

    # --- who may ask -------------------------------------------------------------------------
    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admin_ids

    def is_member(self, chat_id: int) -> bool:
        """An active member (a person by user id, or a group by chat id)."""
        with Session(self.db) as session:
            row = session.exec(
                select(Member).where(Member.chat_id == chat_id, col(Member.active).is_(True))
            ).first()
            return row is not None

    def may_ask(self, user_id: int | None, chat_id: int | None = None) -> bool:
        """Admins, active members, and anyone inside an allowed group."""
        if self.is_admin(user_id):
            return True
        if user_id is not None and self.is_member(user_id):
            return True
        return chat_id is not None and chat_id < 0 and self.is_member(chat_id)

    # --- invites -----------------------------------------------------------------------------
    def create_invite(self, admin_id: int, days: int = 7) -> Invite:
        """A fresh single-use token that expires after ``days``."""
        now = utcnow()
        invite = Invite(
            token=secrets.token_urlsafe(12),
            created_by=admin_id,
            created_at=now,
            expires_at=now + timedelta(days=days),
        )
        with Session(self.db) as session:
            session.add(invite)
            session.add(AuditLog(actor_id=admin_id, action="invite.create", target=invite.token[:6] + "…"))
            session.commit()
            session.refresh(invite)
        return invite

    def redeem(self, token: str, user_id: int, name: str = "") -> Redeem:
        """Use an invite once: the user becomes a member, the token is spent."""
        if self.is_admin(user_id) or self.is_member(user_id):
            return Redeem.ALREADY_MEMBER
        now = utcnow()
        with Session(self.db) as session:
            invite = session.exec(select(Invite).where(Invite.token == token)).first()
            if invite is None:
                return Redeem.UNKNOWN
            if invite.used_by is not None:
                return Redeem.USED
            if invite.expires_at < now:
                return Redeem.EXPIRED
            spent = session.exec(  # type: ignore[call-overload]
                update(Invite)
                .where(col(Invite.id) == invite.id, col(Invite.used_by).is_(None))
                .values(used_by=user_id, used_at=now)
            )
            if spent.rowcount != 1:  # someone else took it in the meantime
                session.rollback()
                return Redeem.USED
            self._upsert_member(session, user_id, "user", name, invite.created_by)
            session.add(
                AuditLog(
                    actor_id=user_id,
                    action="invite.redeem",
                    target=f"{invite.token[:6]}… by {invite.created_by}",
                )
            )
            session.commit()
        return Redeem.JOINED

    # --- members -----------------------------------------------------------------------------
    def allow_group(self, admin_id: int, chat_id: int, title: str = "") -> None:
        """Let everyone in a group ask (done by an admin inside that group)."""
        with Session(self.db) as session:
            self._upsert_member(session, chat_id, "group", title, admin_id)
            session.add(
                AuditLog(actor_id=admin_id, action="group.allow", target=f"{chat_id} {title}".strip())
            )
            session.commit()

    def revoke(self, admin_id: int, chat_id: int) -> bool:
        """Take a member's or group's access away; False when there was none."""
        with Session(self.db) as session:
            row = session.exec(
                select(Member).where(Member.chat_id == chat_id, col(Member.active).is_(True))
            ).first()
            if row is None:
                return False
            row.active = False
            session.add(row)
            session.add(
                AuditLog(
                    actor_id=admin_id,
                    action="member.revoke",
                    target=f"{chat_id} {row.name}".strip(),
                )
            )
            session.commit()
        return True

    def members(self) -> list[MemberInfo]:
        """Active members and groups, newest first."""
        with Session(self.db) as session:
            rows = session.exec(
                select(Member)
                .where(col(Member.active).is_(True))
                .order_by(col(Member.joined_at).desc(), col(Member.id).desc())
            ).all()
            return [MemberInfo(r.chat_id, r.kind, r.name, r.joined_at) for r in rows]

    def audit(self, actor_id: int, action: str, target: str = "") -> None:
        """Record an admin action."""
        with Session(self.db) as session:
            session.add(AuditLog(actor_id=actor_id, action=action, target=target[:500]))
            session.commit()

    def audit_log(self, limit: int = 50) -> list[AuditLog]:
        with Session(self.db) as session:
            return list(session.exec(select(AuditLog).order_by(col(AuditLog.id).desc()).limit(limit)).all())

    @staticmethod
    def _upsert_member(session: Session, chat_id: int, kind: str, name: str, invited_by: int | None) -> None:
        row = session.exec(select(Member).where(Member.chat_id == chat_id)).first()
        if row is None:
            row = Member(chat_id=chat_id, kind=kind, name=name[:200], invited_by=invited_by)
        else:
            row.active, row.kind, row.name, row.invited_by = True, kind, name[:200] or row.name, invited_by
            row.joined_at = utcnow()
        session.add(row)

    # --- usage log ---------------------------------------------------------------------------
    def log_question(
        self,
        user_id: int | None,
        chat_id: int | None,
        text: str,
        status: str,
        fact_id: int | None,
        latency_ms: float,
    ) -> int:
        """Store one asked question; returns its id (used by the feedback buttons)."""
        row = QuestionLog(
            user_id=user_id,
            chat_id=chat_id,
            text=text[:4096],
            status=status,
            fact_id=fact_id,
            latency_ms=round(latency_ms, 2),
        )
        with Session(self.db) as session:
            session.add(row)
            session.commit()
            session.refresh(row)
        assert row.id is not None
        return row.id

    def question(self, log_id: int) -> QuestionLog | None:
        with Session(self.db) as session:
            return session.get(QuestionLog, log_id)

    def set_feedback(self, log_id: int, value: int) -> bool:
        """👍 (+1) or 👎 (-1) on a logged question; False when there is no such question."""
        with Session(self.db) as session:
            row = session.get(QuestionLog, log_id)
            if row is None:
                return False
            row.feedback = 1 if value > 0 else -1
            session.add(row)
            session.commit()
        return True

    def choose(self, log_id: int, fact_id: int) -> None:
        """Record which candidate the asker picked for an ambiguous question."""
        with Session(self.db) as session:
            row = session.get(QuestionLog, log_id)
            if row is not None and row.status == "ambiguous":
                row.fact_id = fact_id
                session.add(row)
                session.commit()

    def stats(self, latest: int = 5) -> UsageStats:
        """Counts by outcome and feedback, and the latest questions that went wrong."""
        with Session(self.db) as session:
            statuses = Counter(
                dict(
                    session.exec(
                        select(QuestionLog.status, func.count()).group_by(col(QuestionLog.status))
                    ).all()
                )
            )
            feedback = dict(
                session.exec(
                    select(QuestionLog.feedback, func.count()).group_by(col(QuestionLog.feedback))
                ).all()
            )
            avg = session.exec(select(func.avg(QuestionLog.latency_ms))).one()
            kinds = dict(
                session.exec(
                    select(Member.kind, func.count())
                    .where(col(Member.active).is_(True))
                    .group_by(col(Member.kind))
                ).all()
            )
            not_found = self._latest(session, col(QuestionLog.status) == "not_found", latest)
            disliked = self._latest(session, col(QuestionLog.feedback) < 0, latest)
        return UsageStats(
            questions=sum(statuses.values()),
            by_status=dict(statuses),
            thumbs_up=feedback.get(1, 0),
            thumbs_down=feedback.get(-1, 0),
            members=kinds.get("user", 0),
            groups=kinds.get("group", 0),
            avg_latency_ms=float(avg or 0.0),
            not_found=not_found,
            disliked=disliked,
        )

    @staticmethod
    def _latest(session: Session, where: ColumnElement[bool], limit: int) -> list[LoggedQuestion]:
        rows = session.exec(
            select(QuestionLog).where(where).order_by(col(QuestionLog.id).desc()).limit(limit)
        ).all()
        return [LoggedQuestion(r.id or 0, r.text, r.status, r.feedback, r.asked_at) for r in rows]
