"""Links between facts, found by rule: a total and its parts, and one measure stated twice.

- Table rows: a child row's cell is a part of its parent row's cell in the same column.
- Text: a figure followed in its sentence ("39 …; trong đó 26 …, 10 …, 03 …") or in the footnote
  its clause carries ("đưa 39 đảng viên ra khỏi Đảng¹⁶") by figures that add up to it exactly.
- Conflicts: a figure of the text and a cell of the appendix that state the same measure for the
  same period (same unit, the row's words found around the figure) with different values.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from itertools import combinations, pairwise

from knowledge.document import WHOLE_TERM, period_year
from knowledge.figures import Fact
from knowledge.index import period_key
from knowledge.lexicon import load_lexicon, spelt_out, with_expansions
from knowledge.tables import ROMAN_RE
from knowledge.vietnamese import fold

SUMMABLE_KINDS = ("count", "money")
# the kinds of figures that add up to a figure of each kind: a target's parts are targets ("giao 2.180 công
# dân, đạt 100% chỉ tiêu (Quân đội 1.890, Công an nhân dân 290)")
PARTS_OF_KIND = {"count": SUMMABLE_KINDS, "money": SUMMABLE_KINDS, "target": ("target",)}
COMRADES = ("đảng viên", "đồng chí")  # party members, counted either way
WORKERS = ("lao động", "người")  # "sử dụng 192.813 lao động; trong đó … FDI 148.265 người, … trong nước 44.548 người"
# the kinds of party organisation a count of them breaks into ("111 tổ chức đảng; gồm 84 chi bộ cơ sở, …")
ORGANISATION_KINDS = {"tổ chức đảng": frozenset({"đảng bộ", "chi bộ", "tổ chức cơ sở đảng"})}
TERM_SAID_RE = re.compile(r"\b(?:ca|tu dau|trong|suot|toan) (?:nhiem k[yi]|giai doan)\b|\bnhiem k[yi] qua\b")
GENERIC_WORDS = {
    "tong", "so", "cua", "va", "cac", "duoc", "trong", "do", "cho", "ve", "voi", "co", "la", "nhung",
    "thuc", "hien", "ti", "ty", "le", "nhiem", "vu",
}
MAX_RELATIVE_GAP = Decimal("0.25")
GRADE_AFTER_RE = re.compile(r"\b(?:vung manh|dat chuan|hoan thanh xuat sac|hoan thanh tot)\b")  # a grade of what is counted
# the reporting body named as the subject ("Đảng bộ Khối có …", "toàn Đảng bộ huyện …"): no measure of its own
SCOPE_RE = re.compile(r"\b(?:toàn|trên địa bàn)\s+(?:tỉnh|huyện|xã|phường|thành phố|thị xã|ngành|khối)\b", re.IGNORECASE)
BODY_RE = re.compile(r"\b(?:toàn )?Đảng (?:bộ|ủy)(?: (?:Khối|huyện|tỉnh|xã|phường|thị trấn|thành phố|thị xã))?\b", re.IGNORECASE)
# what was done to the counted ("kiểm tra 5.325 đảng viên", "kết nạp …"): no headcount
ACT_RE = re.compile(r"\b(?:kiem tra|giam sat|ket nap|ki luat|khen thuong|boi duong|xoa ten|khai tru)\b")
CHANGE_LABEL_RE = re.compile(r"\b(?:giảm|tăng)\b", re.IGNORECASE)  # a fall or a rise is no part of a figure


def link(facts: list[Fact], report_period: str = "") -> None:
    """Set ``parent`` and ``conflicts`` on ``facts`` in place.

    ``report_period`` is the year a yearly report covers: its text figures stated without a
    period are that year's, to be compared with the appendix's column for that year.
    """
    _table_parts(facts)
    _text_parts(facts)
    _items_of_a_fraction(facts)
    _conflicts(facts, report_period)


def _table_parts(facts: list[Fact]) -> None:
    cells = {(f.row_index, f.column, f.period): f for f in facts if f.is_table}
    parents = _row_parents(facts)
    for fact in facts:
        if not fact.is_table or fact.column == "note":
            continue
        if fact.column == "part":  # "UBKT cơ sở" of a row: a part of the row's "Tổng số"
            total = cells.get((fact.row_index, "total", None))
            if total is not None and total.unit == fact.unit:
                fact.parent = total.seq
            continue
        parent_row = parents.get(fact.row_index)
        total = cells.get((parent_row, fact.column, fact.period)) if parent_row is not None else None
        if total is not None and total.unit == fact.unit and fact.column not in ("target", "share", "compare"):
            fact.parent = total.seq


def _row_parents(facts: list[Fact]) -> dict[int | None, int | None]:
    """Row index → parent row index, from the tables' own nesting (kept on facts' sections)."""
    from knowledge.tables import TableRow  # noqa: F401  (nesting lives in the facts' row keys)

    by_key = {f.row_key: f.row_index for f in facts if f.is_table}
    out: dict[int | None, int | None] = {}
    for f in facts:
        if f.is_table and "." in f.row_key:
            parent_key = f.row_key.rsplit(".", 1)[0]
            if not ROMAN_RE.match(parent_key.split(":")[-1]):  # a group heading ("II") is no total
                out[f.row_index] = by_key.get(parent_key)
    return out


PARTS_OPEN_RE = re.compile(r"trong\s+đó|\bgồm\b|:", re.IGNORECASE)
PARTS_NEXT_RE = re.compile(r"\s*(?:bao\s+)?gồm\b|\s*trong\s+đó\b|\s*cụ\s+thể\s*:", re.IGNORECASE)  # "… 4.812 đảng viên. Gồm: …"
SUM_SAID_RE = re.compile(r"\b(?:tổng cộng|tổng số|cộng chung|tính chung)(?:\s+(?:có|là|đã))?\s*$", re.IGNORECASE)


def _sum_said(f: Fact) -> bool:
    """The figure is said to be a sum right before it ("Tổng cộng có 263 tập thể")."""
    at = f.quote.find(f.raw)
    return at > 0 and bool(SUM_SAID_RE.search(f.quote[max(0, at - 30) : at]))


def _text_parts(facts: list[Fact]) -> None:
    by_sentence = _by_sentence([f for f in facts if not f.is_table])
    by_footnote: dict[int, list[Fact]] = {}
    for f in facts:
        if not f.is_table and f.footnote is not None:
            by_footnote.setdefault(f.footnote, []).append(f)
    for f in facts:
        if f.is_table or f.kind not in PARTS_OF_KIND or f.value <= 0:
            continue
        kinds = PARTS_OF_KIND[f.kind]
        after = [p for p in by_sentence[f.sentence] if p.seq > f.seq and p.parent is None and p.kind in kinds]
        # "có 612 hộ nghèo …; đã giảm 148 hộ …; đến nay còn 464": a fall and what is left, not a breakdown
        after = [p for p in after if not CHANGE_LABEL_RE.search(p.label)]
        # "bầu 13 đồng chí; … 01 đồng chí chuyển công tác, hiện còn 12 đồng chí": what is left now is no part
        after = [p for p in after if p.period != "hiện nay" or f.period == "hiện nay"]
        parts = _exact_subset(f.value, [p for p in after if _unit_fits(f, p)][:8])
        alike = [p for p in after if p.unit in (f.unit, "") or {p.unit, f.unit} <= set(COMRADES) or _people_of(f, p)] if parts is None else []
        if (open_at := next((k for k, p in enumerate(alike) if _parts_open(f, p)), None)) is not None:
            # after "trong đó", none in the figure's own unit adding up to it: party members counted as comrades
            # ("112 đảng viên được đánh giá, trong đó hoàn thành xuất sắc nhiệm vụ 19 đồng chí, …"), or bare
            # figures sharing the first part's unit ("trong đó 171 đảng viên …, 862 hoàn thành tốt …")
            parts = _exact_subset(f.value, alike[open_at:][:8])
        if parts is None and f.kind == "count" and _sum_said(f):
            # "… 46 tập thể; … 04 tập thể; … 213 tập thể. Tổng cộng có 263 tập thể": said after its parts
            said = [*by_sentence.get(f.sentence - 1, []), *by_sentence[f.sentence]]
            earlier = [p for p in said if p.seq < f.seq and p.parent is None and _unit_fits(f, p)]
            parts = _exact_subset(f.value, earlier[-8:])
        if parts is None and f.unit not in ("", "%") and f.kind == "count":
            # "kỷ luật 06 đảng viên vi phạm (khiển trách 04, cảnh cáo 01, khai trừ 01)": bare figures in a bracket
            # right after the count, adding up to it, are its parts
            bracketed = [p for p in by_sentence[f.sentence] if p.seq > f.seq and p.parent is None and not p.unit and p.kind == "count"]
            opened = re.search(rf"(?<![\d.,]){re.escape(f.raw)}\s+[^\d()]{{0,40}}\(([^()]*)\)", f.quote) if f.raw else None
            inside = [p for p in bracketed if opened and re.search(rf"(?<![\d.,]){re.escape(p.raw)}(?![\d])", opened.group(1))]
            if len(inside) >= 2 and sum((p.value for p in inside), Decimal(0)) == f.value:
                parts = inside
        following = by_sentence.get(f.sentence + 1, [])
        if parts is None and following and PARTS_NEXT_RE.match(following[0].quote):
            # "Đến nay Đảng bộ có 4.812 đảng viên, tăng 286 …. Gồm: 4.655 … chính thức và 157 … dự bị"
            parts = _exact_subset(f.value, [p for p in following if p.parent is None and _unit_fits(f, p)][:8])
        # its own note, else the note of a rate said after it ("141 đảng viên được đánh giá¹⁸, … bằng 104,81% chỉ
        # tiêu¹⁹" with "¹⁸ 06 đảng viên … không đánh giá" and "¹⁹ Hoàn thành xuất sắc nhiệm vụ 24 đảng viên, …")
        for markers in (f.markers, _rate_markers(f, by_sentence[f.sentence])):
            if parts is not None or not markers:
                continue
            noted = [p for p in by_footnote.get(markers[0], []) if p.parent is None and p.kind in kinds]
            # "596 đồng chí¹⁰" with "¹⁰ … 92 đồng chí; … 487 đồng chí; … 15 đồng chí; … 02 đồng chí. Có 17 đảng viên
            # chưa đánh giá": the items in the figure's own unit first (92 + 487 + 17 is 596 too, by chance)
            alike = [p for p in noted if p.unit == f.unit]
            parts = (_exact_subset(f.value, alike[:10]) if len(alike) < len(noted) else None) or _exact_subset(f.value, noted[:10])
        for p in parts or []:
            p.parent = f.seq
    _bracketed_parts(facts, by_sentence)
    _split_elsewhere(facts, by_sentence)


def _items_of_a_fraction(facts: list[Fact]) -> None:
    """"… có 420/530 trường đạt chuẩn quốc gia. Cụ thể: mầm non 139/196 trường; …": an item of a later
    sentence counts what its whole counts ("số trường mầm non" → "số trường mầm non đạt chuẩn quốc gia"), not
    all the schools of its level (the 196)."""
    by_seq = {f.seq: f for f in facts}
    for part in facts:
        whole = by_seq.get(part.parent) if part.parent is not None else None
        if whole is None or part.is_table or whole.sentence == part.sentence or (whole.of_fraction, part.of_fraction) != ("part", "part"):
            continue
        own = set(part.label.casefold().split())
        extra = " ".join(w for w in whole.label.split()[1:] if w.casefold() not in own)  # not its "số"
        if extra:
            part.label = part.near = part.subject = f"{part.label} {extra}"


def _parts_open(total: Fact, first: Fact) -> bool:
    """Whether "trong đó", "gồm" or a colon stands between a figure and a figure after it in its clause."""
    at = total.quote.find(total.raw)
    then = total.quote.find(first.raw, at + len(total.raw)) if at >= 0 else -1
    if not 0 <= at < then:
        return False
    # in the figure's own clause ("… đảng viên được đánh giá: …"), or a clause opening with it ("…; trong đó …"),
    # not another item's lead ("Năm 2025: 06 đảng viên (…); năm 2026: 07 đảng viên (khiển trách 05, …)")
    first_clause, *others = total.quote[at:then].split(";")
    return bool(PARTS_OPEN_RE.search(first_clause)) or any(PARTS_NEXT_RE.match(c) for c in others)


def _rate_markers(f: Fact, same_sentence: list[Fact]) -> tuple[int, ...]:
    """"360/618 trường đạt chuẩn quốc gia, tỷ lệ 58,25%¹⁰", "Có 1.626 đảng viên được đánh giá …; tỷ lệ … đạt
    95,26%¹⁶": the note on a rate said after a count may break the count down ("¹⁰ Mầm non 102 trường; tiểu học
    133 …"); its items must add up to the count exactly."""
    at = f.quote.find(f"{f.raw}/")
    at = at if at >= 0 else f.quote.find(f.raw)
    if at < 0:
        return ()
    rates = [g for g in same_sentence if g.unit == "%" and g.markers and 0 < f.quote.find(g.raw, at) - at < 200]
    return min(rates, key=lambda g: f.quote.find(g.raw, at)).markers if rates else ()


