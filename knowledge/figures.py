"""Finding figures in a paragraph, a footnote or a table row, and typing them as ``Fact``s.

Every number of the report becomes a fact unless it is part of a name: document numbers
(02-HD/TU), dates, years, "khóa XIII", "Trung ương 4", list numbering "(1)", campaign titles
in quotes. Links between facts (totals and parts, conflicts) are made in ``knowledge.links``.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from knowledge.document import (
    LOCATOR_SEP,
    RESULTS_HEADING_RE,
    SUPERSCRIPT_DIGITS,
    WHOLE_TERM,
    Document,
    Paragraph,
    from_superscript,
    is_part,
    period_year,
    report_period,
    school_years_as_years,
    sets_tasks,
)
from knowledge.lexicon import load_lexicon, with_expansions
from knowledge.numbers import NUMBER_RE, parse_number
from knowledge.tables import (
    QUARTER_NUMERALS,
    QUARTER_TITLE_RE,
    ROMAN_RE,
    SAME_SPAN,
    WHOLE_YEAR_ROWS,
    Column,
    TableRow,
    counts_only,
    measure_title,
    places_under_measures,
    read_tables,
    row_period,
)
from knowledge.vietnamese import clean, key, key_words

MONEY_UNITS = (
    "tỷ đồng", "triệu đồng", "nghìn đồng", "đồng", "triệu đồng/người/tháng", "triệu đồng/người/năm", "triệu đồng/người", "đồng/kWh",
)
BARE_SCALES = ("triệu", "tỷ", "tỉ")  # a scale printed with no "đồng": money, unless another unit follows
SCALED_WORD_RE = re.compile(r"\s+((?:USD|kWh|MW|m[²³]|[A-Z]{2,4}))(?![\w²³])")
# Words that name a document, a meeting or a list item: the number after them is not a figure.
REFERENCE_WORDS = (
    "trung ương", "ban chỉ đạo", "chỉ thị", "chỉ thị số", "quyết định", "quyết định số", "kết luận", "kết luận số",
    "quy định", "quy định số", "hướng dẫn", "hướng dẫn số", "số", "khóa", "điều", "khoản", "mục", "phần",
    "lần thứ", "nghị định", "thông tư", "công văn", "kế hoạch số", "chương trình số", "nghị quyết số",
    "nghị quyết", "tháng", "ngày", "quý", "đợt",
)
NO_THINGS = ("", "%", *MONEY_UNITS)  # units that name no things counted
CHANGE_VERBS = {"tăng", "giảm", "vượt", "đạt", "bằng", "chiếm"}
CONNECTIVES = {"và", "với", "còn", "có", "là", "đạt", "được", "đã", "gồm", "trong", "đó", "trong đó", "cho", "của", "thì", "tổng", "số"}
TRAILING_WORDS = (
    "trên", "hơn", "khoảng", "gần", "ước đạt", "ước", "đạt", "là", "được", "bằng", "có", "với", "gồm", "tổng số", "với tổng số",
    "từ",  # "Kết nạp từ 190 đảng viên mới trở lên": a floor, not words of the measure
)
QUALIFIERS = ("ước đạt", "ước", "trên", "hơn", "khoảng", "gần", "bình quân hằng năm", "bình quân hàng năm", "bình quân", "từ")
# "hiện" is "now", not the "hiện" of "thực hiện"
NOT_BEFORE_NOW = "".join(f"(?<!{w})" for w in ("thực", "phát", "thể", "xuất"))
STOP_RIGHT = re.compile(
    r"[,;:.()\[\]]|”\s*,|\s(?:và|với|giảm|tăng|trong đó|so với|ước|nhưng|qua đó)\s"
    r"|\sđạt\s(?!chuẩn|danh hiệu|tiêu chuẩn)"  # "03 xã đạt chuẩn nông thôn mới nâng cao" names what they are
    rf"|{NOT_BEFORE_NOW}\shiện\s"
)
# "kiểm tra, giám sát": pairs printed with a comma that name one activity
# said as one act: "thanh tra, kiểm tra", "tiếp xúc, đối thoại trực tiếp với Nhân dân"
PAIRED_ACTS = (("thanh tra", "kiểm tra"), ("kiểm tra", "giám sát"), ("tiếp xúc", "đối thoại"))
PAIRED_BEFORE_COMMA = (
    "kiểm tra", "khiếu nại", "học tập", "tiếp thu", "quán triệt", "sơ kết", "lãnh đạo",
    "điều tra", "phát hiện", "thanh tra", "đào tạo", "sửa đổi", "tiếp nhận", "xem xét",
    "cấp ủy cơ sở", "đảng ủy cơ sở", "cấp ủy các cấp",  # "cấp ủy cơ sở, chi bộ đã kiểm tra …": who did it
)
# a sentence starts with a capital, a quote, a bracket, or a number after a full stop ("… Nhân dân. 13/13 xã …")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ“\"(])|(?<=[^\d\s.][.!?…])\s+(?=\d)")
MARKER_RE = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
YEAR_RE = re.compile(r"(?:năm|Năm)\s+((?:19|20)\d{2})")
HALF_YEAR_RE = re.compile(r"\b(\d+|ba|sáu|chín)\s+tháng\s+(?:đầu\s+)?năm\s+((?:19|20)\d{2})", re.IGNORECASE)
MONTHS_SPELLED = {"ba": "3", "sáu": "6", "chín": "9"}  # "Sáu tháng đầu năm 2026"
# "đến ngày 30/6/2023": the date a stock stands at
UNTIL_DATE_RE = re.compile(r"\b[Đđ]ến\s+(?:ngày\s+)?(\d{1,2}/\d{1,2}/(?:19|20)\d{2})")
# "Số nợ đóng tại thời điểm 31/12/2023 là …": the date a stock stands at, said before it (not "so với thời điểm")
AT_DATE_RE = re.compile(r"(?<!so với )(?<!so )\b[Tt]hời\s+điểm\s+(?:ngày\s+)?(\d{1,2}/\d{1,2}/(?:19|20)\d{2})")
# "Tại thời điểm hợp nhất (01/7/2025), Đảng bộ xã có 1.251 đảng viên": the date of the moment named, in brackets
AT_EVENT_DATE_RE = re.compile(
    r"(?<!so với )(?<!so )\b[Tt]hời\s+điểm\s+[^\d(),;.]{1,30}?\(\s*(?:ngày\s+)?(\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s*\)"
)
LISTED_DATE_RE = re.compile(r"(?:^|[;,]\s*)(\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s+(?:là|có|đạt|còn)\s*$")  # "; 31/12/2024 là"
SPAN_WORDS = r"(?:[Tt]rong|[Qq]ua|[Ss]au|[Ss]uốt)"  # "trong 5 năm": the time something took
SPAN_OF_YEARS_RE = re.compile(rf"(?:^|(?<=\s)){SPAN_WORDS}\s+\d{{1,2}}\s+năm\b\s*,?")
DATE_WORDS_RE = re.compile(r"(?:\b(?:[Tt]ính\s+)?(?:[Đđ]ến|[Tt]ới)\s+)?(?:\b[Nn]gày\s+)?\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b")
TERM_TO_DATE_RE = re.compile(r"\b[Tt]ừ đầu nhiệm (?:kỳ|kì)\s+(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d{2}")
SINCE_RE = re.compile(r"\b[Tt]ừ\s+(?:năm\s+)?(?:19|20)\d{2}\s+(?:đến|tới)\s+(?:nay|hiện nay|hiện tại)\b")
BASE_YEAR_RE = re.compile(r"so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?(?:19|20)\d{2}", re.IGNORECASE)
CLOSED_BRACKETS_RE = re.compile(r"\([^()]*\)")
MONTH_YEAR_RE = re.compile(r"[Tt]háng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})")
FRACTION_RE = re.compile(r"(?<![\d/.,])(\d{1,3}(?:\.\d{3})*)/(\d{1,3}(?:\.\d{3})*)(?![\d/])")  # "1.174/1.186 thôn"
MERGE_RE = re.compile(r"\b(?:sáp nhập|hợp nhất|gộp|chia tách)\b")
CHANGE_RE = re.compile(r"(?:xuống|lên|còn|thành)$")  # "104 … giảm xuống còn 99", "từ 20 lên 25"
COMMITTEE_RE = re.compile(r"^(?:Ban Chấp hành|Ban Thường vụ|Ủy ban Kiểm tra|Uỷ ban Kiểm tra)\b[^,;]{0,40}$", re.IGNORECASE)
START_OF_TERM = "đầu nhiệm kỳ"
START_OF_TERM_RE = re.compile(
    r"(?<![Tt]ừ )(?<!với )\b(?:(?:[Đđ]ầu|[Bb]ước vào|[Bb]ắt đầu) nhiệm (?:kỳ|kì)\b(?!\s*(?:đến|tới|lên))"
    r"|(?:[Bb]ước vào|[Bb]ắt đầu) thực hiện [Nn]ghị quyết\b|\b[Tt]hời điểm (?:tổ chức )?Đại hội\b"
    r"|(?:[Đđ]ầu|[Bb]ước vào|[Bb]ắt đầu) giai đoạn\b(?!\s*(?:đến|tới|lên)))"
)  # "Đầu nhiệm kỳ, …", "Khi bước vào nhiệm kỳ, Đảng bộ Khối có 71 …" (not "từ đầu nhiệm kỳ đến nay"); a review
# of a span of years: "Đầu giai đoạn, Đảng bộ huyện có 52 tổ chức cơ sở đảng"
# "Đầu năm 2025, 03 xã cũ có 152 hộ nghèo", "(đầu năm 209 hộ)": the stock as the year opened (1/1/2025); not
# "từ đầu năm" (the year so far), "so với đầu năm" (a base, see _base_period), "6 tháng đầu năm"
START_OF_YEAR_RE = re.compile(
    r"(?<!\btừ )(?<!\bvới )(?<!\btháng )\bđầu\s+năm\b(?:\s+((?:19|20)\d{2})\b)?(?!\s*(?:học|nay|tới|sau|\d{1,2}\b))",
    re.IGNORECASE,
)
START_OF_YEAR = "đầu năm"  # until the report's year is known (see extract)
# "Riêng quý IV, cấp ủy các cấp kiểm tra 937 tổ chức đảng": a quarter of the report's own year (not a base
# "so với quý III", not "quý IV/2025" with its year, which QUARTER_TITLE_RE reads)
QUARTER_ALONE_RE = re.compile(
    r"(?<!so với )(?<!cùng kỳ )\bquý\s+(I{1,3}|IV|[1-4])\b(?!\s*(?:/|-|năm\b|\d|,\s*(?:I|[1-4])\b))", re.IGNORECASE
)
# "kết nạp 54 đảng viên trong quý IV để hoàn thành chỉ tiêu 230 …": the quarter is the 54's, not the 230's
TRAILING_TIME_RE = re.compile(r"\d[\d.,]*\s+(?:\S+\s+){0,3}(?:trong|vào)\s+$")
QUARTER_ALONE = "quý ?/"  # "quý ?/IV" until the report's year is known (see extract)
SAME_SPAN_RE = re.compile(r"\b[Cc]ùng kỳ\s+(?:năm\s+)?((?:19|20)\d{2})\b")
UNTIL_NOW_RE = re.compile(r"\b(?:[Đđ]ến|[Tt]ới) nay\b")
INTRO_MAX_WORDS = 15  # a list's opening line ("… các chỉ tiêu chủ yếu sau:") is short
LIST_ITEM_RE = re.compile(r"\s*(?:[-–+•]|[a-zđ]\))\s")
LIST_OPENS_RE = re.compile(r"\b(?:trong đó|cụ thể|gồm|như sau)\s*:\s*$", re.IGNORECASE)  # "…; trong đó:" then items
NOW_RE = re.compile(rf"{NOT_BEFORE_NOW.replace(')', ' )')}(?<!chính trị )\b(hiện nay|hiện có|hiện)\b", re.IGNORECASE)

BRACKETED_YEAR_RE = re.compile(r"[^();,.:\d]{0,80}\((?:năm )?((?:19|20)\d{2})\)")
# "… đạt 58,25% dự toán năm 2026 (32 tỷ đồng)", "vượt chỉ tiêu Nghị quyết (09 trường)": the target in brackets
TARGET_BRACKET_RE = re.compile(
    r"(?:kế hoạch|dự toán|chỉ tiêu(?: nghị quyết(?: đại hội)?| đề ra)?)(?: năm)?(?: \d{4})?"
    r"(?:(?: [^\s(),;%\d]+){0,6} giao| được giao)?\s*\(\s*$"  # "dự toán tỉnh giao (", "dự toán Bộ Tài chính giao ("
    r"|chỉ tiêu nghị quyết đại hội(?: [^\s(),;%\d]+){1,6}\s*\(\s*$"  # "… chỉ tiêu Nghị quyết Đại hội Đảng bộ Công an tỉnh ("
)
TERM_END_RE = re.compile(r"^(?:(?:ước|dự kiến)\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+nhiệm kỳ\s+", re.IGNORECASE)
SPAN_OPENS_RE = re.compile(r"\b[Tt]ừ (?:đầu|năm|ngày)\b")  # "từ đầu nhiệm kỳ tạo việc làm cho 2.865 lao động"
AVERAGE_RE = re.compile(r"\b(?:bình quân|trung bình)\b", re.IGNORECASE)
CUT_BY_PERIOD_RE = re.compile(r"(?:tháng|năm)\b")  # a segment opening with the rest of "9 tháng", "năm 2025"
QUARTER_RE = re.compile(r"\bquý [IV]+\b", re.IGNORECASE)  # "quý I năm 2025": a period, not a subject

@dataclass
class Fact:
    """One figure of a report, typed and sourced."""

    value: Decimal
    raw: str
    unit: str
    label: str
    period: str | None
    kind: str
    quote: str
    locator: str
    section: tuple[str, ...]
    origin: str  # text | footnote | table
    near: str = ""  # words around the figure (enumerations: with the shared verb)
    verb_near: str = ""  # ``near`` without the figure's own noun: what a next item of its enumeration shares
    lead: str = ""  # the paragraph's lead-in ("Đoàn Thanh niên", "Lĩnh vực Tín dụng - Ngân hàng")
    segment: str = ""  # text from the previous figure to the next one, within the sentence
    before: str = ""  # the part of ``segment`` before the figure
    clause: str = ""  # the figure's clause (between semicolons): an enumeration shares its opening words
    head: str = ""  # the sentence's opening words up to its first figure ("Ủy ban kiểm tra 02 cấp thực hiện …")
    carrier: str = ""  # footnote figures: the words around the marker that carries the footnote
    listed_part: bool = False  # an item of "(trong đó: …)" after a figure: a part of it, no restatement
    of_fraction: str = ""  # "part" or "whole": which side of a fraction ("139/196 trường") the figure is
    carrier_seq: int | None = None  # footnote figures: the figure whose clause carries the marker
    subject: str = ""  # the phrase before the figure
    qualifier: str = ""
    footnote: int | None = None  # the footnote this figure stands in
    markers: tuple[int, ...] = ()  # footnotes referenced right after this figure's clause
    page: int | None = None
    row_key: str = ""
    row_index: int | None = None
    column: str = ""
    sentence: int = 0  # facts of one sentence share this number
    seq: int = 0
    parent: int | None = None  # seq of the total this figure is a part of
    conflicts: list[int] = field(default_factory=list)  # seqs of facts stating the same measure differently

    @property
    def is_table(self) -> bool:
        return self.origin == "table"


@lru_cache(maxsize=1)
def unit_spellings() -> list[tuple[str, str]]:
    """(spelling, canonical unit), longest spelling first."""
    data = tomllib.loads(resources.files("knowledge.lexicon").joinpath("units.toml").read_text("utf-8"))
    pairs = [(sp, canon) for canon, spellings in data["units"].items() for sp in spellings]
    return sorted(pairs, key=lambda p: -len(p[0]))


def match_unit(after: str) -> tuple[str, str]:
    """The unit at the start of ``after`` (canonical, as printed); ("", "") when none."""
    raw = after[:60].lstrip()
    if m := re.match(r"(m[²³])(?![\w²³])", raw):  # "12.380 m²": a square metre, not footnote 2
        return m.group(1), m.group(1)
    text = MARKER_RE.sub("", after[:60]).lstrip()
    if text.startswith("%"):
        return "%", "%"
    low = clean(text)
    not_before = load_lexicon().unit_not_before or {}
    for spelling, canon in unit_spellings():
        if low.startswith(spelling) and (len(low) == len(spelling) or not low[len(spelling)].isalnum()):
            following = key(low[len(spelling) :].split(maxsplit=1)[0]) if low[len(spelling) :].split() else ""
            if " " not in spelling and following in not_before.get(key(spelling), ()):
                continue  # "Nhà đồng đội": comrades, no money ("đồng")
            if spelling in BARE_SCALES and (scaled := _scaled_unit(text[len(spelling) :])):
                return f"{spelling} {scaled[0]}", f"{text[: len(spelling)]} {scaled[1]}"
            return canon, text[: len(spelling)]
    return "", ""


def _scaled_unit(rest: str) -> tuple[str, str] | None:
    """What a bare "triệu"/"tỷ" scales when it is no money: "3,86 triệu lượt khách", "326 triệu kWh"."""
    if not rest[:1].isspace():
        return None
    unit, printed = match_unit(rest)
    if unit and unit not in MONEY_UNITS and unit != "%":
        return unit, printed.strip()
    if m := SCALED_WORD_RE.match(rest):  # "kWh", "USD": a unit no lexicon lists
        return m.group(1), m.group(1)
    return None


def canonical_unit(text: str) -> str:
    """A unit as printed in a table ("ĐV", "sơ sở đảng") → its canonical name."""
    unit, printed = match_unit(text)
    if unit and len(printed.strip()) == len(text.strip()):
        return unit
    if re.fullmatch(r"\s*%\s*(?:/\s*năm|[^\W\d_][^\d%]{0,30})?\s*", text, re.IGNORECASE):
        return "%"  # "Tốc độ tăng trưởng bình quân … | %/năm": a rate per year; "% dân số": a share of the people
    expansion = load_lexicon().abbreviations.get(key(text.strip()))  # "TCCSĐ", "HTX"
    if expansion and text.strip() != " ".join(expansion):
        unit, printed = match_unit(" ".join(expansion))
        if unit and len(printed.strip()) == len(" ".join(expansion)):
            return unit
    return text


def extract(doc: Document) -> list[Fact]:
    """All facts of a document: running text, footnotes, then the appendix tables."""
    facts: list[Fact] = []
    sentence_no = 0
    intro: Paragraph | None = None  # "Phấn đấu đạt và vượt các chỉ tiêu chủ yếu sau:" over the items below it
    for para in doc.paragraphs:
        if intro is not None and para.section[: len(intro.section)] != intro.section:
            intro = None
        if intro is not None and len(intro.text.split()) > INTRO_MAX_WORDS and not (para.bullet or LIST_ITEM_RE.match(para.text)):
            intro = None  # a sentence's "…; trong đó:" opens only the list items right below it
        lead = paragraph_lead(para.text) or (_intro_lead(intro.text) if intro is not None else "")
        if para.text.rstrip().endswith(":") and (len(para.text.split()) <= INTRO_MAX_WORDS or LIST_OPENS_RE.search(para.text)):
            intro = para
        dated_lead = "" if lead else paragraph_lead(para.text, dated=True)
        heading_period = _heading_period(para.section) or _lead_period(para.text)
        if heading_period is None and TERM_OPENS_RE.match(para.text):
            heading_period = WHOLE_TERM  # "Giai đoạn 2021 - 2025, … . Hỗ trợ xây mới 3.731 căn nhà …": the term's
        actor = ""  # who acted in the sentence before: "Ban Thường vụ Đảng ủy Khối đã xây dựng kế hoạch …"
        for sentence in split_sentences(para.text):
            sentence_no += 1
            found = sentence_facts(sentence, para.section, "text", sentence_no, page=para.page, lead=lead)
            if actor and found and RESULT_OPENS_RE.match(found[0].head):
                for f in found:  # "… . Kết quả đã kiểm tra 44 tổ chức đảng": that actor's result
                    if not OWN_ACTOR_RE.search(f.near):  # not "chỉ đạo cấp ủy cơ sở, chi bộ đã … giám sát 152 …"
                        f.head = f"{actor} {f.head}".strip()
            actor = sentence_actor(sentence)
            for f in found:
                f.period = f.period or heading_period
                # "Đánh giá, xếp loại chất lượng năm 2025: … Có 428 đảng viên được đánh giá …": words to match
                # the paragraph's figures by (not their label, not their period)
                f.lead = f.lead or dated_lead
            facts += found
    for number in sorted(doc.footnotes):
        note = doc.footnotes[number]
        lead = paragraph_lead(note.text)  # "³ Tỷ lệ tổn thất điện năng qua các năm: năm 2020 là 4,12%; …"
        for sentence in split_sentences(note.text):
            sentence_no += 1
            found = sentence_facts(
                sentence, note.section, "footnote", sentence_no, footnote=number, page=note.page, lead=lead
            )
            facts += found
    carriers = _carriers(facts)
    marked = marker_clauses(doc)
    for f in facts:
        owned = f.carrier  # "(trong đó: hội viên phụ nữ 1.247, …)": the figure before the bracket says more
        if f.footnote is not None:
            f.carrier = marked.get(f.footnote, "")
        carrier = carriers.get(f.footnote) if f.footnote is not None else None
        if carrier is not None:
            f.carrier = carrier.segment
            if CUT_BY_PERIOD_RE.match(carrier.segment) and not set(key_words(carrier.label)) <= set(key_words(carrier.segment)):
                # "Tổng thu ngân sách … 9 tháng đạt 142.318 triệu đồng³": a period cut the segment from its subject
                f.carrier = f"{carrier.label} {carrier.segment}"
            f.carrier_seq = id(carrier)
            same_unit = f.unit == carrier.unit or (bool(f.unit) and carrier.unit.startswith(f"{f.unit}/"))  # "triệu đồng/người/năm"
            if len(clean(QUARTER_RE.sub("", f.subject)).split()) <= 3 and same_unit and f.period and not (
                f.period.startswith("1/1/") or f.period == START_OF_YEAR  # "¹³ Đầu năm có 1.389 tổ": the base, not the carrier
            ):
                # "Năm 2021, đạt tỷ lệ 97,03%" explains its carrier's figure (one year of "ước đến hết nhiệm kỳ
                # kết nạp 931", not the estimate); a note that names its measure ("¹ Tổng số hội viên qua các năm:
                # năm 2023 có 309.118 hội viên; …") says it in its own words
                f.label = _named_by_lead(f) or TERM_END_RE.sub("", carrier.label) or carrier.label
            if f.period is None and f.footnote is not None and (
                (carrier.period or "").isdigit()
                # "Đầu năm 2025, … có 152 hộ nghèo¹⁹" → "¹⁹ Xã Long Điền Đông 41 hộ, …": as the year opened too
                # (not the note of a base: "tăng 317 … so với đầu năm (6.842 đảng viên)¹⁶" explains the 7.159)
                or (re.fullmatch(r"1/1/(?:19|20)\d{2}", carrier.period or "") and not re.search(r"so với\b[^;]*\bđầu năm", carrier.clause, re.IGNORECASE))
            ):
                f.period = carrier.period  # "Đánh giá, xếp loại 4.268 đảng viên¹⁹" of 2025: its note's grades too
            if carrier.unit == "chỉ tiêu" and SET_TARGETS_RE.search(carrier.segment) and f.kind in RESULT_KINDS:
                f.kind = "target"  # "Nghị quyết … đề ra 06 chỉ tiêu¹¹" → "¹¹ (1) … từ 30% đảng viên trở lên; …"
        if f.period is None and f.footnote is not None and (
            year := re.search(r"(?<!so với )(?<!so )\bnăm\s+((?:19|20)\d{2})$", marked.get(f.footnote, ""))
        ):
            f.period = year.group(1)  # "… xếp loại … năm 2025¹⁸": the note's grades are of 2025 ("so với năm 2023" is a base)
        if owned:
            f.carrier = f"{owned} {f.carrier}".strip()
    _sums_of_years(facts)
    _plans_ahead(doc, facts)
    _term_reviewed(doc, facts)
    own_period = report_period(doc.header.title)
    span, report_year = re.match(r"\d{1,2} tháng", own_period), period_year(own_period)
    for f in facts:
        if not f.unit and f.kind == "count" and COMMITTEE_RE.match(f.label):
            f.unit = "ủy viên"  # "(Ban Chấp hành 40, Ban Thường vụ 12 …)": a committee counts its members
        if f.period == START_OF_YEAR:  # "(đầu năm 209 hộ)" in a report of 2025: as 2025 opened
            f.period = f"1/1/{report_year}" if report_year else None
        if f.kind == "target" and f.period and f.period.startswith("1/1/"):
            f.period = f.period[4:]  # "kế hoạch vốn giao đầu năm 1.790 tỷ đồng": the year's plan
        if f.period == BASE_YEAR_BEFORE:  # "so với năm trước (…)", "so với cùng kỳ (…)": a year before the report's
            f.period = f"{SAME_SPAN} {report_year - 1}" if report_year else None
        if f.period and f.period.startswith(SAME_SPAN):  # "cùng kỳ năm 2025" of a half-year report: its first half
            f.period = f"{span.group(0)} {f.period.split()[-1]}" if span else f.period.split()[-1]
    offset = 0
    for table, columns, rows in read_tables(doc.tables):
        facts += table_facts(
            columns, rows, appendix_name(table.title, len(doc.tables)), offset, _unit_said(table.title), _date_said(table.title)
        )
        offset += len(rows)
    for i, fact in enumerate(facts):
        fact.seq = i
        if fact.period and fact.period.startswith(QUARTER_ALONE):  # "Riêng quý IV, …" in a report of 2025
            quarter = fact.period.removeprefix(QUARTER_ALONE)
            own = report_year and not (quarter == "I" and own_period == f"3 tháng {report_year}")
            fact.period = f"quý {quarter}/{report_year}" if own else None  # a quarter report's own quarter: its own
        if fact.period and fact.period.startswith(MONTH_ALONE):  # "Riêng tháng 12, …" in a report of 2025
            fact.period = f"tháng {fact.period.removeprefix(MONTH_ALONE)}/{report_year}" if report_year else None
    by_identity = {id(f): f.seq for f in facts}
    for fact in facts:
        if fact.carrier_seq is not None:
            fact.carrier_seq = by_identity.get(fact.carrier_seq)
    return facts


OVER_THE_YEARS_RE = re.compile(r"\s*\b(?:(?:qua|trong|của)\s+)?các\s+năm\b.*$", re.IGNORECASE)  # "… qua các năm": the years follow
SUM_WORDS_RE = re.compile(r"^\W*(?:tổng cộng|cộng)\s*", re.IGNORECASE)
SUM_OF_YEARS_RE = re.compile(r"^\W*(?:tong cong|cong|ca nhiem ky|ca giai doan)\b(?!.*\b(?:19|20)\d{2}\b)")


def _named_by_lead(f: Fact) -> str:
    """The measure a note's lead names ("Tổng số hội viên qua các năm: …" → "Tổng số hội viên"), if it names one."""
    named = OVER_THE_YEARS_RE.sub("", f.lead).strip(" ,")
    return named if len(key_words(named)) >= 2 else ""


