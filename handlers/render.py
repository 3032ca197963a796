"""HTML for Telegram: every piece of report text escaped, figures in bold, a source line under each."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape

from handlers import texts
from knowledge.access import LoggedQuestion, MemberInfo, UsageStats
from knowledge.answer import Answer, Figure, source_line
from knowledge.engine import ReportSummary, TargetRow, TopicPage
from knowledge.numbers import format_iso_date, format_number

LIMIT = 4096  # Telegram's message length
BUTTON_CHARS = 60
QUOTE_CHARS = 3000  # a quote longer than this is cut (the message must stay under the limit)


def fit(lines: Iterable[str], limit: int = LIMIT) -> str:
    """Join whole lines while they fit, then say there is more."""
    out: list[str] = []
    size = 0
    for line in lines:
        if size + len(line) + 1 > limit - len(texts.MORE) - 1:
            out.append(texts.MORE)
            break
        out.append(line)
        size += len(line) + 1
    return "\n".join(out)


def short(text: str, limit: int = BUTTON_CHARS) -> str:
    """A label cut to fit a button (plain text, not HTML)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def value_html(fig: Figure) -> str:
    """The number bold, then its unit: "<b>7.261</b> đảng viên", "<b>41,47%</b>"."""
    number = format_number(fig.value)
    qualifier = f"{escape(fig.qualifier)} " if fig.qualifier else ""
    if fig.unit == "%":
        return f"{qualifier}<b>{number}%</b>"
    unit = f" {escape(fig.unit)}" if fig.unit else ""
    return f"{qualifier}<b>{number}</b>{unit}"


def what_html(fig: Figure) -> str:
    """What the figure counts, and when."""
    period = f" ({escape(fig.period)})" if fig.period else ""
    return f"{escape(fig.label)}{period}"


def source_html(fig: Figure) -> str:
    """The source line: "📄 Nguồn: Báo cáo 161-BC/ĐUK (25/7/2023), Phần thứ nhất › I › 6"."""
    return texts.SOURCE_PREFIX + escape(source_line(fig.source))


def figure_html(fig: Figure) -> list[str]:
    """The figure in bold with its unit, what and when, and its source line."""
    lines = [value_html(fig), what_html(fig)]
    if fig.computed:
        lines.append(texts.COMPUTED_NOTE)
    lines.append(source_html(fig))
    return lines


def answer_html(answer: Answer) -> str:
    """The whole reply to a question."""
    if answer.status == "not_found":
        return not_found_html(answer)
    if answer.status == "ambiguous" and not answer.conflict:
        return ambiguous_html(answer)
    assert answer.figure is not None
    fig = answer.figure
    lines = figure_html(fig)
    if answer.conflict and answer.alternatives:
        lines += ["", texts.CONFLICT_HEADER]
        for alt in [fig, *answer.alternatives]:
            lines.append(f"• {value_html(alt)} – {what_html(alt)}\n  {source_html(alt)}")
    if answer.parts:
        header = texts.COMPUTED_FROM if fig.computed else texts.PARTS_HEADER if answer.parts_add_up else texts.PARTS_WITHIN
        lines += ["", texts.SERIES_HEADER if answer.series else header]
        for part in answer.parts:
            name = part.period if answer.series and part.period else part.label
            lines.append(f"• {escape(name)}: {value_html(part)}")
    for derived in answer.derived:
        lines.append(f"{texts.COMPUTED_PREFIX}{escape(derived.label)}: {value_html(derived)}")
    if answer.also:
        lines += ["", texts.ALSO_ASKED]
        for other in answer.also:
            lines.append(f"• {what_html(other)}: {value_html(other)}\n  {source_html(other)}")
    return fit(lines)


def ambiguous_html(answer: Answer) -> str:
    lines = [texts.AMBIGUOUS]
    for i, alt in enumerate(answer.alternatives[:3], 1):
        lines.append(f"{i}. {what_html(alt)}: {value_html(alt)}")
    return fit(lines)


def not_found_html(answer: Answer) -> str:
    lines = [escape(answer.hint or texts.NOT_FOUND)]
    if answer.suggestions:
        lines.append(texts.SUGGEST_HEADER)
    return fit(lines)


def full_source_html(fig: Figure) -> str:
    """The "Nguồn" button: locator and the whole quoted sentence or row."""
    return fit(
        [
            *figure_html(fig)[:2],
            "",
            texts.FULL_SOURCE.format(
                source=source_html(fig), quote=escape(short(fig.source.quote, QUOTE_CHARS))
            ),
        ]
    )


def related_html(fig: Figure, related: Sequence[Figure]) -> str:
    if not related:
        return texts.RELATED_NONE
    lines = [texts.RELATED_HEADER.format(label=what_html(fig))]
    lines += [f"• {what_html(r)}: {value_html(r)}" for r in related]
    return fit(lines)


