"""The in-memory index over normalized fact texts, built once per fact-base version.

Each fact is a bag of matching-form words and word pairs, weighted by where they stand
(the figure's own words weigh most, the sentence and section least). A question's concepts
are scored against all facts at once with numpy; typo repair and the fuzzy label score use
rapidfuzz over the vocabulary and the labels, never a Python loop over facts.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.document import LOCATOR_SEP, WHOLE_TERM, is_part, period_year, sets_tasks
from knowledge.figures import BARE_SCALES, QUARTER_RE
from knowledge.lexicon import load_lexicon
from knowledge.question import Concept
from knowledge.vietnamese import (
    clean,
    has_diacritics,
    has_marks,
    is_number,
    is_syllable,
    key,
    key_words,
    syllable_onset,
    words,
)

# Where a word stands in a fact, and how much it counts there.
GRADE_RE = re.compile(r"(?:khong )?hoan thanh (?:xuat sac |tot )?nhiem vu")
ORGAN_RE = re.compile(r"\b(?:uy ban kiem tra|doan thanh nien|cong doan|hoi cuu chien binh|hoi lien hiep phu nu)\b")
COMMITTEE_RE = re.compile(r"\b(?:ban thuong vu|ban chap hanh|thuong truc)\b")  # the party committee, not an organ of it
# the body's own "99 tổ chức cơ sở đảng", a union's "công đoàn cơ sở": no lower level of the party
BODY_UNITS_RE = re.compile(r"\b(?:(?:to chuc )?co so dang|cong doan co so|co so (?:doan|hoi))\b")
COUNT_WORDS = frozenset({"tong", "so", "luong", "cuoi", "ki"})  # "Tổng số đảng viên cuối kỳ"
NEGATED_AUXILIARIES = frozenset({"co", "duoc", "bi", "phai"})
BRACKETED_RE = re.compile(r"\([^()]*\)|^[^()]*\)|\([^()]*$")  # an aside, or the part of one a field was cut from
NOT_YET_RE = re.compile(r"\bchưa\s+(\w+)")  # "chưa" as written: folded it is the "chữa" of "sửa chữa"
FIELD_WEIGHTS = {
    "label": 1.0,
    "near": 1.0,
    "before": 0.85,
    "segment": 0.75,
    "clause": 0.6,
    "head": 0.6,  # the sentence's opening words, before its first figure: its subject
    "carrier": 0.7,
    "lead": 0.75,
    "group": 0.9,  # a row that only counts ("Số vụ"): its group's name ("TAI NẠN GIAO THÔNG")
    "whole": 0.6,  # a footnote's item: the words of the text's figure it is a part of
    "parent": 0.9,  # appendix rows: the rows above ("Đánh giá chất lượng đảng viên" over "Hoàn thành tốt nhiệm vụ")
    "quote": 0.35,
    "section": 0.3,
}
CORE_FIELDS = ("label", "near")
PHRASE_CACHE_BYTES = 32 * 1024 * 1024  # per-phrase score vectors kept: many for one report, fewer for 100
CONFUSED_ONSETS = ({"s", "x"}, {"d", "r"}, {"l", "n"})  # first letters Vietnamese spellers mix up
BOUND_MIN_COUNT = 4
UNKNOWN_WEIGHT = 0.7  # a question word no report uses weighs like a rare word (it may be out of scope)
BOUND_RATIO = 0.85
SLIP_LETTERS = "abcdeghiklmnopqrstuvxy"
UNKNOWN_SLIP_TIE = 1.0  # a syllable no report writes, a letter short of one tied to a neighbour ("khiển trác")
# Words that name the reporting body itself: a question may add them without narrowing anything.
SOFT_WORDS = ("dang bo", "dang", "bo", "dang uy", "uy", "toan", "nganh", "linh", "vuc", "linh vuc")
IMPLIED = {
    "%": ("ti le", "phan tram"),
    "target": ("chi tieu",),
    "share_of_target": ("so voi chi tieu", "chi tieu"),
    "km": ("chieu dai",),  # "chiều dài đường dây …": a length is what a figure in km measures
}
DAY_MONTH_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(?:19|20)\d{2})?(?![\d/])")
NEUTRAL_RE = re.compile(r"\btiep tuc\b")
GRADED = ("danh gia", "xep loai", "chat luong")


@dataclass(frozen=True)
class FactView:
    """A stored fact as the engine sees it."""

    id: int
    report_id: int
    report: str
    report_date: str
    value: Decimal
    unit: str
    label: str
    period: str | None
    kind: str
    qualifier: str
    origin: str
    column: str
    row_key: str
    locator: str
    quote: str
    section: str
    parent_id: int | None
    footnote: int | None
    carrier_id: int | None = None
    raw: str = ""  # the figure as printed ("2.104")
    report_period: str = ""  # the year the whole report covers: the period of figures stated without one
    texts: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Scores:
    """Per-fact arrays for one question."""

    coverage: np.ndarray
    precision: np.ndarray
    blend: np.ndarray
    per_concept: list[np.ndarray]


def body_words(issuer: str) -> list[str]:
    """The issuing body's own name, without the body above it, its unit words blanked:
    "ĐẢNG BỘ TỈNH KIÊN GIANG ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH" → đảng ủy khối … tỉnh."""
    words = [w for w in key_words(issuer) if not w[0].isdigit()]
    organs = [i for i in range(len(words) - 1) if words[i + 1] == "uy" or words[i : i + 2] in (["dang", "bo"], ["chi", "bo"])]
    if organs:
        words = words[organs[-1] :]
    units = load_lexicon().units
    named = {j for i in range(len(words) - 1) if tuple(words[i : i + 2]) in units for j in (i, i + 1)}
    named |= {j for j, w in enumerate(words) if (w,) in units}
    if words[:2] in (["dang", "uy"], ["dang", "bo"]):
        named.discard(2)  # "ĐẢNG ỦY XÃ PHƯỚC LONG ĐÔNG": "xã" is the body's level, "Đảng bộ xã" the body itself
        if words[2:4] in (["thi", "xa"], ["thi", "tran"]):
            named.discard(3)  # "ĐẢNG BỘ THỊ XÃ TÂN KHÊ": "Đảng bộ thị xã" is the body itself
    return [w if j not in named else "" for j, w in enumerate(words)]  # "" keeps unit words out of the pairs


LEVEL_COMMITTEES = {"tinh": "tinh uy", "huyen": "huyen uy", "quan": "quan uy", "thanh pho": "thanh uy", "thi xa": "thi uy"}


def _committee(issuer: str) -> list[str]:
    """"ĐẢNG BỘ TỈNH ĐÔNG LĨNH / BAN CHẤP HÀNH" is the Tỉnh ủy: its name as questions say it ("Tỉnh ủy có …")."""
    folded = " ".join(key_words(issuer))
    if "ban chap hanh" not in folded:
        return []
    level = next((lv for lv in LEVEL_COMMITTEES if f"dang bo {lv} " in f"{folded} "), None)
    return LEVEL_COMMITTEES[level].split() if level else []


def clean_words(text: str) -> set[str]:
    return set(re.findall(r"[a-zà-ỹđ]+", clean(text)))


@dataclass(eq=False)
class PartColumn:
    """A table column naming a part of each row, with the words that tell it from its sibling columns."""

    words: frozenset[str]
    mask: np.ndarray
    former: bool = False  # "Xã Phú Lộc (cũ)": before a merger


PLACE_CELL_RE = re.compile(r"(.+) \(([^()\d]+)\)")  # "Tỷ lệ bao phủ BHXH (Thị xã Phú Lạc)": a body's cell of a measure


def _part_titles(facts: list[FactView]) -> list[PartColumn]:
    tables: dict[tuple[int, str], dict[str, list[int]]] = {}
    wholes: dict[tuple[int, str], set[str]] = {}
    for f in facts:
        if f.origin == "table" and f.column != "measure":
            wholes.setdefault((f.report_id, f.label), set()).add(f.row_key)
    for i, f in enumerate(facts):
        if f.column == "part":
            table = tables.setdefault((f.report_id, f.section.split(LOCATOR_SEP)[0]), {})
            table.setdefault(f.locator.split(LOCATOR_SEP)[-1], []).append(i)
        elif f.origin == "table" and f.column != "measure" and (m := PLACE_CELL_RE.fullmatch(f.label)) and wholes.get((f.report_id, m.group(1)), {f.row_key}) - {f.row_key}:
            # "Diện tích trồng rừng mới (Huyện Bắc Sơn)" below the measure, beside the whole's row: a place, a part
            # named as a column is (not a body's cell of a table of bodies, weighed by its label's extra words)
            table = tables.setdefault((f.report_id, "rows"), {})
            table.setdefault(m.group(2), []).append(i)
    out = []
    for titles in tables.values():
        words = {t: frozenset(key_words(t)) for t in titles}
        for title, ids in titles.items():
            others = frozenset().union(*(w for t, w in words.items() if t != title))
            mask = np.zeros(len(facts), bool)
            mask[ids] = True
            out.append(PartColumn(words[title] - others or words[title], mask, bool(re.search(r"\bcũ\b", title))))
    return out


@lru_cache(maxsize=16384)
def units_named(text: str) -> frozenset[str]:
    """The counting nouns (units of the lexicon) a text names."""
    lex = load_lexicon()
    units, not_after, not_before = lex.units, lex.unit_not_after or {}, lex.unit_not_before or {}
    words = key_words(text)
    found: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(4, 0, -1):
            span = tuple(words[i : i + n])
            unit = units.get(span)
            if len(span) == 1 and i > 0 and words[i - 1] in not_after.get(words[i], ()):
                continue  # "Công ty" names no "tỷ đồng"
            if len(span) == 1 and i + 1 < len(words) and words[i + 1] in not_before.get(words[i], ()):
                continue  # "Tổ chức cuộc thi trực tuyến" counts no sittings ("cuộc")
            if unit and unit not in NOT_COUNTING:
                found.add(unit)
                i += n
                break
        else:
            i += 1
    return frozenset(found)


NOT_COUNTING = frozenset({"%", "năm", "tháng", "ngày", "cấp", "tổ", "đoàn", "lần", "đồng", "người"})


def accented_terms(text: str) -> tuple[list[str], list[str]]:
    """Words and adjacent pairs as written (diacritics kept)."""
    words = re.findall(r"[a-zà-ỹđ]+", clean(text))
    return words, [f"{a} {b}" for a, b in itertools.pairwise(words)]


def terms_of(text: str) -> tuple[list[str], list[str]]:
    """Unigrams and adjacent pairs of a text's matching-form words (numbers left out)."""
    words = [w for w in key_words(text) if not is_number(w) and w != "%"]
    return words, [f"{a} {b}" for a, b in itertools.pairwise(words)]


