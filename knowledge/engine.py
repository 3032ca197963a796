"""The engine's small public API: what the CLI, the terminal chat and the Telegram handlers call.

Blocking (database, matching): front ends on an event loop call it through ``asyncio.to_thread``.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine as SqlEngine

from knowledge import store, texts
from knowledge.answer import Answer, Figure
from knowledge.answering import answer_question, figure_of, parts_of, series_of, target_of
from knowledge.document import LOCATOR_SEP
from knowledge.errors import ReportError
from knowledge.index import FactView, Index
from knowledge.lexicon import with_expansions
from knowledge.loading import BUNDLED_REPORT, load_report_file
from knowledge.models import FactRow, Report
from knowledge.numbers import format_iso_date, format_number
from knowledge.tables import ROMAN_RE, counts_only
from knowledge.vietnamese import key_words


@dataclass(frozen=True)
class ReportSummary:
    """A loaded report as listed by ``/baocao`` and ``python -m bot load``."""

    id: int
    number: str
    date: str  # ISO
    title: str
    issuer: str
    facts: int
    footnotes: int
    table_rows: int
    conflicts: int
    version: int
    already_loaded: bool = False

    @property
    def text(self) -> str:
        """The Vietnamese summary of a load, as the CLI prints it and the bot sends it."""
        if self.already_loaded:
            return texts.LOAD_SAME.format(number=self.number)
        return texts.LOAD_OK.format(
            number=self.number,
            date=format_iso_date(self.date),
            facts=format_number(self.facts),
            footnotes=format_number(self.footnotes),
            rows=format_number(self.table_rows),
            conflicts=format_number(self.conflicts),
        )


@dataclass(frozen=True)
class TopicPage:
    """One node of the report's section tree for browsing (``/chude``)."""

    key: str  # short and opaque (fits callback data); "" is the root
    title: str
    children: list[tuple[str, str]] = field(default_factory=list)  # (key, title)
    figures: list[Figure] = field(default_factory=list)
    parent_key: str | None = None


@dataclass(frozen=True)
class TargetRow:
    """One target of the report's appendix against what was achieved (``/chitieu``)."""

    label: str
    unit: str
    target: Figure
    achieved: Figure | None
    share: Figure | None  # % of target as printed
    met: bool | None  # None when the report gives no way to tell


