"""SQLModel tables: reports and their facts, plus the bot's members, invites, audit and usage log."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import Column, Numeric
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class Report(SQLModel, table=True):
    """One loaded report; ``version`` grows with every successful load."""

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(index=True)
    issuer: str = ""
    place: str = ""
    date: str = ""
    title: str = ""
    source_name: str = ""
    source_format: str = ""
    content_hash: str = Field(index=True, unique=True)
    version: int = 1  # 1 for the first load of this report number, then 2, 3 …
    active: bool = True  # a newer version of the same number supersedes this one
    footnote_count: int = 0
    table_row_count: int = 0
    text: str = ""  # the report's running text and footnotes, for word statistics
    period: str = ""  # the year the report is about ("năm 2024" in its title), if one    loaded_at: datetime = Field(default_factory=utcnow)


class FactRow(SQLModel, table=True):
    """One figure of a report, typed and sourced."""

    __tablename__ = "fact"

    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", index=True)
    seq: int = 0  # order in the report
    value: Decimal = Field(sa_column=Column(Numeric(20, 6), nullable=False))
    raw: str = ""
    unit: str = ""
    label: str = ""
    period: str | None = None
    kind: str = "count"
    qualifier: str = ""
    quote: str = ""
    context: str = ""  # the clause around the figure, for matching
    locator: str = ""
    section: str = ""  # section path joined with " › "
    origin: str = "text"  # text | footnote | table
    column: str = ""  # table facts: target | period | total | share | note
    subject: str = ""
    near: str = ""
    lead: str = ""
    before: str = ""
    clause: str = ""
    head: str = ""
    carrier: str = ""
    page: int | None = None
    footnote: int | None = None
    row_key: str = ""  # for table facts: the row's position (e.g. "II.5.1")
    parent_id: int | None = Field(default=None, foreign_key="fact.id")
    carrier_id: int | None = Field(default=None, foreign_key="fact.id")  # footnote facts: the carrying figure


class FactLink(SQLModel, table=True):
    """Two facts that state the same measure with different values (text vs appendix)."""

    __tablename__ = "fact_link"

    id: int | None = Field(default=None, primary_key=True)
    fact_id: int = Field(foreign_key="fact.id", index=True)
    other_id: int = Field(foreign_key="fact.id")
    kind: str = "conflict"


class Member(SQLModel, table=True):
    """A Telegram user or group allowed to ask the bot."""

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(index=True, unique=True)  # user id for people, chat id for groups
    kind: str = "user"  # user | group
    name: str = ""
    invited_by: int | None = None
    active: bool = True
    joined_at: datetime = Field(default_factory=utcnow)


class Invite(SQLModel, table=True):
    """A single-use, expiring invite token for a ``/start`` deep link."""

    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(index=True, unique=True)
    created_by: int
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_by: int | None = None
    used_at: datetime | None = None


class AuditLog(SQLModel, table=True):
    """Every admin action, who did it and when."""

    id: int | None = Field(default=None, primary_key=True)
    actor_id: int
    action: str
    target: str = ""
    at: datetime = Field(default_factory=utcnow)


class QuestionLog(SQLModel, table=True):
    """Every question asked through Telegram, with its outcome and feedback."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = None
    chat_id: int | None = None
    text: str = ""
    status: str = ""
    fact_id: int | None = None
    latency_ms: float = 0.0
    feedback: int = 0  # +1 👍, -1 👎, 0 none
    asked_at: datetime = Field(default_factory=utcnow)
