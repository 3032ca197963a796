"""Interpreting an appendix table: column meaning, repeated headers, nested rows, row units.

A table arrives as a raw grid (``Document.tables``). Headers may span two rows ("Thực hiện
qua các năm" above "2020 2021 2022 6 tháng 2023") and repeat on every page; labels may sit
in the STT column ("+ Vững mạnh, khá"); rows nest ("- Đảng viên" under "1 Tiếp thu …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from knowledge.document import LOCATOR_SEP, SCHOOL_YEAR_RE, WHOLE_TERM, Table, school_years_as_years
from knowledge.lexicon import load_lexicon
from knowledge.vietnamese import key, key_words

ROMAN_RE = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])$")  # groups: "I", "II" … or "A", "B" …
YEAR_RE = re.compile(r"(?:\b|^)((?:\d+\s*tháng\s*(?:đầu\s*năm\s*)?)?(?:19|20)\d{2})\b", re.IGNORECASE)
RANGE_RE = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:\d{1,2}/)?(?:19|20)\d{2}")
SUBTITLE_RE = re.compile(
    r"(?:năm\s*)?(?:19|20)\d{2}|\d{1,2}\s*tháng(?:\s*(?:đầu\s*)?(?:năm\s*)?(?:19|20)\d{2})?|thực hiện|kế hoạch"
    r"|ước(?: thực hiện| đạt| cả năm)?(?: năm)?(?: (?:19|20)\d{2})?|cả năm|lũy kế|chỉ tiêu|tổng(?: số)?|tỷ lệ(?: %)?|%"
)
UNIT_ALIASES = {"đv": "đảng viên", "lớp": "lớp", "%": "%", "người": "người", "tỷ đồng": "tỷ đồng", "tỷ": "tỷ đồng"}


@dataclass(frozen=True)
class Column:
    """What one column of the table holds."""

    index: int
    role: str  # stt | label | unit | target | period | total | share | compare | ratio | note | other | measure
    title: str
    period: str | None = None


@dataclass
class TableRow:
    """A data row, its place in the nesting, and its cells by column."""

    index: int
    key: str  # "II.5.1"-like position
    label: str
    unit: str
    cells: dict[int, str]
    path: list[str] = field(default_factory=list)  # labels of the groups and parents above it
    level: int = 2  # 1 group (I, II…), 2 item, 3 child (-), 4 grandchild (+)
    parent: int | None = None  # index of the parent row
    page: int | None = None
    group: str = ""
    number: str = ""  # the printed STT of an item
    marker: str = ""  # "-" or "+" for bullet rows

    def locator(self, prefix: str = "Phụ lục") -> str:
        return LOCATOR_SEP.join([prefix, *self.path, self.label])

    def has_values(self, columns: list[Column]) -> bool:
        return any(
            self.cells.get(c.index, "").strip()
            for c in columns
            if c.role in ("target", "period", "total", "share", "compare", "ratio", "measure")
        )


WHOLE_SPAN_RE = re.compile(r"\b(?:cả|toàn|trong) (?:nhiệm kỳ|nhiệm kì|giai đoạn)\b")
SPAN_NAMED_RE = re.compile(r"(?:nhiệm kỳ|nhiệm kì|giai đoạn)")  # "Tổng giai đoạn", "Chỉ tiêu nhiệm kỳ"
LABEL_TITLES = ("nội dung", "chỉ tiêu", "tên chỉ tiêu", "nội dung chỉ tiêu", "danh mục", "hạng mục", "lĩnh vực")
SAME_SPAN = "cùng kỳ"
COMPARE_WORDS = ("cùng kỳ", "năm trước", "năm ngoái", "kỳ trước", "tăng, giảm", "tăng/giảm", "tăng (+)")
TARGET_WORDS = ("chỉ tiêu", "kế hoạch", "mục tiêu", "nghị quyết đề ra", "nq đề ra", "đề ra", "dự toán")  # "Dự toán 2025": the budget set


PLACE_TITLES = ("địa bàn", "địa phương")


def _measures_and_places(low: str) -> bool:
    """"Chỉ tiêu/Địa bàn": the rows name the measures and the places under them, a label column."""
    halves = [h.strip() for h in low.split("/")]
    return (
        len(halves) == 2 and any(h in LABEL_TITLES for h in halves)
        and all(h in LABEL_TITLES or h in PLACE_TITLES or ENTITY_TITLE_RE.match(h) for h in halves)
    )


def classify(title: str, index: int) -> Column:
    shown, title = title, school_years_as_years(title)  # "Năm 2025 (NH 2024-2025)": one year, no span
    title = re.sub(r"(?i)\bcùng kì\b", "cùng kỳ", re.sub(r"^TH\b", "Thực hiện", title))  # "TH 6 tháng", "Cùng kì 2025"
    low = " ".join(title.casefold().split())
    if low in LABEL_TITLES or _measures_and_places(low):
        return Column(index, "label", shown)
    if low in ("stt", "tt", "số tt") or low.startswith("stt"):
        return Column(index, "stt", shown)
    if "ghi ch" in low:
        return Column(index, "note", shown)
    if "đơn vị" in low or low == "đvt":
        return Column(index, "unit", shown)
    if low.startswith("trong đó "):
        return Column(index, "other", shown)  # "Trong đó khách quốc tế năm 2025": a part of the row, not its year
    if SAME_SPAN in low and (year := re.search(r"(?:19|20)\d{2}", low)) and not re.search(r"%|\bso\b|tăng|giảm", low):
        return Column(index, "period", shown, f"{SAME_SPAN} {year.group(0)}")  # "Cùng kỳ 2025": last year's figures
    if any(w in low for w in COMPARE_WORDS) or re.search(r"\b(?:so )?ck\b", low):  # "So với cùng kỳ (%)", "% so CK", "% CK": not the plan
        return Column(index, "compare", shown)
    planned = any(w in low for w in TARGET_WORDS) or re.search(r"\bkh\b", low)  # "KH 2026", "Năm 2025 KH 2025"
    if "so sánh" in low and len(years := re.findall(r"(?:19|20)\d{2}", low)) >= 2:
        return Column(index, "ratio", shown, years[0])  # "So sánh 2025/2024 (%)": one year against another
    if re.fullmatch(r"%\s*(?:năm\s*)?(?:19|20)\d{2}", low):
        return Column(index, "ratio", shown)  # "% 2024": against that year, as "% so 2024"
    if re.search(r"\bso(?: với| sánh)?\s*(?:năm\s*)?(?:19|20)\d{2}\b", low) and not planned:
        return Column(index, "ratio", shown)  # "So với 2024 (%)", "% so 2023": against a past year, no plan
    if (m := YEAR_RE.search(title)) and ("%" in low or "tỷ lệ" in low) and not planned and "so " not in f"{low} ":
        return Column(index, "period", shown, m.group(1))  # "Năm 2024 - Tỷ lệ (%)": that year's rate
    if "%" in low or "tỷ lệ so" in low or "so với" in low or "so chỉ tiêu" in low or "so chi tiêu" in low:
        return Column(index, "share", shown)
    if planned:  # "Kế hoạch năm 2024" is a target, not a period
        if span := RANGE_RE.search(title):  # "Chỉ tiêu Nghị quyết nhiệm kỳ 2025-2030": what the term's end aims at
            return Column(index, "target", shown, span.group(0)[-4:])
        m = YEAR_RE.search(title)
        if m is None and SPAN_NAMED_RE.search(low):
            return Column(index, "target", shown, WHOLE_TERM)  # "Chỉ tiêu giai đoạn": the whole term's aim
        return Column(index, "target", shown, m.group(1) if m else None)
    if WHOLE_SPAN_RE.search(low) or re.fullmatch(rf"(?:tổng|cộng|tổng cộng) {SPAN_NAMED_RE.pattern}", low):
        return Column(index, "total", shown, WHOLE_TERM)  # "Cả nhiệm kỳ": the whole term's figure
    if re.fullmatch(r"(?:giữa|nửa(?: đầu)?) nhiệm kỳ", low):
        return Column(index, "total", shown, WHOLE_TERM)  # a mid-term review's "Giữa nhiệm kỳ": the term so far
    if "lũy kế" in low or "bình quân" in low or RANGE_RE.search(low):  # "Lũy kế/ Bình quân 2021 - 9/2024"
        return Column(index, "total", shown)
    if m := QUARTER_TITLE_RE.search(title):
        return Column(index, "period", shown, f"quý {m.group(1).upper()}/{m.group(2)}")  # "Quý II/2026": one quarter
    if (q := BARE_QUARTER_RE.search(title)) and (m := YEAR_RE.search(title)):
        # "Thực hiện năm 2026" over "Quý I | Quý II | …": each a quarter of that year (the first is read below)
        return Column(index, "period", shown, f"quý {ROMAN_QUARTERS.get(q.group(1).upper(), q.group(1).upper())}/{m.group(1)}")
    if m := re.search(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b", title):
        return Column(index, "period", shown, f"{int(m.group(1))}/{int(m.group(2))}/{m.group(3)}")  # "đến 30/11/2025"
    if m := YEAR_RE.search(title):
        months = re.search(r"\b(\d{1,2})\s*tháng\b", low)  # "Năm 2024 9 tháng": the first 9 months of 2024
        if months and "tháng" not in m.group(1):
            return Column(index, "period", shown, f"{int(months.group(1))} tháng {m.group(1)}")
        return Column(index, "period", shown, _year_period(m))
    if "nội dung" in low or "tên chỉ tiêu" in low or low == "chỉ tiêu":
        return Column(index, "label", shown)
    if re.fullmatch(r"(?:toàn|cả) (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|ngành|đảng bộ|khối)", low):
        return Column(index, "total", shown)  # "Toàn tỉnh" beside the districts: the whole, not one more place
    if "thực hiện" in low or "tổng" in low or "lũy kế" in low or re.fullmatch(r"kết quả(?: đạt được)?", low):
        return Column(index, "total", shown)  # "Chỉ tiêu Nghị quyết | Kết quả | Đánh giá": what was done
    return Column(index, "other", shown)


BARE_QUARTER_RE = re.compile(r"\bquý\s*(IV|III|II|I|[1-4])\b(?!\s*(?:/|tháng))", re.IGNORECASE)
ROMAN_QUARTERS = {"1": "I", "2": "II", "3": "III", "4": "IV"}
# "Quý II/2026", "quý III năm 2026" (the first quarter is read as "3 tháng đầu năm 2026" before)
QUARTER_TITLE_RE = re.compile(r"\bquý\s*(II|III|IV|[2-4])\s*(?:/|năm|-)?\s*((?:19|20)\d{2})\b", re.IGNORECASE)


def _year_period(m: re.Match[str]) -> str:
    """The period a column title names: "6 tháng đầu năm 2023" → "6 tháng 2023"."""
    return " ".join(re.sub(r"(?i)\bđầu\s*năm\b", " ", m.group(1)).split())


def is_header_row(cells: list[str]) -> bool:
    low = [" ".join(c.casefold().split()) for c in cells]
    numbering = any(c in ("stt", "tt", "số tt") for c in low)
    labels = any(c in LABEL_TITLES or "nội dung" in c for c in low)
    units = any("đơn vị" in c or c == "đvt" for c in low)
    bodies = any(ENTITY_TITLE_RE.match(c) for c in low)  # "TT | Tổ chức cơ sở đảng | Tổng số đảng viên | …"
    # "Quý | Tổng lượt khách (lượt) | … ": a table whose rows are periods, under a title naming the kind of period
    periods = bool(low) and low[0] in PERIOD_ROW_TITLES and sum(bool(c) for c in low) >= 3
    return (numbering and (labels or units or bodies)) or any(c == "stt" for c in low) or (labels and units) or periods


PERIOD_ROW_TITLES = ("quý", "tháng", "năm", "kỳ", "thời gian", "thời điểm", "kỳ báo cáo", "thời kỳ")
QUARTER_ROW_RE = re.compile(r"^quý\s*(IV|I{1,3}|[1-4])(?![\w/])", re.IGNORECASE)
WHOLE_YEAR_ROWS = ("cả năm", "tổng cả năm", "năm")
QUARTER_NUMERALS = {"1": "I", "2": "II", "3": "III", "4": "IV"}  # "quý 2" is written "quý II"


def row_period(label: str, column_period: str | None) -> str | None:
    """The period a row of a table of periods names: "2021", "Năm 2021", "Quý II" of the column's year
    ("quý II/2025"), "Cả năm" (the column's year); None for a row naming no period."""
    low = " ".join(re.sub(r"\(.*?\)", " ", label.casefold()).split())
    if m := re.fullmatch(r"(?:cả\s+)?(?:năm\s+)?((?:19|20)\d{2})", low):
        return m.group(1)  # "Năm 2024", "Cả năm 2025"
    if m := re.fullmatch(r"quý\s*(iv|i{1,3}|[1-4])\s*(?:/|năm)\s*((?:19|20)\d{2})", low):
        column_period, low = m.group(2), f"quý {m.group(1)}"  # "Quý II/2025" (its year from the table's title)
    year = column_period if column_period and re.fullmatch(r"(?:19|20)\d{2}", column_period) else None
    if year and (m := QUARTER_ROW_RE.match(low)):
        number = m.group(1).upper()
        return f"quý {QUARTER_NUMERALS.get(number, number)}/{year}"
    return year if low in WHOLE_YEAR_ROWS else None


def is_period_row(cells: list[str]) -> bool:
    """The second header row: years and column words under a spanning title ("2021 2022 2023 Kế hoạch 9 tháng")."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(_is_subtitle(c) for c in filled)


def _is_subheader(cells: list[str]) -> bool:
    """" |  | 2023-2024 | 2024-2025 | Dự thi | Tốt nghiệp | Tỷ lệ (%)": words under the spanning titles, no
    row of its own (the number and label cells empty) and no figure but years."""
    filled = [c.strip() for c in cells[2:] if c.strip()]
    return (
        len(cells) > 2 and not cells[0].strip() and not cells[1].strip() and len(filled) >= 2
        and not all(re.fullmatch(r"\(.*\)", c) for c in filled)  # "(người) | (lượt)": the units, as before
        and all(not re.fullmatch(r"[\d.,%()\s+-]+", c) or re.fullmatch(r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?", c) for c in filled)
    )


def _is_subtitle(cell: str) -> bool:
    """A column word under a spanning title: a year, "Kế hoạch", "Thực hiện", "Tỷ lệ % so KH"."""
    low = " ".join(cell.casefold().split())
    if YEAR_RE.fullmatch(low) or SUBTITLE_RE.fullmatch(low):
        return True
    return len(low.split()) <= 6 and classify(cell, 0).role in ("target", "period", "total", "share", "compare", "ratio")


def header_columns(rows: list[list[str]]) -> list[Column]:
    """Merge the (one or two) header rows column by column and classify each column."""
    width = max(len(r) for r in rows)
    titles = []
    spanning = whole = ""
    above: list[str] = []  # the title over each column's own word ("Xã Trà Lũy (cũ)" over "2024"), if any
    for i in range(width):
        parts = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        top = rows[0][i].strip() if i < len(rows[0]) else ""
        if top or len(parts) == 0:
            spanning = top
        elif spanning:  # "Năm 2024" above "Kế hoạch" and "9 tháng": the title spans both
            parts = [spanning, *parts]
        above.append((top or spanning) if len(parts) == 2 else "")
        if len(parts) == 2 and re.fullmatch(r"(?i)trong đó:?", parts[0]) and whole:
            parts = [f"{whole}:", parts[1]]  # "Tổng số huy chương | Trong đó: Vàng, Bạc": a part of the column before
        elif parts and parts[0].casefold().startswith("trong đó ") and whole and i and rows[0][0].strip().casefold() in PERIOD_ROW_TITLES:
            # "Quý | Tổng lượt khách | Trong đó khách quốc tế": in a table of periods, a part of the measure before
            parts = [f"{whole}:", re.sub(r"(?i)^trong đó:?\s*", "", parts[0]), *parts[1:]]
        elif top and not top.casefold().startswith("trong đó"):
            whole = top
        titles.append(" ".join(parts))
    if any(SCHOOL_YEAR_RE.search(t) for t in titles):  # "Số trường năm học 2025-2026 | … 2023-2024": school years too
        titles = [re.sub(r"(?<![\w/-])(?<!học )((?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})\b", r"năm học \1", t) for t in titles]
    # "Thực hiện theo quý" over "Quý I | Quý II | Quý III" beside "9 tháng 2026": quarters of the table's latest year
    years = [int(y) for t in titles for y in re.findall(r"\b((?:19|20)\d{2})\b", t)]
    if years:
        titles = [f"{t} năm {max(years)}" if BARE_QUARTER_RE.search(t) and not YEAR_RE.search(t) else t for t in titles]
    columns = _same_span_columns(_first_quarter([classify(t, i) for i, t in enumerate(titles)]))
    # "Thực hiện qua các năm" spans the period columns: its own first column is a period too
    return _places_over_years(_entity_columns(_ratios_without_plan(columns)), above)


# "Xã Trà Lũy (cũ)", "Huyện Bắc Sơn", "Cụm 1": a title naming a place or body (not "Số lượng", "Kết quả")
PLACE_TITLE_RE = re.compile(
    r"(?:xã|phường|thị trấn|huyện|thị xã|thành phố|tp\.?|quận|thôn|ấp|bản|khu|cụm|khối|đảng bộ|chi bộ|trường|bệnh viện"
    r"|trung tâm|công ty|chi nhánh|phòng giao dịch|pgd)\s+\S",
    re.IGNORECASE,
)


def _places_over_years(columns: list[Column], above: list[str]) -> list[Column]:
    """"Chỉ tiêu | ĐVT | Xã Trà Lũy (cũ) | | … | Toàn xã" over "2024 | 2025" under each: the measures are the rows,
    each place's year a part of the measure that year; the whole's ("Toàn xã Vĩnh Trà") stays the measure."""
    if not any(c.role == "label" for c in columns):
        return columns
    out = []
    for c in columns:
        place = above[c.index] if c.index < len(above) else ""
        if c.role == "period" and place and PLACE_TITLE_RE.match(place) and classify(place, c.index).role == "other":
            out.append(Column(c.index, "other", place, c.period))
        else:
            out.append(c)
    return out


def _first_quarter(columns: list[Column]) -> list[Column]:
    """"Quý I/2026 | Quý II/2026 | Quý III/2026" (the first read as "3 tháng đầu năm 2026"): a quarter like
    the others, not the report's own span."""
    if not any(c.role == "period" and (c.period or "").startswith("quý ") for c in columns):
        return columns
    return [
        Column(c.index, c.role, c.title, f"quý I/{m.group(1)}")
        if c.role == "period" and (m := re.fullmatch(r"3 tháng ((?:19|20)\d{2})", c.period or ""))
        else c
        for c in columns
    ]


def _same_span_columns(columns: list[Column]) -> list[Column]:
    """"Thực hiện 6 tháng 2026 | Cùng kỳ 2025": the same span of the earlier year ("6 tháng 2025")."""
    # the longest span: "Quý I/2026 | … | 9 tháng 2026 | Cùng kỳ 2025" compares nine months, not the first quarter
    spans = sorted(
        [
            *(m.group(1) for c in columns if c.role == "period" and c.period and (m := re.match(r"(\d{1,2} tháng) ", c.period))),
            # "TH 6 tháng | … | Cùng kỳ 2025": what was done in the report's span, named without its year
            *(m.group(1) for c in columns if c.role == "total" and (m := re.search(r"\b(\d{1,2} tháng)\b", c.title))),
        ],
        key=lambda s: -int(s.split()[0]),
    )
    return [
        Column(c.index, c.role, c.title, f"{spans[0]} {c.period.split()[-1]}" if spans else c.period.split()[-1])
        if c.role == "period" and c.period and c.period.startswith(SAME_SPAN)
        else c
        for c in columns
    ]


def _ratios_without_plan(columns: list[Column]) -> list[Column]:
    """"6 tháng 2025 | 6 tháng 2026 | So sánh (%)" with no plan column: the share compares the periods."""
    if any(c.role == "target" for c in columns) or sum(c.role == "period" for c in columns) < 2:
        return columns
    return [
        Column(c.index, "ratio", c.title)
        if c.role == "share" and "so sánh" in c.title.casefold() and not re.search(PLAN_WORDS, c.title.casefold())
        else c
        for c in columns
    ]


PLAN_WORDS = r"kế hoạch|chỉ tiêu|nghị quyết|\bkh\b|\bnq\b|dự toán"


# The first column of a table whose rows are bodies, not measures: "Khối, đơn vị", "Tổ chức cơ sở đảng"
ENTITY_TITLE_RE = re.compile(
    r"^(?:tên\s+)?(?:khối|đơn vị|tổ chức cơ sở đảng|tổ chức đảng|tccsđ|đảng bộ|chi bộ|xã|phường|thị trấn|địa phương"
    r"|cơ sở|huyện|cơ quan|doanh nghiệp|công ty|ngành|loại hình|lĩnh vực|khu vực)\b",
    re.IGNORECASE,
)
PERIOD_WORDS_RE = re.compile(r"(?:\bnăm\s+(?:học\s+)?)?(?<!/)\b(?:\d{1,2}\s*tháng\s*(?:đầu\s*)?(?:năm\s*)?)?(?:19|20)\d{2}\b|\(\s*%\s*\)", re.IGNORECASE)


def measure_title(title: str, unit: bool = False) -> str:
    """What a column of an entity table counts, without its period: "Kết nạp 6 tháng 2026" → "Kết nạp"; and
    without the unit under it ("Kết nạp đoàn viên mới (người)") unless ``unit``."""
    words = " ".join(PERIOD_WORDS_RE.sub(" ", title).replace("()", " ").split()).strip(" -–,:")
    words = re.sub(r"(?i)^trong đó:?\s+", "", words)  # "Trong đó khách quốc tế": the part it names
    if unit:
        return words
    units = load_lexicon().units
    bare = re.sub(  # "Tổng lượt khách (lượt) Kế hoạch": the unit said in brackets is the unit's, not the measure's
        r"\s*\(([^()\d]{1,15})\)",
        lambda m: " " if m.group(1).strip() == "%" or tuple(key_words(m.group(1))) in units else m.group(0),
        words,
    )
    return " ".join(bare.split()).replace(" :", ":") or words


UNIT_TITLE_RE = re.compile(r"đvt|đơn vị tính|đv tính|đơn vị đo")  # a column of each row's unit, not "Đơn vị máu"


def _has_unit_column(columns: list[Column], first: Column) -> bool:
    return any(UNIT_TITLE_RE.fullmatch(" ".join(c.title.casefold().split())) for c in columns if c is not first)


def places_under_measures(columns: list[Column]) -> bool:
    """Places listed under each measure's heading row ("I | Diện tích trồng rừng mới" over "1 | Huyện Bắc Sơn |
    ha | …"): a table of bodies whose rows carry their own unit."""
    label = next((c for c in columns if c.role == "label"), None)
    if label is None:
        return False
    low = " ".join(label.title.casefold().split())
    named_as_bodies = (
        bool(ENTITY_TITLE_RE.match(low)) or _measures_and_places(low)
        or not (low in LABEL_TITLES or "nội dung" in low or "chỉ tiêu" in low)
    )
    return named_as_bodies and _has_unit_column(columns, label)


def _entity_columns(columns: list[Column]) -> list[Column]:
    """A table of bodies ("| TT | Tổ chức cơ sở đảng | Số chi bộ | Tổng số đảng viên | Nữ | Kết nạp mới |"):
    its first column names each row's body, every other column is a measure of it."""
    if any(c.role == "label" for c in columns):
        return columns
    first = next((c for c in columns if c.role != "stt"), None)
    # "STT | Địa bàn | …": a first column of words no other title claims names the rows too
    if first is None or not (ENTITY_TITLE_RE.match(first.title.strip()) or (first.role == "other" and first.title.strip())):
        return columns
    if _has_unit_column(columns, first):
        # "STT | Địa bàn | ĐVT | Năm 2024 | KH năm 2025 | TH năm 2025 | % so với KH": rows that carry their own
        # unit are the places of each measure headed above them; the columns keep their meaning
        return [Column(c.index, "label", c.title) if c is first else c for c in columns]
    out = []
    for c in columns:
        if c is first:
            out.append(Column(c.index, "label", c.title))
        elif c.role in ("stt", "note") or not measure_title(c.title):
            out.append(c)  # a plain period column ("Năm 2025") keeps the row's body as its label
        else:
            m = YEAR_RE.search(school_years_as_years(c.title))  # "Năm học 2025-2026": the year it ends
            if "lũy kế" in c.title.casefold() or WHOLE_SPAN_RE.search(c.title.casefold()):
                out.append(Column(c.index, "measure", c.title, WHOLE_TERM))  # "Lũy kế ước đến 31/12/2025": all so far
                continue
            out.append(Column(c.index, "measure", c.title, _year_period(m) if m else None))
    return out


def read_tables(grids: list[Table]) -> list[tuple[Table, list[Column], list[TableRow]]]:
    """Every table the document's grids hold, with its columns and rows (see ``split_tables``)."""
    return [(table, *read_table(table)) for grid in grids for table in split_tables(grid)]


def split_tables(table: Table) -> list[Table]:
    """The tables one grid holds: a header row that does not repeat the first one ("b) Lao động, …" under
    "a) Đầu tư, …" in one appendix) opens another table, with columns of its own."""
    parts: list[Table] = []
    first: list[str] = []
    pages = [*table.pages, *[None] * (len(table.rows) - len(table.pages))]  # a page for every row, known or not
    for cells, page in zip(table.rows, pages, strict=False):
        if is_header_row(cells) and not (first and _repeats(first, cells)):
            first = cells
            if not parts or any(not is_header_row(r) for r in parts[-1].rows):
                parts.append(replace(table, rows=[], pages=[]))
        if not parts:
            parts.append(replace(table, rows=[], pages=[]))
        parts[-1].rows.append(cells)
        parts[-1].pages.append(page)
    return parts or [table]


def _repeats(header: list[str], cells: list[str]) -> bool:
    """A header row repeating the table's own on a new page, its spellings drifted ("Đơn vi tính", "Khu công
    nghiêp", "Đất CN cho thuê (ha)"), not the header of another table."""
    return fuzz.ratio(key(" ".join(header)), key(" ".join(cells))) >= REPEATED_HEADER_RATIO


REPEATED_HEADER_RATIO = 70


def read_table(table: Table) -> tuple[list[Column], list[TableRow]]:
    """Columns and nested data rows of one appendix table."""
    columns: list[Column] = []
    rows: list[TableRow] = []
    raw = table.rows
    i = 0
    stack: dict[int, TableRow] = {}
    group_label = ""
    group_key = ""
    unnumbered = 0
    counters = {"item": 0, "child": 0, "grand": 0}
    while i < len(raw):
        cells = raw[i]
        if is_header_row(cells):
            header = [cells]
            if i + 1 < len(raw) and (is_period_row(raw[i + 1]) or _is_subheader(raw[i + 1])):
                header.append(raw[i + 1])
            if not columns:
                columns = header_columns(header)
            i += len(header)
            continue
        i += 1
        if not columns or not any(c.strip() for c in cells):
            continue
        row = _make_row(cells, columns, len(rows), table.pages[i - 1] if i - 1 < len(table.pages) else None)
        if row is None:
            continue
        stt = cells[_col(columns, "stt")].strip() if _col(columns, "stt") < len(cells) else ""
        level = _level(stt, row.label, row, columns, stack)
        row.level = level
        if level == 1:
            stack = {1: row}
            group_label = row.label
            group_key = stt or row.label
            counters.update(item=0)
            unnumbered = 0
            row.key = group_key
            row.path = []
        else:
            if level == 2:
                if stt.isdigit():
                    counters["item"], unnumbered = int(stt), 0
                else:
                    unnumbered += 1  # an unnumbered item after item N is "N+1", "N+2" …
                counters["child"] = 0
                row.number = stt if stt.isdigit() else ""
            elif level == 3:
                counters["child"] += 1
                counters["grand"] = 0
            else:
                counters["grand"] += 1
            parent = next((stack[lv] for lv in range(level - 1, 0, -1) if lv in stack), None)
            row.parent = parent.index if parent else None
            row.path = [*parent.path, _path_label(parent)] if parent else []
            row.key = ".".join(
                str(x)
                for x in (
                    group_key,
                    f"{counters['item'] or ''}{'+' * unnumbered}" if level >= 2 else "",
                    counters["child"] if level >= 3 else "",
                    counters["grand"] if level >= 4 else "",
                )
                if x != ""
            )
            stack = {lv: r for lv, r in stack.items() if lv < level}
            stack[level] = row
        row.group = group_label
        rows.append(row)
    _inherit_units(rows, columns)
    _quarters_of_the_title(rows, columns, table.title)
    return columns, rows


def _quarters_of_the_title(rows: list[TableRow], columns: list[Column], title: str) -> None:
    """"… THEO QUÝ NĂM 2025" over rows "Quý I", "Quý II" and no column naming a year: the title's year is theirs."""
    years = set(re.findall(r"(?:19|20)\d{2}", title))
    if len(years) != 1 or any(c.period and re.fullmatch(r"(?:19|20)\d{2}", c.period) for c in columns):
        return
    year = years.pop()
    for row in rows:
        if QUARTER_ROW_RE.match(row.label) and not re.search(r"(?:19|20)\d{2}", row.label):
            row.label = re.sub(r"(?i)^(quý\s*(?:IV|I{1,3}|[1-4]))(?![\w/])", rf"\1/{year}", row.label)


COUNT_ONLY_WORDS = frozenset({"so", "tong", "luong"})


def counts_only(label: str, unit: str) -> bool:
    """A row that names nothing but its count and unit ("Số vụ", "Tổng số đối tượng"): what it counts is its
    group's name ("III | TAI NẠN GIAO THÔNG")."""
    words = set(key_words(label))
    return bool(words & COUNT_ONLY_WORDS) and bool(words - COUNT_ONLY_WORDS) and not words - set(key_words(unit)) - COUNT_ONLY_WORDS


def _path_label(row: TableRow) -> str:
    if row.level == 1:
        return row.key
    return f"{row.number}. {row.label}" if row.number else row.label


def _col(columns: list[Column], role: str) -> int:
    return next((c.index for c in columns if c.role == role), -1)


def _make_row(cells: list[str], columns: list[Column], index: int, page: int | None) -> TableRow | None:
    label_i, stt_i, unit_i = _col(columns, "label"), _col(columns, "stt"), _col(columns, "unit")
    get = lambda i: cells[i].strip() if 0 <= i < len(cells) else ""  # noqa: E731
    label, stt = get(label_i), get(stt_i)
    if not label and stt and not _is_numbering(stt):
        label = stt
    if not label:
        return None
    unit = UNIT_ALIASES.get(get(unit_i).casefold(), get(unit_i))
    values = {c.index: get(c.index) for c in columns if c.role not in ("stt", "label", "unit") and get(c.index)}
    return TableRow(index=index, key="", label=label, unit=unit, cells=values, page=page)


def _is_numbering(stt: str) -> bool:
    return bool(ROMAN_RE.match(stt) or stt.isdigit() or stt in ("-", "+", "*", "•"))


def _level(stt: str, label: str, row: TableRow, columns: list[Column], stack: dict[int, TableRow]) -> int:
    if ROMAN_RE.match(stt):
        return 1
    if stt.isdigit():
        return 2
    if label.startswith("+") or stt == "+":
        row.label = label.lstrip("+ ").strip()
        row.marker = "+"
        child = stack.get(3)
        return 4 if child is not None and child.marker == "-" else 3
    if label.startswith(("-", "–")) or stt in ("-", "–"):
        row.label = label.lstrip("-– ").strip()
        row.marker = "-"
        sub_item = stack.get(3)
        return 4 if sub_item is not None and sub_item.marker == "." else 3
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", stt):
        row.marker = "."  # "1.4 Kết luận có vi phạm (hai cấp)": a numbered sub-item of item 1
        return 3
    # an unnumbered row: a child of an item that is only a heading, else an item of its own
    item = stack.get(2)
    if item is not None and re.match(r"(?i)trong đó\s*:?\s*\S", label):
        row.label = re.sub(r"(?i)^trong đó\s*:?\s*", "", label)  # "Trong đó: công nhân …" under "Kết nạp đảng viên"
        return 3
    if item is not None and not item.has_values(columns) and 3 not in stack:
        return 3
    if item is not None and not item.has_values(columns) and 3 in stack and stack[3].level == 3:
        return 3
    return 2


def _inherit_units(rows: list[TableRow], columns: list[Column]) -> None:
    """Rows printed without a unit take one from their label, their children or their siblings."""
    by_parent: dict[int | None, list[TableRow]] = {}
    for row in rows:
        by_parent.setdefault(row.parent, []).append(row)
    for row in rows:
        if row.unit or not row.has_values(columns):
            continue
        low = row.label.casefold()
        if m := re.match(r"^(?:tổng\s+)?số\s+(.+)$", low):
            row.unit = m.group(1).strip()
        elif word := next((w for w in LABEL_UNITS if w in low), None):
            row.unit = word
        elif (kids := {k.unit for k in by_parent.get(row.index, []) if k.unit}) and len(kids) == 1 and "%" not in kids:
            row.unit = kids.pop()
        elif row.parent is not None and (sib := [s.unit for s in by_parent.get(row.parent, []) if s.unit]):
            row.unit = sib[0]


LABEL_UNITS = ("đảng viên", "cơ sở đảng", "tổ chức đảng", "đoàn viên", "hội viên", "cơ sở đoàn", "cơ sở hội")