def _sums_of_years(facts: list[Fact]) -> None:
    """"⁹ Kết nạp đảng viên qua các năm của nhiệm kỳ 2020-2025: năm 2021: 26 …; năm 2025: 34 …; tổng cộng 152 đảng
    viên, đạt 108,57% chỉ tiêu": the sum after a note's yearly items is the whole term's, not its last year's."""
    years: dict[int, set[str]] = {}
    said: dict[int, str] = {}
    for f in facts:
        if f.footnote is not None and f.period and f.period.isdigit():
            years.setdefault(f.footnote, set()).add(f.period)
        if f.footnote is not None:
            said[f.footnote] = f"{said.get(f.footnote, '')} {key(f.quote)}"
    for f in facts:
        if f.footnote is None or len(years.get(f.footnote, ())) < 2 or not SUM_OF_YEARS_RE.match(key(f.clause)):
            continue
        f.period = WHOLE_TERM if re.search(r"\bnhiem k[iy]\b", said[f.footnote]) else None
        if named := _named_by_lead(f):  # "tổng cộng 152 đảng viên" of "Kết nạp đảng viên qua các năm": its measure
            rest = SUM_WORDS_RE.sub("", f.label)
            f.label = named if set(key_words(rest)) <= set(key_words(named)) else f"{named} {rest}".strip()


def _carriers(facts: list[Fact]) -> dict[int, Fact]:
    """The figure each footnote explains: the last one its marker follows, or the one the note's
    dated figures add up to ("thi hành kỷ luật 58 đảng viên, trong đó … khai trừ 06 đảng viên²³"
    with "²³ Năm 2020: 07 …; quý I năm 2025: 04": the 58, not the 06), or the one the latest of them is."""
    carriers = {f.markers[0]: f for f in facts if f.markers}
    noted: dict[int, list[Fact]] = {}  # each note's figures, in order
    for f in facts:
        if f.footnote is not None:
            noted.setdefault(f.footnote, []).append(f)
    for number, last in carriers.items():
        items = noted.get(number, [])
        # "lừa đảo 187 vụ (trong đó 119 vụ trên không gian mạng, thiệt hại 46,8 tỷ đồng)": a bracket's parts of
        # an item are no items of the note
        listed = [f for f in items if not f.listed_part] or items
        units = {f.unit for f in listed}
        noted_sum = sum((f.value for f in listed), Decimal(0))
        # (undated items: a note of years adding up to a term's figure is placed below)
        beside = len(items) >= 2 and noted_sum != last.value and not any(f.period for f in items)
        if len(units) == 1 and (unit := units.pop()) not in ("", "%") and (unit != last.unit or beside):
            # "kết nạp 11.846 đoàn viên, đạt 107,69% kế hoạch, tăng 5,49%¹¹" with "¹¹ Quý I: 2.104 đoàn viên; …",
            # "186 công trình … trị giá 24,6 tỷ đồng⁶" with "⁶ Cấp tỉnh 12 công trình; …": the note explains the
            # figure its items add up to, not the one its marker follows ("tiếp nhận 342 vụ …, giảm 7,82% so với năm
            # 2024 (371 vụ)⁹" with "⁹ Bạo lực về tinh thần 164 vụ; …": the 342, not last year's 371)
            said = [f for f in facts if f.sentence == last.sentence and f.footnote is None and f.unit == unit]
            # "¹¹ Khu vực hành chính sự nghiệp 64,83 tỷ đồng; khu vực doanh nghiệp 121,59 tỷ đồng. Năm 2023 thu 161,07
            # tỷ đồng; …": the undated items are the parts, the years come beside them
            undated = [f.value for f in listed if not f.period]
            sums = {noted_sum, sum(undated, Decimal(0))} if 2 <= len(undated) < len(listed) else {noted_sum}
            summed = [f for f in said if f.value in sums]
            if summed:
                carriers[number] = summed[-1]
                continue
        if (continued := _series_continued(items, last, facts)) is not None:
            carriers[number] = continued
            continue
        dated = [f for f in items if f.period and f.unit == last.unit]
        if len(dated) < 2 or len({f.period for f in dated}) < len(dated):
            continue
        total = sum(f.value for f in dated)
        marked = [f for f in facts if f.markers and f.markers[0] == number and f.unit == last.unit]
        summed = [f for f in marked if f.value == total]
        # "Có 46 trường đạt chuẩn quốc gia, … tăng 07 trường⁹" with "⁹ Năm 2020: 39 trường; …; năm 2023: 46
        # trường": the yearly counts of the 46 (a stock ends at the figure it explains)
        latest = [f for f in marked if f.value == dated[-1].value]
        if summed or latest:
            carriers[number] = (summed or latest)[-1]
    return carriers


def _series_continued(items: list[Fact], last: Fact, facts: list[Fact]) -> Fact | None:
    """"Thu nhập bình quân đầu người năm 2025 ước đạt 72,6 triệu đồng/người/năm, …, đạt 96,8% chỉ tiêu Nghị quyết
    (75 triệu đồng)²" with "² Năm 2021: 49,2 triệu đồng; …; năm 2024: 66,9 triệu đồng": a note of earlier years
    explains the figure of a later year that continues them, not the target its marker follows."""
    if not items:
        return None
    unit = items[0].unit  # a run of years opens the note ("Cuối năm 2022: 5,31%; …; cuối năm 2024: 2,76%. Hộ cận …")
    run = list(itertools.takewhile(lambda f: f.unit == unit and (f.period or "").isdigit(), items))
    if len(run) < 2 or len({f.period for f in run}) != len(run):
        return None
    if last.kind != "target" and (last.unit == unit or not unit):
        return None  # the marker follows a figure of the series' own kind
    after = max(int(f.period or 0) for f in run)
    said = [
        f for f in facts
        if f.sentence == last.sentence and f.footnote is None and f.kind not in ("target", "share_of_target", "growth")
        and (f.unit == unit or f.unit.startswith(f"{unit}/")) and (f.period or "").isdigit() and int(f.period or 0) > after
    ]
    return said[-1] if said else None  # the nearest before the marker ("… trở lên đạt 96,57% (chỉ tiêu 90%)¹⁶")


def _heading_period(section: tuple[str, ...]) -> str | None:
    """"d) Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2023": a year named by a sub-section's
    own heading is that of its figures (a top heading's year is the report's own)."""
    if len(section) < 2 or (is_part(section[0]) and len(section) < 3):
        return None
    return _period(section[-1]) if YEAR_RE.search(section[-1]) else None


TERM_SPAN_RE = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
PLAN_RE = re.compile(r"phương hướng|nhiệm vụ|mục tiêu|kế hoạch|chỉ tiêu|giải pháp", re.IGNORECASE)


def _plans_ahead(doc: Document, facts: list[Fact]) -> None:
    """Figures in the part that sets the coming tasks ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025") are targets
    for that period, not results. A report without parts sets them in a top section of its own
    ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2024")."""
    first = _first_part(doc)
    for fact in facts:
        part = fact.section[0] if fact.section else ""
        if is_part(part):
            title = " ".join([doc.part_titles.get(part, ""), *fact.section[1:2]])
            if not PLAN_RE.search(title) or part == first or _reports_results(doc.part_titles.get(part, "")):
                continue
        elif first or fact.origin == "table" or not sets_tasks(part):
            continue
        else:
            title = part
        if fact.kind in ("count", "percent", "money", "growth"):
            fact.kind = "target"  # "Dư nợ cho vay đạt 22.500 tỷ đồng, tăng 8,85% so với năm 2025": the rise aimed at
        if fact.period is None and (years := re.findall(r"(?:19|20)\d{2}", title)):
            # "NHIỆM VỤ NĂM 2026" aims at 2026; "NHIỆM KỲ 2025 - 2030" at the term's end
            fact.period = years[1] if len(years) > 1 and TERM_SPAN_RE.search(title) else years[0]


SET_TARGETS_RE = re.compile(r"\b(?:đề ra|đặt ra|giao)\b")
RESULT_KINDS = ("count", "percent", "money")
TERM_OPENS_RE = re.compile(
    r"\W*(?:(?:nhìn\s+lại|tính\s+chung|tổng\s+kết)\s+)?(?:trong\s+|cả\s+|suốt\s+)?(?:giai\s+đoạn|nhiệm\s+kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\s*,"
    # "Qua 5 năm (2021 - 2025), …": the years of the term counted out
    r"|\W*(?:qua|sau|trong|suốt)\s+(?:0?\d|mười)\s+năm\s*\(\s*(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\s*\)\s*,",
    re.IGNORECASE,
)
TERM_TITLE_RE = re.compile(r"(?:nhiệm kỳ|giai đoạn)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}", re.IGNORECASE)


def _term_reviewed(doc: Document, facts: list[Fact]) -> None:
    """A yearly report's later part reviewing the whole term ("Phần thứ hai: KẾT QUẢ CÔNG TÁC KIỂM TRA,
    GIÁM SÁT NHIỆM KỲ 2020 – 2025"): its figures stated without a period are the term's, not the year's."""
    year = report_period(doc.header.title)
    if not year.isdigit():
        return
    # "I- KẾT QUẢ … NĂM 2025 VÀ GIAI ĐOẠN 2021 - 2025": a heading naming the year too dates nothing by the term
    of_the_year = re.compile(rf"\bnăm\s+{year}\b", re.IGNORECASE)
    first = _first_part(doc)
    for fact in facts:
        part = fact.section[0] if fact.section else ""
        title = doc.part_titles.get(part, "")
        if fact.period is None and fact.kind != "target" and is_part(part) and part != first and TERM_TITLE_RE.search(title) and _reports_results(title):
            fact.period = WHOLE_TERM
        elif fact.period is None and fact.kind != "target" and fact.origin == "text" and any(
            TERM_TITLE_RE.search(h) and _reports_results(h) and not of_the_year.search(h) for h in fact.section[1:]
        ):
            fact.period = WHOLE_TERM  # "2. Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội IV, nhiệm kỳ 2020 - 2025"
        elif fact.period is None and fact.kind != "target" and fact.origin == "text" and TERM_OPENS_RE.match(fact.quote):
            fact.period = WHOLE_TERM  # "Giai đoạn 2021 - 2025, Mặt trận các cấp chủ trì giám sát 6.048 cuộc"


AHEAD_RE = re.compile(r"phương hướng|mục tiêu|giải pháp", re.IGNORECASE)


def _reports_results(part_title: str) -> bool:
    """A later part that reports results too ("KẾT QUẢ CÔNG TÁC KIỂM TRA, GIÁM SÁT NHIỆM KỲ 2020 – 2025"
    after the year's): its "nhiệm vụ và chỉ tiêu" are those reviewed, not those set ahead."""
    return bool(RESULTS_HEADING_RE.search(part_title)) and not AHEAD_RE.search(part_title)


def _first_part(doc: Document) -> str:
    return next((p.section[0] for p in doc.paragraphs if p.section and is_part(p.section[0])), "")