def _split_elsewhere(facts: list[Fact], by_sentence: dict[int, list[Fact]]) -> None:
    """"… với 4.186 đảng viên" in the opening, "đến nay Đảng bộ có 3.888 đảng viên chính thức và 298 đảng
    viên dự bị" later: figures of one sentence adding up exactly to a figure of the same unit and the same
    stated time said elsewhere in the text are its parts."""
    totals: dict[tuple[str, str, Decimal], list[Fact]] = {}
    for f in facts:
        if not f.is_table and f.period and f.kind == "count" and f.value >= 10:
            totals.setdefault((f.unit, f.period, f.value), []).append(f)
    has_parts = {f.parent for f in facts if f.parent is not None}
    for group in by_sentence.values():
        for a, b in pairwise(group):
            if a.parent is not None or b.parent is not None or a.kind != "count" or b.kind != "count":
                continue
            if a.unit != b.unit or not a.unit or a.period != b.period or a.seq in has_parts or b.seq in has_parts:
                continue
            found = totals.get((a.unit, a.period or "", a.value + b.value), [])
            if len(found) == 1 and found[0].sentence != a.sentence and found[0].seq not in has_parts:
                a.parent = b.parent = found[0].seq


def _bracketed_parts(facts: list[Fact], by_sentence: dict[int, list[Fact]]) -> None:
    """"17 đảng viên (09 đồng chí là cấp ủy viên)": a smaller count of people in brackets right after a
    count of people is a part of it ("trong đó"), not a figure beside it."""
    people = load_lexicon().people
    for group in by_sentence.values():
        for total, part in pairwise(group):
            if part.parent is not None or total.unit not in people or part.unit not in people:
                continue
            between = total.quote[total.quote.find(total.raw) :] if total.raw in total.quote else ""
            opened = re.match(rf"{re.escape(total.raw)}\s+[^\d()]{{0,30}}\(\s*{re.escape(part.raw)}\b", between)
            if opened and part.value < total.value and part.kind == total.kind == "count":
                part.parent = total.seq


