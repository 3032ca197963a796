"""The document model every reader produces: header, sections, paragraphs, footnotes, tables.

Readers (``knowledge.reading.*``) differ only in how they find these parts in a file.
Footnote references are kept *inside* paragraph text as Unicode superscript digits
(``¹``, ``²⁶``) whatever the source format, so everything downstream is format-blind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_FROM_SUPER = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
LOCATOR_SEP = " › "


# "năm học 2025 – 2026", "(NH 2024-2025)": a school year, counted as the calendar year it ends in
SCHOOL_YEAR_RE = re.compile(r"\b(?:năm học|nh)\s*((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})\b", re.IGNORECASE)


def school_year_end(first: str, last: str) -> str | None:
    """The calendar year a school year ends in ("2025", "2026" → "2026"); None for a longer span."""
    return last if int(last) == int(first) + 1 else None


# "quý I/2026", "quý I năm 2026": the first quarter is the first 3 months of the year
FIRST_QUARTER_RE = re.compile(r"\bquý\s*(?:I|1)(?![IVX\d])\s*(?:/\s*|năm\s+|-\s*)?((?:19|20)\d{2})\b", re.IGNORECASE)


def school_years_as_years(text: str) -> str:
    """Each school year named as the calendar year it ends in ("năm học 2025 – 2026" → "năm 2026"), and a
    first quarter as the first 3 months ("quý I/2026" → "3 tháng đầu năm 2026")."""
    text = FIRST_QUARTER_RE.sub(lambda m: f"3 tháng đầu năm {m.group(1)}", text)
    return SCHOOL_YEAR_RE.sub(lambda m: f"năm {end}" if (end := school_year_end(*m.groups())) else m.group(0), text)


def superscript(number: int) -> str:
    """Footnote marker for ``number`` as it stands in paragraph text."""
    return str(number).translate(_TO_SUPER)


def from_superscript(marker: str) -> int:
    """The footnote number a superscript marker stands for."""
    return int(marker.translate(_FROM_SUPER))


@dataclass(frozen=True)
class Header:
    """What identifies a report: who issued it, its number, place, date and title."""

    issuer: str = ""
    number: str = ""
    place: str = ""
    date: str = ""  # ISO yyyy-mm-dd, "" when the report carries none
    title: str = ""


@dataclass
class Paragraph:
    """One paragraph of running text under its section path."""

    text: str
    section: tuple[str, ...] = ()
    page: int | None = None
    bullet: bool = False

    @property
    def locator(self) -> str:
        return LOCATOR_SEP.join(short_heading(h, i == len(self.section) - 1) for i, h in enumerate(self.section))


@dataclass
class Footnote:
    """A footnote body, with the paragraph and section that carry its marker."""

    number: int
    text: str
    page: int | None = None
    section: tuple[str, ...] = ()


@dataclass
class Table:
    """A table as a raw grid; header rows are kept and interpreted by ``knowledge.tables``."""

    rows: list[list[str]] = field(default_factory=list)
    pages: list[int | None] = field(default_factory=list)
    title: str = ""
    section: tuple[str, ...] = ()


@dataclass
class Document:
    """A whole report as read from one file."""

    header: Header
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: dict[int, Footnote] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    source_format: str = "txt"
    part_titles: dict[str, str] = field(default_factory=dict)  # "Phần thứ hai" → "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"

    def text(self) -> str:
        """All running text, for hashing and sanity checks."""
        return "\n".join(p.text for p in self.paragraphs)


PART_NAME_RE = re.compile(r"^phần\s+(?:thứ\s+\w+|[ivx]{1,4}|\d{1,2})$", re.IGNORECASE)  # "Phần thứ hai", "PHẦN II"
PLAN_HEADING_RE = re.compile(r"phương hướng|nhiệm vụ|mục tiêu|kế hoạch|chỉ tiêu|giải pháp", re.IGNORECASE)
RESULTS_HEADING_RE = re.compile(r"kết quả|tình hình|đánh giá|hạn chế|nguyên nhân|bài học", re.IGNORECASE)


def is_part(heading: str) -> bool:
    """A part of the report ("Phần thứ nhất", "PHẦN II"), above its lettered and numbered sections."""
    return bool(PART_NAME_RE.match(heading.strip()))


def sets_tasks(heading: str) -> bool:
    """A top section setting the coming tasks ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM"), not one
    reporting results ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ …")."""
    return bool(PLAN_HEADING_RE.search(heading)) and not RESULTS_HEADING_RE.search(heading)


def short_heading(heading: str, last: bool) -> str:
    """A heading as it stands in a locator: numbered headings keep only their number unless last."""
    import re

    m = re.match(r"^\s*([IVXLC]+)\s*[-–.]\s*", heading)
    if m and not last:
        return m.group(1)
    return heading.strip()


WHOLE_TERM = "cả nhiệm kỳ"  # the period of a figure said of the whole term reviewed


def period_year(period: str) -> int:
    """The year a period ends in ("6 tháng 2026" → 2026, "2021-2025" → 2025), 0 when it names none."""
    years = re.findall(r"(?:19|20)\d{2}", period)
    return int(years[-1]) if years else 0


def report_period(title: str) -> str:
    """The period a yearly (or half-yearly) report covers: "Báo cáo tổng kết … năm 2024 …" → "2024",
    "sơ kết 6 tháng đầu năm 2026" → "6 tháng 2026" (the first period named); "năm học 2025 – 2026" → "2026"."""
    title = school_years_as_years(title)
    if bracketed := re.search(r"\bnăm\s+((?:19|20)\d{2})\s*\(\s*(\d{1,2})\s+tháng\b", title):
        return f"{int(bracketed.group(2))} tháng {bracketed.group(1)}"  # "năm 2026 (9 tháng đầu năm)"
    m = re.search(r"\b(?:(\d{1,2})\s+tháng\s+(?:đầu\s+)?)?năm\s+((?:19|20)\d{2})\b", title)
    first = re.search(r"\b(\d{1,2})\s+tháng\s+đầu\s+năm\b(?!\s*(?:19|20)\d{2})", title)
    if first and m and first.start() < m.start() and "nhiệm kỳ" not in title.casefold()[: first.start()]:
        # "kết quả … 9 tháng đầu năm, phương hướng, nhiệm vụ 3 tháng cuối năm 2026": nine months of 2026
        return f"{int(first.group(1))} tháng {m.group(2)}"
    if not m or "nhiệm kỳ" in title.casefold()[: m.start()]:
        return ""
    return f"{int(m.group(1))} tháng {m.group(2)}" if m.group(1) else m.group(2)