def marker_clauses(doc: Document) -> dict[int, str]:
    """Footnote number → the clause carrying its marker ("… đội ngũ tuyên truyền viên cấp cơ sở⁶")."""
    out: dict[int, str] = {}
    for para in doc.paragraphs:
        for m in MARKER_RE.finditer(para.text):
            start = max(para.text.rfind(ch, 0, m.start()) for ch in ";.") + 1
            out.setdefault(from_superscript(m.group(0)), MARKER_RE.sub("", para.text[start : m.start()]).strip())
    return out


SHARE_AFTER_RE = re.compile(r"^[^\d,;()]{0,30},\s*(?:đạt|bằng)\s*$")  # "71,5%, đạt 102,14%"
ITEM_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])\s+")


def _intro_lead(text: str) -> str:
    """The words of a list's opening line that say what its items are ("Phấn đấu đạt và vượt các chỉ
    tiêu chủ yếu sau:"), the figures' own words left to the items; of a longer one, what the sentence opening
    the list is about ("Tổng diện tích gieo trồng cây hằng năm vụ Đông Xuân 2025 - 2026 đạt 3.754 ha, …; trong đó:")."""
    text = MARKER_RE.sub("", text).rstrip(" :").strip()
    if len(text.split()) <= INTRO_MAX_WORDS:
        return text
    opening = split_sentences(text)[-1]  # the sentence that opens the list
    head = opening[: m.start()] if (m := NUMBER_RE.search(opening)) else ""
    head = re.sub(r"\s(?:đạt|là|có|được|ước đạt|ước)\s*$", "", PERIOD_WORDS.sub(" ", head).strip())
    head = re.sub(r"\s*\d{4}\s*[-–]\s*\d{4}\s*$", "", head)  # "vụ Đông Xuân 2025 - 2026"
    return " ".join(head.split()) if 1 < len(head.split()) <= INTRO_MAX_WORDS else ""


def _item_lead(before: str, lead: str) -> str:
    """A note's item opening with its own name ("…; vốn ngân sách địa phương: kế hoạch 6.433,5 …"): that name,
    not the first item's; else the sentence's lead."""
    if not lead:
        return lead
    item = before[before.rfind(";") + 1 :]
    named = re.match(r"\s*([^,:;()\d]{3,60}):", item)
    return named.group(1).strip() if named and before.rfind(";") >= 0 else lead


def _lead_period(text: str) -> str | None:
    """The one year a paragraph's lead-in names ("Kết quả đánh giá, xếp loại năm 2025: …"): the period of the
    paragraph's figures that state none."""
    head = ITEM_NUMBER_RE.sub("", MARKER_RE.sub("", text[:160]))
    if ":" not in head:
        return None
    lead = re.sub(r"\([^()]*\)", " ", head.split(":", 1)[0])  # "… năm 2025 (tính đến ngày 10/12/2025): …"
    years = YEAR_RE.findall(lead)
    numbers = [n for n in NUMBER_RE.findall(lead) if len(n) > 2]  # "… năm 2024 của 03 Đảng bộ xã cũ: …"
    if len(lead.split()) > 16 or len(years) != 1 or len(numbers) != 1:
        return None
    return years[0] if _period(lead) == years[0] else None


YEAR_SAID_RE = re.compile(r"\bnăm\s+(?:19|20)\d\d\b", re.IGNORECASE)


def paragraph_lead(text: str, dated: bool = False) -> str:
    """The lead-in of a paragraph that opens with a label: "Đoàn Thanh niên: …" → "Đoàn Thanh niên";
    a numbered item's too: "14. Tỷ lệ lao động qua đào tạo: Nghị quyết đề ra 70%; …"; with ``dated``, one
    naming its year too ("Đánh giá, xếp loại chất lượng năm 2025: …")."""
    head = ITEM_NUMBER_RE.sub("", MARKER_RE.sub("", text[:160]))
    if ":" in head:
        lead = head.split(":", 1)[0].strip()
        unbracketed = re.sub(r"\([^)]*\)", "", lead)
        if dated:
            unbracketed = YEAR_SAID_RE.sub(" ", unbracketed)  # "Đánh giá, xếp loại chất lượng năm 2025: …"
        if 0 < len(lead.split()) <= 14 and not NUMBER_RE.search(unbracketed) and not PARTS_LEAD_RE.fullmatch(lead):
            return lead
    return ""


# Words saying only how a figure stands against its plan ("Nghị quyết đề ra", "ước thực hiện", "đạt"):
# a figure with no other words is about its paragraph's lead-in ("14. Tỷ lệ lao động qua đào tạo: …")
PLAN_TALK_WORDS = """nghị quyết đề ra đặt chỉ tiêu kế hoạch mục tiêu phấn đấu ước thực hiện đạt được năm giai đoạn
bình quân đến cuối đầu nhiệm kỳ hằng hàng mỗi trong còn giữ ổn định trên dưới khoảng so với cùng kỳ vượt kết quả là
có và tổng số"""
PLAN_TALK = frozenset(key(w) for w in re.findall(r"\S+", PLAN_TALK_WORDS))


def _about_the_lead(subject: str, right: str) -> bool:
    said = [w for w in re.findall(r"[^\W\d_]+", key(f"{subject} {right}"))]
    if "mới" in clean(subject).split():
        return False  # "(cũ 41 vụ, mới 1.805 vụ)": an item named "mới", not the "mỗi" of the plan's talk
    return all(w in PLAN_TALK for w in said)


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_SPLIT.split(text) if s.strip()]


PLACE_NAMED_RE = re.compile(r"\b(?:[Kk]hu phố|[Tt]ổ dân phố|[Tt]iểu khu|Thôn|Ấp|Khóm|Xóm|Bản|Tổ|Khu|Phường|Quận|Đội)\s*$")


def _is_name_number(sentence: str, start: int, end: int, raw: str) -> bool:
    """A number that belongs to a name, a date, a year or a list label rather than a figure."""
    before = sentence[:start]
    after = sentence[end:]
    low_before = clean(before)[-40:]
    unit, _ = match_unit(after)
    value = parse_number(raw)
    if before.endswith("(") and after.startswith(")"):
        return True  # list numbering "(1)"
    if re.match(r"^\s*tháng\s+(?:(?:đầu|cuối)\s+năm|năm\s+(?:19|20)\d{2})", after, re.IGNORECASE):
        return True  # "6 tháng đầu năm 2026": a period, not six months counted
    if not MARKER_RE.sub("", before).strip() and re.match(r"^[.)](?:\s|$)", after) and "." not in raw and "," not in raw:
        return True  # an item's number: "17. Kết nạp đảng viên: …"
    if unit == "năm" and re.match(r"^\s*năm(?:\s+tuổi\s+đảng)?\s*(?::|\d)", MARKER_RE.sub("", after), re.IGNORECASE):
        return True  # a category heading: "Huy hiệu 40 năm tuổi Đảng: 06 đồng chí", "40 năm 318 đồng chí"
    if _class_number(before, after):
        return True  # "19 đồng chí Huy hiệu 40 năm tuổi Đảng", "58 đồng chí dưới 40 tuổi"
    if value is not None and value < 100 and re.search(r"\b(?:độ tuổi\s*(?:từ\s*)?|tuổi\s+từ\s*)(?:\d{1,2}\s*(?:đến|tới|-|–)\s*)?$", low_before):
        return True  # an age range: "thanh niên trong độ tuổi từ 16 đến 30"
    if value is not None and value <= 5 and re.match(r"^\s*(?:(?:đến|tới|-|–)\s*\d\s*)?sao\b", after, re.IGNORECASE):
        return True  # a star rating: "09 sản phẩm 4 sao", "46 khách sạn từ 3 đến 5 sao"
    if unit in ("năm", "tháng") and value is not None and value <= 30 and re.search(rf"\b{SPAN_WORDS}\s*$", low_before):
        return True  # "trong 5 năm đã kiểm tra …", "trong 3 năm là 1.284,6 tỷ đồng": a span of time, no figure
    if unit == "năm" and re.match(r"^\s*năm\s*\(\s*(?:19|20)\d{2}\s*[-–]", after):
        return True  # "Tổng doanh thu 05 năm (2021 - 2025) đạt …": the span the figure is of
    if value == 1 and re.search(r"\b(?:trên|mỗi|bình quân)\s*$", low_before) and re.match(r"^\s*(?:ha|héc ta)\b", after):
        return True  # "giá trị sản xuất trên 01 ha đất nông nghiệp đạt 268,4 triệu đồng": per hectare
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True  # inside a quoted title: “03 trách nhiệm, 04 nhất”
    if re.match(r"^\s*[-–]\s*(?:19|20)\d{2}", after) or re.search(r"(?:19|20)\d{2}\s*[-–]\s*$", before):
        return True  # a range of years
    year_like = value is not None and 1900 <= value <= 2100 and "." not in raw and "," not in raw
    if year_like and (unit in ("", "năm") or re.search(r"\bnăm\s*$", low_before)):
        return True  # a year ("năm 2023 Phường I" names the ward of that year)
    if re.match(r"^\s*(?:năm|tháng)\s+(?:19|20)\d{2}", after) and re.search(r"tháng\s*$", low_before):
        return True  # "Tháng 5 năm 2022"
    if not unit and PLACE_NAMED_RE.search(before) and not after.lstrip().startswith("%"):
        return True  # "Chi bộ Khu phố 6", "từ Khu phố 1 đến Khu phố 14": a place's number, its name
    if unit in ("", "năm", "tháng") and any(re.search(rf"\b{re.escape(w)}\s*$", low_before) for w in REFERENCE_WORDS):
        # "với tổng số 2.789.530 liều vắc xin": a total, not a document's number
        return not after.lstrip().startswith("%") and not re.search(r"\btổng\s+số\s*$", low_before)
    return False


TOTAL_SUBJECT_RE = re.compile(r"\s*(?:Tổng số|Tổng|Số)\s", re.IGNORECASE)


def _parallel_item(between: str, left: str, last_left: str) -> str:
    """"cấp lần đầu 5.384 giấy, cấp đổi, cấp lại, đăng ký biến động 13.258 giấy", "Đối thoại định kỳ 1.092 cuộc;
    đối thoại đột xuất, theo yêu cầu của một bên 294 cuộc": an item opening with the first word of the item before
    is named by all its words, commas and all."""
    head, _, rest = MARKER_RE.sub("", between).partition(",") if ";" not in between else between.partition(";")
    item = rest.strip(" ,;") if len(head.split()) <= 2 else ""  # after the unit before ("giấy"), if any
    if "," not in item or re.search(r"[\d()]", item) or len(item.split()) > 12 or clean(item) == clean(left):
        return left
    first, before = clean(_bare(item)).split()[:1], clean(_bare(last_left)).split()[:1]
    return item if first and first == before and first[0] not in CONNECTIVES else left


def _left_phrase(sentence: str, start: int, prev_end: int, after_figure: bool) -> str:
    """Words before a figure back to the start of its enumeration item."""
    # an aside in brackets is no boundary: "Tổng giá trị sản xuất (giá so sánh năm 2010) năm 2022 đạt 14.326 …"
    segment = CLOSED_BRACKETS_RE.sub(lambda m: " " * len(m.group(0)), sentence[prev_end:start])
    cut = max(segment.rfind(ch) for ch in ",;:(")
    phrase = segment[cut + 1 :] if cut >= 0 else segment
    if cut > 0 and segment[cut] == "," and TOTAL_SUBJECT_RE.match(segment) and re.search(r"\blà\s*$", phrase):
        # "Tổng số cán bộ, công chức … dôi dư do sắp xếp tổ chức bộ máy, đơn vị hành chính là 2.164 người": the
        # subject runs over its commas to "là"
        phrase, cut = segment, -1
    if cut > 0 and segment[cut] == "," and clean(segment[:cut]).endswith(PAIRED_BEFORE_COMMA):
        # "kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát 102 …": one phrase, not two items
        before = segment[:cut]
        cut = max(before.rfind(ch) for ch in ",;:(")
        phrase = segment[cut + 1 :] if cut >= 0 else segment
    joint = phrase.rfind(" và ")
    if joint >= 0 and ((after_figure and cut < 0) or clean(DATE_WORDS_RE.sub(" ", phrase[joint + 4 :])) in ("", *CONNECTIVES)):
        # "66 tập thể và 85 cá nhân", "Bí thư và 03 Phó Bí thư": the item starts after "và"; not so in
        # "Kết luận về lịch sử chính trị và chính trị hiện nay được 694 …", one subject of two things
        phrase = phrase[joint + 4 :]
    phrase = DATE_WORDS_RE.sub(" ", phrase)  # "… trong 02 ngày 18 và 19/6/2025 với 250 đại biểu": no subject
    phrase = SPAN_OF_YEARS_RE.sub(" ", phrase)  # "trong 5 năm đã kiểm tra …": the time it took, no subject
    if circumstance := re.match(r"\s*[Qq]ua\s.+?\s(đã\s.*)$", phrase):
        phrase = circumstance.group(1)  # "Qua kiểm tra và giải quyết tố cáo đã thi hành kỷ luật 39 …": what was done
    return MARKER_RE.sub("", phrase).strip()


def _opens_its_bracket(sentence: str, start: int, heading: str) -> bool:
    """"211 đồng chí (đợt một: 116 đồng chí; …)": the heading opens the brackets the figure stands in (not
    "(gồm: 19 đảng bộ cơ sở, …)", "(trong đó: …)": words that only open a list)."""
    if not _in_brackets(sentence, start):
        return False
    said = clean(MARKER_RE.sub("", sentence[sentence.rfind("(", 0, start) + 1 : start]))
    words = clean(heading)
    return (
        said.startswith(words)
        and words.split()[0] not in (*CONNECTIVES, "gồm", "cụ thể", "như", "riêng", "từ")
        and not PERIOD_WORDS.search(heading)  # "(năm 2021: 2.850 lao động; …)": a time, the measure before
    )


def _colon_lead(sentence: str, start: int, lo: int) -> str:
    """A short heading ending in a colon just before the figure: "Cấp tỉnh: có 93 …"."""
    colon = sentence.rfind(":", lo, start)
    if colon < 0 or NUMBER_RE.search(sentence[colon:start]):
        return ""
    opening = sentence[max(lo, *(sentence.rfind(ch, 0, colon) + 1 for ch in ".;()")) : colon]
    opening = MARKER_RE.sub("", opening).strip(" -–*")
    if not opening or len(opening.split()) > 6 or PARTS_LEAD_RE.fullmatch(opening):
        return ""  # "Trong đó: Tòa án tỉnh thụ lý 1.254 vụ, giải quyết 1.161 vụ": what opens parts names none
    return opening


PARTS_LEAD_RE = re.compile(r"(?:trong (?:số )?đó(?: có)?|cụ thể|chia ra)", re.IGNORECASE)


def _right_phrase(after: str) -> str:
    """Words after a figure's unit up to the next boundary (at most eight words)."""
    after = MARKER_RE.sub("", after)
    if slash := re.match(r"\s*/\s*[\d.,]+", after):
        # "236 vụ/412 đối tượng phạm tội về ma túy": both counts are of what follows the second
        rest = after[slash.end() :]
        _, printed = match_unit(rest)
        after = rest[rest.find(printed) + len(printed) :] if printed else rest
    m = STOP_RIGHT.search(" " + after + " ")
    phrase = (" " + after)[: m.start()] if m else after
    rest = (" " + after)[m.end() :] if m and m.group(0).strip() == "," else ""
    if rest and any(clean(phrase).endswith(a) and clean(rest).startswith(b) for a, b in PAIRED_ACTS):
        # "102 cuộc thanh tra, kiểm tra tại 216 đơn vị": one phrase, not a list cut at its comma
        further = STOP_RIGHT.search(" " + rest + " ")
        phrase = f"{phrase}, {(' ' + rest)[: further.start()] if further else rest}"
    if m and m.group(0) == ":" and phrase.split()[:1] and phrase.split()[0][0].isupper():
        return ""  # "… 240 điển hình Cấp Đảng ủy Khối: có 206 …": a heading of the next item
    # a figure ends the phrase; a star rating ("09 sản phẩm 4 sao") or a badge's class ("Huy hiệu 40 năm") does not
    if m := next((m for m in NUMBER_RE.finditer(phrase) if not _names_a_class(phrase, m)), None):
        phrase = phrase[: m.start()]
    return " ".join(phrase.split()[:12])


AGE_BOUND_RE = re.compile(r"\b(?:dưới|trên|từ|đến|ngoài|đủ|quá)\s*$")


def _class_number(before: str, after: str) -> bool:
    """A number between these words names a class: a badge's years ("Huy hiệu 40 năm"), an age bound
    ("dưới 40 tuổi"), a size ("doanh nghiệp có từ 30 lao động trở lên")."""
    low_before = clean(before)
    return bool(
        (re.match(r"\s*năm\b", after, re.IGNORECASE) and re.search(r"\bhuy hiệu(?: đảng)?\s*$", low_before))
        or (re.match(r"\s*tuổi\b", after, re.IGNORECASE) and AGE_BOUND_RE.search(low_before))
        # "137 doanh nghiệp … có từ 30 lao động trở lên chưa có tổ chức đảng": a size class of the enterprises
        or (re.search(r"\bcó từ\s*$", low_before) is not None and re.match(r"\s*\w+(?:\s+\w+)?\s+trở lên\b", after, re.IGNORECASE) is not None)
    )


def _names_a_class(phrase: str, m: re.Match[str]) -> bool:
    """A number in a phrase that names a class, not a figure: "4 sao", "Huy hiệu 40 năm", "dưới 40 tuổi"."""
    return bool(re.match(r"\s*sao\b", phrase[m.end() :])) or _class_number(phrase[: m.start()], phrase[m.end() :])


def _strip_trailing(phrase: str) -> tuple[str, str]:
    """Split "Tổng doanh thu trên" into ("Tổng doanh thu", "trên")."""
    low = clean(phrase)
    for word in TRAILING_WORDS:
        if low.endswith(" " + word) or low == word:
            # cut on the phrase as written: it may end in spaces where a date was blanked ("ước đến 30/6/2023")
            said = re.search(r"\s+".join(map(re.escape, word.split())) + r"\s*$", phrase, re.IGNORECASE)
            return (phrase[: said.start()] if said else phrase).strip(), word
    return phrase, ""


def _own_period(between: str, listed: bool) -> str | None:
    """"cuối năm 2022 có 6.105 đảng viên, cuối năm 2023 có 6.231 …": a year named right before the figure,
    after the one before it in the same clause, is its own."""
    between = school_years_as_years(between)
    if dated := LISTED_DATE_RE.search(between):
        return dated.group(1)  # "… 31/12/2023 là 161,35 tỷ đồng; 31/12/2024 là 152,06 tỷ đồng"
    if listed and re.search(r"(?:^|[,;]\s*)(?:đến nay|tới nay|hiện nay)(?:\s+(?:có|còn|là|đạt))?\s*$", between):
        return "hiện nay"  # "từ 256 người đầu năm 2023, …, đến nay có 304 người": not the year said before
    if not listed or not YEAR_RE.search(between):
        return None
    years = YEAR_RE.findall(BASE_YEAR_RE.sub(" ", between))
    return _period(between) if len(years) == 1 else None