def _people_of(total: Fact, part: Fact) -> bool:
    """People of a kind as the parts of a count of people: of comrades any ("412 đồng chí tham gia, gồm 250 chủ tịch …
    và 162 ủy viên …"); of "người" any but party members ("1.962 người, gồm 412 công chức và 1.550 viên chức"); of a
    count whose unit no lexicon names any ("1.386 công chức, viên chức, người lao động, trong đó 312 bác sĩ, …")."""
    if part.unit not in load_lexicon().people:
        return False
    if not total.unit:
        return total.kind == "count"
    return total.unit in COMRADE_TOTALS or (total.unit == "người" and part.unit not in COMRADES)


COMRADE_TOTALS = ("đồng chí",)  # not "người": "22 người (…), trong đó: … 16 đồng chí" are grades, not kinds


def _unit_fits(total: Fact, part: Fact) -> bool:
    if part.kind not in PARTS_OF_KIND.get(total.kind, ()):
        return False
    if total.of_fraction and part.of_fraction and total.of_fraction != part.of_fraction:
        return False  # "420/530 trường …. Cụ thể: mầm non 139/196 trường; …": the 420's parts are the 139 …, not the 196 …
    if part.unit == total.unit or (total.unit, part.unit) == WORKERS:
        return True
    narrower = (load_lexicon().narrower or {}).get(total.unit, frozenset()) | ORGANISATION_KINDS.get(total.unit, frozenset())
    # "mô hình" within "mô hình, điển hình"; "22 đảng bộ cơ sở, 25 chi bộ cơ sở" of "47 tổ chức cơ sở đảng"
    return bool(part.unit) and (part.unit in total.unit or part.unit in narrower)


def _exact_subset(total: Decimal, candidates: list[Fact]) -> list[Fact] | None:
    """The smallest, earliest set of two or more candidates adding up to ``total`` exactly."""
    for size in range(2, len(candidates) + 1):
        for combo in combinations(candidates, size):
            if sum((c.value for c in combo), Decimal(0)) == total:
                return list(combo)
    return None


def _toned_words(text: str) -> frozenset[str]:
    """Content words as written, tones kept ("bao", "phủ", "bảo", "hiểm")."""
    return frozenset(w for w in text.casefold().replace(",", " ").split() if w.isalpha() and fold(w) not in GENERIC_WORDS)


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    # "Tổ TK&VV": three words, not the "tổ" alone of "Tổ chức"
    return frozenset(w for w in re.sub(r"[,&/]", " ", fold(text)).split() if w.isalpha() and w not in GENERIC_WORDS)