def figure_button(fig: Figure) -> str:
    """A plain-text button label for a figure: "Tổng số đảng viên (2022)"."""
    period = f" ({fig.period})" if fig.period else ""
    return short(f"{fig.label}{period}")


def inline_title(fig: Figure) -> str:
    return short(f"{fig.shown} – {fig.label}", 100)


def inline_description(fig: Figure) -> str:
    period = f" ({fig.period})" if fig.period else ""
    return short(f"{fig.label}{period}. {source_line(fig.source)}", 200)


def inline_message_html(fig: Figure) -> str:
    """The short cited message an inline result posts."""
    return "\n".join([f"{value_html(fig)} – {what_html(fig)}", source_html(fig)])


def reports_html(reports: Sequence[ReportSummary]) -> str:
    if not reports:
        return texts.REPORTS_NONE
    lines = [texts.REPORTS_HEADER]
    for r in reports:
        lines.append(
            texts.REPORT_LINE.format(
                number=escape(r.number),
                date=escape(format_iso_date(r.date)),
                title=escape(r.title),
                facts=format_number(r.facts),
                footnotes=format_number(r.footnotes),
                rows=format_number(r.table_rows),
                conflicts=format_number(r.conflicts),
            )
        )
    return fit(lines)


def reports_brief(reports: Sequence[ReportSummary]) -> str:
    """The loaded reports in brief for the welcome: "161-BC/ĐUK (25/7/2023)"."""
    if not reports:
        return texts.NO_REPORT
    return ", ".join(f"<b>{escape(r.number)}</b> ({escape(format_iso_date(r.date))})" for r in reports)


def topic_html(page: TopicPage) -> str:
    lines = [f"<b>{escape(page.title)}</b>" if page.key else texts.TOPIC_ROOT]
    if page.figures:
        lines += ["", texts.TOPIC_FIGURES]
        lines += [f"• {what_html(f)}: {value_html(f)}" for f in page.figures]
    elif not page.children:
        lines.append(texts.TOPIC_EMPTY)
    return fit(lines)


def target_mark(row: TargetRow) -> str:
    return {True: "✅", False: "⚠️"}.get(row.met, "▫️")  # type: ignore[arg-type]


def targets_html(rows: Sequence[TargetRow]) -> str:
    """The appendix targets against what was achieved, one line each."""
    if not rows:
        return texts.TARGETS_NONE
    lines = [texts.TARGETS_HEADER, texts.TARGETS_LEGEND, ""]
    for row in rows:
        achieved = value_html(row.achieved) if row.achieved else texts.TARGET_MISSING
        share = texts.TARGET_SHARE.format(share=value_html(row.share)) if row.share else ""
        lines.append(
            texts.TARGET_LINE.format(
                mark=target_mark(row),
                label=escape(row.label),
                achieved=achieved,
                target=value_html(row.target),
                share=share,
            )
        )
    lines += ["", source_html(rows[0].target)]
    return fit(lines)


def when(moment: datetime) -> str:
    return escape(format_iso_date(moment.date().isoformat()))


def members_html(members: Sequence[MemberInfo]) -> str:
    if not members:
        return texts.MEMBERS_EMPTY
    lines = [texts.MEMBERS_HEADER.format(count=len(members))]
    for m in members:
        lines.append(
            texts.MEMBER_LINE.format(
                name=escape(m.name or str(m.chat_id)),
                chat_id=m.chat_id,
                group=texts.MEMBER_GROUP if m.kind == "group" else "",
                joined=when(m.joined_at),
            )
        )
    return fit(lines)


def _logged(rows: Sequence[LoggedQuestion]) -> list[str]:
    if not rows:
        return [texts.STATS_NONE]
    return [f"• {when(r.asked_at)}: {escape(short(r.text, 120))}" for r in rows]


def stats_html(stats: UsageStats) -> str:
    lines = [
        texts.STATS.format(
            questions=format_number(stats.questions),
            answered=format_number(stats.by_status.get("answered", 0)),
            ambiguous=format_number(stats.by_status.get("ambiguous", 0)),
            not_found=format_number(stats.by_status.get("not_found", 0)),
            up=format_number(stats.thumbs_up),
            down=format_number(stats.thumbs_down),
            members=format_number(stats.members),
            groups=format_number(stats.groups),
            latency=format_number(round(stats.avg_latency_ms, 1)),
        ),
        "",
        texts.STATS_NOT_FOUND,
        *_logged(stats.not_found),
        "",
        texts.STATS_DISLIKED,
        *_logged(stats.disliked),
    ]
    return fit(lines)