def _period(clause: str) -> str | None:
    clause = school_years_as_years(clause)  # "năm học 2025 – 2026" is counted as 2026
    clause = BASE_YEAR_RE.sub(" ", clause)  # "(giảm 04 so với năm 2024), gồm: khiển trách 14": 2024 is the base
    if m := AT_EVENT_DATE_RE.search(clause):
        return m.group(1)
    # "14,62 tỷ đồng (năm 2024 là 11,36 tỷ đồng), đã thu hồi 9,85": a base; "(giá so sánh năm 2010)": an aside
    clause = CLOSED_BRACKETS_RE.sub(" ", clause)
    bracket = clause.rfind("(")
    if bracket > clause.rfind(")") and (opened := _year_opened(clause[bracket:])):
        return opened  # "… có 1.327 báo cáo viên (đầu năm 1.248 báo cáo viên)": the bracket's own time
    clause = SINCE_RE.sub(" ", clause)  # "Từ năm 2021 đến nay, … kết nạp 898": all the years so far, no one year
    if TERM_TO_DATE_RE.search(clause):
        return None  # "Từ đầu nhiệm kỳ đến 30/6/2023, tổng doanh thu đạt 82.424 tỷ đồng": the term so far
    if START_OF_TERM_RE.search(clause):
        return START_OF_TERM  # "Đầu nhiệm kỳ, Đảng bộ huyện có 52 …" (not "từ đầu nhiệm kỳ đến nay": the whole term)
    if m := MONTH_YEAR_RE.search(clause):
        return f"tháng {int(m.group(1))}/{m.group(2)}"
    if m := HALF_YEAR_RE.search(clause):
        return f"{MONTHS_SPELLED.get(m.group(1).casefold(), m.group(1))} tháng {m.group(2)}"
    if m := QUARTER_TITLE_RE.search(clause):  # "quý III/2026 ước đạt 2.085,5" (the first: "3 tháng đầu năm")
        return f"quý {QUARTER_NUMERALS.get(m.group(1), m.group(1))}/{m.group(2)}"
    found = list(QUARTER_ALONE_RE.finditer(clause))  # "Quý I kết nạp 7, quý II 10": the nearest
    if found and not TRAILING_TIME_RE.search(clause[: found[-1].start()]):
        return f"{QUARTER_ALONE}{QUARTER_NUMERALS.get(found[-1].group(1), found[-1].group(1).upper())}"
    if m := UNTIL_DATE_RE.search(clause) or AT_DATE_RE.search(clause):
        return m.group(1)
    if m := SAME_SPAN_RE.search(clause):
        return f"{SAME_SPAN} {m.group(1)}"  # "Cùng kỳ năm 2025 xảy ra 15 vụ": the report's span, in 2025
    if opened := _year_opened(clause):
        return opened
    if m := YEAR_RE.search(clause):
        return m.group(1)
    if NOW_RE.search(clause):
        return "hiện nay"
    if (m := UNTIL_NOW_RE.search(clause)) and not re.search(r"\b[Tt]ừ\b", clause[: m.start()]):
        return "hiện nay"  # "…; đến nay, Đảng bộ thành phố có … 4.186 đảng viên" (not "từ đầu nhiệm kỳ đến nay")
    return None


# after "đầu năm", words of what happened since ("…, đến nay còn 41 hộ", "trong năm phát sinh 07")
SINCE_START_RE = re.compile(
    r"\b(?:trong năm|đến|tới|còn|cuối|hiện|nay|xuống|lên|tăng|giảm|thêm|cộng|trừ|sau|phát sinh|thoát|kết nạp|mới)\b",
    re.IGNORECASE,
)
TAGGED_FIGURE_RE = re.compile(r"\d[\d.,]*\S*\s+(?:\S+\s+){0,2}$")  # "từ 256 người đầu năm 2023": the 256's time


def _year_opened(clause: str) -> str | None:
    """"Đầu năm 2025, 03 xã cũ có 152 hộ nghèo": the stock as the year opened ("1/1/2025"), unless what
    follows tells what happened since, or "đầu năm" tags the figure before it."""
    found = list(START_OF_YEAR_RE.finditer(clause))
    if not found or SINCE_START_RE.search(clause[found[-1].end() :]) or TAGGED_FIGURE_RE.search(clause[: found[-1].start()]):
        return None
    return f"1/1/{found[-1].group(1)}" if found[-1].group(1) else START_OF_YEAR


def _kind(unit: str, left: str, right: str, clause: str = "") -> str:
    low_left, low_right = clean(left), clean(right)
    if unit == "%":
        # "(chỉ tiêu Nghị quyết 95%)", "chỉ tiêu … đề ra là 95%"; not "học tập, quán triệt nghị quyết bình quân
        # hằng năm đạt 97,85%", where the resolution is what was studied and "đạt" says what was done
        studied = re.search(r"\bđạt(?: bình quân)?\s*$", low_left) and not re.search(r"(chỉ tiêu|kế hoạch)[^,;]*$", low_left)
        if (re.search(r"(chỉ tiêu|nghị quyết|kế hoạch)[^,;]*(là|đề ra|từ)?\s*$", low_left) and not studied) or (
            "đề ra" in low_left[-30:]
        ):
            return "target"
        if re.search(r"(?:đề ra|phấn đấu)[^;:]*:[^;:]*$", clean(clause)):
            return "target"  # "Nghị quyết đề ra đến năm 2025 cơ cấu kinh tế: nông - lâm - thủy sản 36%, …"
        if re.search(r"(?:chỉ tiêu|kế hoạch|nghị quyết)[^,;()]{0,20}\([^()\d;]{0,30}$", clean(clause)):
            # "đạt 94,29%, chưa đạt chỉ tiêu đề ra (95%)", "đạt chỉ tiêu Nghị quyết (cuối nhiệm kỳ dưới 2%)": the target
            return "target"
        planned = re.search(r"kế hoạch|phấn đấu|chỉ tiêu", clean(clause))
        if planned and re.search(r"\btừ\s*$", low_left) and re.match(r"^[^,;.]{0,30}\btrở lên", low_right):
            return "target"  # "xây dựng kế hoạch … (hàng năm kiểm tra, giám sát từ 30% đảng viên trở lên)"
        if re.match(r"^\s*(so với |)(chỉ tiêu|nghị quyết|kế hoạch|dự toán)", low_right):
            return "share_of_target"  # "đạt 58,25% dự toán năm": of the year's budget plan
        if re.search(r"\bvượt (?:chỉ tiêu|kế hoạch)[^;%]*\bđạt\s*$", clean(clause)):
            return "share_of_target"  # "vượt chỉ tiêu Nghị quyết (09 trường), đạt 111,11%"
        if re.match(r"^\s*so với (?:chỉ tiêu|nghị quyết|kế hoạch)", clean(clause)) and re.search(r"\bđạt\s*$", low_left):
            return "share_of_target"  # "so với chỉ tiêu kết nạp 600 đảng viên cả nhiệm kỳ, năm 2025 đạt 21,17%"
        if re.search(r"(tăng|giảm)\s*$", low_left):
            return "growth"
        return "percent"
    if TARGET_BRACKET_RE.search(clean(clause)):
        return "target"  # "… đạt 58,25% dự toán năm 2026 (32 tỷ đồng)", "vượt chỉ tiêu Nghị quyết (09 trường)"
    if unit in MONEY_UNITS:
        if re.search(r"\(\s*(?:kế hoạch|chỉ tiêu|dự toán)(?: năm)?(?: \d{4})?\s*$", clean(clause)):
            return "target"  # "doanh thu ước đạt 4.812,6 tỷ đồng, đạt 103,50% kế hoạch (kế hoạch 4.650 tỷ đồng)"
        if re.search(r"(?:^|[,;:]\s*)kế hoạch(?: vốn)?(?: (?:năm|được giao|giao))?(?: \d{4})?(?: là)?\s*$", low_left):
            return "target"  # "Vốn ngân sách trung ương: kế hoạch 3.412,8 tỷ đồng, giải ngân 2.954,1 tỷ đồng": the plan
        if re.search(r"(?:^|[,;:]\s*)kế hoạch vốn(?:\s+[^\s\d,;:()]+){0,5}?(?:\s+năm\s+\d{4})?\s+(?:được\s+)?giao(?:\s+là)?\s*$", low_left):
            return "target"  # "Kế hoạch vốn đầu tư công năm 2025 được giao là 9.846,3 tỷ đồng": the plan given
        if re.search(r"(?:^|[,;:]\s*)(?:tổng\s+)?dự toán\b[^,;:]*$", low_left):
            return "target"  # "Tổng dự toán kinh phí chi hoạt động … năm 2025 là 4.815,6 triệu đồng": the budget set
        return "money"
    if re.search(r"(chỉ tiêu|nghị quyết|kế hoạch|dự toán)(?:\s+năm\s+(?:19|20)\d{2})?\s*(là|đề ra)?\s*$", low_left):
        return "target"  # "(chỉ tiêu Nghị quyết năm 2025 là 1.300 vụ việc)"
    if re.search(r"\bchỉ tiêu(?:\s+[^\s\d,;:()]+){1,3}\s*$", low_left):
        return "target"  # "chỉ tiêu kết nạp 600 đảng viên cả nhiệm kỳ": the target set
    if PLAN_OPENS_RE.match(clean(clause)):
        return "target"  # "Nghị quyết đề ra đến năm 2025 có 17/17 xã …, 05 xã đạt chuẩn nâng cao": the plan's figures
    if re.search(r"(?:^|[(,;:]\s*)(?:nghị quyết|chỉ tiêu|kế hoạch)(?: đại hội)? đề ra\b[^,;:()\d]{0,30}$", low_left):
        return "target"  # "(Nghị quyết đề ra kết nạp 10.500 đảng viên trở lên …)": the plan's figure
    return "count"


# a clause that opens with the plan ("Nghị quyết đề ra đến năm 2025 có …"): its counts are the plan's
PLAN_OPENS_RE = re.compile(r"^\s*(?:nghị quyết|chỉ tiêu|kế hoạch)(?: đại hội)?(?: \S+)? đề ra\b", re.IGNORECASE)


def _qualifier(left: str) -> str:
    low = clean(left)
    for q in QUALIFIERS:
        if low.endswith(q) or low.endswith(q + " đạt"):
            return q
    if "bình quân" in low:
        return "bình quân"
    if "ước" in low.split():
        return "ước"
    return ""


def sentence_facts(
    sentence: str,
    section: tuple[str, ...],
    origin: str,
    sentence_no: int,
    footnote: int | None = None,
    page: int | None = None,
    lead: str = "",
) -> list[Fact]:
    """Facts of one sentence; items of an enumeration share the verb that opens it."""
    facts: list[Fact] = []
    quote = MARKER_RE.sub("", sentence).strip()
    locator = LOCATOR_SEP.join(_short_section(section))
    if origin == "footnote" and footnote is not None:
        locator = f"Chú thích {footnote}" + (f" ({locator})" if locator else "")
    prev_end = prev_unit_end = 0
    prev_subject = aimed_at = outer_subject = ""
    subject_bracketed = False
    starts: list[int] = []
    rights: list[str] = []  # each figure's words after its unit
    unit_ends: list[int] = []
    clause_subject = ""
    clause_start = 0
    last_left = ""  # the words before the figure before
    for m in NUMBER_RE.finditer(sentence):
        raw = m.group(1)
        start, end = m.start(1), m.end(1)
        if _is_name_number(sentence, start, end, raw):
            continue
        value = parse_number(raw)
        if value is None:
            continue
        after = sentence[end:]
        unit, printed_unit = match_unit(after)
        unit_end = end + (after.find(printed_unit) + len(printed_unit) if printed_unit else 0)
        semicolon = sentence.rfind(";", 0, start)
        if semicolon + 1 > clause_start:
            clause_start = semicolon + 1
            prev_subject = clause_subject = aimed_at = ""
            if not _in_brackets(sentence, semicolon):
                outer_subject = ""  # "(trong đó: A 805, chiếm 70,99%; B 37), đạt 103,09%": still the figure before
        left = _left_phrase(sentence, start, max(prev_end, clause_start), prev_end > 0 and prev_end >= clause_start)
        left, last_left = _parallel_item(sentence[prev_unit_end:start], left, last_left) if facts else left, left
        if left.strip() == "/":
            left = ""  # "06 vụ/13 bị can": the second count of the same act
        right = _right_phrase(sentence[unit_end:])
        subject, trailing = _strip_trailing(left)
        verb_only = (
            not subject
            or clean(subject) in CONNECTIVES
            or (unit == "%" and clean(subject) in CHANGE_VERBS)
            or (unit == "%" and not PERIOD_WORDS.sub(" ", subject).strip(" ,:;"))  # "…, năm 2025 đạt 21,17%"
            # "Thu nhập … năm 2024 đạt 69,5 triệu đồng/người/năm, ước năm 2025 đạt 75,2 …": the same measure
            or (bool(facts) and clean(PERIOD_WORDS.sub(" ", subject)) in ("ước", "dự kiến", "ước tính"))
        )
        shared = ""
        if unit == "%" and (of_fraction := _fraction_subject(sentence, max(prev_unit_end, clause_start), start)):
            # "nâng tổng số trường đạt chuẩn quốc gia lên 10/12 trường (chiếm 83,33%)": the fraction's share
            left = subject = of_fraction
            verb_only = False
        heading = _colon_lead(sentence, start, prev_unit_end) if verb_only else ""
        if heading:
            subject, verb_only = heading, False  # "Cấp tỉnh: có 93 mô hình": counted at the provincial level
        if (span_from := _span_start(sentence, facts, starts, unit_ends, unit, start)) is not None and span_from.subject:
            # "số hội viên từ 24.731 lên 25.486 người", "tỷ lệ hộ nghèo giảm từ 6,84% đầu năm 2022 (2.317 hộ) xuống
            # còn 1,92% cuối năm 2025": the same measure, at the end of the span
            left = subject = re.sub(r"(?:\s+(?:tăng|giảm|nâng|hạ|vượt)(?:\s+(?:lên|xuống))?)?(?:\s*\btừ)?\s*$", "", span_from.subject)
            verb_only = False
        if (
            unit and unit != "%" and facts and facts[-1].unit == unit and facts[-1].period
            and (PERIOD_WORDS.search(subject) or LISTED_DATE_RE.search(sentence[prev_unit_end:start]))
            and re.fullmatch(r"(?:(?:là|có|đạt|còn)\s*)?", clean(PERIOD_WORDS.sub(" ", subject)).strip(" ,:;"))
            and (series := _series_subject(facts, unit))
        ):
            # "Thu nhập … năm 2025 đạt 14,8 triệu đồng/người/tháng; năm 2026 đạt 15,9 …": the same measure, a year on
            subject, verb_only = series, False
        if aimed_at and clean(sentence[prev_unit_end:start]) == "và":
            subject = aimed_at  # "… đối với 06 tổ chức đảng và 43 đảng viên"
        elif unit != "%" and _of_the_occasion(left, facts) and re.search(r"\b(?:cho|với)\s*$", sentence[prev_unit_end:start]) and (
            owner := _owner(facts, starts, clause_start)
        ):
            subject = owner  # "mở 31 lớp sơ cấp lý luận chính trị cho 1.254 học viên": the people of those classes
        elif (
            unit != "%" and facts and facts[-1].unit in OCCASION_UNITS and re.search(r"\bcho\s*$", sentence[prev_unit_end:start])
            and (owner := _owner(facts, starts, clause_start))
        ):
            # "Tổ chức 04 hội nghị quán triệt các quy định, hướng dẫn mới … cho 1.146 lượt cán bộ": its attendance
            subject = f"{owner} {subject}"
        elif not clean(left) or (verb_only and (unit == "%" or unit in MONEY_UNITS)):
            verb = subject if clean(subject) in CHANGE_VERBS - {"đạt"} else ""
            sharing = prev_subject
            bracket_before = bool(starts) and _in_brackets(sentence, starts[-1])
            after_brackets = (bracket_before or subject_bracketed) and not _in_brackets(sentence, start)
            if after_brackets:
                # "03 tổ chức đảng (khiển trách 02, cảnh cáo 01) và 87 đảng viên"; "38 tổ chức cơ sở đảng (giảm 03
                # …), 164 chi bộ … và 2.847 đảng viên": not what the bracket said
                sharing = outer_subject or prev_subject
            elif clean(verb) == "chiếm" and facts and starts[-1] >= clause_start:
                sharing = facts[-1].label  # "còn 48 hộ cận nghèo, chiếm 0,86%": a share of those 48
            elif (
                not clean(left) and unit and facts and not facts[-1].unit and rights[-1]
                and starts[-1] >= clause_start and not sentence[prev_end:start].strip()
            ):
                sharing = rights[-1]  # "07 Điện lực còn lại 1.243,96 triệu kWh": the count's own things
            elif not sharing and unit == "%" and (opening := _clause_opening(facts, starts, clause_start)):
                sharing = opening  # "06 lớp bồi dưỡng … cho 998 đồng chí là …, đạt 120%": of the clause's item
            elif not sharing and unit == "%":
                sharing = _clause_words(sentence[clause_start:start])  # "có 174/181 trẻ em … được tiêm chủng, đạt 96,13%"
            elif not sharing and not clean(left) and (opened := _opens_brackets(sentence, clause_start, start)) > clause_start:
                # "tình trạng viên chức y tế nghỉ việc, chuyển công tác vẫn còn (112 trường hợp, …)": of the clause
                sharing = _clause_words(sentence[clause_start:opened])
            # not "211 đồng chí (đợt một: 116 đồng chí; …)": a heading opening the brackets names the figure
            own_heading = heading and subject == heading and unit != "%" and _opens_its_bracket(sentence, start, heading)
            if sharing and not own_heading:
                subject = f"{sharing} {verb}".strip()  # shares the subject before it
            same_clause = bool(facts) and starts[-1] >= clause_start
            joined = _joined_by_and(sentence, prev_end, start)
            shared = _shared_verb(facts[-1], rights[-1], unit, joined) if same_clause and clean(left) in ("", "và", "với") else ""
            if after_brackets or own_heading:
                shared = ""  # after the brackets: not what the bracketed part did
            if unit == "%" and facts and facts[-1].unit == "%":
                shared = ""  # "99,12% đảng viên và 96,35% quần chúng": each share is of its own people
            elif unit == "%" and same_clause and facts[-1].kind == "count" and facts[-1].unit not in NO_THINGS:
                # "kết nạp mới 158 đoàn viên công đoàn, đạt 79% kế hoạch": of union members; "893 đảng viên
                # (15,91%)": of party members
                shared = f"{shared} {facts[-1].unit}".strip()
        elif verb_only and clean(left) == "có" and (owner := _owner(facts, starts, clause_start)):
            subject = owner  # "12 lớp bồi dưỡng …, có 847 đồng chí tham gia": the people of those classes
        elif verb_only and clean(sentence[max(0, start - 12) : start]).endswith("đối với") and (
            owner := _owner(facts, starts, clause_start)
        ):
            subject = aimed_at = f"{owner} với"  # "49 đơn tố cáo đối với 06 tổ chức đảng và 43 đảng viên"
        elif verb_only:
            subject = (prev_subject if _in_brackets(sentence, start) else clause_subject) or subject
            same_clause = bool(facts) and starts[-1] >= clause_start
            joined = _joined_by_and(sentence, prev_end, start)
            shared = _shared_verb(facts[-1], rights[-1], unit, joined) if same_clause and clean(left) == "và" else ""
        else:
            if clean(trailing) == "có" and (owner := _joined_owner(sentence, start, prev_end, facts, starts, clause_start)):
                subject = f"{owner} và {subject}"  # "32 lớp A và B có 2.482 đồng chí": the people of A and B
            prev_subject = subject
            subject_bracketed = _in_brackets(sentence, start)
            clause_subject = clause_subject or subject
            if not _in_brackets(sentence, start):
                outer_subject = subject
        clause_end = sentence.find(";", end)
        clause = sentence[clause_start : clause_end if clause_end >= 0 else len(sentence)]
        kind = _kind(unit, left, MARKER_RE.sub("", sentence[unit_end : unit_end + 60]), sentence[clause_start:start])
        if unit == "%" and kind != "target":
            right = _percent_right(sentence[unit_end:])
        label = _label(subject, unit, printed_unit, right, kind)
        if lead and (origin == "text" or not PERIOD_WORDS.sub(" ", subject).strip(" ,:;")) and _about_the_lead(subject, right):
            label = lead  # "8. Xã đạt chuẩn nông thôn mới nâng cao: … thực hiện 06 xã": the plan talk stays near
            if AVERAGE_RE.search(f"{subject} {right}") and not AVERAGE_RE.search(lead):
                label = f"{lead} bình quân"  # "Lao động, việc làm …: … 9.642 lao động, bình quân 3.214 lao động/năm"
        markers = tuple(
            from_superscript(x.group(0))
            for x in MARKER_RE.finditer(sentence[end : clause_end if clause_end >= 0 else len(sentence)])
        )
        # "… (kế hoạch 30 căn; năm 2024 xây dựng 28 căn), trong đó nhà đồng đội 21 căn": a clause opened inside
        # brackets closed before the figure lends it none of the bracket's time
        timed_from = clause_start
        if clause_start and _in_brackets(sentence, clause_start) and not _in_brackets(sentence, start):
            timed_from = sentence.rfind(")", clause_start, start) + 1
        own_from = prev_unit_end if timed_from == clause_start else max(prev_unit_end, timed_from)
        period = (
            _start_tagged(sentence[unit_end:])
            or _end_tagged(sentence[unit_end:], sentence[timed_from:start])
            or _base_period(sentence[timed_from:start])
            or _target_year(kind, sentence[timed_from:start])
            or _own_period(sentence[own_from:start], bool(facts) and starts[-1] >= timed_from)
            or _period(sentence[timed_from:start])
            or _period_near(clause)
            or _bracketed_year(sentence[unit_end:])
            # "đến ngày 30/6/2023 Đảng bộ Khối còn 63 …; 298 chi bộ trực thuộc; tổng số đảng viên là 5.134"
            or (_as_of_opening(sentence) if clause_start > 0 and not SPAN_OPENS_RE.search(clause) else None)
            # "Kết quả đánh giá, xếp loại chất lượng năm 2024 của …: 35 chi bộ …; đảng viên … đạt 93,68%"
            or (_lead_period(sentence) if clause_start > 0 and len(YEAR_RE.findall(sentence)) == 1 else None)
        )
        facts.append(
            Fact(
                value=value,
                raw=raw + ("%" if unit == "%" else ""),
                unit=unit,
                label=label,
                period=period,
                kind=kind,
                quote=quote,
                locator=locator,
                section=section,
                origin=origin,
                near=MARKER_RE.sub("", f"{shared} {_bare(subject)} {trailing} {printed_unit} {right}").strip(),
                verb_near=MARKER_RE.sub("", f"{shared} {_bare(subject)} {trailing} {right}").strip(),
                lead=_item_lead(sentence[: start], lead),
                clause=MARKER_RE.sub("", clause).strip(),
                subject=subject,
                # "100% … và trên 97% …": the words before a figure may close the one before's phrase
                qualifier=_qualifier(left) or _qualifier(sentence[prev_unit_end:start]),
                footnote=footnote,
                markers=markers[:1],
                page=page,
                sentence=sentence_no,
            )
        )
        starts.append(start)
        rights.append(right)
        unit_ends.append(unit_end)
        prev_unit_end = unit_end
        right_at = sentence.find(right, unit_end) if right else -1
        prev_end = right_at + len(right) if right_at >= 0 else unit_end
    _trim_segments(facts, sentence, starts)
    _dated_change(facts, sentence, starts, unit_ends)
    _start_and_end_of_year(facts, sentence, starts)
    _from_up_to_a_fraction(facts, sentence, starts, unit_ends)
    _predicate_of_both(facts, sentence, starts, unit_ends, rights)
    _share_category_words(facts)
    _targets_in_brackets(facts, sentence, starts)
    _bases_in_brackets(facts, sentence, starts)
    _start_of_year_bases(facts, sentence, starts)
    _changes_in_brackets(facts, sentence, starts)
    head = MARKER_RE.sub("", sentence[: starts[0]]).strip() if starts else ""
    for fact in facts:
        fact.head = head
    _share_tails(facts)
    _share_units_and_kinds(facts, sentence, starts)
    _before_and_after(facts)
    _bases_named(facts, sentence, starts)
    _points_named(facts)
    _parts_carried(facts, sentence, starts)
    _rates_of_counts(facts, sentence, starts)
    _labels_of_counted_rates(facts, sentence, starts)
    _shared_actor(facts, sentence, starts)
    _acts_of_counts(facts, rights)
    _measures_of_acts(facts, sentence, starts, rights)
    _opening_year(facts, sentence)
    _opening_month(facts, sentence)
    _yearly_items(facts, sentence, starts)
    if footnote is not None:
        _named_items(facts)
    facts += _fraction_facts(sentence, section, origin, sentence_no, footnote, page, lead, locator, quote)
    return facts