def _conflicts(facts: list[Fact], report_period: str = "") -> None:
    table = [f for f in facts if f.is_table and f.column in ("total", "period", "measure")]
    text = [f for f in facts if not f.is_table and f.kind in ("count", "percent", "money") and not f.listed_part]
    # "tổng giá trị tiền và hàng … đạt 120,59% kế hoạch" against the row's "% KH" cell (120,95): a slip of two digits
    table += [f for f in facts if f.is_table and f.column == "share" and f.kind == "share_of_target"]
    # "bằng 114,35% so với cùng kỳ" against the row's "% CK" cell (115,34): a share of last year's figure each
    table += [f for f in facts if f.is_table and f.column == "compare" and f.unit == "%" and f.value >= 50]
    text += [f for f in facts if not f.is_table and f.kind == "share_of_target" and not f.listed_part]
    planned = [f for f in facts if not f.is_table and f.kind == "target" and f.unit not in ("", "%")]
    last_period = _last_period(table)
    stated = {(f.value, f.unit, f.period) for f in facts if f.is_table}
    said = {(f.sentence, f.footnote, f.value) for f in text}
    in_row: dict[tuple[str, tuple[str, ...]], set[tuple[Decimal, str]]] = {}
    for f in table:
        in_row.setdefault((f.row_key, f.section), set()).add((f.value, f.period or ""))
    years_of_row: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for f in table:
        if f.column == "period" and f.period and f.period.isdigit():
            years_of_row.setdefault((f.row_key, f.section), set()).add(f.period)
    parts_of: dict[int, list[Decimal]] = {}
    for f in facts:
        if f.parent is not None:
            parts_of.setdefault(f.parent, []).append(f.value)
    at_odds: dict[int, set[tuple[Decimal, str]]] = {}  # the rows each text figure disagrees with
    for row_fact in table:
        # a row's "% KH" cell is of the report's own span, as its other cells of that span
        as_row = replace(row_fact, period=row_fact.period or report_period or None) if row_fact.column == "share" else row_fact
        candidates = [
            t for t in text if _same_measure(t, as_row, last_period, report_period) or _same_parts(t, row_fact, parts_of)
            # a cell with no unit of its own ("Kế hoạch vốn" under "Đơn vị: tỷ đồng"): the text's "412,8 tỷ đồng"
            # meets its 421,8 only by a slip of two digits
            or (
                not as_row.unit and t.unit not in ("", "%") and _digits_swapped(t.value, as_row.value)
                and _same_measure(replace(t, unit=""), as_row, last_period, report_period)
            )
        ]
        # a share of the plan meets only the row's "% KH" cell, and only by a slip of two digits
        candidates = [
            t for t in candidates
            if (t.kind == "share_of_target") == (row_fact.column == "share")
            and (row_fact.column != "share" or t.value == row_fact.value or _digits_swapped(t.value, row_fact.value))
            and (row_fact.column != "compare" or (t.kind == "percent" and SAME_SPAN_SAID_RE.search(fold(t.near)) is not None))
        ]
        if row_fact.column == "total" and report_period.isdigit() and len(years_of_row.get((row_fact.row_key, row_fact.section), ())) >= 2:
            # a yearly report's figure against the row's sum of years ("Cộng 2022 - 2026"): another span
            candidates = [t for t in candidates if t.period is not None or TERM_SAID_RE.search(fold(t.clause))]
        if any(t.value == row_fact.value for t in candidates) or any(
            t.value == row_fact.value and _same_measure(t, as_row, last_period, report_period) for t in planned
        ):
            continue  # the text confirms the appendix (a plan too: "Kế hoạch vốn … được giao là 9.846,3 tỷ đồng")
        # "xếp loại năm 2025 … 92,86%" standing in the row's next column ("Năm học 2025–2026", named by the year
        # it ends in): the same figure, not a disagreement with the cell "2025"
        row = in_row.get((row_fact.row_key, row_fact.section), set())
        candidates = [t for t in candidates if not (t.period and t.period.isdigit() and (t.value, str(int(t.period) + 1)) in row)]
        found: list[Fact] = []
        for t in candidates:
            period = last_period if t.period == "hiện nay" else t.period
            own_row = any((t.value, t.unit, p) in stated for p in ([period] if period else {p for *_, p in stated}))
            if own_row and _digits_swapped(t.value, row_fact.value):
                # "2.148" in the text and one appendix, "2.184" in another: the text's row is the same measure's,
                # in another table, so the two tables disagree
                confirming = next(
                    (f for f in table if f.value == t.value and f.unit == t.unit and _same_measure(t, f, last_period, report_period)),
                    None,
                )
                own_row = confirming is not None and confirming.section[:2] == row_fact.section[:2]
            elif own_row and row_fact.column == "compare":
                # "bằng 114,35% so với cùng kỳ" and the quarterly table's 114,35 against the yearly table's "% CK"
                # 115,34 of the same tax (its own name, word for word): the two tables disagree
                own = content_words(row_fact.label.split(":")[-1])
                own_row = not any(
                    f.value == t.value and f.unit == t.unit and f.section[:2] != row_fact.section[:2]
                    and content_words(f.label.split(":")[-1]) == own
                    for f in table
                )
            if own_row or (t.sentence, t.footnote, row_fact.value) in said:
                continue  # the text's figure has a row of its own, or the row's figure is in the same sentence
            # a slip of two digits in a figure of three or more ("412"/"421", "1,92%"/"1,29%"), not "12"/"21"
            if (_close(t, row_fact) or (len(_digits(t.value)) >= 3 and _digits_swapped(t.value, row_fact.value))) and (
                _digits_swapped(t.value, row_fact.value)  # "412" against "421": a slip, whatever else sums to it
                or (not _levels_summed(t, row_fact, text) and not _run_summed(t, row_fact, table))
            ):
                found.append(t)
        # "tỷ lệ hồ sơ nộp trực tuyến đạt 71,36%, tỷ lệ thanh toán trực tuyến đạt 58,92%" against the row's
        # 73,16: one sentence disagrees with the row once, by the figure whose label is the row's
        row_words = content_words(row_fact.label)
        chosen = [
            max(group, key=lambda f: (_digits_swapped(f.value, row_fact.value), len(content_words(f.label) & row_words)))
            for group in _by_sentence(found).values()
        ]
        for t in chosen:
            at_odds.setdefault(t.seq, set()).add((row_fact.value, row_fact.row_key))
        if any(_digits_swapped(t.value, row_fact.value) for t in chosen):
            # "truy tố 1.846 bị can" and "đề nghị truy tố 1.887 bị can" against the row's 1.864: the slip of two digits
            chosen = [t for t in chosen if _digits_swapped(t.value, row_fact.value)]
        for t in chosen:
            t.conflicts.append(row_fact.seq)
            row_fact.conflicts.append(t.seq)
    # "khối lượng được thu gom 1.018 tấn/ngày, đạt 90,41%" against both the urban and the rural rate: a figure
    # at odds with two rows of other values belongs to neither
    by_seq = {f.seq: f for f in facts}
    for t in text:
        rows = at_odds.get(t.seq, set())
        if len({value for value, _ in rows}) >= 2 and len({key for _, key in rows}) >= 2:
            # … unless one of them is the figure with two digits swapped ("2.846" against "Nhà Đại đoàn kết: Xây
            # mới | 2.864" and its whole "Nhà Đại đoàn kết | 3.512"): the slip names its row
            slips = {value for value, _ in rows if _digits_swapped(t.value, value)}
            for s in list(t.conflicts):
                if len(slips) != 1 or by_seq[s].value not in slips:
                    by_seq[s].conflicts.remove(t.seq)
                    t.conflicts.remove(s)


