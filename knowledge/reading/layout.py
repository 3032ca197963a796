"""Format-neutral assembly of a ``Document`` from the blocks a reader finds in a file.

Every reader turns its file into a flat list of ``Block``s in reading order — running-text
paragraphs (with footnote markers as superscript digits), footnote bodies, and table rows —
and this module does the rest the same way for all formats: the header, the section tree,
paragraphs cut in two at a page break, footnotes attached to their section, the appendix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.document import SUPERSCRIPT_DIGITS, Document, Footnote, Header, Paragraph, Table

TERMINAL = ".:;!?…\"”)"
ROMAN_RE = re.compile(r"^([IVX]{1,5})\s*[-–.]\s*(\S.*)$")
NUMBERED_RE = re.compile(r"^(\d{1,2})\s*[.)]\s+(\S.*)$")
LETTERED_RE = re.compile(r"^([a-zđ])\)\s+(\S.*)$")
CAPITAL_LETTERED_RE = re.compile(r"^([A-ZĐ])\s*[.\-–]\s+(\S.*)$")  # "A. KẾT QUẢ …" above "I. …"
# "Phần thứ hai", "PHẦN II", "Phần thứ hai: PHƯƠNG HƯỚNG …" (the part's title on its own line or after it)
PART_RE = re.compile(r"^(phần\s+(?:thứ\s+\w+|[IVX]{1,4}|\d{1,2}))(?:\s*[:.\-–]\s*(\S.*))?$", re.IGNORECASE)
NUMBER_RE = re.compile(r"\bSố[:\s]*([0-9]+\s*[-–]\s*[A-ZĐa-zđ]+(?:/[A-ZĐa-zđ0-9\-]+)+)")
DATE_RE = re.compile(r"([A-ZĐ][^\n,]{1,40}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
CLOSING_RE = re.compile(r"^(nơi nhận|t/m |tm\.|trên đây là báo cáo)", re.IGNORECASE)
APPENDIX_RE = re.compile(r"^phụ\s*lục\b", re.IGNORECASE)
TABLE_TITLE_RE = re.compile(r"^(?:phụ\s*lục|biểu|bảng)(?:\s+số)?\s+[0-9IVX]+\b", re.IGNORECASE)
# "III. KHÁCH DU LỊCH THEO ĐỊA BÀN" between two tables of one appendix: the next table's own heading
TABLE_HEADING_RE = re.compile(r"^(?:[IVX]{1,5}|\d{1,2})(?:\.\d{1,2})*[.)]\s+[A-ZĐÀ-Ỹ]")  # "II.2. Điện nông thôn …" too
FOOTNOTE_START_RE = re.compile(f"^([{SUPERSCRIPT_DIGITS}]+)\\s*(.*)$", re.DOTALL)
NATIONAL_MOTTO = ("đảng cộng sản việt nam", "cộng hòa xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc")


@dataclass
class Block:
    """One unit a reader found: a paragraph, a footnote body or a table row."""

    text: str = ""
    page: int | None = None
    kind: str = "text"  # text | footnote | row
    number: int | None = None  # footnote number
    cells: list[str] = field(default_factory=list)  # table row
    heading_level: int | None = None  # a reader's own hint (Word heading styles), if any
    bullet: bool = False


def clean_inline(text: str) -> str:
    """Strip markdown-like emphasis and collapse whitespace."""
    text = re.sub(r"\(\s*\)", " ", text.replace("*", ""))  # "(*)": a footnote mark left empty
    return re.sub(r"\s+", " ", text).strip()


def parse_header(lines: list[str]) -> Header:
    """Header from the lines before the body: issuer, number, place and date, title."""
    joined = "\n".join(lines)
    number = ""
    if m := NUMBER_RE.search(joined):
        number = re.sub(r"\s+", "", m.group(1)).replace("–", "-")
    place = date = ""
    if m := DATE_RE.search(joined):
        place = m.group(1).strip()
        date = f"{int(m.group(4)):04d}-{int(m.group(3)):02d}-{int(m.group(2)):02d}"
    issuer_parts: list[str] = []
    title_parts: list[str] = []
    in_title = False
    for raw in lines:
        line = clean_inline(raw)
        low = line.casefold()
        if not line or line == "*":
            continue
        if low.startswith("báo cáo") and len(low) < 200:
            in_title = True
        if in_title and len(line) > 150:
            break  # the opening paragraph ("Thực hiện Nghị quyết …") is not the title
        if in_title:
            title_parts.append(line)
            continue
        if NUMBER_RE.search(line) or DATE_RE.search(line) or low in NATIONAL_MOTTO or low.startswith("số "):
            continue
        issuer_parts.append(line)
    title = " ".join(title_parts)
    if title.casefold().startswith("báo cáo "):
        title = "BÁO CÁO " + title[8:]
    return Header(issuer=" ".join(issuer_parts), number=number, place=place, date=date, title=title)


def is_body_start(block: Block) -> bool:
    text = clean_inline(block.text)
    return bool(PART_RE.match(text) or ROMAN_RE.match(text) or block.heading_level is not None)


def heading_level(block: Block) -> float | None:
    """0 for "Phần thứ …", 0.5 for "A. …" (in capitals), 1 for "I- …", 2 for "1. …", 3 for "a) …";
    None for running text."""
    text = clean_inline(block.text)
    if block.kind != "text" or block.bullet or len(text) > 220 or not text:
        return None
    if (m := PART_RE.match(text)) and (m.group(2) is None or m.group(2).isupper()):
        return 0
    if (m := ROMAN_RE.match(text)) and (m.group(2).isupper() or block.heading_level is not None):
        return 1
    if (m := CAPITAL_LETTERED_RE.match(text)) and m.group(2).isupper():
        return 0.5
    if NUMBERED_RE.match(text) and not text.endswith((".", ";", ":")):
        return 2
    if LETTERED_RE.match(text) and not text.endswith((".", ";")):
        return 3
    return None


def ends_open(text: str) -> bool:
    """A paragraph that stops mid-sentence (cut at a page end)."""
    stripped = text.rstrip().rstrip(SUPERSCRIPT_DIGITS).rstrip()
    return not stripped.endswith(tuple(TERMINAL))


def starts_lower(text: str) -> bool:
    first = text.lstrip()[:1]
    return bool(first) and (first.islower() or first.isdigit())


def _continues(before: str, text: str) -> bool:
    """A paragraph cut at a page end goes on: in lower case, or with a number after an open sentence
    ("… của" | "2.482 đảng viên"); a numbered item ("1. Tốc độ tăng trưởng: …") starts anew."""
    if text.lstrip()[:1].isdigit():
        return ends_open(before) and not NUMBERED_RE.match(text)
    if LETTERED_RE.match(text.lstrip()) and not ends_open(before):
        return False  # "… 09 bị can." | "c) Tội phạm về ma túy: …": the next lettered item, not the sentence going on
    return starts_lower(text)


def build_document(blocks: list[Block], source_format: str) -> Document:
    """Assemble header, sections, paragraphs, footnotes and tables from a reader's blocks."""
    start = next((i for i, b in enumerate(blocks) if b.kind == "text" and is_body_start(b)), None)
    opening = _opening_start(blocks, start)
    if start is None:
        start = next((i for i, b in enumerate(blocks) if b.kind == "text" and len(b.text) > 200), len(blocks))
    if opening is not None and opening < start:
        start = opening  # "Đặc điểm tình hình: … 1.186 đảng viên" before "Phần thứ nhất": the report's own words
    # a two-column header kept as a tab row ("Số 64-BC/ĐU <tab> ĐẢNG CỘNG SẢN VIỆT NAM"): each cell a line
    header = parse_header([line for b in blocks[:start] for line in ([b.text] if b.kind == "text" else b.cells)])
    doc = Document(header=header, source_format=source_format)
    section: list[str] = [OPENING_SECTION] if opening == start else []
    levels: list[float] = [OPENING_LEVEL] if section else []  # popped by the first heading
    table: Table | None = None
    closed = False
    expect_part_title = False
    footnote_pages: dict[int, int | None] = {}
    for block in blocks[start:]:
        if block.kind == "footnote" and block.number is not None:
            doc.footnotes[block.number] = Footnote(block.number, clean_inline(block.text), block.page)
            footnote_pages[block.number] = block.page
            continue
        if block.kind == "row":
            if table is None:
                table = Table(title=" ".join(_appendix_title(doc)), section=("Phụ lục",))
                doc.tables.append(table)
            table.rows.append([clean_inline(c) for c in block.cells])
            table.pages.append(block.page)
            continue
        text = clean_inline(block.text)
        if not text:
            continue
        if APPENDIX_RE.match(text):
            closed = True
            table = None
            doc._appendix_lines = [text]  # type: ignore[attr-defined]
            continue
        if closed and table is not None and (TABLE_TITLE_RE.match(text) or TABLE_HEADING_RE.match(text)):
            table = None  # "Biểu 02 …": the appendix's next table, with a header of its own
            doc._appendix_lines = [text]  # type: ignore[attr-defined]
            continue
        if closed:
            if table is None and hasattr(doc, "_appendix_lines"):
                doc._appendix_lines.append(text)
            continue
        if CLOSING_RE.match(text) and not text.casefold().startswith("trên đây"):
            closed = True
            continue
        level = heading_level(block)
        if level is not None:
            while levels and levels[-1] >= level:
                levels.pop()
                section.pop()
            levels.append(level)
            named = PART_RE.match(text) if level == 0 else None
            section.append(named.group(1) if named else text)
            if named and named.group(2):
                doc.part_titles[named.group(1)] = named.group(2)
            expect_part_title = level == 0
            continue
        if expect_part_title and text.isupper():
            part = section[0] if section else ""
            doc.part_titles[part] = f"{doc.part_titles.get(part, '')} {text}".strip()
            continue
        expect_part_title = False
        bullet = block.bullet or bool(re.match(r"^[-+•–]\s", text))
        if bullet:
            text = re.sub(r"^[-+•–]\s*", "", text)
        prev = doc.paragraphs[-1] if doc.paragraphs else None
        if prev is not None and prev.section == tuple(section) and not bullet and _continues(prev.text, text):
            prev.text = f"{prev.text} {text}"
            continue
        doc.paragraphs.append(Paragraph(text=text, section=tuple(section), page=block.page, bullet=bullet))
    _attach_footnote_sections(doc)
    if hasattr(doc, "_appendix_lines"):
        del doc._appendix_lines
    return doc


OPENING_SECTION = "Phần mở đầu"
OPENING_LEVEL = 99  # above every heading level: any heading ends the opening


def _opening_start(blocks: list[Block], body: int | None) -> int | None:
    """The first paragraph after the title ("BÁO CÁO …"), when it comes before the first heading."""
    end = len(blocks) if body is None else body
    title = next(
        (i for i, b in enumerate(blocks[:end]) if b.kind == "text" and clean_inline(b.text).casefold().startswith("báo cáo")),
        None,
    )
    if title is None:
        return None
    return next((i for i in range(title + 1, end) if blocks[i].kind == "text" and len(blocks[i].text) > 150), None)


def _appendix_title(doc: Document) -> list[str]:
    return list(getattr(doc, "_appendix_lines", ["Phụ lục"]))


def _attach_footnote_sections(doc: Document) -> None:
    marker = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
    from knowledge.document import from_superscript

    for para in doc.paragraphs:
        for m in marker.finditer(para.text):
            note = doc.footnotes.get(from_superscript(m.group(0)))
            if note is not None and not note.section:
                note.section = para.section
