"""Facts as JSON-ready rows for ``python -m bot facts --json``."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Engine
from sqlmodel import col, select

from knowledge.models import FactLink, FactRow, Report
from knowledge.numbers import to_plain
from knowledge.store import session


def export_facts(engine: Engine, report: str | None = None) -> Iterator[dict]:
    """One dict per fact: id, report, value, unit, label, period, kind, locator, quote, parent, conflicts_with."""
    with session(engine) as s:
        stmt = select(FactRow, Report.number).join(Report, col(Report.id) == FactRow.report_id)
        if report:
            stmt = stmt.where(Report.number == report)
        rows = s.exec(stmt.order_by(col(FactRow.id))).all()
        links: dict[int, list[int]] = {}
        for a, b in s.exec(select(FactLink.fact_id, FactLink.other_id)).all():
            links.setdefault(a, []).append(b)
    for fact, number in rows:
        yield {
            "id": fact.id,
            "report": number,
            "value": to_plain(fact.value),
            "unit": fact.unit,
            "label": fact.label,
            "period": fact.period,
            "kind": fact.kind,
            "locator": fact.locator,
            "quote": fact.quote,
            "parent": fact.parent_id,
            "conflicts_with": links.get(fact.id or 0, []),
            "qualifier": fact.qualifier,
            "origin": fact.origin,
        }