def _same_parts(t: Fact, r: Fact, parts_of: dict[int, list[Decimal]]) -> bool:
    """"Chi cục đã tiếp nhận, xử lý 148.362 tờ khai²" (² … xuất khẩu 61.905 …; nhập khẩu 86.457 …) and the row
    "Tổng số tờ khai | 148.632" over the same two parts: one measure, whatever words each says it with."""
    parts = sorted(parts_of.get(t.seq, []))
    return (
        len(parts) >= 2 and parts == sorted(parts_of.get(r.seq, [])) and t.unit == r.unit != "%"
        and (t.period is None or t.period == r.period) and _digits_swapped(t.value, r.value)
    )


def _run_summed(t: Fact, row_fact: Fact, table: list[Fact]) -> bool:
    """The text's figure sums a run of the row's years ("từ năm 2021 đến nay … 896.843 hồ sơ" against a total
    that holds 2020 too): another span of the same row, not a disagreement."""
    if t.kind not in ("count", "money"):
        return False
    cells = [f.value for f in table if f.row_key == row_fact.row_key and f.column == "period" and f.section == row_fact.section]
    runs = [(i, j) for i in range(len(cells)) for j in range(i + 2, len(cells) + 1) if (i, j) != (0, len(cells))]
    return any(sum(cells[i:j], Decimal(0)) == t.value for i, j in runs)  # all the years summed: the row's total


def _by_sentence(facts: list[Fact]) -> dict[int, list[Fact]]:
    """Facts by the sentence they stand in (numbered across the text and the footnotes alike)."""
    groups: dict[int, list[Fact]] = {}
    for f in facts:
        groups.setdefault(f.sentence, []).append(f)
    return groups


def _levels_summed(t: Fact, r: Fact, text: list[Fact]) -> bool:
    """"Ban Thường vụ kiểm tra … 12 đảng viên. Cấp ủy cơ sở kiểm tra … 1.287 đảng viên" against the row's
    1.299: the row adds up the levels the text gives one by one."""
    measure = content_words(t.label) - content_words(t.unit)
    return any(
        u is not t and u.unit == t.unit and u.section == t.section and abs(u.sentence - t.sentence) <= 2
        and u.value + t.value == r.value
        # the parts of one sentence, or levels of one measure: "phát hiện 9 vụ … tham nhũng" is no level of
        # "412 vụ … xảy ra" said before it (a swap of two digits is 9 off)
        and (
            any(v.sentence == u.sentence and v.value == t.value for v in text)  # said with it ("41 … và 06 …")
            or bool(measure & content_words(u.label))
        )
        for u in text
    ) or _parts_said_with(t, r, text)


def _parts_said_with(t: Fact, r: Fact, text: list[Fact]) -> bool:
    """"khám 1.238.577 lượt; trong đó các bệnh viện … 448.202 lượt, các trung tâm y tế … 433.957 lượt. Số lượt
    khám có thẻ BHYT 812.460" against the row "Cộng bệnh viện và trung tâm y tế" (882.159): the row adds up two
    figures said beside the text's one, not a slip of it."""
    beside = [u for u in text if u is not t and u.unit == t.unit and u.section == t.section and abs(u.sentence - t.sentence) <= 1]
    return any(a.value + b.value == r.value for k, a in enumerate(beside) for b in beside[k + 1 :])


def _last_period(table: list[Fact]) -> str | None:
    """The latest period the appendix gives: its last column of the latest year ("Thực hiện 6 tháng 2026",
    not the "Cùng kỳ 2025" standing after it)."""
    # (not the date a table of bodies is given at: "(Số liệu đến ngày 30/11/2025)" dates no column of periods)
    periods = list(dict.fromkeys(f.period for f in table if f.period and not (f.column == "measure" and f.period.count("/") == 2)))
    if not periods:
        return None
    latest = max(period_year(p) for p in periods)
    estimated = {f.period for f in table if f.qualifier == "ước"}
    newest = [p for p in periods if period_year(p) == latest]
    # "6 tháng đầu năm 2026 | … | Ước năm 2026": what stands now is the half year done, not the year's estimate
    return [p for p in newest if p not in estimated][-1] if set(newest) - estimated else newest[-1]



START_OF_YEAR_RE = re.compile(r"\bdau nam\b")  # "Đầu năm 2026, … có 12 chi bộ": the year's start, not its end