class Engine:
    """Reports → facts → index → answers, over one database."""

    def __init__(self, db: SqlEngine) -> None:
        self.db = db
        self._lock = threading.Lock()
        self.index = Index([])
        self._reports: list[Report] = []
        self._numbers: list[tuple[int, str, re.Pattern[str]]] = []
        self.refresh()

    @classmethod
    def open(cls, database_url: str | None = None, *, seed: bool = True) -> Engine:
        """Open (and create) the database; load the bundled report into an empty one."""
        db = store.make_engine(database_url)
        if seed and not store.has_reports(db):
            load_report_file(db, BUNDLED_REPORT)
        return cls(db)

    # --- the fact base ---------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the in-memory index from the active reports (after a load)."""
        reports = store.active_reports(self.db)
        by_id = {r.id: r for r in reports}
        rows = store.report_facts(self.db, [r.id for r in reports if r.id is not None])
        views = [_view(row, by_id[row.report_id]) for row in rows]
        _name_notes_wholes(views)
        index = Index(views, [r.text for r in reports], [r.issuer for r in reports])
        index.set_conflicts(store.conflict_pairs(self.db, list(by_id)))  # type: ignore[arg-type]
        numbers = [  # each report's number, and how a question names it ("báo cáo 161")
            (r.id, r.number, re.compile(rf"(?<!\d){re.escape(r.number.split('-')[0])}(?!\d)"))
            for r in reports
            if r.id is not None
        ]
        with self._lock:
            self.index, self._reports, self._numbers = index, reports, numbers

    @property
    def version(self) -> int:
        """Changes whenever the fact base changes."""
        return max((r.id or 0 for r in self._reports), default=0)

    def load_file(self, path: Path, display_name: str | None = None) -> ReportSummary:
        """Load a report file atomically; raise ``ReportError`` (Vietnamese) and keep the old base on failure."""
        loaded = load_report_file(self.db, path, display_name)
        self.refresh()
        return self._summary(loaded.report, loaded.already_loaded)

    def reports(self) -> list[ReportSummary]:
        return [self._summary(r) for r in self._reports]

    def _summary(self, report: Report, already: bool = False) -> ReportSummary:
        assert report.id is not None
        return ReportSummary(
            id=report.id,
            number=report.number,
            date=report.date,
            title=report.title,
            issuer=report.issuer,
            facts=store.count_facts(self.db, report.id),
            footnotes=report.footnote_count,
            table_rows=report.table_row_count,
            conflicts=store.count_conflicts(self.db, report.id),
            version=report.version,
            already_loaded=already,
        )

    # --- questions -----------------------------------------------------------------

    def ask(self, question: str, report: str | None = None) -> Answer:
        """Answer one question from the report in use: the one named (by ``report`` or by its number
        in the question, "báo cáo 161"), else the newest loaded — a new report is swapped in, the
        older ones stay stored and can still be asked by number."""
        return answer_question(question, self.index, self._scope(question, report))

    def _scope(self, question: str, report: str | None) -> set[int] | None:
        numbers = self._numbers
        if len(numbers) <= 1:
            return None
        if report:
            return {i for i, number, _ in numbers if number.casefold() == report.casefold()}
        named = {i for i, _, pattern in numbers if pattern.search(question)}
        return named or {max(i for i, _, _ in numbers)}

    def figure(self, fact_id: int) -> Figure | None:
        i = self.index.by_id.get(fact_id)
        return figure_of(self.index.facts[i]) if i is not None else None

    def series(self, fact_id: int) -> list[Figure]:
        i = self.index.by_id.get(fact_id)
        if i is None:
            return []
        return [figure_of(self.index.facts[j]) for j in series_of(i, self.index)]

    def related(self, fact_id: int, limit: int = 8) -> list[Figure]:
        """Parts, the total it belongs to, other periods, then figures of the same section."""
        index = self.index
        i = index.by_id.get(fact_id)
        if i is None:
            return []
        fact = index.facts[i]
        order: list[int] = [*parts_of(i, [], index)]
        if fact.parent_id is not None and fact.parent_id in index.by_id:
            order.append(index.by_id[fact.parent_id])
        order += series_of(i, index)
        if (t := target_of(i, index)) is not None:
            order.append(t)
        order += [j for j, f in enumerate(index.facts) if f.section == fact.section and f.report_id == fact.report_id]
        seen: list[int] = []
        for j in order:
            if j != i and j not in seen:
                seen.append(j)
        return [figure_of(index.facts[j]) for j in seen[:limit]]

    def examples(self) -> list[str]:
        """Three example questions built from the loaded facts, each one the engine answers."""
        facts = self.index.facts
        candidates: list[str] = []
        for f in facts:
            words = f.label.split(":")[-1].strip()
            if f.column == "period" and f.unit not in ("", "%") and f.label.lower().startswith("tổng số"):
                candidates.append(f"Năm {f.period} {words.lower()} là bao nhiêu?")
            elif f.kind == "share_of_target" and f.origin == "table" and f.unit == "%":
                candidates.append(f"{f.label.split(':')[0]} đạt bao nhiêu % chỉ tiêu?")
            elif f.origin == "text" and f.kind == "count" and f.unit and 4 <= len(words.split()) <= 7:
                candidates.append(f"{words} là bao nhiêu?")
        out: list[str] = []
        kinds: set[str] = set()
        for question in sorted(dict.fromkeys(candidates), key=len):  # short ones read best
            kind = "năm" if question.startswith("Năm") else "%" if "%" in question else "count"
            if kind in kinds:
                continue
            answer = self.ask(question)
            if answer.status == "answered":
                out.append(question[0].upper() + question[1:])
                kinds.add(kind)
            if len(out) == 3:
                break
        return out

    # --- browsing --------------------------------------------------------------------

    def topic(self, key: str = "") -> TopicPage | None:
        """A node of the section tree: its sub-sections and its own figures."""
        paths = _section_paths(self.index.facts)
        tree = _tree(paths)
        node = tree
        titles: list[str] = []
        if key:
            try:
                for part in key.split("."):
                    name = list(node)[int(part)]
                    titles.append(name)
                    node = node[name]
            except (ValueError, IndexError):
                return None
        children = [(f"{key}.{k}" if key else str(k), name) for k, name in enumerate(node)]
        here = LOCATOR_SEP.join(titles)
        figures = [figure_of(f) for f in self.index.facts if titles and _path_of(f) == here][:30]
        parent = None if not key else (key.rsplit(".", 1)[0] if "." in key else "")
        return TopicPage(key=key, title=titles[-1] if titles else "Báo cáo", children=children, figures=figures,
                         parent_key=parent)

    def targets(self, report: str | None = None) -> list[TargetRow]:
        """Targets of the appendix with what was achieved and whether they were met."""
        out: list[TargetRow] = []
        facts = self.index.facts
        for i, f in enumerate(facts):
            if f.kind != "target" or f.origin != "table":
                continue
            if report and f.report.casefold() != report.casefold():
                continue
            row = [g for g in facts if g.report_id == f.report_id and g.row_key == f.row_key and g.label == f.label]
            total = next((g for g in row if g.column == "total"), None)
            if total is None:
                periods = [g for g in row if g.column == "period"]
                total = periods[-1] if periods else None
            share = next((g for g in row if g.column == "share"), None)
            met = None
            if share is not None:
                met = share.value >= 100
            elif total is not None:
                met = total.value >= f.value
            out.append(
                TargetRow(
                    label=f.label,
                    unit=f.unit,
                    target=figure_of(f),
                    achieved=figure_of(total) if total else None,
                    share=figure_of(share) if share else None,
                    met=met,
                )
            )
            del i
        return out