def _named_items(facts: list[Fact]) -> None:
    """"¹ Vốn ngân sách trung ương: kế hoạch 3.412,8 …; vốn ngân sách địa phương: kế hoạch 6.433,5 …": items of a
    note named each by its own lead are labelled by it ("Vốn ngân sách địa phương: kế hoạch")."""
    leads = {f.lead for f in facts if f.lead}
    if len(leads) < 2 or any(re.search(r"\d", lead) for lead in leads):
        return
    for f in facts:
        if f.lead and not set(key_words(f.lead)) <= set(key_words(f.label)):
            f.label = f"{f.lead}: {f.label}"


OPENING_YEAR_RE = re.compile(
    # "Theo kết quả rà soát cuối năm 2024, toàn tỉnh có …", "Trong năm 2025 toàn tỉnh có …": a survey's or the year's
    r"^\W*(?:(?:theo\s+)?kết quả\s+(?:rà soát|điều tra|thống kê|tổng hợp)(?:\s+sơ bộ)?\s+|trong\s+)?"
    r"(?:(?:cuối|hết|đến hết|tính đến cuối)\s+)?năm\s+((?:19|20)\d{2})\b(?!\s*[-–/])",
    re.IGNORECASE,
)


def _opening_year(facts: list[Fact], sentence: str) -> None:
    """"Cuối năm 2025 toàn xã có 214 hộ nghèo, …; 368 hộ cận nghèo, …": a year opening the sentence dates its
    figures after a semicolon too, unless another period is said for them."""
    if not (m := OPENING_YEAR_RE.match(MARKER_RE.sub("", sentence))):
        return
    if re.search(r"\b(?:19|20)\d{2}\b|\bcùng kỳ\b|\btháng\b|\btrong năm\b|\b(?:đến|tới|hiện) nay\b", sentence[m.end() :], re.IGNORECASE):
        return  # another time is said in the sentence ("…; trong năm tăng 110 …"): each figure keeps its own
    for fact in facts:
        if fact.period is None and fact.kind != "target":
            fact.period = m.group(1)


# "Riêng tháng 12 xảy ra 17 vụ tai nạn giao thông, làm chết 8 người": one month of the report's year, set apart
OPENING_MONTH_RE = re.compile(r"^\W*[Rr]iêng\s+(?:trong\s+)?tháng\s+(1[0-2]|0?[1-9])\b(?!\s*(?:[/-]|năm\b|\d))")
MONTH_ALONE = "tháng ?/"  # "tháng ?/12" until the report's year is known (see extract)


def _opening_month(facts: list[Fact], sentence: str) -> None:
    """"Riêng tháng 12 xảy ra 17 vụ …, làm chết 8 người": the month set apart dates every figure of the sentence
    that has no period of its own, so none of them stands for the year's."""
    if m := OPENING_MONTH_RE.match(MARKER_RE.sub("", sentence)):
        for fact in facts:
            if fact.period is None:
                fact.period = f"{MONTH_ALONE}{int(m.group(1))}"


YEAR_ITEM_RE = re.compile(r";\s*năm\s+(?:19|20)\d{2}\s*(?:\((?:ước|dự kiến|ước tính|ước thực hiện)\))?\s*:\s*$", re.IGNORECASE)