BODY_NAME_RE = re.compile(r"(?:vien|huyen|xa|phuong|thi xa|thanh pho|kcn|khu cong nghiep|cong ty|dang bo|chi bo|chi nhanh|phong|so|ban|hoi|doan)\b")
COLUMN_WORDS = content_words("kế hoạch thực hiện lũy kế ước đạt so với tỷ lệ chỉ tiêu cùng kỳ năm tháng quý")


SAME_SPAN_SAID_RE = re.compile(r"\bso voi (?:cung ky|nam truoc|nam (?:19|20)\d{2})\b")  # a share of last year's figure


def _same_measure(t: Fact, r: Fact, last_period: str | None, report_period: str = "") -> bool:
    # "28.960 đoàn viên" and the row "Số đoàn viên công đoàn | Người": people counted by their own name
    named_people = r.unit == "người" and bool(t.unit) and f" {fold(t.unit)} " in f" {fold(r.label)} "
    # "18.426 đồng chí" and the row's "Người"; "nâng tổng số đảng viên được miễn … lên 87 đồng chí" and "Đảng viên"
    people_alike = {t.unit, r.unit} <= {"người", "đồng chí"} or {t.unit, r.unit} == set(COMRADES)
    if not (t.unit == r.unit or (not t.unit and r.unit != "%") or named_people or people_alike):
        return False
    # a yearly report's own year and its last day ("2026" and the column "31/12/2026") are one span
    year_end = f"31/12/{report_period}" if report_period.isdigit() and not START_OF_YEAR_RE.search(fold(t.clause)) else ""
    this_year = bool(report_period) and r.column == "period" and r.period in (report_period, year_end or None)
    # a table of bodies by measure ("Thành ủy … | Tổng số đảng viên | Kết nạp 2026 | …"): the report's own time
    this_year |= r.column == "measure" and r.period in (None, report_period)
    # … or dated by its title within the report's year ("(Số liệu đến ngày 30/11/2025)")
    this_year |= (
        r.column == "measure" and bool(report_period) and (r.period or "").count("/") == 2
        and period_year(r.period or "") == period_year(report_period)
        and not (r.period or "").startswith("1/1/")  # "Đảng viên đến 01/01/2026": the stock as the year opened
    )
    # a row's "% CK" cell ("So với cùng kỳ (%)") compares the report's own span with the last one
    this_year |= r.column == "compare" and r.period is None and t.kind == "percent" and bool(report_period)
    # … or by a year of its own, the year of a report of part of it ("Đảng viên đến 30/6/2026" in "6 tháng 2026")
    this_year |= r.column == "measure" and bool(report_period) and r.period == str(period_year(report_period))
    # a cumulative row's last cell ("Nông thôn mới (lũy kế)", "Ước 2025") is where the term ends
    term_end = "luy ke" in fold(r.label) and r.column == "period" and r.period == last_period
    # "năm 2025 kết nạp 34 đảng viên" in a report of 2025 and the table of bodies' "Kết nạp" (no period of its own)
    bodies_now = r.column == "measure" and r.period is None and t.period == report_period and bool(report_period)
    if t.period is None and r.column != "total" and not this_year and not term_end:
        return False
    if t.period == WHOLE_TERM:
        if r.column != "total":
            return False  # a term's figure is the row's "Cả nhiệm kỳ" cell, not one year's
    elif r.period == WHOLE_TERM and report_period and not TERM_SAID_RE.search(fold(t.clause)):
        return False  # a yearly report's figure stated with no period is the year's, not the term's cell
    elif t.period == report_period and report_period and r.period not in (report_period, year_end or None) and not bodies_now:
        return False
    if t.period == "hiện nay" and r.period != last_period:
        return False
    own_year = ({t.period, r.period} == {report_period, year_end} and bool(year_end)) or bodies_now
    # "Đến ngày 30/11/2025, tổng dư nợ … đạt 3.687,92 tỷ đồng" against the undated total row of a table of places
    # by measure in a report of 2025: the year's state, dated by the day the report counts to
    own_year |= (
        r.column == "measure" and r.period is None and t.unit != "%" and (t.period or "").count("/") == 2
        and not (t.period or "").startswith(("1/1/", "01/01/"))
        and (
            period_year(t.period or "") == int(report_period) if report_period.isdigit()
            # "Đến ngày 30/9/2025, toàn xã còn … 186 hộ cận nghèo" in a report of "9 tháng 2025": its own day
            else bool(report_period) and period_key(t.period or "") == period_key(report_period)
        )
    )
    if t.period not in (None, "hiện nay", WHOLE_TERM) and period_key(t.period) != period_key(r.period or "") and not own_year:
        return False  # "Đến 30/6/2023 … 4.386 đảng viên" is the cell of "6 tháng 2023"
    if "cac cap" in fold(r.label) and re.search(r"\bcap (?:uy )?co so\b", fold(t.quote)):
        return False  # the row sums all levels ("Cấp ủy các cấp kiểm tra"); the text gives one ("Cấp ủy cơ sở")
    if re.search(r"\b(?:hai|2) cap\b", fold(r.label)) and re.search(r"\b(?:tinh|huyen|thanh|quan) uy vien\b", fold(t.label)):
        return False  # "… là cấp ủy viên (hai cấp)" sums two levels; "26 đồng chí là huyện ủy viên" is one
    if "luy ke" in fold(r.label) and re.search(r"\b(?:them|tang|giam)\b", fold(f"{t.before} {t.near}")):
        return False  # "có thêm 04 xã" is what was added, not the cumulative row's state
    body = re.search(r"\(([^()]+)\)\s*$", r.label) if r.column == "measure" else None
    said = content_words(f"{t.label} {t.near} {_bracketed_after(t)}")
    if body and not (content_words(body.group(1)) <= said or content_words(spelt_out(body.group(1))) <= said):
        return False  # the row of "Huyện ủy Tân Phước" is not what the text says of "Huyện ủy Đồng Xuyên"
    # "Đảng bộ Khối có … 4.386 đảng viên": the body itself; "lượt khám chữa bệnh toàn tỉnh": its whole area
    own_label = SCOPE_RE.sub(" ", BODY_RE.sub(" ", t.label))
    counts = _share_counts(t) or _head_counted(own_label) if r.unit == "%" == t.unit else ""
    if counts and (head := _head_counted(r.label)) and counts != head:
        return False  # "triển khai tại 100% chi bộ": a share of cells, not the row "Đảng viên dự sinh hoạt chi bộ"
    row_counts, text_counts = _counted(r.label), _counted(f"{t.before} {t.near}")
    if row_counts and text_counts and not row_counts & text_counts:
        return False  # "Tỷ lệ chi bộ hoàn thành tốt …" is not the text's share of "đảng viên hoàn thành tốt …"
    own = content_words(r.label.split(":")[-1])
    if t.footnote is not None and t.lead and not re.search(r"\d", t.lead):
        named = content_words(t.lead) - content_words(f"{r.label} {t.carrier}")
        if len(named) >= 2:
            return False  # "⁵ Vốn ngân sách trung ương: …, đạt 86,56%": a part the note names, not the row's whole
    if re.search(rf"\d/{re.escape(t.raw)}(?![\d/])", t.clause) and not _digits_swapped(t.value, r.value):
        return False  # "328/343 đảng viên được đánh giá": those the part is one of, not every member (351)
    if r.column == "measure" and own <= COLUMN_WORDS:
        return False  # the total row of a column "Kế hoạch 2025 (tỷ đồng)": the words say no measure of their own
    said = content_words(own_label) - content_words(t.unit)
    bare = not content_words(re.sub(r"\([^)]*\)", " ", r.label)) - content_words(r.unit)
    named_more = len(said - content_words(r.label)) >= 2
    if named_more and (re.match(r"tong so\b", fold(r.label.split(":")[-1])) or (bare and not _digits_swapped(t.value, r.value))):
        return False  # "4.790 đảng viên hoàn thành tốt nhiệm vụ" is not "Tổng số đảng viên", nor a column "Đảng viên"
    if bare and ACT_RE.search(fold(t.label)):
        return False  # "kiểm tra 5.325 đảng viên" is no headcount ("Đảng viên (cuối kỳ)")
    item = t.lead if t.lead and t.label == t.lead else ""  # "8. Xã đạt chuẩn …: … thực hiện 06 xã": its lead-in
    # a footnote's item ("năm 2022: 2.318 đảng viên") is of what its carrier says ("Từ đầu nhiệm kỳ kết nạp …")
    carried = t.label if t.footnote is not None else ""
    around = content_words(f"{t.before} {t.near} {item} {carried}")
    if r.unit == "%" and len(own & around) >= RATE_CLAUSE_SHARE * len(own):
        # "phát hiện 614 vụ phạm tội về trật tự xã hội; …, đạt tỷ lệ điều tra khám phá 91,37%": a rate's
        # clause is short, what it is a rate of stands earlier in the sentence
        around |= content_words(t.quote)
    label_words = content_words(t.label) - content_words(t.unit)
    digits_swapped = _digits_swapped(t.value, r.value)
    # "lĩnh vực môi trường 44 quyết định, số tiền 1.865 triệu đồng": a sum named only "số tiền" is of its clause
    of_clause = t.clause if t.kind == "money" and len(label_words) <= 2 else ""
    around |= content_words(of_clause)
    # "1.284,56" said of "dư nợ" in a clause naming the bank, against the row's "1.248,56": a slip of two digits
    # needs only half the row's words, from the whole clause
    # … and so is a figure of four digits or more ("đạt tỷ lệ 93,68%" against "93,86", "48,27 tỷ đồng" / "42,87")
    swapped = (t.value >= 100 or len(_digits(t.value)) >= 4) and digits_swapped
    heading = content_words(t.section[-1]) if swapped and t.section and t.origin == "text" else frozenset()
    if swapped and len(own & (around | content_words(t.clause) | heading)) >= 0.5 * len(own):
        # "Toàn tỉnh hiện có 1.264 người có uy tín" under "4. Công tác dân tộc" against the row's 1.246 "Người có
        # uy tín trong đồng bào dân tộc thiểu số": the section's heading says the rest
        around |= own & (content_words(t.clause) | heading)
    sentence_names = swapped and r.unit == "%" and len(own & content_words(t.quote)) >= 0.75 * len(own)
    if sentence_names:
        # "thụ lý 2.184 tin báo, tố giác …; … đã giải quyết 2.046 tin, đạt tỷ lệ 93,68%": the sentence names the rate
        around |= own & content_words(t.quote)
    # "Phê duyệt tiền cấp quyền khai thác khoáng sản 41,86 tỷ đồng; thu nộp ngân sách 37,52 tỷ đồng" against the
    # row "Tiền cấp quyền khai thác khoáng sản thu nộp ngân sách | 35,72": the figure's words are the row's end,
    # its sentence says the rest, two digits swapped over the decimal comma
    if (
        t.value != t.value.to_integral_value() and digits_swapped and label_words and label_words <= own
        and len(own & content_words(t.quote)) >= 0.75 * len(own)
    ):
        around |= own & content_words(t.quote)
    if not own or (len(own & around) < 0.75 * len(own) and not (swapped and len(own & around) >= 0.5 * len(own))):
        return False
    toned = _toned_words(r.label.split(":")[-1])
    if len(toned) > len(own):  # "bao phủ bảo hiểm": two words folded into one; the text must say both
        said_toned = _toned_words(f"{t.before} {t.near} {item} {t.quote if r.unit == '%' else t.clause}")
        if len(toned & said_toned) < 0.75 * len(toned):
            return False  # "học sinh tham gia bảo hiểm y tế 99,2%" is no "Tỷ lệ bao phủ bảo hiểm y tế"
    graded = GRADE_AFTER_RE.search(fold(t.segment[len(t.before) :])) if t.segment.startswith(t.before) else None
    if graded and graded.group(0) not in fold(r.label):
        return False  # "71 công đoàn cơ sở đạt vững mạnh" is no count of the row "Công đoàn cơ sở" (82)
    if "tro len" in fold(f"{t.label} {t.near}") and "tro len" not in fold(r.label):
        return False  # "hoàn thành tốt nhiệm vụ trở lên" is every grade from that one up, not that grade's row
    if "tro len" in fold(r.label) and "tro len" not in fold(f"{t.label} {t.before} {t.near}"):
        return False  # … and "862 hoàn thành tốt nhiệm vụ (78,51%)" is that one grade, not the row "… trở lên"
    # a footnote's item says its measure through its carrier ("⁸ … năm 2023: 38,23%" of "Tỷ lệ đảng viên được
    # kiểm tra, giám sát"), unless the row is one line of a group ("Đánh giá chất lượng đảng viên: Hoàn thành tốt …")
    said_with = carried if ":" not in r.label else ""
    said_with += f" {t.quote}" if sentence_names else ""
    if not _pair_said(r.label.split(":")[-1], f"{t.before} {t.near} {item} {said_with} {of_clause}"):
        return False  # "Ủy ban kiểm tra các cấp … 87 đảng viên" holds the words of "cấp ủy viên", not the phrase
    if ":" in r.label and (len(own) <= 2 or BODY_NAME_RE.match(fold(r.label.split(":")[-1]).strip())):
        # "Viện kiểm sát trả hồ sơ …: Viện KSND khu vực 3": a body's line of a measure, which the text must say
        parent = content_words(r.label.split(":")[0])
        context = content_words(f"{t.lead} {t.quote} {t.carrier}")
        return len(parent & context) >= 0.5 * len(parent)
    return True