NAMED_BY_WHOLE_WORDS = 3  # a footnote item this short ("Đường bộ 279 vụ") is named by its whole


def _name_notes_wholes(views: list[FactView]) -> None:
    """A footnote's item that is a part of a figure in the text ("⁷ Đường bộ 279 vụ" of "286 vụ tai nạn giao
    thông") is also read in its whole's words."""
    by_id = {v.id: v for v in views}
    for v in views:
        whole = by_id.get(v.parent_id) if v.parent_id is not None and v.footnote is not None else None
        if whole is None or whole.footnote is not None or whole.origin == "table":
            continue
        if len(set(key_words(v.label)) - set(key_words(v.unit))) <= NAMED_BY_WHOLE_WORDS:
            v.texts["whole"] = whole.texts.get("label", "")


def _view(row: FactRow, report: Report) -> FactView:
    texts = {
        "label": with_expansions(row.label),
        "near": with_expansions(row.near),
        "before": with_expansions(row.before),
        "lead": with_expansions(row.lead),
        "carrier": with_expansions(row.carrier),
        "segment": with_expansions(row.context),
        "clause": with_expansions(row.clause),
        "head": with_expansions(row.head),
        "quote": with_expansions(row.quote) if row.origin != "table" else "",
        "section": row.section.split(" › ")[-1] if row.section else "",
    }
    if row.origin == "table":
        # a row's own label counts fully, the rows above it ("Xóa tên và khai trừ đảng: …") as its lead-in
        own = row.label.split(":")[-1].strip()
        texts["label"] = with_expansions(own)
        texts["near"] = with_expansions(own)
        texts["parent"] = with_expansions(row.near.replace(own, "").strip()) if ":" in row.label else ""
        if not texts["parent"] and counts_only(own, row.unit) and not ROMAN_RE.match(texts["section"]):
            texts["group"] = with_expansions(texts["section"])  # "Số vụ" under "III | TAI NẠN GIAO THÔNG"
    return FactView(
        id=row.id or 0,
        report_id=row.report_id,
        report=report.number,
        report_date=report.date,
        value=Decimal(int(row.value)) if row.value == row.value.to_integral_value() else row.value.normalize(),
        unit=row.unit,
        label=row.label,
        period=row.period,
        kind=row.kind,
        qualifier=row.qualifier,
        origin=row.origin,
        column=row.column,
        row_key=row.row_key,
        locator=row.locator,
        quote=row.quote,
        section=row.section,
        parent_id=row.parent_id,
        footnote=row.footnote,
        carrier_id=row.carrier_id,
        raw=row.raw,
        report_period=report.period,
        texts={k: v for k, v in texts.items() if v},
    )


def _path_of(fact: FactView) -> str:
    return fact.section


def _section_paths(facts: list[FactView]) -> list[str]:
    return list(dict.fromkeys(f.section for f in facts if f.section))


def _tree(paths: list[str]) -> dict:
    root: dict = {}
    for path in paths:
        node = root
        for part in path.split(LOCATOR_SEP):
            node = node.setdefault(part, {})
    return root


__all__ = ["Answer", "Engine", "Figure", "ReportError", "ReportSummary", "TargetRow", "TopicPage"]
