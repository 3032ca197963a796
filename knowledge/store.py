"""Storage: one SQLAlchemy engine, a session per unit of work, a report load as one transaction."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event, func, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, col, create_engine, select

from knowledge import texts
from knowledge.document import Document, report_period
from knowledge.errors import ReportError
from knowledge.figures import Fact
from knowledge.models import FactLink, FactRow, Report
from knowledge.tables import read_tables

DEFAULT_URL = "sqlite:///data/baocao.db"


def database_url(url: str | None = None) -> str:
    return url or os.environ.get("DATABASE_URL") or DEFAULT_URL


def make_engine(url: str | None = None) -> Engine:
    """The one engine for a database URL; SQLite files get their folder and foreign keys."""
    url = database_url(url)
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:" and not url.endswith(":memory:"):
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        kwargs: dict = {"connect_args": {"check_same_thread": False}}
        if url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = StaticPool
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    SQLModel.metadata.create_all(engine)
    _add_missing_columns(engine)
    return engine


def _add_missing_columns(engine: Engine) -> None:
    """A database made by an earlier version gets the columns added since (new columns only)."""
    inspector = inspect(engine)
    with engine.begin() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if not inspector.has_table(table.name):
                continue
            present = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name in present:
                    continue
                kind = column.type.compile(dialect=engine.dialect)
                arg = getattr(column.default, "arg", None)
                default = None if callable(arg) else arg
                literal = "" if default is None else f" DEFAULT {default!r}" if isinstance(default, str) else f" DEFAULT {int(default)}"
                conn.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}{literal}'))


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@contextmanager
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as s:
        yield s


def content_hash(doc: Document, facts: list[Fact]) -> str:
    """The same report in .txt, .docx or .pdf hashes alike: header and facts, not bytes."""
    payload = {
        "number": doc.header.number,
        "date": doc.header.date,
        "facts": [[str(f.value), f.unit, f.period, f.kind, f.label, f.origin, f.footnote] for f in facts],
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class Loaded:
    report: Report
    already_loaded: bool


def save_report(engine: Engine, doc: Document, facts: list[Fact], source_name: str) -> Loaded:
    """Store a report and its facts in one transaction; an identical report is not stored twice."""
    digest = content_hash(doc, facts)
    try:
        with session(engine) as s:
            existing = s.exec(select(Report).where(Report.content_hash == digest)).first()
            if existing is not None and existing.active:
                return Loaded(existing, True)
            if existing is not None:  # an older version sent again: it becomes the active one
                for newer in s.exec(select(Report).where(Report.number == existing.number, col(Report.active))).all():
                    newer.active = False
                    s.add(newer)
                existing.active = True
                s.add(existing)
                s.commit()
                s.refresh(existing)
                return Loaded(existing, False)
            report = _new_report(s, doc, source_name, digest)
            rows = [_fact_row(report.id, f) for f in facts]  # type: ignore[arg-type]
            s.add_all(rows)
            s.flush()
            for fact, row in zip(facts, rows, strict=True):
                if fact.parent is not None:
                    row.parent_id = rows[fact.parent].id
                if fact.carrier_seq is not None:
                    row.carrier_id = rows[fact.carrier_seq].id
                for other in fact.conflicts:
                    s.add(FactLink(fact_id=row.id, other_id=rows[other].id))  # type: ignore[arg-type]
            s.commit()
            s.refresh(report)
            return Loaded(report, False)
    except SQLAlchemyError as err:
        raise ReportError(texts.ERR_DB.format(detail=type(err).__name__)) from err


def _new_report(s: Session, doc: Document, source_name: str, digest: str) -> Report:
    older = s.exec(select(Report).where(Report.number == doc.header.number, col(Report.active))).all()
    version = 1 + max((r.version for r in older), default=0)
    for old in older:
        old.active = False
        s.add(old)
    report = Report(
        number=doc.header.number or Path(source_name).stem,
        issuer=doc.header.issuer,
        place=doc.header.place,
        date=doc.header.date,
        title=doc.header.title,
        source_name=source_name,
        source_format=doc.source_format,
        content_hash=digest,
        version=version,
        footnote_count=len(doc.footnotes),
        table_row_count=sum(len(rows) for _, _, rows in read_tables(doc.tables)),
        text="\n".join([doc.text(), *(f.text for f in doc.footnotes.values())]),
        period=report_period(doc.header.title),
    )
    s.add(report)
    s.flush()
    return report


def _fact_row(report_id: int, f: Fact) -> FactRow:
    return FactRow(
        report_id=report_id,
        seq=f.seq,
        value=f.value,
        raw=f.raw,
        unit=f.unit,
        label=f.label,
        period=f.period,
        kind=f.kind,
        qualifier=f.qualifier,
        quote=f.quote,
        context=f.segment,
        locator=f.locator,
        section=" › ".join(f.section),
        origin=f.origin,
        footnote=f.footnote,
        row_key=f.row_key,
        column=f.column,
        subject=f.subject,
        near=f.near,
        lead=f.lead,
        before=f.before,
        clause=f.clause,
        head=f.head,
        carrier=f.carrier,
        page=f.page,
    )


def active_reports(engine: Engine) -> list[Report]:
    with session(engine) as s:
        return list(s.exec(select(Report).where(col(Report.active)).order_by(col(Report.id))).all())


def report_facts(engine: Engine, report_ids: list[int]) -> list[FactRow]:
    with session(engine) as s:
        stmt = select(FactRow).where(col(FactRow.report_id).in_(report_ids)).order_by(col(FactRow.id))
        return list(s.exec(stmt).all())


def conflict_pairs(engine: Engine, report_ids: list[int]) -> list[tuple[int, int]]:
    with session(engine) as s:
        stmt = (
            select(FactLink.fact_id, FactLink.other_id)
            .join(FactRow, col(FactRow.id) == FactLink.fact_id)
            .where(col(FactRow.report_id).in_(report_ids))
        )
        return [(a, b) for a, b in s.exec(stmt).all()]


def count_conflicts(engine: Engine, report_id: int) -> int:
    with session(engine) as s:
        stmt = (
            select(func.count())
            .select_from(FactLink)
            .join(FactRow, col(FactRow.id) == FactLink.fact_id)
            .where(FactRow.report_id == report_id, FactRow.origin != "table")
        )
        return int(s.exec(stmt).one())


def count_facts(engine: Engine, report_id: int) -> int:
    with session(engine) as s:
        return int(s.exec(select(func.count()).select_from(FactRow).where(FactRow.report_id == report_id)).one())


def has_reports(engine: Engine) -> bool:
    with session(engine) as s:
        return s.exec(select(Report.id).limit(1)).first() is not None