def _bracketed_after(t: Fact) -> str:
    """The name a bracketed figure follows ("… và KCN Hòa Mỹ (93,69%)": KCN Hòa Mỹ), if it is one."""
    m = re.search(r"(?:^|[,;:]|\bvà|\blà)\s*([^,;:()]{3,60}?)\s*\($", t.before.rstrip())
    return m.group(1) if m else ""


def _pair_said(label: str, around: str) -> bool:
    """A row label of several words is said around the figure as a phrase: two of its words side by side,
    in either order ("Số người chết" / "làm chết 137 người")."""
    words = [w.strip('"“”') for w in fold(label).replace(",", " ").split()]  # 'Quỹ "Vì người nghèo"': quoted words too
    words = [w for w in words if w.isalpha()]
    pairs = {f"{x} {y}" for a, b in pairwise(words) if not {a, b} <= GENERIC_WORDS for x, y in ((a, b), (b, a))}
    if not pairs:
        return True
    # "tặng 6.845 suất quà" says the row "Quà tặng Tết": a classifier stands between the pair's words
    text = " " + " ".join(w for w in re.findall(r"[^\W\d_]+", fold(around)) if w not in CLASSIFIERS) + " "
    return any(f" {p} " in text for p in pairs)


CLASSIFIERS = frozenset({"suat", "phan", "chiec"})  # "suất quà", "phần quà", "chiếc xe": counted things' classifiers