def _yearly_items(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"Năm 2021 kết nạp 212 đảng viên; năm 2022: 236; năm 2023: 248": each later year's figure is the same
    measure as the first item's, its year its period."""
    for k in range(1, len(facts)):
        fact, prev = facts[k], facts[k - 1]
        if not prev.label or not prev.period or not re.fullmatch(r"(?:19|20)\d{2}", prev.period):
            continue
        if not fact.period or not YEAR_ITEM_RE.search(sentence[starts[k - 1] : starts[k]]):
            continue
        if fact.unit not in ("", prev.unit):
            continue
        end = sentence.find(";", starts[k])
        tail = re.sub(r"^[\d.,]+", "", sentence[starts[k] : end if end >= 0 else len(sentence)].strip())
        if re.sub(r"[\W\d_]+", " ", tail.replace(fact.unit, "", 1) if fact.unit else tail).strip():
            continue  # "năm 2022: 5 chi bộ hoàn thành xuất sắc": the item names its own measure
        fact.label, fact.subject, fact.kind, fact.unit = prev.label, prev.subject, prev.kind, prev.unit
        fact.near = f"{prev.near} {fact.near}"


def _acts_of_counts(facts: list[Fact], rights: list[str]) -> None:
    """"Mặt trận quận và 12 phường vận động Quỹ “Vì người nghèo” được 7,84 tỷ đồng": the sum is of what the
    counted did (the campaign), said between the count and the sum."""
    for k in range(1, len(facts)):
        fact, prev, act = facts[k], facts[k - 1], rights[k - 1].split()
        if fact.unit not in MONEY_UNITS or fact.label != fact.unit or prev.unit in NO_THINGS:
            continue
        if len(act) >= 3 and act[-1].casefold() in ("được", "đạt"):
            fact.label = " ".join(act[:-1])
            fact.near = f"{fact.label} {fact.near}"


MEASURE_OF_ACT_RE = re.compile(
    r"\bvới\s+((?:tổng\s+)?(?:số tiền|kinh phí|chiều dài|diện tích|giá trị(?: quy đổi| hợp đồng)?|trị giá|số vốn"
    r"|mức đầu tư|vốn(?: đầu tư| đăng ký)?))\s*$"
    r"|,\s*((?:tổng\s+)?trị giá)\s*$"  # "tặng 1.260 phần quà cho hộ nghèo, trị giá 630 triệu đồng"
)


def _measures_of_acts(facts: list[Fact], sentence: str, starts: list[int], rights: list[str]) -> None:
    """"Nạo vét 94 công trình thủy lợi nội đồng với tổng chiều dài 212,7 km": the length is of that work, not
    a bare "tổng chiều dài"."""
    for k in range(1, len(facts)):
        fact, prev = facts[k], facts[k - 1]
        between = MARKER_RE.sub("", sentence[starts[k - 1] : starts[k]])
        if prev.unit in ("%", *MONEY_UNITS) or ";" in between or not (m := MEASURE_OF_ACT_RE.search(between)):
            continue
        if set(clean(fact.subject).split()) - set(clean(m.group(0)).split()) - set(clean(prev.near).split()):
            continue  # "…, ban hành quyết định xử phạt … với tổng số tiền": a sum of another act
        measure = m.group(1) or m.group(2)
        fact.label = f"{prev.label} {measure} {MARKER_RE.sub('', rights[k])}".strip()
        fact.near = f"{prev.near} {measure} {fact.unit} {MARKER_RE.sub('', rights[k])}".strip()


CATEGORY_RE = re.compile(r"^(.*?)\b(\d{1,3}\s+năm)\b(.*)$")


def _share_category_words(facts: list[Fact]) -> None:
    """"Huy hiệu 30 năm tuổi đảng: 17 đồng chí; 40 năm: 14 đồng chí": each class is a Huy hiệu … tuổi đảng."""
    first = CATEGORY_RE.match(facts[0].subject) if facts else None
    if not first or not first.group(1).strip():
        return
    for fact in facts[1:]:
        if (own := re.fullmatch(r"\s*(\d{1,3}\s+năm)(.*)", fact.subject)) is None:
            continue
        # "40 năm: 14 đồng chí" takes the whole name; "40 năm tuổi Đảng 36 đồng chí" only what opens it
        rest = own.group(2).strip()
        whole = f"{first.group(1)}{own.group(1)}{' ' + rest if rest else first.group(3)}".strip()
        fact.label = fact.label.replace(fact.subject.strip(), whole, 1)
        fact.near = fact.near.replace(fact.subject.strip(), whole, 1)
        fact.subject = whole


def _parts_carried(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"kết nạp 1.134 đảng viên (trong đó: đoàn viên thanh niên 805 đồng chí, …)": each part of the
    bracket is one of those admitted; the figure before the bracket says what they are part of."""
    for k, fact in enumerate(facts):
        opened = sentence.rfind("(", 0, starts[k])
        if opened < 0 or sentence.rfind(")", 0, starts[k]) > opened:
            continue
        if not re.match(r"\(\s*trong\s+đó", sentence[opened : opened + 16], re.IGNORECASE):
            continue
        owner = next((facts[j] for j in range(k - 1, -1, -1) if starts[j] < opened), None)
        if owner is not None and not fact.carrier:
            fact.carrier = owner.label
            fact.listed_part = True


BASE_YEAR_BEFORE = "cùng kỳ ?"  # until the report's year is known (see extract)


def _base_period(before: str) -> str | None:
    """"giảm 03 … so với đầu nhiệm kỳ (52 tổ chức cơ sở đảng)": the figure in brackets is the base's."""
    m = re.search(r"so với (?:(đầu nhiệm kỳ)|(cùng kỳ )?năm ((?:19|20)\d{2}))\s*\(\s*$", clean(before))
    if m is None and (opened := re.search(r"so với (?:[^();]{0,60} )?đầu năm(?: (?:19|20)\d{2})?\s*\(\s*$", clean(before))):
        # "Đến ngày 15/12/2024, … tăng 317 đảng viên so với đầu năm (6.842 đảng viên)": the stock on 1/1/2024
        year = period_year(_period(clean(before)[: opened.start()]) or "")
        return f"1/1/{year}" if year else START_OF_YEAR
    if m is None and (dated := re.search(r"so với (?:thời điểm |ngày )?(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\s*\(\s*$", clean(before))):
        # "tăng 92 đảng viên so với thời điểm 31/12/2025 (5.812 đảng viên)": the stock on that day
        return f"{int(dated.group(1))}/{int(dated.group(2))}/{dated.group(3)}"
    if m is None and (school := re.search(r"so với năm học (?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})\s*\(\s*$", clean(before))):
        return school.group(1)  # "tăng 1.556 em so với năm học 2023-2024 (289.355 em)": the year it ends in
    if m is None and (term := re.search(r"so với (?:nhiệm kỳ|giai đoạn) ((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*\(\s*$", clean(before))):
        return f"{term.group(1)}-{term.group(2)}"  # "giảm 11 trường hợp so với nhiệm kỳ 2015 - 2020 (139 đảng viên)"
    if m is None and re.search(r"so với (?:cùng kỳ|năm trước|cùng kỳ năm trước)\s*\(\s*$", clean(before)):
        return BASE_YEAR_BEFORE  # "giảm 05 vụ so với cùng kỳ (22 vụ)": the report's span, a year before it
    if m is None:
        return None
    # "tăng 20% so với cùng kỳ năm 2025 (20 đảng viên)": the report's own span a year before, not the year 2025
    return START_OF_TERM if m.group(1) else f"{SAME_SPAN} {m.group(3)}" if m.group(2) else m.group(3)


START_TAG_RE = re.compile(r"\s*(?:vào\s+|lúc\s+)?đầu\s+năm(?:\s+((?:19|20)\d{2}))?\b(?!\s*(?:học|nay|tới|sau))", re.IGNORECASE)


def _span_start(sentence: str, facts: list[Fact], starts: list[int], unit_ends: list[int], unit: str, start: int) -> Fact | None:
    """The figure "từ" opened a span with, when this one ends it ("từ 24.731 lên 25.486 người"; "từ 6,84% đầu
    năm 2022 (2.317 hộ) xuống còn 1,92%": its time and an aside in brackets may stand between)."""
    if unit != "%":
        k: int | None = len(facts) - 1 if facts else None  # "từ 19 xuống còn 14 cơ quan": a bare count opens it
    else:
        k = next((k for k in range(len(facts) - 1, -1, -1) if facts[k].unit == unit and not _in_brackets(sentence, starts[k])), None)
        if k is not None and k != len(facts) - 1 and not _in_brackets(sentence, starts[-1]):
            return None
    if k is None or not sentence[: starts[k]].rstrip().endswith("từ"):
        return None
    between = re.sub(r"\([^()]*\)", " ", sentence[unit_ends[k] : start])
    between = START_TAG_RE.sub(" ", PERIOD_WORDS.sub(" ", between)) if unit == "%" else between
    return facts[k] if re.fullmatch(r"\s*(?:lên|xuống|đến|còn|lên còn|xuống còn)\s*", between) else None


END_TAG_RE = re.compile(r"\s*(?:vào\s+)?(?:cuối|hết)\s+năm\s+((?:19|20)\d{2})\b", re.IGNORECASE)


def _end_tagged(after: str, before: str) -> str | None:
    """"giảm từ 6,84% đầu năm 2022 … xuống còn 1,92% cuối năm 2025": the end of a span is of the time after it."""
    m = END_TAG_RE.match(after) if re.search(r"\b(?:lên|xuống|còn)\s*$", before) else None
    return m.group(1) if m else None


def _start_tagged(after: str) -> str | None:
    """"từ 362 đồng chí đầu năm còn 351 đồng chí", "từ 256 người đầu năm 2023": the figure as the year opened."""
    # "từ 6.942 hộ (tỷ lệ 2,03%) đầu năm xuống còn …": the bracket says more of the figure; the time follows it
    m = START_TAG_RE.match(re.sub(r"^\s*\([^()]*\)", "", after))
    return (f"1/1/{m.group(1)}" if m.group(1) else START_OF_YEAR) if m else None


def _target_year(kind: str, before: str) -> str | None:
    """"… dự toán năm 2026 (32 tỷ đồng)": a target is set for the year named right before it."""
    m = re.search(r"năm\s+((?:19|20)\d{2})\s*\(?\s*$", clean(before)) if kind == "target" else None
    return m.group(1) if m else None


def _in_brackets(sentence: str, at: int) -> bool:
    return sentence.rfind("(", 0, at) > sentence.rfind(")", 0, at)


BASE_IN_BRACKETS_RE = re.compile(r"\(\s*(?:năm|cùng kỳ(?: năm)?)\s+(?:19|20)\d{2}\s*(?:là|:|đạt|có)?\s*$", re.IGNORECASE)


def _bases_in_brackets(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"kiến nghị thu hồi 14,62 tỷ đồng (năm 2024 là 11,36 tỷ đồng)": the same measure in the base year."""
    for k in range(1, len(facts)):
        fact, prev = facts[k], facts[k - 1]
        opened = sentence.rfind("(", 0, starts[k])
        if fact.unit != prev.unit or _in_brackets(sentence, starts[k - 1]) or not _in_brackets(sentence, starts[k]):
            continue
        if opened < starts[k - 1] or not BASE_IN_BRACKETS_RE.search(sentence[opened : starts[k]]):
            continue
        fact.label, fact.subject, fact.kind = prev.label, prev.subject, prev.kind
        fact.near = f"{prev.near} {fact.near}"


START_BASE_RE = re.compile(  # "so với đầu năm (", "so với tổng số đảng viên của 03 đảng bộ cũ đầu năm (", "… (đầu năm có "
    r"so\s+với\s+(?:[^();]{0,60}\s)?đầu\s+năm(?:\s+(?:19|20)\d{2})?\s*\(\s*(?:đầu\s+năm(?:\s+(?:19|20)\d{2})?\s*(?:là|có|:)?\s*)?$"
    r"|so\s+với\s+(?:nhiệm\s+kỳ|giai\s+đoạn)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\s*\(\s*$"  # "… so với nhiệm kỳ 2015 - 2020 ("
    r"|so\s+với\s+(?:thời\s+điểm\s+|ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s*\(\s*$",  # "… so với thời điểm 31/12/2025 ("
    re.IGNORECASE,
)


def _start_of_year_bases(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"… có 7.159 đảng viên, tăng 317 đảng viên so với đầu năm (6.842 đảng viên)": the bracket holds the
    measure's stock as the year opened, named as the measure (not as its rise)."""
    for k in range(1, len(facts)):
        opened = sentence.rfind("(", 0, starts[k])
        if not _in_brackets(sentence, starts[k]) or not START_BASE_RE.search(sentence[:starts[k]]):
            continue
        fact = facts[k]
        measure = next(
            (f for j, f in reversed(list(enumerate(facts[:k])))
             if f.unit == fact.unit and starts[j] < opened and not _in_brackets(sentence, starts[j])
             and not CHANGED_BY_RE.search(clean(sentence[max(0, starts[j] - 12) : starts[j]]))),
            None,
        )
        if measure is not None:
            fact.label, fact.subject, fact.kind = measure.label, measure.subject, measure.kind
            fact.near = f"{measure.near} {fact.near}"


CHANGED_BY_RE = re.compile(r"\b(?:tăng|giảm|thêm)\s*$")
CHANGE_IN_BRACKETS_RE = re.compile(r"^\(\s*(tăng|giảm)\b", re.IGNORECASE)


def _changes_in_brackets(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"kiểm tra 1.284 tổ chức đảng (tăng 87 tổ chức đảng, tương đương 7,27% so với năm 2024)": the rise of
    that measure, in its unit and in per cent."""
    for k in range(1, len(facts)):
        if not _in_brackets(sentence, starts[k]):
            continue
        opened = sentence.rfind("(", 0, starts[k])
        owner = next((j for j in range(k - 1, -1, -1) if starts[j] < opened), None)
        if owner is None or _in_brackets(sentence, starts[owner]) or clean(sentence[starts[owner] : opened]).count(",") > 1:
            continue
        if not (m := CHANGE_IN_BRACKETS_RE.match(sentence[opened:])) or sentence.find(")", opened) < starts[k]:
            continue
        fact, whole = facts[k], facts[owner]
        if fact.unit not in (whole.unit, "%") or whole.kind not in ("count", "money", "percent"):
            continue
        fact.label = f"{whole.label} {m.group(1).lower()}"
        fact.kind = "growth"
        fact.near = f"{whole.near} {fact.near}"


def _targets_in_brackets(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"… 97,24% (chỉ tiêu Nghị quyết Đại hội là 90%)": the target is set for the figure just before."""
    for k in range(1, len(facts)):
        fact, prev = facts[k], facts[k - 1]
        if k >= 2 and prev.kind == "share_of_target" and fact.unit == facts[k - 2].unit != prev.unit:
            prev = facts[k - 2]  # "kết nạp 665 đảng viên, mới đạt 66,50% chỉ tiêu Nghị quyết (1.000 đảng viên)"
        if fact.kind != "target" or prev.kind == "target" or fact.unit != prev.unit:
            continue
        opened = sentence.rfind("(", 0, starts[k])
        if opened > starts[k - 1] and sentence.rfind(")", 0, starts[k]) < opened:
            # "94,02%, vượt chỉ tiêu (từ 90% trở lên)": no "X (X trở lên)"; "mở 12 lớp A (kế hoạch mở 10 lớp)"
            same = fact.label.startswith(prev.label) or set(clean(fact.label).split()) <= set(clean(prev.label).split())
            fact.label = prev.label if same else f"{prev.label} ({fact.label})"
            fact.near = f"{prev.near} {fact.near}"


def _percent_right(after: str) -> str:
    """What a percentage is of: the words up to a comma, bracket or the next figure ("đảng viên và …")."""
    phrase = re.split(r"[,;.()]", MARKER_RE.sub("", after))[0]
    if m := NUMBER_RE.search(phrase):
        phrase = re.sub(r"\s+(?:và|với|còn)\s*$", "", phrase[: m.start()])  # "99,12% đảng viên và 96,35% …"
    return " ".join(phrase.split()[:8])


def _shared_verb(before: Fact, right: str, unit: str, joined: bool) -> str:
    """What an enumeration's next item shares with the one before it: its verb and subject, and also the
    words after its unit — unless "và" joins a count of other things ("118 chi bộ trực thuộc đảng ủy cơ sở
    và 1.493 đảng viên": the members are no "trực thuộc đảng ủy cơ sở")."""
    shared = before.verb_near
    if joined and before.unit != unit and right and shared.endswith(right):
        shared = shared[: -len(right)].strip()
    return shared


def _joined_by_and(sentence: str, prev_end: int, start: int) -> bool:
    return bool(re.fullmatch(r"\s*(?:và|với)\s*", sentence[prev_end:start]))


def _fraction_subject(sentence: str, lo: int, start: int) -> str:
    """The words of a fraction right before a share ("… lên 10/12 trường (chiếm"), the fraction left out."""
    found = list(FRACTION_RE.finditer(sentence, lo, start))
    if not found:
        return ""
    frac = found[-1]
    if re.search(r"\.\s|\s[-–]\s|;", sentence[frac.end() : start]):
        return ""  # another item begins after the fraction ("Có 08/09 trường …. - Tỷ lệ hộ … đạt 99%")
    opened = max(sentence.rfind(ch, lo, frac.start()) for ch in (",", ";", ":", "(", ". ", " - "))
    things = re.match(r"[^(,;:]*", sentence[frac.end() : start])
    phrase = sentence[max(opened + 1, lo) : frac.start()] + (things.group(0) if things else "")
    return " ".join(MARKER_RE.sub("", phrase).split())


def _clause_words(before: str) -> str:
    """What a clause says before its share when it holds no other figure: its words, the verb of the
    share and a fraction left out ("có 174/181 trẻ em dưới 1 tuổi được tiêm chủng …, đạt")."""
    text = FRACTION_RE.sub(" ", MARKER_RE.sub("", before))
    text = re.sub(r"(?:[,\s]*(?:đạt|chiếm|bằng|là))+\s*$", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"^(?:có|với)\s+", "", text.strip(" ,;:"), flags=re.IGNORECASE)
    return " ".join(text.split()[-16:])


def _opens_brackets(sentence: str, clause_start: int, start: int) -> int:
    """Where the bracket a figure opens stands ("… vẫn còn (112 trường hợp"), or -1 when words come between
    or the clause holds figures before it."""
    opened = sentence.rfind("(", clause_start, start)
    if opened < 0 or MARKER_RE.sub("", sentence[opened + 1 : start]).strip() or re.search(r"\d", sentence[clause_start:opened]):
        return -1
    return opened


def _clause_opening(facts: list[Fact], starts: list[int], clause_start: int) -> str:
    """The label of the clause's first figure, which names the item the clause is about."""
    return next((f.label for f, at in zip(facts, starts, strict=True) if at >= clause_start), "")


OCCASION_UNITS = ("lần", "lớp", "cuộc", "đợt", "buổi", "hội nghị")


def _of_the_occasion(left: str, facts: list[Fact]) -> bool:
    """Nothing but "cho"/"với" before a count ("mở 31 lớp … cho 1.254 học viên"); "với" only after an occasion
    ("03 lần Hội thi … với 117 thí sinh", not "104 tổ chức cơ sở đảng với 7.261 đảng viên")."""
    said = clean(left)
    return not said or (said == "với" and bool(facts) and facts[-1].unit in OCCASION_UNITS)


def _owner(facts: list[Fact], starts: list[int], clause_start: int) -> str:
    """The thing counted by the clause's previous figure, when it is a count of things ("12 lớp …")."""
    if not facts or starts[-1] < clause_start:
        return ""
    prev = facts[-1]
    if prev.kind != "count" or prev.unit in ("", "%", *MONEY_UNITS):
        return ""
    return prev.label


def _joined_owner(
    sentence: str, start: int, prev_end: int, facts: list[Fact], starts: list[int], clause_start: int
) -> str:
    """"32 lớp A và B có …": B continues the previous figure's things when only "và" stands between."""
    if clean(sentence[prev_end:start]).split()[:1] != ["và"]:
        return ""
    return _owner(facts, starts, clause_start)


def _series_subject(facts: list[Fact], unit: str) -> str:
    """The measure a run of yearly figures in one unit opens with ("Thu nhập … năm 2020 là 8,21 …, năm 2022 tăng
    lên 9,12 …"): the nearest subject before that says more than a period or a change."""
    for f in reversed(facts):
        if f.unit != unit:
            return ""
        words = clean(PERIOD_WORDS.sub(" ", f.subject)).strip(" ,:;")
        if words.startswith("từ "):
            return ""  # "từ sau Đại hội đến cuối năm 2020 có 18 vụ": a span opened, no measure named
        if words and not re.fullmatch(r"(?:(?:ước|dự kiến)\s+)?(?:tăng|giảm|đạt|là|có)(?:\s+(?:lên|còn|xuống))?", words):
            return f.subject
    return ""


def _share_units_and_kinds(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """Items of one enumeration share what is said once: "Chuyển đi 1.317, chuyển đến 588 đảng viên"
    (the unit after the last item) and "Nghị quyết 98% đảng viên, quần chúng 90%" (both are targets)."""
    for i in range(len(facts) - 2, -1, -1):
        a, b = facts[i], facts[i + 1]
        between = sentence[starts[i] + len(a.raw.rstrip("%")) : starts[i + 1]]
        in_brackets = _in_brackets(sentence, starts[i])
        listed = ";" not in between and re.match(r"^\s*,", between) and not in_brackets
        if not a.unit and b.unit and b.unit != "%" and listed:
            a.unit = b.unit
    for i, (a, b) in enumerate(itertools.pairwise(facts)):
        between = sentence[starts[i] : starts[i + 1]]
        short_item = len(clean(b.subject).split()) <= 2 or b.subject == a.subject
        if a.kind == "target" and a.unit == b.unit == "%" and b.kind == "percent" and ";" not in between and short_item:
            b.kind = "target"
    for i in range(1, len(facts)):
        a, b = facts[i - 1], facts[i]
        between = sentence[starts[i - 1] + len(a.raw.rstrip("%")) : starts[i]]
        planned = any(f.kind == "target" for f in facts[: i - 1])
        if planned and a.kind != "target" and b.unit == "%" and b.kind == "percent" and SHARE_AFTER_RE.match(between):
            b.kind = "share_of_target"  # "Nghị quyết đề ra 70%; ước thực hiện 71,5%, đạt 102,14%": of the plan


RATE_AFTER_RE = re.compile(r"^[^\d;()]{0,15},\s*(?:đạt|bằng|chiếm)(?:\s+tỷ lệ)?\s*$")


def _rates_of_counts(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"xảy ra 210 vụ …, điều tra, khám phá 186 vụ, đạt 88,57%": the rate is of the 210 too, so its
    words are the rate's."""
    for i in range(2, len(facts)):
        whole, part, rate = facts[i - 2], facts[i - 1], facts[i]
        between = sentence[starts[i - 1] + len(part.raw) : starts[i]]
        if rate.unit != "%" or rate.kind != "percent" or part.kind != "count" or whole.kind != "count":
            continue
        if part.unit != whole.unit or not part.unit or whole.value <= part.value or ";" in sentence[starts[i - 2] : starts[i]]:
            continue
        if RATE_AFTER_RE.match(between):
            rate.before = f"{whole.label} {rate.before}"


RATE_OF_COUNT_RE = re.compile(r"^[^\d;,()]{0,40}(?:,\s*(?:đạt|bằng|chiếm)|\(\s*(?:tỷ lệ|tỉ lệ|chiếm|đạt|bằng))\s*$", re.IGNORECASE)


def _labels_of_counted_rates(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"giảm 196 hộ cận nghèo, đạt 108,89% kế hoạch", "231 hộ nghèo (tỷ lệ 0,95%)": the share is of what the
    count right before it counts, so its label, when it names no more than a verb and a plan ("giảm kế hoạch"),
    names that too ("giảm hộ cận nghèo kế hoạch")."""
    for i in range(1, len(facts)):
        count, rate = facts[i - 1], facts[i]
        if rate.unit != "%" or count.kind != "count" or not count.unit or count.unit == "%":
            continue
        if not RATE_OF_COUNT_RE.match(sentence[starts[i - 1] + len(count.raw) : starts[i]]):
            continue
        own = count.label.split()
        if len(rate.label.split()) <= 4 and not set(clean(count.unit).split()) <= set(clean(rate.label).split()):
            rate.label = " ".join([*own, *(w for w in rate.label.split() if w not in own)])


NO_ACTORS = {"kết quả", "qua đó", "trong đó", "đến nay", "từ đầu nhiệm kỳ", ""}


RESULT_OPENS_RE = re.compile(r"(?:Kết quả|Qua đó|Đã)\b")  # a sentence naming no actor: the one before acted
OWN_ACTOR_RE = re.compile(r"\b(?:cấp ủy|chi bộ|đảng bộ|ủy ban|ban|đảng ủy|thường trực)\b", re.IGNORECASE)
ACTOR_RE = re.compile(
    r"(?:Ban (?:Thường vụ|Chấp hành|Tuyên giáo|Tổ chức|Dân vận|Nội chính)|Thường trực|Ủy ban [Kk]iểm tra|Đảng ủy|Đảng đoàn"
    r"|Ban cán sự|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy)\b[^,;:()]{0,60}"
)


def sentence_actor(sentence: str) -> str:
    """The body that acts in a sentence, named just before its first "đã" ("…, Ban Thường vụ Đảng ủy Khối
    đã xây dựng kế hoạch …"), else ""."""
    before = sentence.split(";", 1)[0].split(" đã ", 1)
    if len(before) < 2:
        return ""
    subject = before[0].rsplit(",", 1)[-1].strip()
    return subject if ACTOR_RE.fullmatch(subject) and len(subject.split()) <= 10 else ""


def _shared_actor(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"cấp ủy cơ sở, chi bộ đã kiểm tra 176 …, 1.880 đảng viên, giám sát 152 …, 3.853 đảng viên": the
    actor named once before "đã" did the later acts of the clause too."""
    actor = ""
    for i, fact in enumerate(facts):
        if i and ";" in sentence[starts[i - 1] : starts[i]]:
            actor = ""
        if " đã " in f" {fact.subject} ":
            actor = f" {fact.subject} ".split(" đã ")[0].strip()
            actor = "" if clean(actor) in NO_ACTORS else actor
        elif actor and 0 < len(fact.subject.split()) <= 2:
            fact.near = f"{actor} {fact.near}"


SHARED_TAIL_RE = re.compile(r"^(?:được|bị|đã|không|chưa)\s", re.IGNORECASE)  # "… và 33 đảng viên không hoàn thành …"


def _predicate_of_both(facts: list[Fact], sentence: str, starts: list[int], unit_ends: list[int], rights: list[str]) -> None:
    """"263 tập thể và 778 cá nhân được khen thưởng các cấp": what is said after the second is said of both
    (counts of two things; _share_tails does the same for a list of shares)."""
    for k in range(len(facts) - 1):
        between = clean(MARKER_RE.sub("", sentence[unit_ends[k] : starts[k + 1]]))
        tail = MARKER_RE.sub("", rights[k + 1]).strip()
        if between != "và" or rights[k].strip() or not SHARED_TAIL_RE.match(tail) or facts[k].unit == facts[k + 1].unit:
            continue
        facts[k].label = f"{facts[k].label} {tail}"
        facts[k].near = f"{facts[k].near} {tail}"


DATED_FROM_RE = re.compile(
    r"^\s*(\(\s*)?(?:(?:(?:cuối|đầu|hết)\s+)?năm\s+((?:19|20)\d{2})|(đầu nhiệm kỳ))\s*(?(1)\))\s*,?\s*(?:lên|xuống)(?:\s+còn)?\s*$"
)  # "từ 52,4 triệu đồng năm 2020 lên …", "từ 10,8 triệu đồng/người/tháng (đầu nhiệm kỳ) lên …"
TRAILING_YEAR_RE = re.compile(r"^\s*\(?\s*(?:vào\s+)?(?:(?:cuối|đầu|hết)\s+)?năm\s+((?:19|20)\d{2})\b(?!\s*[-–/])")
CHANGE_TAIL_RE = re.compile(r"(?:\s+(?:tăng|giảm)(?:\s+dần)?)?(?:\s+từ)?\s*$", re.IGNORECASE)


def _dated_change(facts: list[Fact], sentence: str, starts: list[int], unit_ends: list[int]) -> None:
    """"Thu nhập bình quân đầu người tăng từ 52,4 triệu đồng năm 2020 lên 76,2 triệu đồng năm 2024, ước năm 2025
    đạt 88,6 …": one measure at three dates (the years after the figures are theirs)."""
    for k in range(len(facts) - 1):
        between = MARKER_RE.sub("", sentence[unit_ends[k] : starts[k + 1]])
        if not (m := DATED_FROM_RE.match(between)) or not re.search(r"\btừ\s*$", sentence[: starts[k]]):
            continue
        first, old = facts[k], facts[k + 1].subject
        measure = CHANGE_TAIL_RE.sub("", first.subject).strip()
        if not measure:
            # "Diện tích gieo trồng lúa giảm dần do chuyển đổi …, từ 48.950 ha năm 2020 xuống còn 47.820 ha"
            opening = re.split(r",|\s(?:do|nhờ)\s", MARKER_RE.sub("", sentence[sentence.rfind(";", 0, starts[k]) + 1 :]))[0]
            measure = CHANGE_TAIL_RE.sub("", opening).strip() if len(opening) < starts[k] else ""
        if not measure:
            continue
        first.period = m.group(2) or START_OF_TERM
        for j in range(k, len(facts)):
            fact = facts[j]
            if j > k + 1 and (fact.subject != old or ";" in sentence[starts[k] : starts[j]]):
                break
            fact.label = fact.subject = measure
            fact.near = f"{measure} {fact.unit}".strip()
            if j == k:
                continue
            # its own year after it ("76,2 triệu đồng năm 2024"), else one said before it ("ước năm 2025 đạt 88,6")
            own = TRAILING_YEAR_RE.match(MARKER_RE.sub("", sentence[unit_ends[j] :]))
            said = re.findall(r"năm\s+((?:19|20)\d{2})", sentence[unit_ends[j - 1] : starts[j]].split(",")[-1])
            if own:
                fact.period = own.group(1)
            else:
                fact.period = said[-1] if said and j > k + 1 else None


BRACKETED_COUNT = r"(?:\(\s*[\d.,]+[^()\d;]{1,25}\)\s*)?"
START_TO_END_RE = re.compile(  # "… giảm từ 2,86% (214 hộ) đầu năm xuống còn 2,01% (152 hộ) cuối năm"
    rf"^[\d.,]+[^()\d;,]{{0,20}}?\s*{BRACKETED_COUNT}(?:vào\s+)?đầu\s+năm(?:\s+(?P<opened>(?:19|20)\d{{2}}))?\s*,?\s*"
    rf"(?:lên|xuống)(?:\s+còn)?\s+[\d.,]+[^()\d;,]{{0,20}}?\s*{BRACKETED_COUNT}(?:vào\s+)?(?:cuối|hết)\s+năm"
    r"(?:\s+(?P<closed>(?:19|20)\d{2}))?",
    re.IGNORECASE,
)


def _start_and_end_of_year(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"Tỷ lệ hộ nghèo giảm từ 2,86% (214 hộ) đầu năm xuống còn 2,01% (152 hộ) cuối năm": the rate and the count
    as the year opened and as it closed, each named as the measure (the counts as "Số hộ nghèo")."""
    for k, first in enumerate(facts):
        if not re.search(r"\btừ\s*$", sentence[: starts[k]]) or not (m := START_TO_END_RE.match(sentence[starts[k] :])):
            continue
        measure = CHANGE_TAIL_RE.sub("", first.subject).strip()
        if not measure:
            return
        counted = re.sub(r"^(?:tỷ lệ|tỉ lệ)\s+", "Số ", measure, flags=re.IGNORECASE)
        closing = sentence.find("xuống", starts[k]) if "xuống" in m.group(0) else sentence.find("lên", starts[k])
        for j in range(k, len(facts)):
            if starts[j] >= starts[k] + m.end():
                break
            fact = facts[j]
            bracketed = _in_brackets(sentence, starts[j])
            fact.label = fact.subject = counted if bracketed and counted != measure else measure
            fact.near = f"{fact.label} {fact.unit}".strip()
            if starts[j] < closing:
                fact.period = f"1/1/{m.group('opened')}" if m.group("opened") else START_OF_YEAR
            else:
                fact.period = m.group("closed")
        return


FROM_TO_FRACTION_RE = re.compile(
    r"^\s*,?\s*(?:(?:(?:cuối|đầu|hết)\s+)?năm\s+((?:19|20)\d{2})|(đầu nhiệm kỳ))?\s*,?\s*(?:lên|xuống)(?:\s+còn)?\s+[\d.]+\s*/\s*[\d.]+"
)


def _from_up_to_a_fraction(facts: list[Fact], sentence: str, starts: list[int], unit_ends: list[int]) -> None:
    """"số trường đạt chuẩn quốc gia tăng từ 28 trường (39,44%) năm 2015 lên 58/71 trường": the 28 is the
    measure at its start (the fraction after it is read on its own)."""
    for k, fact in enumerate(facts):
        if fact.unit == "%" or not re.search(r"\btừ\s*$", sentence[: starts[k]]):
            continue
        after = re.sub(r"\([^()]*\)", " ", MARKER_RE.sub("", sentence[unit_ends[k] :]))
        if not (m := FROM_TO_FRACTION_RE.match(after)):
            continue
        measure = CHANGE_TAIL_RE.sub("", fact.subject).strip()
        if measure:
            fact.label = fact.subject = measure
            fact.near = f"{measure} {fact.unit}".strip()
            fact.period = m.group(1) or START_OF_TERM


FLOW_WORDS_RE = re.compile(r"\b(?:phát sinh|thoát nghèo|tái nghèo)\b")  # what came or went in the span, no state


BASE_BRACKET_RE = re.compile(r"\bso với\b[^();]{0,40}\(\s*$")  # "… so với năm 2024 (", "… so với kế hoạch ("
CHANGE_LABEL_RE = re.compile(r"^(?:tăng|giảm|vượt|hụt)\b")


def _bases_named(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """"Tổng sản lượng … đạt 15.951.078 tấn, vượt 751.078 tấn so với kế hoạch (15.200.000 tấn), tăng 1.159.200 tấn
    so với năm 2024 (14.791.878 tấn)": the figure in brackets after the base is the measure's own at that base,
    named as the measure, not as the change beside it."""
    for k, fact in enumerate(facts):
        if k == 0 or not CHANGE_LABEL_RE.match(clean(fact.label)) or not BASE_BRACKET_RE.search(MARKER_RE.sub("", sentence[: starts[k]])):
            continue
        measure = next(
            (m for m in reversed(facts[:k]) if m.unit == fact.unit and not CHANGE_LABEL_RE.match(clean(m.label))), None
        )
        if measure is not None:
            fact.label = measure.label


POINTS_CHANGE_RE = re.compile(r"^(tăng|giảm)(?:\s+(?:điểm phần trăm|điểm %|điểm))?$")


def _points_named(facts: list[Fact]) -> None:
    """"tỷ lệ hộ cận nghèo 3,05%, giảm 0,41 điểm %": a change in points is the change of the rate before it."""
    for k, fact in enumerate(facts):
        if fact.unit != "điểm phần trăm" or not (m := POINTS_CHANGE_RE.match(clean(fact.label))):
            continue
        if (rate := next((r for r in reversed(facts[:k]) if r.unit == "%"), None)) is not None:
            fact.label, fact.kind = f"{rate.label} {m.group(1)}", "growth"


def _before_and_after(facts: list[Fact]) -> None:
    """"104 tổ chức cơ sở đảng giảm xuống còn 99": the first is the start of the term, the second now."""
    for k, (a, b) in enumerate(itertools.pairwise(facts)):
        words_between = clean(b.before).replace(clean(a.unit), "").strip()
        if a.unit != b.unit or a.unit in NO_THINGS or not CHANGE_RE.search(words_between):
            continue
        if re.search(r"\b(?:tăng|giảm)\s*$", clean(a.before)) or FLOW_WORDS_RE.search(clean(a.label)):
            # "giảm 14 đơn vị hành chính (còn 163 đơn vị)": 14 went, no state at the term's start; 163 stands now
            # ("443 hộ nghèo phát sinh; … còn 9.517": so do those who became poor)
            b.period = b.period or "hiện nay"
            continue
        if (named := _named_before_change(b)) and named not in clean(a.label):
            # "bầu Ban Chấp hành 33 đồng chí, Ban Thường vụ 11 đồng chí; … hiện nay Ban Chấp hành còn 31":
            # the 31 is what is left of the 33 named alike, not of the 11 right before it
            a = next((f for f in reversed(facts[:k]) if f.unit == b.unit and f.kind != "target" and named in clean(f.label)), a)
        if merged := MERGE_RE.search(clean(a.before)):
            # "sáp nhập 11 chi bộ thành 05 chi bộ": the 11 were merged; the 05 are what they became
            b.label = b.near = f"{b.unit} sau {merged.group(0)}"
            continue
        a.period = a.period or START_OF_TERM
        b.period = b.period or "hiện nay"
    for b, c in itertools.pairwise(facts):
        # "… còn 99 tổ chức cơ sở đảng trực thuộc với 7.261 đảng viên": the members of now
        if b.period == "hiện nay" and c.period is None and re.search(r"\bvới\s*$", clean(c.before)):
            c.period = b.period


NOT_NAMING_RE = re.compile(r"\b(?:hiện nay|hiện|đến nay|tới nay|còn|xuống|lên|thành|giảm|tăng)\b")


def _named_before_change(b: Fact) -> str:
    """What "… hiện nay Ban Chấp hành còn 31" names before its change word: "ban chấp hành"."""
    named = " ".join(NOT_NAMING_RE.sub(" ", clean(b.label).replace(clean(b.unit), " ")).split())
    return named if len(named.split()) >= 2 else ""


def _fraction_facts(
    sentence: str, section: tuple[str, ...], origin: str, sentence_no: int, footnote: int | None,
    page: int | None, lead: str, locator: str, quote: str,
) -> list[Fact]:
    """"10/12 chỉ tiêu định lượng … hoàn thành": 10 of a total of 12."""
    out: list[Fact] = []
    for m in FRACTION_RE.finditer(sentence):
        unit, printed = match_unit(sentence[m.end() :])
        if unit in ("năm", "tháng", "ngày"):
            continue
        if not unit and not _counted_things(sentence, m):
            continue
        # what the part did, up to the clause's end: "38/52 trường đạt chuẩn quốc gia, tỷ lệ …"
        tail = MARKER_RE.sub("", sentence[m.end() :].lstrip()[len(printed) :])
        rest = " ".join(re.split(r"[,;:()]|\d", tail)[0].split()[:10])
        end = sentence.find(";", m.end())
        clause = MARKER_RE.sub("", sentence[max(0, sentence.rfind(";", 0, m.start()) + 1) : end if end >= 0 else None])
        clause = clause.strip()
        bracket = sentence.rfind("(", 0, m.start())
        said = MARKER_RE.sub("", sentence[max(0, sentence.rfind(";", 0, bracket) + 1) : bracket]) if bracket >= 0 else ""
        if not rest and bracket > sentence.rfind(")", 0, m.start()) and RATE_END_RE.search(said):
            # "tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp … đạt 99,61% (512/514 học sinh)": of what the rate is
            said = RATE_END_RE.sub("", said)
            rest = " ".join(re.sub(r"(?i)^\W*(?:tỷ lệ|tỉ lệ)\s+", "", said.strip()).split()[:12])
        if not rest:
            rest = _raised_to(MARKER_RE.sub("", sentence[: m.start()]), printed)
        if not rest:  # "Cụ thể: mầm non 139/196 trường (70,92%); tiểu học …": the kind of things the item names
            rest = _item_name(MARKER_RE.sub("", clause[: clause.find(m.group(0))] if m.group(0) in clause else ""))
        whole = re.split(r"\s(?:được|đã|đạt|hoàn thành|thực hiện|có)\b", f" {rest}")[0].strip()  # not what 10 did
        # "Nghị quyết đề ra … 17/17 xã đạt chuẩn"; "đạt 80% chỉ tiêu Nghị quyết (05/05 phường)"
        planned = TARGET_BRACKET_RE.search(clean(sentence[: m.start()]))
        kind = "target" if PLAN_OPENS_RE.match(clean(clause)) or planned else "count"
        opening = clause[: clause.find(m.group(0))] if m.group(0) in clause else ""
        # "đến ngày 30/9/2023 toàn tỉnh có 90/140 xã …", "hiện có 61/78 xã …": a state as of a day
        period = _period(opening) if kind == "count" else None
        period = period if period and ("/" in period or period == "hiện nay") else None
        for raw, label, side in (
            (m.group(1), " ".join(f"số {printed} {rest}".split()), "part"),
            (m.group(2), " ".join(f"tổng số {printed} {whole}".split()), "whole"),
        ):
            out.append(
                Fact(
                    value=Decimal(raw.replace(".", "")), raw=raw, unit=unit, label=label, period=period, kind=kind, quote=quote,
                    locator=locator, section=section, origin=origin, near=label, subject=label,
                    footnote=footnote, page=page, sentence=sentence_no, lead=lead, clause=clause,
                    segment=clause, before=opening, of_fraction=side,
                )
            )
    return out


RATE_END_RE = re.compile(r"\s*(?:đạt|là|chiếm)?\s*[\d.,]+\s*%\s*$")  # "… đạt 99,61%" right before a bracket
FROM_UP_TO_RE = re.compile(r"([^,;()]+?)\s+(?:tăng|giảm)\s+từ\s+[\d.,]+[^;]*?\b(?:lên|xuống)(?:\s+còn)?\s*$", re.IGNORECASE)
RAISED_TO_RE = re.compile(r"(?:nâng|đưa)\s+tổng\s+số\s*([^,;()]*?)\s*(?:lên|là)?\s*$", re.IGNORECASE)


def _raised_to(before: str, printed: str) -> str:
    """"có thêm 17 xã được công nhận đạt chuẩn …, nâng tổng số lên 19/19 xã": what the total counts, from its own
    words or from the figure added to it."""
    raised = RAISED_TO_RE.search(before)
    if raised is None:
        # "số trường đạt chuẩn quốc gia tăng từ 28 trường (39,44%) năm 2015 lên 58/71 trường": the measure risen
        rose = FROM_UP_TO_RE.search(before[before.rfind(";") + 1 :])
        said = rose.group(1).strip() if rose else ""
        said = re.sub(rf"(?i)^(?:số\s+)?{re.escape(printed)}\s+", "", said) if printed else said
        return " ".join(said.split()[:12])
    if raised.group(1):  # "nâng tổng số trường đạt chuẩn quốc gia lên 10/12 trường": its words, the unit once
        said = raised.group(1)
        said = said[len(printed) :] if printed and said.casefold().startswith(printed.casefold()) else said
        return " ".join(said.split()[:12])
    added = list(re.finditer(rf"\d[\d.,]*\s+{re.escape(printed)}\s+([^,;()\d]+)", before[: raised.start()]))
    return " ".join(added[-1].group(1).split()[:12]) if added and printed else ""


def _item_name(before: str) -> str:
    """The few words an item of a list opens with before its fraction ("; tiểu học 143/171 trường"): no verb, no
    figure, at most five words."""
    if before.rfind("(") > before.rfind(")"):
        return ""  # "(đã bàn giao 312/398 hộ)": an aside on another figure, not an item of a list
    words = before[max(before.rfind(ch) for ch in ",:") + 1 :].split()
    while words and clean(words[0]) in CONNECTIVES | {"cụ", "thể", "trong", "đó"}:
        words = words[1:]
    if not words or len(words) > 5 or any(any(c.isdigit() for c in w) for w in words):
        return ""
    if any(clean(w) in CONNECTIVES for w in words):
        return ""
    return " ".join(words)


def _counted_things(sentence: str, m: re.Match[str]) -> bool:
    """"52/58 công đoàn cơ sở ký kết …": things no unit names, counted by a fraction (never a day, "ngày 18/6")."""
    before, after = sentence[: m.start()], sentence[m.end() :]
    if int(m.group(1).replace(".", "")) > int(m.group(2).replace(".", "")) or re.search(r"(?:ngày|tháng|lúc|dịp)\s*$", before, re.IGNORECASE):
        return False
    if re.search(r"\d/\d{1,2}\s*(?:,|và)\s*$", before) or re.match(r"\s*(?:,|và)\s*\d{1,2}/\d", after):
        return False  # "dịp 3/2, 19/5, 2/9 và 7/11": days of the year
    named = re.match(r"\s+([a-zà-ỹđ]+)\s+[a-zà-ỹđ]", after, re.IGNORECASE)  # two words at least, not "5/17 sở,"
    return named is not None and clean(named.group(1)) not in CONNECTIVES | {"hằng", "hàng", "mỗi", "các", "những"}


def _share_tails(facts: list[Fact]) -> None:
    """"98,58% đảng viên; 90,61% quần chúng tham gia tiếp thu": the predicate after the last item applies to all."""
    for a, b in itertools.pairwise(facts):
        if a.unit != "%" or b.unit != "%" or a.clause != b.clause:
            continue
        words_a, words_b = a.near.split("%")[-1].split(), b.near.split("%")[-1].split()
        if 0 < len(words_a) <= 3 and len(words_b) > len(words_a) + 1:
            a.near = f"{a.near} {' '.join(words_b[len(words_a):])}"


def _trim_segments(facts: list[Fact], sentence: str, starts: list[int]) -> None:
    """Each figure's segment runs from the previous figure (or its clause start) to the next figure."""
    for i, fact in enumerate(facts):
        start = starts[i]
        lo = starts[i - 1] + len(facts[i - 1].raw.rstrip("%")) if i > 0 else 0
        lo = max(lo, sentence.rfind(";", 0, start) + 1)
        hi = starts[i + 1] if i + 1 < len(starts) else len(sentence)
        if (semicolon := sentence.find(";", start)) >= 0:
            hi = min(hi, semicolon)
        if i + 1 < len(starts) and hi == starts[i + 1]:
            # the words just before the next figure are that figure's own: "36 đồng chí, khuyết 4 đồng chí"
            cut = max(sentence.rfind(ch, start + len(fact.raw), hi) for ch in ",(")
            hi = cut if cut > start else hi
        # "02 tổ chức đảng (hình thức khiển trách) và 34 đảng viên": the brackets say nothing of the 34
        before = CLOSED_BRACKETS_RE.sub(" ", sentence[lo:start])
        fact.segment = MARKER_RE.sub("", before + sentence[start:hi]).strip(" ,;")
        fact.before = MARKER_RE.sub("", before).strip(" ,;")


def _bracketed_year(after: str) -> str | None:
    """"có 01 tổ chức cơ sở đảng không hoàn thành nhiệm vụ (năm 2021)": a year in brackets closing its phrase."""
    m = BRACKETED_YEAR_RE.match(after)
    return m.group(1) if m else None


def _as_of_opening(sentence: str) -> str | None:
    """"Đến ngày 30/6/2023 Đảng bộ Khối còn 63 …; 298 chi bộ trực thuộc; tổng số … 5.134": the date the
    sentence opens with holds for each of its clauses (not a span: "Từ năm 2021 đến ngày 30/9/2024, …")."""
    first = sentence.split(";", 1)[0]
    m = UNTIL_DATE_RE.search(first)
    return _period_near(first) if m and not re.search(r"\b[Tt]ừ\b", first[: m.start()]) else None


def _period_near(clause: str) -> str | None:
    """A period stated for the whole clause ("đến 30/6/2023", "hiện …")."""
    if TERM_TO_DATE_RE.search(clause):
        return None  # "Từ đầu nhiệm kỳ đến 30/6/2023, …": the term so far
    if m := UNTIL_DATE_RE.search(clause):
        return m.group(1)
    return None


PERIOD_WORDS = re.compile(
    r"\b[Nn]ăm học\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b|\b(?:(?:[Cc]uối|[Đđ]ầu|[Hh]ết)\s+)?(?:[Tt]háng\s+\d{1,2}\s+)?[Nn]ăm\s+(?:19|20)\d{2}\b|\bnhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\b"
    r"|\b\d{1,2}\s+tháng\b(?:\s+(?:(?:đầu|cuối)\s+)?năm\b(?:\s+(?:19|20)\d{2}\b)?)?"  # "6 tháng đầu năm 2026"
)
LEADING_WORDS = re.compile(r"^(?:(?:trong đó|trong|đó|và|với|còn|có|là|kết quả|hình thức|qua đó|đã)\s+)+", re.IGNORECASE)


def _bare(subject: str) -> str:
    """A subject without the lead-in words that say nothing of the measure ("Kết quả đã kiểm tra")."""
    return LEADING_WORDS.sub("", subject.strip(" ,;:-().")).strip() or subject


def _label(subject: str, unit: str, printed_unit: str, right: str, kind: str) -> str:
    """A short label in the report's words: "kết nạp đảng viên", "Tổng doanh thu"."""
    subject = re.sub(r"^\(?\d{1,2}\)\s*", "", subject.strip(" ,;:-.")).strip(" ()")  # "(13) Kết nạp …": numbering
    subject = LEADING_WORDS.sub("", subject).strip()
    subject = re.sub(r"(?i)^(?:trong\s+)?đó$", "", subject)  # "…; trong đó 287 tiến sĩ": no word of the measure
    subject = " ".join(PERIOD_WORDS.sub(" ", subject).split()).strip(" ,")
    if unit == "%" or unit in MONEY_UNITS:
        return " ".join(x for x in (subject, right) if x).strip() or unit
    if printed_unit.split(" ")[0].lower() in BARE_SCALES:
        printed_unit = printed_unit.partition(" ")[2]  # "đón 3,86 triệu lượt khách": "đón lượt khách"
    noun = " ".join(x for x in (printed_unit, right) if x)
    return " ".join(x for x in (subject, noun) if x).strip(" .,;")


def _short_section(section: tuple[str, ...]) -> list[str]:
    from knowledge.document import short_heading

    return [short_heading(h, i == len(section) - 1) for i, h in enumerate(section)]


def appendix_name(title: str, tables: int) -> str:
    """"Phụ lục 03" when the report numbers its appendices, else "Phụ lục"."""
    m = re.search(r"\b(phụ\s+lục|biểu|bảng)\s+(?:số\s+)?([0-9IVX]+)\b", title, re.IGNORECASE)
    if m and tables > 1:
        return f"{' '.join(m.group(1).split()).capitalize()} {m.group(2)}"
    if tables > 1 and (heading := re.match(r"([IVX]{1,5})[.)]\s+(.+)", title)):
        # "III. KHÁCH DU LỊCH THEO ĐỊA BÀN": a table of the appendix under its own heading, which says what it counts
        words = " ".join(heading.group(2).split())
        return f"Phụ lục{LOCATOR_SEP}{heading.group(1)}. {words[0]}{words[1:].lower() if words.isupper() else words[1:]}"
    return "Phụ lục"


SPAN_WORDS_RE = re.compile(r"(?:tháng|năm|ngày|quý)\b", re.IGNORECASE)  # "Giải ngân 9 tháng": a span, no unit
UNIT_SAID_RE = re.compile(r"\(\s*(?:đơn vị tính|đvt)\s*:\s*([^()]{1,30})\)", re.IGNORECASE)


def _unit_said(title: str) -> str:
    """"(Đơn vị tính: tỷ đồng)" under an appendix's title: the unit of its columns that name none."""
    m = UNIT_SAID_RE.search(title)
    return canonical_unit(match_unit(m.group(1))[0]) if m else ""


def _date_said(title: str) -> str | None:
    """"(Số liệu đến ngày 30/9/2026)" under an appendix's title: the date of its columns that name no time."""
    m = DATE_SAID_RE.search(title)
    return f"{int(m.group(1))}/{int(m.group(2))}/{m.group(3)}" if m else None


DATE_SAID_RE = re.compile(r"\(\s*(?:số liệu\s+)?(?:tính\s+)?đến\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\s*\)", re.IGNORECASE)


def table_facts(
    columns: list[Column],
    rows: list[TableRow],
    appendix: str = "Phụ lục",
    offset: int = 0,
    unit_said: str = "",
    date_said: str | None = None,
) -> list[Fact]:
    """One fact per filled value cell: target, each period, total, % of target, figures in notes.

    Several appendices in one report keep their rows apart: "Phụ lục 02 › 1" is not "Phụ lục 03 › 1".
    """
    facts: list[Fact] = []
    prefix = f"{appendix.removeprefix('Phụ lục').strip()}:" if appendix != "Phụ lục" else ""
    by_index = {r.index: r for r in rows}
    measure_units = _measure_units(columns, unit_said)
    places = places_under_measures(columns)  # the heading above a place is its measure, whatever its level
    for row in rows:
        parent = by_index.get(row.parent) if row.parent is not None else None
        label = f"{parent.label}: {row.label}" if parent is not None and parent.level > 1 else row.label
        above = [p for p in row.path if not ROMAN_RE.match(p)]
        if places and parent is not None and parent.level == 1:
            # as in a table of bodies: the whole's row is the measure itself, a place's row the measure there
            label = parent.label if _whole_row(row.label) else f"{parent.label} ({row.label})"
            above = [parent.label, *above]
        if parent is not None and DIVIDER_ROW_RE.match(parent.label) and (whole := _divided(rows, parent)):
            label = f"{whole.label} {parent.label[0].lower()}{parent.label[1:]}: {row.label}"
            above = [whole.label, *above]
        unit = canonical_unit(row.unit)
        quote = _row_quote(row, columns)
        for col in columns:
            text = row.cells.get(col.index, "").strip()
            if not text or col.role in ("stt", "label", "unit"):
                continue
            if col.role == "measure":
                facts += _measure_cell(text, col, row, quote, measure_units[col.index], date_said)
                continue
            if col.role == "other":
                facts += _part_cell(text, col, row, label, quote, unit)
                continue
            if col.role == "ratio" and (value := parse_number(text)) is not None:
                # "So sánh 2025/2024 (%)": this year's figure as a share of the other's, no rise, no plan
                title = " ".join(col.title.split())
                facts.append(_cell_fact(row, value, text, "%", f"{label} ({title})", "percent", quote, "ratio",
                                        period=col.period, near=f"{row.label} {title}"))
                continue
            if col.role == "note":
                facts += _note_facts(text, row, label, quote, unit)
                continue
            value = parse_number(text)
            if value is None and col.role == "compare" and (signed := re.fullmatch(r"([+-])\s*([\d.,]+)", text)):
                value = parse_number(signed.group(2))  # "Tăng (+), giảm (-)": "+46", "-3"
                value = -value if value is not None and signed.group(1) == "-" else value
            if value is None:
                facts += _note_facts(text, row, label, quote, unit, column=col.role)  # "tăng 2,11%"
                continue
            in_percent = col.role == "share" or (col.role in ("compare", "period") and "%" in col.title)
            cell_unit = "%" if in_percent or text.endswith("%") else unit  # "Tăng (+), giảm (-)": in the row's unit
            kind = {"target": "target", "share": "share_of_target", "compare": "growth"}.get(col.role) or (
                "percent" if cell_unit == "%" else "money" if cell_unit in MONEY_UNITS else "count"
            )
            facts.append(
                _cell_fact(
                    row, value, text, cell_unit, label, kind, quote, col.role,
                    period=col.period if col.role in ("period", "target", "total") else None,
                    near=" ".join([*above, row.label]),
                    before=_column_words(col),
                )
            )
            if col.role == "period" and ESTIMATE_COLUMN_RE.search(col.title):
                facts[-1].qualifier = "ước"  # "Ước năm 2026": an estimate, said so with the figure
    # "Trung học cơ sở" under "III | SỐ HỌC SINH" and under "I | SỐ TRƯỜNG": a label said in several groups is
    # told apart by its group's name
    groups_of: dict[str, set[str]] = {}
    for r in rows:
        groups_of.setdefault(r.label, set()).add(r.group)
    for f in facts:
        own = by_index.get(f.row_index) if f.row_index is not None else None
        if own is not None and (len(groups_of.get(own.label, ())) >= 2 or counts_only(own.label, own.unit)):
            f.section = ("Phụ lục", *_named_path(own))
    for f in facts:
        f.locator = appendix + f.locator.removeprefix("Phụ lục")
        f.section = (appendix, *f.section[1:])
        f.row_key = prefix + f.row_key
        f.row_index = None if f.row_index is None else f.row_index + offset
    return facts


# "3 | Phân theo đơn vị | | |": a row of no figures dividing the group's total into the rows under it
DIVIDER_ROW_RE = re.compile(r"^(?:phân|chia) theo\b", re.IGNORECASE)


def _divided(rows: list[TableRow], divider: TableRow) -> TableRow | None:
    """The total a divider row splits: the first row of its level in its group ("1 | Tổng thu ngân sách")."""
    siblings = [r for r in rows if r.parent == divider.parent and r.level == divider.level and r.group == divider.group]
    first = siblings[0] if siblings else None
    return first if first is not None and first is not divider and first.cells else None


TOTAL_ROW_RE = re.compile(r"^(?:tổng cộng|tổng số|tổng|cộng|toàn (?:đảng bộ|khối|tỉnh|huyện|xã|phường|ngành))\b", re.IGNORECASE)
START_OF_YEAR_TITLE_RE = re.compile(r"\b0?1/0?1/((?:19|20)\d{2})\b")
# "Cộng khu vực A", "Cộng khối doanh nghiệp": the sum of one group of rows, named like a row of its own
SUBTOTAL_ROW_RE = re.compile(r"^(?:tổng|cộng)\s+(?!(?:cộng|số|chung|toàn|cả|tất)\b)[^\W\d_]", re.IGNORECASE)
def _whole_row(label: str) -> bool:
    """The row of all the rows ("Tổng cộng", "Toàn tỉnh"), not the sum of one group ("Cộng khu vực A")."""
    return TOTAL_ROW_RE.match(label) is not None and SUBTOTAL_ROW_RE.match(label) is None


PEOPLE_UNITS = ("đảng viên", "người", "đồng chí", "đoàn viên", "hội viên")


def _measure_units(columns: list[Column], unit_said: str = "") -> dict[int, str]:
    """The unit each measure column counts in: named in its title ("Số chi bộ trực thuộc", "Số TCCSĐ"),
    "%" for a rate, the table's own ("Đơn vị tính: tỷ đồng"), else the people of the nearest column before it
    ("Nữ", "Kết nạp mới" are đảng viên)."""
    units: dict[int, str] = {}
    people = ""
    for col in columns:
        if col.role != "measure":
            continue
        title = measure_title(col.title, unit=True)
        if ": " in title:  # "Tổng số huy chương: Đồng": a part counts in its whole's unit
            title = title.split(": ")[0]
        words = re.sub(r"(?i)^(?:tổng\s+)?số\s+", "", with_expansions(title))
        words = re.sub(r"(?i)\bnhiệm vụ\b", " ", words)  # "HTXSNV": a grade of people, no "vụ" counted
        if "%" in col.title or re.search(r"(?i)\btỷ lệ\b", title):
            unit = "%"
        elif (shown := re.search(r"\(([^()\d]{1,15})\)$", title)) and match_unit(shown.group(1))[0]:
            unit = canonical_unit(match_unit(shown.group(1))[0])  # "Giá trị hợp đồng (tỷ đồng)": the unit it says
        else:
            named = next(
                (
                    match_unit(words[m.start():])[0] for m in re.finditer(r"\b\w", words)
                    if match_unit(words[m.start():])[0] and not SPAN_WORDS_RE.match(words[m.start():])
                ),
                "",
            )
            unit = canonical_unit(named) if named else unit_said or people
            if unit == "chỉ tiêu":
                unit = people  # "Chỉ tiêu kết nạp" beside "Kết nạp 2026": the plan, in the same people
        if unit in PEOPLE_UNITS:
            people = unit
        units[col.index] = unit
    return units


def _measure_cell(text: str, col: Column, row: TableRow, quote: str, unit: str, date_said: str | None = None) -> list[Fact]:
    """A cell of an entity table: the column's measure of the row's body ("Tổng số đảng viên (Khối An ninh)");
    in the total row ("Tổng cộng") the measure itself."""
    value = parse_number(text)
    if value is None:
        return []
    measure = measure_title(col.title)
    period = row_period(row.label, col.period) or col.period or date_said  # "Quý II" under "Năm 2025": quý II/2025
    if (day := START_OF_YEAR_TITLE_RE.search(col.title)) and period == day.group(1):
        period = f"1/1/{day.group(1)}"  # "Đảng viên 01/01/2025": the stock as the year opened, not the year's
    # "Cả năm 2025" under rows of quarters: the year's whole, labelled by the measure alone
    subtotal = bool(SUBTOTAL_ROW_RE.match(row.label))
    total = _whole_row(row.label)
    total |= bool(WHOLE_YEAR_ROW_RE.fullmatch(row.label.casefold().strip()))
    label = measure if total else f"{measure} ({row.label})"
    if subtotal and row.group:
        label = f"{measure} ({row.label} – {row.group})"  # "Cộng khu vực B" of the group "Khu vực Tân Hà (cũ)"
    kind = "percent" if unit == "%" else "money" if unit in MONEY_UNITS else "count"
    planned = re.search(r"(?i)\b(?:chỉ tiêu|kế hoạch|kh)\b", col.title)
    if planned and unit == "%" and re.search(r"(?i)\bso\b", col.title):
        kind = "share_of_target"  # "% so chỉ tiêu": how the plan was met
    elif planned and unit != "%":
        kind = "target"  # "Chỉ tiêu kết nạp": the body's plan, not what it did
    fact = _cell_fact(row, value, text, unit, label, kind, quote, "measure", period=period,
                      near=f"{row.label} {measure}", before=measure)
    fact.locator = f"{fact.locator}{LOCATOR_SEP}{col.title}"
    if period != col.period and ESTIMATE_COLUMN_RE.search(row.label):
        fact.qualifier = "ước"  # "Quý IV (ước)": an estimate, said so with the figure
    return [fact]


WHOLE_YEAR_ROW_RE = re.compile(rf"(?:{'|'.join(WHOLE_YEAR_ROWS)})(?:\s+(?:năm\s+)?(?:19|20)\d{{2}})?")


def _part_cell(text: str, col: Column, row: TableRow, label: str, quote: str, unit: str) -> list[Fact]:
    """A cell of a column naming a part of the row ("UBKT cơ sở", "Khiển trách", "Xã Phú Lộc (cũ)"): the
    row's measure for that part, its label naming both."""
    value = parse_number(text)
    title = " ".join(col.title.replace("(*)", " ").replace("()", " ").split())
    if value is None or not re.search(r"[^\W\d_]", title):
        return []
    kind = "percent" if unit == "%" else "money" if unit in MONEY_UNITS else "count"
    near = " ".join([*(p for p in row.path if not ROMAN_RE.match(p)), row.label, title])
    fact = _cell_fact(row, value, text, unit, f"{label} ({title})", kind, quote, "part", period=col.period, near=near)
    fact.locator = f"{fact.locator}{LOCATOR_SEP}{title}"
    return [fact]


def _named_path(row: TableRow) -> list[str]:
    """The rows above a cell, a group by its name ("III | SỐ HỌC SINH" over "3 | Trung học cơ sở | người")."""
    return [row.group if i == 0 and row.group and ROMAN_RE.match(p) else p for i, p in enumerate(row.path)]


def _cell_fact(
    row: TableRow, value: Decimal, raw: str, unit: str, label: str, kind: str, quote: str, column: str,
    period: str | None = None, near: str = "", before: str = "",
) -> Fact:
    """A fact of one appendix cell, sourced to its row."""
    return Fact(
        value=value, raw=raw, unit=unit, label=label, period=period, kind=kind, quote=quote, locator=row.locator(),
        section=("Phụ lục", *row.path), origin="table", near=near, before=before, subject=label, page=row.page,
        row_key=row.key, row_index=row.index, column=column,
    )


ESTIMATE_COLUMN_RE = re.compile(r"\b(?:[Ưư]ớc|ƯỚC|[Dd]ự kiến)\b")


def _column_words(col: Column) -> str:
    """What a target or %-of-target column says about its cells ("Chỉ tiêu Nghị quyết"), without its period."""
    words = " ".join(re.sub(r"(?:năm\s+)?\S*\d\S*", " ", col.title, flags=re.IGNORECASE).split())
    if col.role in ("target", "share", "compare"):
        abbreviations = load_lexicon().abbreviations  # "% so NQ", "% so KH": spelt out, as a question may say them
        return re.sub(
            r"(?<!\w)[A-ZĐ]{2,}(?!\w)",
            lambda m: f"{m.group(0)} {' '.join(abbreviations.get(key(m.group(0)), ()))}".strip(),
            words,
        )
    # a period column that says more than its period ("Cộng trước sáp nhập (30/6/2025)"): what it holds
    rest = re.sub(r"(?i)\b(?:thực hiện|ước|đến|tính đến|năm|tháng|đầu|cuối|cả|kết quả|số liệu)\b|[()]", " ", words)
    return words if col.role == "period" and rest.strip() else ""


WHOLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:trên |trong )?tổng số\s*:?\s*$", re.IGNORECASE)


def _note_facts(text: str, row: TableRow, label: str, quote: str, row_unit: str, column: str = "note") -> list[Fact]:
    """Figures written in a note cell: "tăng 2,11%", or the row's own measure at another time
    ("Đầu nhiệm kỳ 3.907": the row's unit, at the start of the term)."""
    out = []
    for m in NUMBER_RE.finditer(text):
        value = parse_number(m.group(1))
        if value is None or re.fullmatch(r"(?:19|20)\d{2}", m.group(1)):
            continue  # "Năm 2024 ước cả năm": a year, not a figure
        unit, _ = match_unit(text[m.end(1) :])
        if unit in ("tháng", "năm", "ngày"):
            continue  # "6 tháng: vụ Đông Xuân": a span, not a figure
        growth = re.search(r"tăng|giảm|vượt", text, re.IGNORECASE)
        period = START_OF_TERM if START_OF_TERM_RE.search(text) else _period(text)
        if not unit and not growth and period:
            unit = row_unit
        kind = "growth" if growth else "percent" if unit in ("%", "") else "money" if unit in MONEY_UNITS else "count"
        if WHOLE_BEFORE_RE.search(text[: m.start(1)]) and unit not in ("%", ""):
            # "Số trường đạt chuẩn quốc gia | … | Tổng số 71 trường": all the schools, not those up to standard
            whole = " ".join(f"{text[: m.start(1)]} {text[m.end(1) :]}".split())
            fact = _cell_fact(row, value, m.group(1), unit, whole, kind, quote, column, period, whole)
            fact.subject = whole
            out.append(fact)
            continue
        fact = _cell_fact(row, value, m.group(1), unit, f"{label} ({text})", kind, quote, column, period, f"{row.label} {text}")
        fact.subject = label
        out.append(fact)
    return out


def _row_quote(row: TableRow, columns: list[Column]) -> str:
    """The row as a readable line: "Xóa tên (ĐV): 2020: 1; 2021: 9; … Thực hiện: 23"."""
    parts = []
    for col in columns:
        text = row.cells.get(col.index, "").strip()
        if text and col.role not in ("stt", "label", "unit"):
            # a place's year under its name ("Xã Trà Lũy (cũ) 2024"), else the column's period or title
            name = f"{col.title} {col.period}" if col.role == "other" and col.period else col.period or col.title
            parts.append(f"{name}: {text}")
    unit = f" ({row.unit})" if row.unit else ""
    return f"{row.label}{unit} — " + "; ".join(parts)