def _when_said(label: str, near: str) -> str:
    """Where a text figure says it is before or after an event: its own label if that says so ("Trước sắp xếp
    kết nạp 23 …, sau sắp xếp kết nạp 35"), else the words near it too."""
    return label if {"truoc", "sau"} & set(key_words(label)) else f"{label} {near}"


class Index:
    """Weighted postings over facts, with per-fact attributes as arrays."""

    def __init__(
        self, facts: list[FactView], texts: list[str] = (), issuers: list[str] = ()  # type: ignore[assignment]
    ) -> None:
        self.facts = facts
        self._phrase_cache: dict[tuple[str, ...], np.ndarray] = {}
        self._toned_forms: dict[str, list[str]] | None = None  # folded word → its spellings with tones in the facts
        self._pair_cache: dict[tuple[str, str], float] = {}  # pair_strength, asked for the same pairs again and again
        self._spelled_cache: dict[str, frozenset[int] | range] = {}
        self._cache_size = max(64, PHRASE_CACHE_BYTES // (4 * max(len(facts), 1)))
        self.text_pairs: dict[str, int] = {}
        self.text_words: dict[str, int] = {}
        # the terms the reports cover ("nhiệm kỳ 2020 - 2025"): a question about that range asks for the whole term
        self.terms = {f"{a}-{b}" for t in texts for a, b in re.findall(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", t)}
        written: dict[str, dict[str, int]] = {}  # a folded word pair → how the reports write it
        for text in texts:
            for pair in accented_terms(text)[1]:
                forms = written.setdefault(key(pair), {})
                forms[pair] = forms.get(pair, 0) + 1
            for form in (terms_of(text), accented_terms(text)):
                for pair in form[1]:
                    self.text_pairs[pair] = self.text_pairs.get(pair, 0) + 1
                for word in form[0]:
                    self.text_words[word] = self.text_words.get(word, 0) + 1
        self.pair_forms = {
            folded: top
            for folded, forms in written.items()
            if (top := max(forms, key=forms.__getitem__)) and forms[top] >= 2 and forms[top] >= 0.6 * sum(forms.values())
        }
        # how often a word stands with its most frequent right / left neighbour ("trường" → "hợp")
        self.bound_right: dict[str, float] = {}
        self.bound_left: dict[str, float] = {}
        for pair, count in self.text_pairs.items():
            a, b = pair.split(" ")
            self.bound_right[a] = max(self.bound_right.get(a, 0.0), count / self.text_words[a])
            self.bound_left[b] = max(self.bound_left.get(b, 0.0), count / self.text_words[b])
        self.n = len(facts)
        postings: dict[str, dict[int, float]] = {}
        core: dict[str, set[int]] = {}
        accented: dict[str, set[int]] = {}
        own_words: list[set[str]] = [set() for _ in facts]  # the words of each fact's own label
        for i, fact in enumerate(facts):
            for name, text in fact.texts.items():
                weight = FIELD_WEIGHTS.get(name, 0.3)
                for word in clean_words(text):
                    accented.setdefault(word, set()).add(i)
                uni, bi = terms_of(text)
                for term in (*uni, *bi):
                    slot = postings.setdefault(term, {})
                    if slot.get(i, 0.0) < weight:
                        slot[i] = weight
                # a bare footnote item ("01 chi bộ") means what the clause carrying its marker says
                bare = name == "carrier" and len(key_words(QUARTER_RE.sub("", fact.label))) <= 2  # "quý III lượt" too
                # a row that only names its unit ("- Đảng viên" under "Cấp ủy các cấp giám sát") means its parent's
                bare |= name in ("parent", "group") and not set(key_words(fact.texts.get("label", ""))) - set(key_words(fact.unit))
                if name in CORE_FIELDS or bare:
                    if QUARTER_RE.search(text):  # "quý III lượt": the quarter is the figure's period, not its subject
                        uni = terms_of(QUARTER_RE.sub("", text))[0]
                    own_words[i].update(uni)
                    for term in uni:
                        core.setdefault(term, set()).add(i)
            implied = IMPLIED.get("%" if fact.unit == "%" else "", ()) + IMPLIED.get(fact.kind, ()) + IMPLIED.get(fact.unit, ())
            if GRADE_RE.search(key(f"{fact.label} {fact.texts.get('near', '')}")):
                implied += GRADED  # "hoàn thành tốt nhiệm vụ" is the outcome of a rating
            for phrase in implied:
                uni, bi = terms_of(phrase)
                for term in (*uni, *bi):
                    slot = postings.setdefault(term, {})
                    slot[i] = max(slot.get(i, 0.0), 0.7)
        for i, fact in enumerate(facts):
            own_words[i].update(key_words(fact.unit))  # "Ban Chấp hành 40" counts ủy viên
        self.own_words = [frozenset(w) for w in own_words]
        # rows that are just the count of their unit: "Tổng số đảng viên", not "Đảng viên từ trần"
        self.bare_count = np.array(
            [
                f.origin == "table"
                and not f.texts.get("parent")
                and not set(key_words(f.label)) - set(key_words(f.unit)) - COUNT_WORDS
                for f in facts
            ],
            bool,
        )
        # the fields that say who did what, in matching form, once: the level and organ masks read them
        folded = [
            {name: " ".join(key_words(f.texts.get(name, ""))) for name in ("label", "near", "segment", "clause", "head", "before", "parent", "lead")}
            for f in facts
        ]
        # figures of another organ beside the party committee ("Ủy ban kiểm tra 02 cấp … giám sát 76 …")
        self.other_organ = np.array(
            [any(ORGAN_RE.search(fo[name]) for name in ("label", "near", "segment", "clause", "head")) for fo in folded],
            bool,
        )
        # figures the committee itself produced, its name opening the sentence or carried from the one before
        # ("Ban Thường vụ Đảng ủy Khối … . Kết quả đã … giám sát 26 tổ chức đảng, 03 đảng viên")
        self.committee_acts = np.array(
            [
                bool(COMMITTEE_RE.search(fo["head"])) and not any(ORGAN_RE.search(fo[name]) for name in ("head", "label", "near"))
                for fo in folded
            ],
            bool,
        )
        # … a bracket naming the body's kinds of bases ("23 tổ chức cơ sở đảng (09 đảng bộ cơ sở, 14 chi bộ cơ sở)
        # với 1.486 đảng viên") is no level below it
        unbracketed = [
            {name: " ".join(key_words(BRACKETED_RE.sub(" ", f.texts.get(name, "")))) for name in ("label", "near", "segment", "clause", "head", "before")}
            for f in facts
        ]
        lower = [{name: "co so" in BODY_UNITS_RE.sub(" ", text) for name, text in fo.items()} for fo in unbracketed]
        # … and those the bases did themselves, named before the figure ("chuyển cấp ủy cơ sở giải quyết 16 đơn")
        self.base_actor = np.array([lo["before"] for lo in lower], bool)
        # figures of the bases below the reporting body ("… phó bí thư chi, đảng bộ cơ sở")
        self.base_level = np.array(
            [any(lo[name] for name in ("label", "near", "segment", "clause")) for lo in lower], bool
        )
        self.idf = {t: math.log(1.0 + self.n / len(p)) for t, p in postings.items()}
        for i, fact in enumerate(facts):  # a row "Kiểm tra, giám sát | ĐV" counts đảng viên (no idf change)
            if fact.origin == "table":
                for word in clean_words(fact.unit):
                    if word in accented:
                        accented[word].add(i)
                for term in (t for part in terms_of(fact.unit) for t in part):
                    if term in postings and i not in postings[term]:
                        postings[term][i] = UNIT_WEIGHT
        self.max_idf = math.log(1.0 + max(self.n, 1))
        self._light = load_lexicon().light
        self.median_idf = float(np.median(list(self.idf.values()))) if self.idf else 1.0
        self.postings = {
            t: (np.fromiter(p.keys(), np.int32, len(p)), np.fromiter(p.values(), np.float32, len(p)))
            for t, p in postings.items()
        }
        self.core = {t: np.fromiter(s, np.int32, len(s)) for t, s in core.items()}
        self.accented = {t: np.fromiter(s, np.int32, len(s)) for t, s in accented.items()}
        self.core_mass = np.zeros(self.n, np.float32)
        money = np.array([f.kind == "money" for f in facts], bool)
        for t, idx in self.core.items():
            # "Tổng chi ngân sách" says no more than "chi ngân sách" (but "Tổng số đảng viên" is the headcount)
            self.core_mass[idx] += self.idf[t] * (~money[idx] if t == "tong" else 1)
        for i, f in enumerate(facts):
            # "tiếp tục kiểm tra 12 tổ chức đảng": words of manner count no other thing than the rest of the label
            said = {w for m in NEUTRAL_RE.finditer(key(f"{f.label} {f.texts.get('near', '')}")) for w in m.group(0).split()}
            self.core_mass[i] -= sum(self.idf.get(w, 0.0) for w in sorted(said & self.own_words[i]))
        self.vocabulary = frozenset(self.postings)
        # the reporting body's words, and its word pairs: "khối" and "đảng ủy khối" are soft, "tỉnh ủy" is another body
        bodies = [body_words(issuer) for issuer in issuers] + [committee for i in issuers if (committee := _committee(i))]
        self.soft_words = frozenset(SOFT_WORDS) | frozenset(w for body in bodies for w in body if w) | frozenset(
            f"{a} {b}" for body in bodies for a, b in itertools.pairwise(body) if a and b
        )
        generic = {w for phrase in SOFT_WORDS for w in phrase.split()}
        self.body_keys = frozenset(w for body in bodies for w in body if w) - generic
        self._body_spellings = frozenset(w for issuer in issuers for w in words(issuer))
        self.words = sorted(t for t in self.postings if " " not in t)
        self.is_percent = np.array([f.unit == "%" for f in facts], bool)
        self.is_table = np.array([f.origin == "table" for f in facts], bool)
        # a table row of one grade of the yearly rating ("Hoàn thành tốt nhiệm vụ"), not "… trở lên"
        self.one_grade = np.array(
            [f.origin == "table" and bool(GRADE_RE.fullmatch(key(f.texts.get("label", "")))) for f in facts], bool
        )
        # a row's "Thực hiện"/"Lũy kế" cell: the sum of its years, so the row counts events, not a state
        self.sum_cell = np.array([f.origin == "table" and f.column == "total" and f.unit != "%" for f in facts], bool)
        years_of_row: dict[tuple[int, str], set[str]] = {}
        for f in facts:
            if f.origin == "table" and f.column == "period" and f.period and re.fullmatch(r"(?:19|20)\d{2}", f.period):
                years_of_row.setdefault((f.report_id, f.row_key), set()).add(f.period)
        # … of a row of whole years ("Năm 2022 … Năm 2026 | Cộng 2022 - 2026"): a sum of several years
        self.years_sum_cell = self.sum_cell & np.array(
            [len(years_of_row.get((f.report_id, f.row_key), ())) >= 2 for f in facts], bool
        )
        self.ratio_cell = np.array([f.origin == "table" and f.column == "ratio" for f in facts], bool)  # "% so 2023"
        self.is_footnote = np.array([f.origin == "footnote" for f in facts], bool)
        self.footnote_numbers = np.array([f.footnote if f.footnote is not None else -1 for f in facts], int)
        # appendix cells of a column naming a part of the row ("UBKT cơ sở", "Khiển trách", "Xã Phú Lộc (cũ)")
        self.part_titles = _part_titles(facts)
        # "87 đảng viên" in the text = the sum of a row's yearly cells: the term's figure; each year alone is not it
        self.row_sum, self.summed_cell = _row_sums(facts)
        # "trong số đảng viên mới có 08 đồng chí nữ": the new members only, not all of them
        # … and "Trong năm, kết nạp 68 đảng viên mới …; trong đó có … 05 đồng chí là người dân tộc Khmer"
        self.new_ones = np.array(
            [
                bool(NEW_ONES_RE.search(fo["label"]))
                or (fo["clause"].startswith("trong do") and bool(re.search(r"\bket nap\b", fo["head"])))
                for fo in folded
            ],
            bool,
        )
        # "Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ kết nạp 213 …": a figure said to be of the whole term
        self.term_said = np.array(
            [
                f.period == WHOLE_TERM  # said in a part reviewing the term
                or (bool(TERM_SAID_RE.search(fo["clause"])) if f.origin != "table" else _term_column(f))
                for f, fo in zip(facts, folded, strict=True)
            ],
            bool,
        )
        # "Phát triển đoàn viên công đoàn mới", "kết nạp …": what happened, not how many there are
        # … a row under such a heading too ("Kết nạp mới đoàn viên, hội viên" over "Hội Nông dân")
        self.events = np.array(
            # … and a footnote's item whose lead says so ("Các đơn vị kết nạp nhiều: …, thị trấn Bến Giang 07 đảng viên")
            [
                bool(EVENT_RE.search(fo["label"]) or EVENT_RE.search(fo["parent"]))
                or (f.origin == "footnote" and bool(EVENT_RE.search(fo["lead"])))
                for f, fo in zip(facts, folded, strict=True)
            ],
            bool,
        )
        self.estimates = np.array([bool(ESTIMATE_RE.match(fo["label"])) for fo in folded], bool)  # "ước đến hết …"
        # columns before / after an event ("Cộng trước sáp nhập", "Xã An Hòa (mới) đến 30/11/2025")
        # and figures said to be before / after one ("trước sáp nhập có 27 ấp, sau sáp nhập còn 24 ấp")
        when = [
            set(key_words(f.texts.get("before", "") if f.origin == "table" else _when_said(f.label, f.texts.get("near", ""))))
            for f in facts
        ]
        table = [f.origin == "table" for f in facts]
        self.before_column = np.array(
            [("truoc" in w or (t and "cu" in w)) and "sau" not in w for w, t in zip(when, table, strict=True)], bool
        )
        self.after_column = np.array(
            [("sau" in w or (t and "moi" in w)) and "truoc" not in w for w, t in zip(when, table, strict=True)], bool
        )
        self.or_above = np.array([" tro len" in fo["label"] for fo in folded], bool)  # "… trở lên"
        self.per_each = np.array(  # "mỗi căn 80 triệu", "bình quân 1,004 triệu đồng/hội viên"
            [bool(PER_EACH_RE.match(fo["label"]) or PER_HEAD_RE.search(f.label)) for fo, f in zip(folded, facts, strict=True)], bool
        )
        self.said_total = np.array([bool(SAID_TOTAL_RE.search(fo["label"])) for fo in folded], bool)  # "tổng trị giá"
        # "giảm 02 tổ chức cơ sở đảng": a change, not how many there are
        self.change = np.array(
            [
                f.unit != "%" and (
                    bool(CHANGE_RE.match(fo["label"]))
                    or f.unit == "điểm phần trăm"  # "tăng 2,18 điểm phần trăm": a rate's change, in points
                    # "¹⁸ Số giảm trong nhiệm kỳ (…): … Hội Cựu chiến binh 1.563 hội viên": the note's items are falls
                    or (f.origin == "footnote" and bool(CHANGE_LEAD_RE.match(key(f.texts.get("lead", "")))))
                )
                for f, fo in zip(facts, folded, strict=True)
            ],
            bool,
        )
        # targets set in a later part than the one reporting results ("Phần thứ hai: phương hướng …")
        first_parts: dict[int, str] = {}
        for f in facts:
            if is_part(top := f.section.split(" › ")[0]):
                first_parts.setdefault(f.report_id, top)
        self.planned_ahead = np.array([f.kind == "target" and _sets_tasks_ahead(f, first_parts) for f in facts], bool)
        # "đạt 104,92%" of a rate's target ("Tỷ lệ lao động qua đào tạo"): a plain "tỷ lệ …?" asks the rate itself
        self.rate_share = np.array(
            [f.kind == "share_of_target" and bool(RATE_RE.search(key(f.label))) for f in facts], bool
        )
        self.has_period = np.array([f.period is not None for f in facts], bool)
        self.periods = sorted({f.period for f in facts if f.period}, key=_period_order)
        # per-fact attributes as arrays, so that a question never loops over facts in Python
        self.kinds = np.array([f.kind for f in facts], object)
        self.units = np.array([f.unit for f in facts], object)
        self.span_unit = np.isin(self.units, ["năm", "tháng", "ngày"])  # "10 năm": a span written, no count
        self.listed_units = np.array([", " in f.unit for f in facts], bool)  # "mô hình, điển hình": two things summed
        self.unit_names = sorted(set(self.units))
        self.unit_ids = np.array([self.unit_names.index(u) for u in self.units], np.int32)
        self.has_unit = self.units != ""
        self._kind_masks: dict[str, np.ndarray] = {}
        self._unit_masks: dict[frozenset[str], np.ndarray] = {}
        self._exact_unit_masks: dict[frozenset[str], np.ndarray] = {}
        self._phrase_labels: dict[str, np.ndarray] = {}
        self._phrase_leads: dict[str, np.ndarray] = {}
        self.values = np.array([float(f.value) for f in facts], np.float64)
        numbered: dict[str, list[int]] = {}  # numbers inside labels: "40 năm đồng chí" (a badge of 40 years)
        for i, f in enumerate(facts):
            for n in set(re.findall(r"\d+", f.label)):
                numbered.setdefault(n.lstrip("0") or "0", []).append(i)
        self.label_numbers = {n: np.array(ids, np.int64) for n, ids in numbered.items()}
        dated: dict[str, list[int]] = {}  # "đợt 07/11/2024 cho 44 đồng chí": the day of that figure
        for i, f in enumerate(facts):
            for d, m in set(DAY_MONTH_RE.findall(f.texts.get("segment", ""))):
                dated.setdefault(f"{int(d)}/{int(m)}", []).append(i)
        self.dated = {dm: np.array(ids, np.int64) for dm, ids in dated.items()}
        self.has_date = np.zeros(len(facts), bool)
        for same_day in self.dated.values():
            self.has_date[same_day] = True
        negated: dict[str, list[int]] = {}  # "đơn không giải quyết": the words a label negates
        for i, f in enumerate(facts):
            label = key_words(f.label)
            for k, (a, b) in enumerate(itertools.pairwise(label)):
                if a == "khong":
                    negated.setdefault(b, []).append(i)
                    if b in NEGATED_AUXILIARIES and k + 2 < len(label):
                        negated.setdefault(label[k + 2], []).append(i)  # "hóa đơn không có mã": "mã" is negated
            for word in NOT_YET_RE.findall(f.label.casefold()):  # "17 đảng viên chưa đánh giá": not those assessed
                negated.setdefault(key(word), []).append(i)
        self.negated = {w: np.array(ids, np.int64) for w, ids in negated.items()}
        self.has_label_number = np.zeros(len(facts), bool)
        for ids in numbered.values():
            self.has_label_number[ids] = True
        self.period_of = np.array([f.period or "" for f in facts], object)
        # facts of the latest year the reports state something done (targets and plans looking ahead left out)
        years = np.array([_period_order(f.period)[0] if f.period else 0 for f in facts], np.int32)
        # … and none after the report's own date: "đến năm 2025 đạt 11 triệu đồng" in 2023 is an aim
        issued = np.array([int(f.report_date[:4]) if f.report_date[:4].isdigit() else 9999 for f in facts], np.int32)
        done = np.array([f.kind not in ("target", "share_of_target") for f in facts], bool) & (years <= issued)
        self.latest = (years == years[done].max()) & (years > 0) if done.any() else np.zeros(len(facts), bool)
        self.period_keys = np.array([period_key(f.period) if f.period else "" for f in facts], object)
        self.implicit_periods = np.array([period_key(f.report_period) if not f.period and f.report_period else "" for f in facts], object)
        self.month_years = np.array(  # "tháng 5/2022" → "2022": an event within that year
            [m.group(1) if f.period and (m := re.fullmatch(r"tháng \d{1,2}/(\d{4})", f.period)) else "" for f in facts],
            object,
        )
        # periods as small integer codes: comparing them is a vector operation, not one string compare per fact
        self._period_fields = {
            name: _codes(values)
            for name, values in (
                ("period", self.period_of), ("key", self.period_keys), ("implicit", self.implicit_periods),
                ("month_year", self.month_years),
            )
        }
        self._period_masks: dict[tuple[str, str], np.ndarray] = {}
        self.known_period_keys = frozenset(self.period_keys) | frozenset(self.implicit_periods)
        # the year of the newest report's date: "năm ngoái" is the one before it
        self.report_year = max((int(f.report_date[:4]) for f in facts if f.report_date[:4].isdigit()), default=0)
        # the last year with results (not aims): a span starting after it ("giai đoạn 2026-2030") lies ahead
        # (none after the year the report was signed: "hoàn thành 100% chỉ tiêu giao quân hằng năm" to 2030 is an aim)
        self.last_result_year = max(
            (
                int(f.period)
                for f in facts
                if f.period and f.period.isdigit() and f.kind != "target" and (not self.report_year or int(f.period) <= self.report_year)
            ),
            default=0,
        )
        self.yearly = self.implicit_periods != ""  # a yearly report's figures stated without a period
        self.report_period_of = np.array([period_key(f.report_period) if f.report_period else "-" for f in facts], object)
        self.own_year = self.has_period & (self.period_keys == self.report_period_of)  # a yearly report's own year
        self.as_of_date = np.array([bool(f.period and f.period.count("/") == 2) for f in facts], bool)  # "đến 30/6/2023"
        dates = [_date_order(f.period) if f.period and f.period.count("/") == 2 else (0, 0, 0) for f in facts]
        newest: dict[int, tuple[int, int, int]] = {}  # each report's newest date
        for f, d in zip(facts, dates, strict=True):
            year_issued = int(f.report_date[:4]) if f.report_date[:4].isdigit() else 9999
            if f.kind not in ("target", "share_of_target") and d[0] <= year_issued:  # not an aim ("đến 31/12/2027")
                newest[f.report_id] = max(newest.get(f.report_id, (0, 0, 0)), d)
        self.newest_date = np.array(  # "đến 30/11/2025"
            [d == newest.get(f.report_id) and d > (0, 0, 0) for f, d in zip(facts, dates, strict=True)], bool
        )
        self.report_ids = np.array([f.report_id for f in facts], np.int64)
        # "tỷ lệ tổ chức cơ sở đảng …" → that noun; a share also names what its count before it counted
        label_units = [units_named(f"{f.label} {f.texts.get('near', '')}" if f.unit == "%" else f.label) for f in facts]
        self.has_label_unit = np.array([bool(u) for u in label_units], bool)
        # "Tiếp nhận đơn tố cáo đối với tổ chức đảng: 06": complaints about party bodies, counted as complaints
        self.aimed_unit_mask: dict[str, np.ndarray] = {}  # the unit of the things aimed at
        self.aimed_target_mask: dict[str, np.ndarray] = {}  # … and of their targets
        for i, f in enumerate(facts):
            if " đối với " in f" {f.label} ":
                things, target = f.label.split("đối với", 1)
                for unit in units_named(things):
                    self.aimed_unit_mask.setdefault(unit, np.zeros(len(facts), bool))[i] = True
                for unit in units_named(target) | {f.unit}:
                    self.aimed_target_mask.setdefault(unit, np.zeros(len(facts), bool))[i] = True
        self.label_unit_mask: dict[str, np.ndarray] = {}
        for i, found in enumerate(label_units):
            for unit in found:
                self.label_unit_mask.setdefault(unit, np.zeros(self.n, bool))[i] = True
        self.rows: dict[tuple[int, str], list[int]] = {}  # appendix row → its cells
        self.sentences: dict[tuple[int, str], list[int]] = {}  # quoted sentence → its figures
        for i, f in enumerate(facts):
            if f.origin == "table":
                self.rows.setdefault((f.report_id, f.row_key), []).append(i)
            else:
                self.sentences.setdefault((f.report_id, f.quote), []).append(i)
        self.by_id = {f.id: i for i, f in enumerate(facts)}
        self.children: dict[int, list[int]] = {}
        for i, f in enumerate(facts):
            if f.parent_id is not None and f.parent_id in self.by_id:
                self.children.setdefault(self.by_id[f.parent_id], []).append(i)
        self.is_total = np.zeros(self.n, bool)  # figures broken down into parts of their own
        self.is_total[list(self.children)] = True
        self.explained: dict[int, list[int]] = {}  # a figure → the footnote figures its marker carries
        for i, f in enumerate(facts):
            if f.carrier_id is not None and f.carrier_id in self.by_id:
                self.explained.setdefault(self.by_id[f.carrier_id], []).append(i)
        # carriers whose note's items in their own unit add up to more than they do: the note breaks down another
        # figure ("(6.842 đảng viên)¹⁶" at the year's start, its note's 2.986 + 2.840 + … the 7.159 at its end)
        self.outgrown_carriers = frozenset(
            c for c, items in self.explained.items()
            if sum((facts[j].value for j in items if facts[j].unit == facts[c].unit), Decimal(0)) > facts[c].value
        )
        self.conflicts: dict[int, list[int]] = {}
        self.label_key = [key(f"{f.label} {f.unit}") for f in facts]
        self.lead_key = [key(f.texts.get("lead", "")) for f in facts]  # "Công đoàn Viên chức tỉnh: … kết nạp 276"
        self.label_words = [frozenset(key_words(f.label)) for f in facts]  # the label alone, not its clause
        # the masks every question naming a contrast needs, built at load, not on the first question asking
        for phrase in {p for pair in load_lexicon().contrasts for p in pair}:
            self.labels_with(phrase)
            self.leads_with(phrase)

    def quotes_naming(self, span: str) -> np.ndarray:
        """Facts whose sentence names a span of years ("nhiệm kỳ 2025 - 2030" for "2025-2030"), cached."""
        return self.quotes_matching(rf"\b{span[:4]}\s*[-–]\s*{span[-4:]}\b")

    def quotes_matching(self, pattern: str) -> np.ndarray:
        """Facts whose sentence matches ``pattern`` (a regular expression, case-insensitive), cached."""
        return self._matching("quote", pattern)

    def labels_matching(self, pattern: str) -> np.ndarray:
        """Facts whose label matches ``pattern`` (a regular expression, case-insensitive), cached."""
        return self._matching("label", pattern)

    def period_matching(self, pattern: str) -> np.ndarray:
        """Facts whose period matches ``pattern`` ("quý II/2026"), cached."""
        return self._matching("period", pattern)

    def _matching(self, field_name: str, pattern: str) -> np.ndarray:
        mask = self._period_masks.get((field_name, pattern))
        if mask is None:
            compiled = re.compile(pattern, re.IGNORECASE)
            mask = np.array([bool(compiled.search(getattr(f, field_name) or "")) for f in self.facts], bool)
            self._period_masks[(field_name, pattern)] = mask
        return mask

    def period_is(self, field_name: str, value: str) -> np.ndarray:
        """Facts whose period field ("period", "key", "implicit", "month_year") is ``value`` (cached)."""
        mask = self._period_masks.get((field_name, value))
        if mask is None:
            codes, table = self._period_fields[field_name]
            code = table.get(value)
            mask = codes == code if code is not None else np.zeros(self.n, bool)
            self._period_masks[(field_name, value)] = mask
        return mask

    def kind_mask(self, kind: str) -> np.ndarray:
        """Facts of one kind (count, percent, money, target, share_of_target, growth)."""
        if kind not in self._kind_masks:
            self._kind_masks[kind] = self.kinds == kind
        return self._kind_masks[kind]

    def units_fitting(self, asked: frozenset[str]) -> np.ndarray:
        """Facts whose unit is one of ``asked`` (or holds it: "mô hình" in "mô hình, điển hình"; or is its head
        noun: "14 tổ chức" under "+ Tổ chức cơ sở đảng: …"; or is its kind: "2.986 đơn vị máu" of "mấy đơn vị"; or counts
        it in millions: "3,86 triệu lượt")."""
        return self._units_where(
            self._unit_masks, asked,
            lambda u: any(
                u == a or a in u.split(", ") or a.startswith(f"{u} ") or (u.startswith(f"{a} ") and not u.startswith(f"{a} và ")) or _unscaled(u) == a
                for a in asked
            ),
        )

    def units_among(self, units: frozenset[str]) -> np.ndarray:
        """Facts counted in exactly one of ``units``."""
        return self._units_where(self._exact_unit_masks, units, lambda u: u in units)

    def _units_where(
        self, cache: dict[frozenset[str], np.ndarray], units: frozenset[str], fits: Callable[[str], bool]
    ) -> np.ndarray:
        """A cached mask of the facts whose unit ``fits``: one test per distinct unit, not one per fact."""
        if units not in cache:
            cache[units] = np.isin(self.unit_ids, [k for k, u in enumerate(self.unit_names) if u and fits(u)])
        return cache[units]

    def labels_with(self, phrase: str) -> np.ndarray:
        """Facts whose label (folded) holds ``phrase`` (folded), cached."""
        if phrase not in self._phrase_labels:
            self._phrase_labels[phrase] = np.array([f" {phrase} " in f" {k} " for k in self.label_key], bool)
        return self._phrase_labels[phrase]

    def leads_with(self, phrase: str) -> np.ndarray:
        """Facts whose paragraph lead ("Công đoàn Viên chức tỉnh: …") holds ``phrase`` (folded), cached."""
        if phrase not in self._phrase_leads:
            self._phrase_leads[phrase] = np.array([f" {phrase} " in f" {k} " for k in self.lead_key], bool)
        return self._phrase_leads[phrase]

    def names_unit(self, i: int, units: Iterable[str], aimed: bool = False, target: bool = False) -> bool:
        """Fact ``i``'s label names one of ``units`` — as what it counts, or (``aimed``) as the things aimed at
        ("đơn tố cáo đối với 43 đảng viên": đơn), or (``target``) as whom they are aimed at (đảng viên).
        One fact's answer from the mask tables, without building a mask."""
        table = self.aimed_unit_mask if aimed else self.aimed_target_mask if target else self.label_unit_mask
        return any((mask := table.get(u)) is not None and bool(mask[i]) for u in units)

    def aimed_counting(self, asked: frozenset[str], targets: frozenset[str]) -> np.ndarray:
        """Facts of things aimed at ("đơn tố cáo đối với 43 đảng viên") counting one of ``asked``, aimed at
        one of ``targets`` (the question must name whom: "đơn tố cáo đảng viên")."""
        return _union(self.aimed_unit_mask, asked, self.n) & _union(self.aimed_target_mask, targets, self.n)

    def labels_counting(self, asked: frozenset[str]) -> np.ndarray:
        """Facts whose label names one of the ``asked`` counting nouns."""
        return _union(self.label_unit_mask, asked, self.n)

    def set_conflicts(self, pairs: list[tuple[int, int]]) -> None:
        for a, b in pairs:
            if a in self.by_id and b in self.by_id:
                self.conflicts.setdefault(self.by_id[a], []).append(self.by_id[b])
        # a figure the text says twice ("bán điện cho 738.462 khách hàng", "Đến 31/12/2025 … có 738.462 khách
        # hàng") disagrees with the cell wherever it is said
        said: dict[tuple[int, Decimal, str], list[int]] = {}
        for i, f in enumerate(self.facts):
            if f.origin != "table" and f.unit and f.value >= RESTATED_MIN:
                said.setdefault((f.report_id, f.value, f.unit), []).append(i)
        for same in said.values():
            others = list(dict.fromkeys(j for i in same for j in self.conflicts.get(i, [])))
            if others and len(same) > 1:
                for i in same:
                    self.conflicts[i] = list(dict.fromkeys([*self.conflicts.get(i, []), *others]))

    def spells_body(self, typed: str) -> bool:
        """A word typed with tones stands for the reporting body only as the body's name spells it
        ("án" is no "an" of "Công an"); a word of no body name, or typed without tones, may."""
        return not has_diacritics(typed) or key(typed) not in self.body_keys or clean(typed) in self._body_spellings

    def has_typed(self, word: str) -> bool:
        """The word as typed, diacritics kept, stands in the facts' texts."""
        return clean(word) in self.accented

    def written_pair(self, pair: str) -> str | None:
        """How the reports usually write a folded word pair ("co so" → "cơ sở"), if they use it."""
        return self.pair_forms.get(pair)

    def pair_strength(self, pair: str, typed: str = "") -> float:
        """How much two words belong together: log of how often the reports use them side by side.

        ``typed`` is the pair as typed; with diacritics it also tells apart "trường học" (two words
        bound together, unknown to the report) from the report's "trường hợp".
        """
        found = self._pair_cache.get((pair, typed))
        if found is None:
            if len(self._pair_cache) >= PAIR_CACHE_SIZE:
                self._pair_cache.clear()
            found = self._pair_cache[(pair, typed)] = self._pair_strength(pair, typed)
        return found

    def _pair_strength(self, pair: str, typed: str) -> float:
        p = self.postings.get(pair)
        in_facts = math.log1p(len(p[0])) if p is not None else 0.0
        strength = max(in_facts, math.log1p(self.text_pairs.get(pair, 0)))
        as_typed = clean(typed) if typed and has_diacritics(typed) else ""
        unknown_as_typed = as_typed and self.text_pairs.get(as_typed, 0) == 0
        if unknown_as_typed and self._bound_elsewhere(*as_typed.split(" ")):
            return 0.3  # two words the report never puts together, one of them bound to another neighbour
        if strength == 0.0 and self._bound_elsewhere(*pair.split(" ")):
            return 0.3
        return strength

    def _bound_elsewhere(self, a: str, b: str) -> bool:
        """``a`` (or ``b``) nearly always stands with another neighbour in the reports' text."""
        def bound(word: str, ratio: dict[str, float]) -> bool:
            return self.text_words.get(word, 0) >= BOUND_MIN_COUNT and ratio.get(word, 0.0) >= BOUND_RATIO

        return bound(a, self.bound_right) or bound(b, self.bound_left)

    def repair(self, word: str, before: str = "", after: str = "") -> str | None:
        """The known word nearest to a typo ("dnag" → "dang", "hag" → "hang").

        Only words that cannot be a Vietnamese syllable are repaired — "ngầm" is a word the
        reports do not use, not a slip for "ngân" — and only by one edit (two for long words),
        transpositions included, keeping the first letter.
        """
        if len(word) < 3 or not word.isalpha():
            return None
        for m in re.finditer(r"([a-z])\1", word):  # a key held down: "doanh thuu" → "thu"
            single = key(word[: m.start()] + word[m.start() + 1 :])  # "thu lyy" → "li", as "lý" is matched
            if single in self.words and (
                (before and self.pair_strength(f"{before} {single}") > 0)
                or (after and self.pair_strength(f"{single} {after}") > 0)
            ):
                return single
        if is_syllable(word):
            return None
        limit = 1 if len(word) <= 6 else 2
        found = process.extract(word, self.words, scorer=OSA.distance, processor=None, score_cutoff=limit, limit=12)
        candidates = [
            (cand, dist)
            for cand, dist, _ in found
            if cand[0] == word[0] and (len(word) > 3 or len(cand) > len(word))  # "hàg" → "hàng", not "GDP" → "góp"
        ]
        if not candidates:
            return None

        def fit(item: tuple[str, float]) -> tuple[float, float, int]:
            cand, dist = item  # the neighbours decide between equally near words: "ngân hàg" → "hàng", not "hai"
            context = self.pair_strength(f"{before} {cand}") if before else 0.0
            context += self.pair_strength(f"{cand} {after}") if after else 0.0
            return (context, -dist, self.text_words.get(cand, 0))

        return max(candidates, key=fit)[0]

    def dated_on(self, day_months: list[str]) -> np.ndarray:
        """Facts whose own words give one of these days ("đợt 07/11/2024" for "7/11")."""
        out = np.zeros(self.n, bool)
        for dm in day_months:
            if (ids := self.dated.get(dm)) is not None:
                out[ids] = True
        return out

    def rows_named_by(self, numbers: list[str]) -> np.ndarray:
        """Facts whose label holds one of ``numbers`` ("40 năm đồng chí" for "40")."""
        named = np.zeros(self.n, bool)
        for n in numbers:
            if (ids := self.label_numbers.get(n.lstrip("0") or "0")) is not None:
                named[ids] = True
        return named

    def repair_in_context(self, word: str, before: str, after: str, typed: str = "") -> str | None:
        """A real word that is a slip for another ("hoan thàn" → "thành"): only when neither neighbour
        ever stands with it and one edit gives a word both strongly tied to a neighbour."""
        if len(word) < 3 or not word.isalpha() or not (before or after):
            return None
        if max(self.pair_strength(f"{before} {word}"), self.pair_strength(f"{word} {after}")) >= 0.5:
            return None
        found = process.extract(word, self.words, scorer=OSA.distance, processor=None, score_cutoff=1, limit=20)
        unwritten = word not in self.words
        tied = [
            (strength, cand)
            for cand, _, _ in found
            if cand != word and (cand[0] == word[0] or {cand[0], word[0]} in CONFUSED_ONSETS)
            and (strength := max(
                self.pair_strength(f"{before} {cand}") if before else 0.0,
                self.pair_strength(f"{cand} {after}") if after else 0.0,
            )) >= (UNKNOWN_SLIP_TIE if unwritten and self._letter_left_out(word, cand, typed) else 2.5)
        ]
        return max(tied)[1] if len(tied) >= 1 else None

    def _letter_left_out(self, word: str, cand: str, typed: str) -> bool:
        """"trác" for "trách", "địn" for "định", "khon" for "không": a letter left out after the onset, which
        stays the same; typed with tones, the reports write the word so with the letter ("tròn" is no "trong")."""
        if len(cand) != len(word) + 1 or syllable_onset(cand) != syllable_onset(word):
            return False
        if not has_marks(typed):
            return True
        toned = clean(typed)
        return any(self.has_typed(toned[:i] + c + toned[i:]) for i in range(1, len(toned) + 1) for c in SLIP_LETTERS)

    def holds(self, i: int | None, concept: Concept) -> bool:
        """Fact ``i``'s own label (and unit) names the concept, in one of its phrasings."""
        return i is not None and any(set(alt) <= self.own_words[i] for alt in concept.alternatives)

    def holds_as_typed(self, i: int | None, concept: Concept) -> bool:
        """``holds``, and a word typed with tones stands so in the fact's texts ("khám phá án" is not held
        by the "an" of "Công an"); tones no report writes say nothing."""
        if not self.holds(i, concept):
            return False
        if not set(concept.words) <= self.own_words[i]:  # type: ignore[index]
            return True  # held in the lexicon's other words: the tones typed were not theirs
        return all(not has_diacritics(w) or i in self._spelled(clean(w)) for w in concept.typed)

    def _spelled(self, word: str) -> frozenset[int] | range:
        """The facts whose texts hold ``word`` as spelled (every fact when no report spells it so)."""
        found = self._spelled_cache.get(word)
        if found is None:
            ids = self.accented.get(word)
            found = range(self.n) if ids is None else frozenset(ids.tolist())
            self._spelled_cache[word] = found
        return found

    def concept_weight(self, concept: Concept) -> float:
        known = [self.idf[w] for w in concept.words if w in self.idf]
        if not concept.known or not known:
            return UNKNOWN_WEIGHT * self.max_idf
        weight = max(known)
        if len(known) < len(concept.words):  # "vô đảng": weighs what its report wording ("kết nạp") weighs
            written = [max(self.idf[w] for w in alt) for alt in concept.alternatives[1:] if all(w in self.idf for w in alt)]
            weight = min(written, default=weight)
        if concept.counted:
            weight = weight * 1.3  # what is counted is the heart of the question
        if concept.words[0][:1].isdigit():
            weight = weight * 0.5  # "110kV", "5G": a class of what is asked, not the heart of it
        return weight * 0.25 if concept.soft or concept.words in self._light else weight

    def _phrase_vector(self, words: tuple[str, ...]) -> np.ndarray:
        """How well each fact holds the phrase (cached: questions share their words)."""
        vec = self._phrase_cache.get(words)
        if vec is None:
            vec = self._compute_phrase_vector(words)
            if len(self._phrase_cache) >= self._cache_size:
                self._phrase_cache.pop(next(iter(self._phrase_cache)))
            self._phrase_cache[words] = vec
        return vec

    def _compute_phrase_vector(self, words: tuple[str, ...]) -> np.ndarray:
        """Mostly the phrase's weakest word, partly the average; side-by-side words count."""
        low: np.ndarray | None = None
        total = np.zeros(self.n, np.float32)
        for w in words:
            one = np.zeros(self.n, np.float32)
            if w in self.postings:
                idx, weight = self.postings[w]
                one[idx] = weight
            low = one if low is None else np.minimum(low, one)
            total += one
        assert low is not None
        vec = 0.6 * low + 0.4 * total / len(words) if len(words) > 1 else low
        if len(words) > 1:
            pairs = np.zeros(self.n, np.float32)
            for a, b in itertools.pairwise(words):
                if (p := self.postings.get(f"{a} {b}")) is not None:
                    pairs[p[0]] += 1.0 / (len(words) - 1)
            vec = vec * (0.45 + 0.55 * pairs)
        return vec

    def _synonym_vector(self, alt: tuple[str, ...]) -> np.ndarray:
        """``_phrase_vector`` of a lexicon synonym; one word alone is not held by a fact writing it with other
        tones only ("đuổi" is a spelling of "khai trừ", the "dưới" of "dưới 35 tuổi" is not)."""
        vec = self._phrase_vector(alt)
        toned = {clean(w) for w in load_lexicon().spellings.get(alt, ()) if has_diacritics(w)} if len(alt) == 1 else set()
        if not toned:
            return vec
        kept = self._phrase_cache.get(("=", *alt))
        if kept is None:
            if self._toned_forms is None:
                self._toned_forms = {}
                for word in self.accented:
                    self._toned_forms.setdefault(key(word), []).append(word)
            kept = np.ones(self.n, np.float32)
            for other in set(self._toned_forms.get(alt[0], ())) - toned:
                kept[self.accented[other]] = 0.0
            for w in toned & set(self.accented):
                kept[self.accented[w]] = 1.0
            if len(self._phrase_cache) >= self._cache_size:
                self._phrase_cache.pop(next(iter(self._phrase_cache)))
            self._phrase_cache[("=", *alt)] = kept  # beside the phrases, under the same bound
        return vec * kept

    def _typed_vector(self, typed: tuple[str, ...]) -> np.ndarray:
        """Share of the typed words a fact has exactly as typed (diacritics included)."""
        vec = np.zeros(self.n, np.float32)
        for w in typed:
            if not has_diacritics(w):
                vec += 1.0 / len(typed)  # typed without diacritics (or a repaired slip): nothing to check
            elif (idx := self.accented.get(w)) is not None:
                vec[idx] += 1.0 / len(typed)
        return vec

    def score(self, concepts: list[Concept], accented: bool = False) -> Scores:
        """Coverage of the question's concepts, precision of each fact's own words, and their blend.

        Word pairs that run across two concepts in the question ("tỷ lệ | đảng viên") add a little
        when a fact has them side by side too; when the question was typed with diacritics, facts
        that agree with them are preferred.
        """
        typed_words = [w for c in concepts for w in c.typed if has_diacritics(w)]
        unknown: set[str] = set()  # "thiếu" typed well, unknown to the reports: not the "thiệu" of "giới thiệu"
        if accented and typed_words:
            # diacritics typed in a hurry may be wrong ("lơp tâp huân"): trust them only when they are real words
            real = [w for w in typed_words if w in self.accented]
            if len(typed_words) >= 3 and len(real) == len(typed_words) - 1:
                unknown = set(typed_words) - set(real)
            accented = len(real) >= 0.8 * len(typed_words)
        acc = np.zeros(self.n, np.float32)
        bonus = np.zeros(self.n, np.float32)
        total = 0.0
        per_concept: list[np.ndarray] = []
        for concept in concepts:
            primary = self._phrase_vector(concept.alternatives[0])
            alone = len(concept.typed) == 1 and concept.typed[0] in unknown  # in a phrase it may be a slip ("cứu hô")
            if (accented or alone) and concept.typed and primary.any():
                # typed with diacritics: a word matched only by its folded form ("số" for "sở") counts half
                primary = (primary * (0.5 + 0.5 * self._typed_vector(concept.typed))).astype(np.float32)
            best = primary
            for alt in concept.alternatives[1:]:  # synonyms from the lexicon: other words (one alone keeps its tones)
                best = np.maximum(best, self._synonym_vector(alt) * np.float32(0.9))
            if concept.counted and (counted := self._counted_unit(concept)) is not None:
                best = np.maximum(best, counted)  # "bao nhiêu đồng chí", "mấy cây số": what counts it answers
            per_concept.append(best)
            weight = self.concept_weight(concept)
            if concept.soft or concept.context:
                bonus += 0.03 * best  # the body's own name, the event "sau khi …": a hint, never a requirement
                continue
            acc += weight * best
            total += weight
        coverage = acc / total if total else bonus * 0
        precision = self._precision(concepts)
        blend = bonus + coverage * (0.5 + 0.5 * precision) * (0.8 + 0.2 * self._sequence(concepts))
        return Scores(coverage, precision, blend, per_concept)

    def _counted_unit(self, concept: Concept) -> np.ndarray | None:
        """The unit counted, named in other words than the facts' ("cây số" for km, "đồng chí" for any
        people): the facts counting in it hold that word of the question."""
        lex = load_lexicon()
        unit = lex.units.get(concept.words)
        fits = lex.unit_fits or {}
        if unit is None or (unit in lex.people and unit not in GENERIC_PEOPLE):
            return None  # "đảng viên" is written in the labels; only the generic "đồng chí", "người" fit all
        fitting = self.units_fitting(frozenset(fits.get(unit, {unit})))
        return fitting.astype(np.float32) * np.float32(UNIT_WEIGHT)

    def _precision(self, concepts: list[Concept]) -> np.ndarray:
        """Share of each fact's own words (label, near) that the question names, weighted by idf."""
        matched = np.zeros(self.n, np.float32)
        for w in sorted({w for c in concepts for alt in c.alternatives for w in alt}):  # one order: float32 sums
            if (idx := self.core.get(w)) is not None:
                matched[idx] += self.idf[w]
        return np.divide(
            np.minimum(matched, self.core_mass), self.core_mass, out=np.zeros(self.n, np.float32),
            where=self.core_mass > 0,
        )

    def _sequence(self, concepts: list[Concept]) -> np.ndarray:
        """Share of the question's cross-concept word pairs a fact also has side by side."""
        pairs = [f"{a.words[-1]} {b.words[0]}" for a, b in itertools.pairwise(concepts) if b.adjacent]
        out = np.ones(self.n, np.float32)
        if not pairs:
            return out
        out[:] = 0.0
        for pair in pairs:
            if (p := self.postings.get(pair)) is not None:
                out[p[0]] += p[1] / len(pairs)
        return out


    def fuzzy_labels(self, text: str, candidates: list[int], cutoff: float = 55) -> dict[int, float]:
        """How much each candidate's label resembles the question as a whole (rapidfuzz, one call)."""
        if not candidates:
            return {}
        labels = [self.label_key[i] for i in candidates]
        found = process.extract(
            key(text), labels, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=cutoff, limit=None
        )
        return {candidates[pos]: float(score) / 100.0 for _label, score, pos in found}


UNIT_WEIGHT = 0.9
RESTATED_MIN = 100  # a figure this large said twice in the text is one figure; "05 đồng chí" may be two
PAIR_CACHE_SIZE = 65536
GENERIC_PEOPLE = frozenset({"đồng chí", "người", "trường hợp"})


def _codes(values: np.ndarray) -> tuple[np.ndarray, dict[str, int]]:
    table: dict[str, int] = {}
    codes = np.fromiter((table.setdefault(v, len(table)) for v in values), np.int32, len(values))
    return codes, table


def period_key(period: str) -> str:
    """Comparable form of a period: "6 tháng 2023" and "30/6/2023" both end the first half of 2023."""
    if m := re.fullmatch(r"(\d+) tháng (\d{4})", period):
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    if m := re.fullmatch(r"\d{1,2}/(\d{1,2})/(\d{4})", period):
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    return period


def _period_order(period: str) -> tuple[int, int, str]:
    if period == WHOLE_TERM:
        return (10**4, 0, period)  # the whole term after its years
    months = re.match(r"(\d+)\s*tháng", period)
    return (period_year(period), int(months.group(1)) if months else 13 if "/" not in period else 12, period)


ROW_SUM_MIN_CELLS = 3
TERM_SAID_RE = re.compile(
    r"\b(?:tu dau nhiem k[yi]|ca nhiem k[yi]|trong nhiem k[yi]|suot nhiem k[yi]|tu (?:nam )?(?:19|20)\d{2} (?:den|toi) nay"
    r"|ca giai doan|\d{1,2} nam (?:19|20)\d{2} (?:19|20)\d{2}|giai doan (?:19|20)\d{2} (?:19|20)\d{2})\b"
)  # "Tổng doanh thu 05 năm (2021 - 2025) đạt …", "cả giai đoạn"


def _term_column(f: FactView) -> bool:
    """An appendix cell of the whole term: its "Cả nhiệm kỳ" column, or the share of a term's target."""
    if re.search(r"\bca (?:nhiem k[yi]|giai doan)\b", key(f.locator)):
        return True
    return f.kind == "share_of_target" and not f.period and bool(re.search(r"\b(?:nhiem k[yi]|giai doan)\b", key(f.quote or "")))


EVENT_WORDS = "ket nap|phat trien|cong nhan (?:dang vien )?chinh thuc|chuyen (?:dang )?chinh thuc|thanh lap|lap moi|lap them|giai the|tiep nhan|chuyen sinh hoat|xoa ten|khai tru|ki luat|khen thuong"
EVENT_RE = re.compile(rf"\b(?:{EVENT_WORDS})\b")
ESTIMATE_RE = re.compile(r"(?:uoc|du kien)\b")  # an estimate's label opens so ("Ước năm 2025 …")
NEW_ONES_RE = re.compile(r"(?<!ket nap )(?<!trien )\b(?:dang|doan|hoi) vien moi\b")  # not "kết nạp đảng viên mới"
CHANGE_RE = re.compile(r"(?:tang|giam|them)\b(?!.*\b(?:con|len|xuong)\b)")  # "giảm xuống còn 99" is a state
CHANGE_LEAD_RE = re.compile(r"(?:so |tong so )?(?:tang|giam)\b(?!.*\b(?:con|len|xuong)\b)")  # "Số giảm trong nhiệm kỳ"
ROW_SUM_MIN_TOTAL = 10
PER_EACH_RE = re.compile(r"(?:binh quan )?moi (?!loai|hinh thuc|cap|ben)\w+")  # "mỗi căn", "bình quân mỗi người"
PER_HEAD_RE = re.compile(r"^bình quân\s*/\s*\w", re.IGNORECASE)  # a label "bình quân /hội viên" ("… triệu đồng/hội viên")
SAID_TOTAL_RE = re.compile(r"\btong\b")  # "tổng trị giá": the sum of them all
CUMULATIVE_RE = re.compile(r"\b(?:luy ke|tong so|hien co)\b")
RATE_RE = re.compile(r"\b(?:ti le|phan tram)\b")
GENERIC_LABEL_WORDS = frozenset({"so", "tong", "luong", "cac", "va", "cua", "duoc", "bi", "trong", "dang", "vien", "nam"})


def _row_sums(facts: list[FactView]) -> tuple[np.ndarray, np.ndarray]:
    """Text figures that equal the sum of an appendix row's period cells (its total cell, or their sum
    when it has none), and those cells."""
    row_sum, summed = np.zeros(len(facts), bool), np.zeros(len(facts), bool)
    rows: dict[tuple[int, str], list[int]] = {}
    totals = [f for f in facts if f.origin == "table" and f.column == "total"]
    term_totals = {(f.report_id, f.row_key): f.value for f in totals if f.period == WHOLE_TERM}  # "Cả nhiệm kỳ"
    totalled = {(f.report_id, f.row_key) for f in totals} - term_totals.keys()
    for i, f in enumerate(facts):
        if f.origin == "table" and f.column == "period" and f.kind in ("count", "money"):
            rows.setdefault((f.report_id, f.row_key), []).append(i)
    stated: dict[tuple[int, str, Decimal], list[int]] = {}
    for i, f in enumerate(facts):
        if f.origin != "table" and f.period is None and f.kind in ("count", "money"):
            stated.setdefault((f.report_id, f.unit, f.value), []).append(i)
    for (report_id, row_key), cells in rows.items():
        if len(cells) < ROW_SUM_MIN_CELLS or (report_id, row_key) in totalled:
            continue
        first = facts[cells[0]]
        if CUMULATIVE_RE.search(key(first.label)):
            continue  # "Nông thôn mới (lũy kế)": each year's cell is a state, their sum means nothing
        own = set(key_words(first.label.split(":")[-1])) - GENERIC_LABEL_WORDS
        total = term_totals.get((report_id, row_key), sum((facts[i].value for i in cells), Decimal(0)))
        if total < ROW_SUM_MIN_TOTAL:
            continue  # small sums meet small figures by chance
        for i in stated.get((report_id, first.unit, total), []):
            said = set(key_words(f"{facts[i].label} {facts[i].texts.get('near', '')}"))
            if own and len(own & said) >= 0.5 * len(own):
                row_sum[i] = True
                summed[cells] = True
    return row_sum, summed


def _date_order(period: str) -> tuple[int, int, int]:
    """"30/11/2025" → (2025, 11, 30), to compare dates."""
    day, month, year = (int(x) if x.isdigit() else 0 for x in period.split("/"))
    return year, month, day


def _sets_tasks_ahead(fact: FactView, first_parts: dict[int, str]) -> bool:
    """In a later part than the one reporting results, or (in a report without parts) in a top section
    setting the coming tasks."""
    top = fact.section.split(" › ")[0]
    if fact.report_id in first_parts:
        return is_part(top) and top != first_parts[fact.report_id]
    return fact.origin != "table" and sets_tasks(top)


def _union(masks: dict[str, np.ndarray], keys: frozenset[str], n: int) -> np.ndarray:
    """The facts of any of ``keys`` in a table of masks."""
    out = np.zeros(n, bool)
    for k in keys:
        if (mask := masks.get(k)) is not None:
            out |= mask
    return out


def _unscaled(unit: str) -> str:
    """"triệu lượt" → "lượt": a count in millions still counts that unit (money stays money)."""
    scale, _, rest = unit.partition(" ")
    return rest if scale in BARE_SCALES and rest and not rest.startswith("đồng") else unit