RATE_CLAUSE_SHARE = 0.4
COUNTED = (
    "to chuc co so dang", "co so dang", "to chuc dang", "dang vien", "chi bo", "dang bo",
    # people named by their role: "264 giảng viên kiêm chức" are no row of "Báo cáo viên"
    "bao cao vien", "giang vien", "cong tac vien", "tuyen truyen vien", "hoc vien", "doan vien", "hoi vien",
    # the bases of a union or an association: "Cơ sở Hội hoàn thành tốt nhiệm vụ" are no "đảng viên hoàn thành …"
    "co so hoi", "co so doan", "chi hoi", "chi doan",
)


def _spaced_words(text: str) -> str:
    """Folded words, spelt-out abbreviations among them, with a space at each end (to find " noun " in)."""
    return " " + " ".join(re.findall(r"\w+", fold(with_expansions(text)))) + " "


def _counted(text: str) -> frozenset[str]:
    """Which of the party's own counting nouns a label names (the longest first: "tổ chức cơ sở đảng")."""
    folded, found = _spaced_words(text), set()
    for noun in COUNTED:
        if f" {noun} " in folded:
            found.add(noun)
            folded = folded.replace(f" {noun} ", " ")
    return frozenset(found)


def _head_counted(label: str) -> str:
    """The first of the party's counting nouns a label names ("Đảng viên dự sinh hoạt chi bộ": đảng viên)."""
    folded = _spaced_words(label)
    found = [(folded.find(f" {noun} "), -len(noun), noun) for noun in COUNTED if f" {noun} " in folded]
    return min(found)[2] if found else ""


def _share_counts(t: Fact) -> str:
    """The counting noun right after a share in the text ("100% chi bộ trực thuộc": chi bộ), if any."""
    at = t.quote.find(t.raw)
    after = _spaced_words(t.quote[at + len(t.raw) : at + len(t.raw) + 40]) if at >= 0 else ""
    return next((noun for noun in COUNTED if after.startswith(f" {noun} ")), "")


def _digits(value: Decimal) -> str:
    """The digits of a figure as printed, two decimals kept ("88,20" → "8820")."""
    text = f"{value:f}"
    whole, _, decimals = text.partition(".")
    return whole + (decimals.ljust(2, "0") if decimals else "")


def _digits_swapped(a: Decimal, b: Decimal) -> bool:
    """Two figures that differ by two neighbouring digits swapped (412 / 421, 48.760 / 47.860, 412,6 / 416,2,
    88,02 / 88,20)."""
    if f"{a:f}".find(".") != f"{b:f}".find(".") or (a == a.to_integral_value()) != (b == b.to_integral_value()):
        return False
    x, y = _digits(a), _digits(b)  # "412,6" / "416,2": over the decimal comma too
    diff = [i for i in range(len(x)) if len(x) == len(y) and x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _close(t: Fact, r: Fact) -> bool:
    if t.value == r.value or r.value == 0:
        return False
    if t.qualifier in ("trên", "hơn", "từ") and r.value >= t.value:
        return False
    return abs(t.value - r.value) <= MAX_RELATIVE_GAP * max(abs(t.value), abs(r.value))
