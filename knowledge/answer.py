"""The ``Answer`` every front end renders (CLI, terminal chat, Telegram), and its plain-text reply."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from knowledge import texts
from knowledge.numbers import format_iso_date, format_value, to_plain

Status = Literal["answered", "ambiguous", "not_found"]


@dataclass(frozen=True)
class Source:
    """Where a figure stands: report number and date, locator, the quoted sentence or row."""

    report: str
    report_date: str
    locator: str
    quote: str


@dataclass(frozen=True)
class Figure:
    """One figure as shown to a user: a stored fact, or a value computed from facts."""

    fact_id: int | None
    value: Decimal
    unit: str
    label: str
    period: str | None
    kind: str
    source: Source
    computed: bool = False
    derived_from: tuple[int, ...] = ()
    qualifier: str = ""

    @property
    def shown(self) -> str:
        """The value with its unit, Vietnamese format: "7.261 đảng viên", "41,47%"."""
        text = format_value(self.value, self.unit)
        return f"{self.qualifier} {text}" if self.qualifier else text

    def to_json(self) -> dict[str, Any]:
        return {
            "value": to_plain(self.value),
            "unit": self.unit,
            "label": self.label,
            "period": self.period,
            "kind": self.kind,
            "source": {"report": self.source.report, "locator": self.source.locator, "quote": self.source.quote},
            "fact_id": self.fact_id,
            "computed": self.computed,
        }


@dataclass
class Answer:
    """The engine's whole answer to one question."""

    question: str
    status: Status
    figure: Figure | None = None
    parts: list[Figure] = field(default_factory=list)
    alternatives: list[Figure] = field(default_factory=list)  # conflicting values, or candidates
    suggestions: list[str] = field(default_factory=list)  # nearby topics when not_found
    hint: str = ""  # a note for bad input (empty question, only a number...)
    series: bool = False  # parts are the figure's periods
    conflict: bool = False  # alternatives are conflicting statements of the same measure
    derived: list[Figure] = field(default_factory=list)  # computed figures asked for
    also: list[Figure] = field(default_factory=list)  # the other figures one question asks ("… là bao nhiêu, đạt mấy %")

    @property
    def reply(self) -> str:
        return render_reply(self)

    @property
    def parts_add_up(self) -> bool:
        """The parts make up the whole figure ("Gồm:"), or only some of it ("Trong đó:")."""
        return self.figure is not None and sum((p.value for p in self.parts), Decimal(0)) == self.figure.value

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "status": self.status,
            "answer": self.figure.to_json() if self.figure else None,
            "parts": [p.to_json() for p in [*self.parts, *self.also]],
            "alternatives": [a.to_json() for a in self.alternatives],
            "derived": [d.to_json() for d in self.derived],
            "suggestions": self.suggestions,
            "reply": self.reply,
        }


def source_line(source: Source) -> str:
    """"Nguồn: Báo cáo 161-BC/ĐUK (25/7/2023), Phần thứ nhất › I › 6. …"."""
    when = f" ({format_iso_date(source.report_date)})" if source.report_date else ""
    return texts.SOURCE_LINE.format(report=source.report, when=when, locator=source.locator)


def period_text(figure: Figure) -> str:
    return f" ({figure.period})" if figure.period else ""


def render_reply(answer: Answer) -> str:
    """The plain-text reply, the same in the terminal chat and (escaped, styled) on Telegram."""
    if answer.status == "not_found":
        lines = [answer.hint or texts.NOT_FOUND]
        if answer.suggestions:
            lines.append(texts.SUGGEST_HEADER)
            lines += [f"• {s}" for s in answer.suggestions]
        return "\n".join(lines)
    if answer.status == "ambiguous" and not answer.conflict:
        lines = [texts.AMBIGUOUS]
        for i, alt in enumerate(answer.alternatives, 1):
            lines.append(f"{i}. {alt.label}{period_text(alt)}: {alt.shown}")
        return "\n".join(lines)
    fig = answer.figure
    assert fig is not None
    prefix = texts.COMPUTED_PREFIX if fig.computed else ""
    lines = [f"{prefix}{fig.label}{period_text(fig)}: {fig.shown}", source_line(fig.source)]
    if answer.conflict and answer.alternatives:
        lines.append(texts.CONFLICT_HEADER)
        for alt in [fig, *answer.alternatives]:
            lines.append(f"• {alt.shown}{period_text(alt)} — {alt.source.locator}")
    if answer.parts:
        header = texts.COMPUTED_FROM if fig.computed else texts.PARTS_HEADER if answer.parts_add_up else texts.PARTS_WITHIN
        lines.append(texts.SERIES_HEADER if answer.series else header)
        for part in answer.parts:
            name = part.period if answer.series and part.period else part.label.removeprefix(f"{fig.label}: ")
            lines.append(f"• {name}: {part.shown}")
    for d in answer.derived:
        lines.append(f"{texts.COMPUTED_PREFIX}{d.label}: {d.shown}")
    if answer.also:
        lines.append(texts.ALSO_ASKED)
        for other in answer.also:
            lines.append(f"• {other.label}{period_text(other)}: {other.shown} — {other.source.locator}")
    return "\n".join(lines)
