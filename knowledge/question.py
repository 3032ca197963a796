"""A question understood: what it counts (concepts), what kind of figure it wants, which period.

The way of a question: periods are taken out first (numbers are slots, never match terms);
abbreviations are expanded and Telex slips undone; cue phrases ("bao nhiêu phần trăm", "từng
năm", "hiện nay") say what is wanted and are then set aside; stop words and fillers go; what
is left and unknown to the fact base is repaired against its vocabulary; the remaining words
are grouped into concepts (lexicon phrases, known word pairs, single words).
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Protocol

from knowledge.document import school_year_end
from knowledge.lexicon import InContext, Lexicon, load_lexicon
from knowledge.spoken import digits_for_words
from knowledge.vietnamese import (
    clean,
    has_diacritics,
    has_marks,
    is_number,
    is_syllable,
    key,
    key_words,
    letters,
    tone,
    words,
)
from knowledge.vietnamese import typing_slips as telex_candidates

MAX_QUESTION_CHARS = 600
# Units that, named in a question, do not say what is counted ("chỉ tiêu nghị quyết", "doanh nghiệp").
NOT_ASKED_UNITS = frozenset({
    "năm", "tháng", "ngày", "%", "đồng", "cấp", "tổ", "đoàn", "lần", "chỉ tiêu", "nghị quyết", "doanh nghiệp",
    "cơ quan", "đơn vị", "hội nghị", "văn bản", "tỷ đồng", "triệu đồng", "nghìn đồng", "lao động",
    "đảng bộ",
})
# … unless counted right after "bao nhiêu": "bao nhiêu doanh nghiệp" counts enterprises.
COUNTABLE_WHEN_ASKED = frozenset(
    {"doanh nghiệp", "cơ quan", "đơn vị", "hội nghị", "văn bản", "đảng bộ", "lao động", "chỉ tiêu", "nghị quyết"}
)
# Cues whose words only shape the question and are not what it counts.
RISE_ASKED_Q = re.compile(  # "thu nhập người lao động tăng?", "tăng thu nhập so đầu nhiệm kỳ"
    r"\b(?:tang|giam)\s*(?:bao nhieu|may|bn|khong|chua)?\s*[?]*\s*$|^\s*(?:tang|giam)\b.*\bso\s+(?:voi|vs|dau|cung|nam|ky|ki|chi|ke)\b"
)
PERCENT_ASKED_Q = re.compile(r"\b(?:bao nhieu|may|bn)\s*(?:%|phan tram)")
FORM_CUES = (
    "percent_form", "money", "breakdown", "series", "now", "start_of_term", "whole_term", "greeting", "exceed", "ahead", "appendix",
)

# "nawm": Telex; "cuối năm 2023": the year's figure (a state at its end is the year's cell)
UNTIL_YEAR = r"(?:(?:^|\btinh )(?:den|toi) |\b)"  # "đến 2030 …" opening a question: the year; not "chuyển đến năm 2021"
YEAR_Q = re.compile(
    rf"{UNTIL_YEAR}(?:(?<!thang )(?:cuoi|het)\s+)?(?:năm|nawm|nam|n)\s*((?:19|20)\d{{2}})\b|{UNTIL_YEAR}((?:19|20)\d{{2}})\b"
)  # not "6 tháng cuối năm 2023": a half year
BASE_YEAR_Q = re.compile(r"\bso(?: voi| vs)? (?:cung k[yi] )?(?:nam |n )?(?:19|20)\d{2}\b")
# words asking how one figure compares with another ("tăng bao nhiêu so với năm 2022", "bằng mấy %", "cao hơn")
CHANGE_ASKED_Q = re.compile(
    r"\b(?:tang|giam(?! sat)|chenh|hon|kem|thay doi|bien dong|gap|bang|dat|phan tram|cao|thap|vuot|so sanh|ti le tang)\b|%"
)
HALF_Q = re.compile(
    r"\b(\d{1,2}|sau|chin|ba)\s*(?:tháng|thang|t)\s*(?:đầu\s*|dau\s*)?(?:năm\s*|nam\s*)?/?\s*((?:19|20)\d{2})\b"
)
# "6 tháng đầu năm" with no year: the latest such span the reports hold
HALF_BARE_Q = re.compile(
    r"\b(\d{1,2}|sau|chin|ba)\s*(?:tháng|thang)\s*(?:đầu|dau)\s*(?:năm|nam)\b(?!\s*\d)"
    r"|\b([369]|sau|chin|ba)\s*(?:tháng|thang)\b(?!\s*(?:\d|tuoi|cuoi|truoc|toi|sau))"  # "chi ngân sách 6 tháng"
)
# "TAND h. Cẩm Điền", "UBND tx. An Thạnh", "tp. Lâm Giang": a kind of place shortened, its name capitalised
PLACE_KINDS = {"h": "huyện", "tx": "thị xã", "tp": "thành phố", "q": "quận", "x": "xã", "p": "phường", "tt": "thị trấn"}
PLACE_DOT_Q = re.compile(r"(?<![\w.])((?i:h|tx|tp|q|x|p|tt))\.\s*(?=[^\W\d_])")
# "TP Lam Giang", "TX Hòa Bình": a city or town typed in capitals with no dot, before a capitalised name
PLACE_CAPS_Q = re.compile(r"(?<![\w.])(TP|Tp|TX|Tx)\s+(?=[A-ZĐÀ-Ỹ])")
# "huyện An Lạc", "Xã Tân Hòa": a place named after its kind, capitalised (the folded name: see Question.places)
PLACE_NAMED_Q = re.compile(
    rf"\b(?:{'|'.join(sorted(PLACE_KINDS.values(), key=lambda k: (-len(k), k)))}|tp\.?)\s+([A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*)*)"
)
PLACE_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted({*PLACE_KINDS.values(), 'tỉnh'}, key=lambda k: (-len(k), k)))})\s*$", re.IGNORECASE)
# "quý 1/2026", "quý I năm 2026", "Q1 2026", "quý 3": a quarter (the first is the report's first 3 months where it
# has them); where the report has no such span, only a figure said of that quarter answers ("Quý I kết nạp 18")
QUARTER_Q = re.compile(
    r"\b(?:quy\s*(1|i)|q(1))\b(?:\s*(?:/|nam|n|-)?\s*((?:19|20)\d{2})\b)?"
    r"|\b(?:quy\s*(2|ii|3|iii|4|iv)|q([2-4])(?=\s*(?:/|nam|n|-)?\s*(?:19|20)\d{2}\b))\b"  # another ("Q3" a year after)
    r"(?:\s*(?:/|nam|n|-)?\s*((?:19|20)\d{2})\b)?"
)
QUARTERS = {"1": 1, "i": 1, "2": 2, "ii": 2, "3": 3, "iii": 3, "4": 4, "iv": 4}
SCHOOL_YEAR_Q = re.compile(r"\b(?:nam hoc|nh)\s*((?:19|20)\d{2})\s*(?:-|–|/|den|toi|\s)\s*((?:19|20)\d{2})\b")  # "năm học 2024 2025" too
DAY_MONTH_Q = re.compile(r"\b(?:dot|ngay|hom)\s*(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")  # "đợt 7/11": a day
CHOICE_FIRST_EDGE = 0.25  # an abbreviation's usual meaning yields only to one written clearly more (log counts)
MONTH_COUNTS = {"ba": 3, "sau": 6, "chin": 9}  # "sáu tháng đầu 2023" (folded)
MID_YEAR_Q = re.compile(r"\b(?:giữa|giua)\s*(?:năm|nam)\s*((?:19|20)\d{2})\b")
DATE_Q = re.compile(r"(?:\b(?:tinh |cho )?(?:den|toi|ngay|vao|luc)(?: ngay)?\s+)?\b(\d{1,2}/\d{1,2}/(?:19|20)\d{2})\b")  # "đến 31/12/2025"
FIRST_HALF_Q = re.compile(r"\bnua\s*(?:dau|nam dau)\s*(?:cua\s*)?(?:nam\s*)?((?:19|20)\d{2})\b")  # "nửa đầu năm 2023"
# "đầu năm 2024 có bao nhiêu đảng viên": the stock as the year opened (1/1/2024), not at its end; not "từ đầu
# năm" (the year so far), not "so với đầu năm" (a base), not "6 tháng đầu năm" (taken before)
NOT_AFTER_START = r"(?<!\btu )(?<!\bso voi )(?<!\bso vs )(?<!\bso )(?<!\bvoi )(?<!\blan )"  # "cấp lần đầu năm 2026"
SPAN_BEFORE_Q = re.compile(r"\b(?:\d{1,2}|sau|chin|ba)\s*\w{1,7}\s*$")  # "6 thnag đầu năm": a half year mistyped
START_YEAR_Q = re.compile(rf"{NOT_AFTER_START}\b(?:dau|đầu) (?:nam|năm|nawm) ((?:19|20)\d{{2}})\b")
START_BASE_Q = re.compile(r"\b(?:so(?: voi| vs)?|(?:nhieu |it )?hon) (?:hoi |luc )?dau (?:nam|n)\b(?: nay\b| (?:19|20)\d{2}\b)?(?! \d)")  # "nhiều hơn đầu năm"
RISE_WORDS = frozenset({"tang", "giam", "them"})  # a rise or a fall asked ("tăng", "giảm", "thêm")
START_YEAR_BARE_Q = re.compile(rf"{NOT_AFTER_START}\b(?:dau|đầu) (?:nam|năm|nawm)\b(?: nay\b)?(?!\s*(?:\d|hoc|toi|sau|nhiem|ngoai))")
START_OF_YEAR = "đầu năm"
FIRST_HALF_BARE_Q = re.compile(r"\bnua\s*(?:dau\s*nam|nam\s*dau)\b(?:\s*nay\b)?(?!\s*(?:\d|nhiem))")
GIVEN_TARGET_Q = re.compile(  # a value, not "… năm 2025", not a document's number ("chỉ tiêu NQ 05 về …")
    r"\bchi tieu(?: \w+){0,3}? (?<!\bnq )(?<!\bquyet )(?<!\bct )(?<!\bthi )(?<!\bkl )(?!(?:19|20)\d{2}\b)\d"
    # "… trong khi chỉ tiêu Nghị quyết là từ 30% trở lên": a share given
    r"|\bchi tieu(?: \w+){0,4}? (?:la|de ra|dat ra) (?:tu |tren )?\d+(?:[.,]\d+)? ?%"
)
# a target given as a rate ("so với chỉ tiêu 90%", "(chỉ tiêu là trên 95%)"): the rate reached is asked, not a share of it
GIVEN_RATE_TARGET_Q = re.compile(r"\bchi tieu(?: (?:nghi quyet|nq|de ra|dat ra|la|giao))* (?:tu |tren |it nhat )?\d+(?:[.,]\d+)? ?(?:%|phan tram)")
SHARE_SAID_Q = re.compile(r"\bso (?:voi |vs )?(?:chi tieu|ke hoach|kh)\b")
LAST_YEAR_Q = re.compile(r"(?<!so voi )(?<!so vs )(?<!so )(?<!cung ky )(?<!cung ki )\b(?:nam|n) (?:ngoai|truoc|roi)\b")  # not "so với năm trước": a base
LAST_YEAR = "năm trước"
YEAR_BEFORE_LAST_Q = re.compile(r"\b(?:nam|n) kia\b")  # "năm kia": two years before the report's
YEAR_BEFORE_LAST = "năm kia"
# "năm 2022 kết nạp 302 đv, vậy năm trước đó …": the year before the one just named
PRIOR_YEAR_Q = re.compile(r"\b(?:nam|n) (?:truoc do|lien truoc|truoc nua)\b")
PRIOR_YEAR = "năm trước đó"
# "cùng kỳ (năm ngoái)": the same span of the year before (not "so với cùng kỳ": a base)
SAME_SPAN_Q = re.compile(r"(?<!so voi )(?<!so vs )(?<!so )(?<!bang )(?<!% )(?<!phan tram )\bcung k[iy](?: (?:nam|n) (?:truoc|ngoai|roi))?\b")
SAME_SPAN = "cùng kỳ năm trước"
NUMERAL_BEFORE_YEAR_RE = re.compile(r"số\s", re.IGNORECASE)  # "số" typed with its tone: a number, not "so với"
# "theo chú thích 15", "ở ghi chú số 6": the footnote the figure stands in, named by its number
FOOTNOTE_Q = re.compile(r"\b(?:chu thich|ghi chu|chu giai|footnote)\s*(?:so\s*)?(\d{1,2})\b(?!\s*[.,/%]?\d)")
FOOTNOTES_Q = re.compile(r"\b(?:chu thich|chu giai)\b")
REPORT_NUMBER_Q = re.compile(r"\b(?:bc|bao cao)\s+(?:so\s+)?\d{1,4}\b(?!\s*(?:[.,%/]|\w))")
SPLIT_Q = re.compile(r"\bchia\b(?! (?:se|lam|thanh)\b)|\bgom \w+(?: \w+)? va \w+")  # "chia lần đầu và cấp đổi", "gồm đảng bộ và chi bộ"; not "chia sẻ"
SHORT_YEAR_Q = re.compile(r"(?<!\d\s)\b(?:nam|n)\s*(1[5-9]|2\d|3[0-5])\b(?!\s*(?:[.,/%]|\d|nam|thang|tuoi))")
TERM_YEARS_Q = re.compile(r"\b(?:trong |ca |suot )?(?:5|nam) nam(?: qua| vua qua)?\b(?! (?:tuoi|\d))")
SINCE_Q = re.compile(r"\btu\s*(?:nam\s*)?(?:19|20)\d{2}\s*(?:den|toi)\s*(?:nay|hien nay|hien tai|bay gio|gio)\b")
PER_HEAD_Q = re.compile(r"\s*/\s*(?:người|nguoi|đầu người|dau nguoi)\b")
RANGE_Q = re.compile(  # "giai đoạn 2021-2025": the span's name goes with its years (it names no measure)
    r"(?:\b(?:ca |trong |suot )?(?:giai doan|gd) )?\b((?:19|20)\d{2})\s*(?:-|–|đến|den|tới|toi)\s*((?:19|20)\d{2})\b"
    r"|(?:(?<=giai doan )|(?<=nhiem ki ))((?:19|20)\d{2})\s+((?:19|20)\d{2})\b"  # "giai đoạn 2021 2025": a span typed without its dash
)
# "từ năm 2020 đến giữa năm 2023", "từ 2021 đến 6 tháng 2023": a span of years to a half year's end
SPAN_TO_HALF_Q = re.compile(
    r"\btu\s*(?:nam\s*)?((?:19|20)\d{2})\s*(?:den|toi)\s*(?:het\s*)?"
    r"(?:giua\s*(?:nam\s*)?|(?:6|sau)\s*(?:thang|th|t)\s*/?\s*(?:dau\s*)?(?:nam\s*)?|nua\s*(?:dau\s*)?(?:nam\s*)?)((?:19|20)\d{2})\b"
)
MONTH_Q = re.compile(r"\b(?:tháng|thang|t)\s*(\d{1,2})\s*[/-]\s*((?:19|20)\d{2})\b")
# "tính tới cuối tháng 6/2023": the stock at the month's end (the report's "đến 30/6/2023")
MONTH_END_Q = re.compile(
    r"(?:\b(?:tinh |cho )?(?:den|toi) )?\b(?:cuoi|het) (?:thang|t)\s*(1[0-2]|0?[1-9])\s*(?:[/-]|\snam\s)\s*((?:19|20)\d{2})\b"
)  # "cuối tháng 6 năm 2023" too


@dataclass(frozen=True)
class Concept:
    """One thing the question names, with the phrases that may stand for it in a report."""

    words: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]
    known: bool  # found in the fact base's vocabulary (after repair)
    soft: bool = False  # names the reporting body itself ("khối", "đảng bộ"): counts little
    typed: tuple[str, ...] = ()  # the words as typed (with or without diacritics)
    adjacent: bool = False  # follows the previous concept directly in the question
    counted: bool = False  # the unit asked for right after "bao nhiêu" ("bao nhiêu tổ chức cơ sở đảng")
    context: bool = False  # names the event after which something is asked ("sau khi … tăng thêm"): counts less
    after_quantity: bool = False  # right after "bao nhiêu"/"mấy": what is counted ("bao nhiêu sự cố")
    given: bool = False  # says what a figure the question gives is ("Riêng khiển trách đã 26 người, vậy tổng …")


@dataclass
class Question:
    """What ``parse`` understood of a question."""

    text: str
    folded: str = ""  # the text in matching form (see ``vietnamese.key``), folded once
    concepts: list[Concept] = field(default_factory=list)
    wants: set[str] = field(default_factory=set)  # percent, share_of_target, target, growth, money, series, ...
    excluded: str = ""  # what the question leaves out, folded: "(không tính ủy ban kiểm tra)" → "uy ban kiem tra"
    period: str | None = None  # "2021", "6 tháng 2023", "30/6/2023", "hiện nay", "đầu nhiệm kỳ", "cả nhiệm kỳ"
    periods: list[str] = field(default_factory=list)  # every period named (several: a series)
    units: set[str] = field(default_factory=set)  # canonical units named in the question
    named_units: frozenset[str] = frozenset()  # every counting noun the question names, counted or not
    counted: bool = False  # a unit was named right after "bao nhiêu"/"mấy": it is what is counted
    parts_cued: bool = False  # a breakdown named in words ("gồm", "mỗi loại", "chia ra"), not only two asks
    asking_words: int = 0  # how many times "bao nhiêu" / "mấy" / "bn" is asked
    accented: bool = False
    tones_trusted: bool = False  # typed with tones that are nearly all the reports' words
    numbers: list[str] = field(default_factory=list)  # other numbers typed (slots)
    figures: list[str] = field(default_factory=list)  # the numbers typed as figures (not "5 năm")
    day_months: list[str] = field(default_factory=list)  # "đợt 7/11", "ngày 26/3": "7/11", "26/3"
    problem: str = ""  # empty | too_long | no_text | only_number | greeting
    unknown_name: str = ""  # a proper name no report writes ("huyện Khau Lình"): another body or place
    places: frozenset[str] = frozenset()  # places named after their kind, folded ("huyện An Lạc": "an lac")
    footnote: int | None = None  # "theo chú thích 15": the footnote named by its number (0: "theo chú thích", any)


class Vocabulary(Protocol):
    """What a question is understood against: the fact base's words (``knowledge.index.Index``)."""

    vocabulary: frozenset[str]  # matching-form words and word pairs of the facts
    soft_words: frozenset[str]  # words naming the reporting body itself

    def has_typed(self, word: str) -> bool: ...  # the word as typed (diacritics kept) is in the reports
    def spells_body(self, typed: str) -> bool: ...  # typed so, the word may name the reporting body
    def repair(self, word: str, before: str = "", after: str = "") -> str | None: ...  # nearest known word
    def pair_strength(self, pair: str, typed: str = "") -> float: ...  # how much two words belong together
    def repair_in_context(self, word: str, before: str, after: str, typed: str = "") -> str | None: ...  # "hoan thàn" → "thanh"
    def written_pair(self, pair: str) -> str | None: ...  # how the reports write a folded pair ("co so" → "cơ sở")


@dataclass
class Token:
    key: str  # matching form
    typed: str  # as typed (cleaned)
    drop: bool = False  # a stop word, filler or cue word
    protected: bool = False  # part of a unit or lexicon phrase
    repaired: bool = False  # a typo repaired: its diacritics as typed say nothing ("mớii")
    context: bool = False  # inside "sau khi …": the event, not what is asked
    given: bool = False  # in a clause giving a figure the question knows, beside the clause asking the total
    pause: bool = False  # a comma or a stop follows it in the question
    # names no reporting body: a level right after "lên", "cấp" ("gửi lên tỉnh"), or a word typed with
    # tones the body's name lacks ("án" is no "an" of "Công an")
    not_body: bool = False
    # folds to a stop word, but the reports write it with its neighbour otherwise ("viên mới", not "mỗi")
    written: bool = False
    after_number: bool = False  # typed right after a number ("2%": a figure given, no percentage asked)
    phrase: tuple[int, int] = (-1, -1)  # where the first lexicon phrase holding it starts and ends


def _place_kind(m: re.Match[str]) -> str:
    """"h. Cẩm Điền" → "huyện Cẩm Điền"; "p. tan" (no capital) is left as typed."""
    return f"{PLACE_KINDS[m.group(1).casefold()]} " if m.string[m.end()].isupper() else m.group(0)


# "mấy ký ma túy": kilograms, typed with the tone that tells "ký" from "kỳ" ("mấy kỳ họp" are sittings)
KILOS_Q = re.compile(r"\b(mấy|bao nhiêu|bn)\s+(?:ký|kí)\b(?!\s*(?:luật|kết|niệm|thuật|năng|túc|tên|hợp đồng))", re.IGNORECASE)
AGE_Q = re.compile(r"\b(dưới|duoi|trên|tren|từ|tu|đủ|du|ngoài|ngoai)\s+(\d{2})\s?t\b", re.IGNORECASE)


def parse(text: str, vocab: Vocabulary, lexicon: Lexicon | None = None) -> Question:
    """Understand ``text`` against the fact base's vocabulary."""
    lex = lexicon or load_lexicon()
    vocabulary = vocab.vocabulary
    text = unicodedata.normalize("NFC", text)  # what is read off the text as typed ("đạt", names) reads NFD alike
    text = digits_for_words(text)  # a voice message's "năm hai không hai mốt" is 2021
    text = PLACE_DOT_Q.sub(_place_kind, text)  # "h. Cẩm Điền": huyện
    text = PLACE_CAPS_Q.sub(lambda m: f"{PLACE_KINDS[m.group(1).casefold()]} ", text)  # "TP Lam Giang": thành phố
    text = AGE_Q.sub(r"\1 \2 tuổi", text)  # "dưới 40t": forty years of age
    text = KILOS_Q.sub(r"\1 kg", text)  # "thu được mấy ký ma túy": kilograms
    q = Question(text=text, folded=key(text))
    q.day_months = [f"{int(d)}/{int(m)}" for d, m in DAY_MONTH_Q.findall(q.folded) if 0 < int(d) <= 31 and 0 < int(m) <= 12]
    cleaned = PER_HEAD_Q.sub(" bình quân đầu người ", clean(text))  # "GRDP/người": per head
    if len(cleaned) > MAX_QUESTION_CHARS:
        q.problem = "too_long"
        cleaned = cleaned[:MAX_QUESTION_CHARS]
    if not re.search(r"[0-9a-zà-ỹđ]", cleaned):
        q.problem = "no_text"
        return q
    cleaned = _without_pleasantries(cleaned)
    q.accented = has_diacritics(cleaned)
    q.unknown_name = _unknown_name(text, vocab, lex)
    q.places = frozenset(" ".join(key_words(m.group(1))) for m in PLACE_NAMED_Q.finditer(text))
    cleaned = _take_periods(q, cleaned)
    cleaned = re.sub(r"\bđ/c\b", " đồng chí ", cleaned)
    # "(ko tính xóa tên, khai trừ)": what is left out runs to the bracket's end, over its commas
    cleaned = EXCLUDED_LIST_RE.sub(lambda m: m.group(0).replace(",", " và "), cleaned)
    marked = BREAK_RE.sub(f" {BREAK} ", cleaned)  # where the question pauses (",", "?"): kept as a token for now
    tokens = [t for t in _expand(text, words(marked), lex, vocab) if t.key]  # a lone combining mark folds to ""
    for i, t in enumerate(tokens):
        if t.key == BREAK and i > 0:
            tokens[i - 1].pause = True
    tokens = [t for t in tokens if t.key != BREAK]
    _fix_misspellings(tokens, lex)
    _standard_words(tokens, lex, vocabulary)
    q.numbers = [t.key for t in tokens if is_number(t.key)]
    q.figures = [  # numbers typed as figures the user knows: not "5 năm" (a span), "Chỉ thị 05" (a name)
        t.key
        for i, t in enumerate(tokens)
        if is_number(t.key)
        and (i + 1 == len(tokens) or tokens[i + 1].key not in TIME_WORDS)
        and (i == 0 or tokens[i - 1].key not in DOCUMENT_WORDS)
    ]
    for a, b in pairwise(tokens):
        b.after_number = is_number(a.key)
    _mark_given_figure(tokens, q.figures)
    tokens = [t for t in tokens if not is_number(t.key)]
    for i, t in enumerate(tokens):
        before = tokens[i - 1].key if i > 0 else ""
        after = tokens[i + 1].key if i + 1 < len(tokens) else ""
        fixed = _repair(t.key, before, after, vocab, lex)
        t.repaired, t.key = t.repaired or fixed != t.key, fixed
    for i, t in enumerate(tokens):
        # a slip that still reads as a word: "hoan thàn"; or a lexicon word typed with tones no one writes
        # it with ("ủy ban kểm tra": "kém" is the lexicon's, "kểm" nobody's)
        if t.key not in lex.words or (
            has_diacritics(t.typed) and clean(t.typed) not in lex.written and not vocab.has_typed(t.typed)
        ):
            before = tokens[i - 1].key if i > 0 else ""
            after = tokens[i + 1].key if i + 1 < len(tokens) else ""
            fixed = vocab.repair_in_context(t.key, before, after, t.typed) or t.key
            t.repaired, t.key = t.repaired or fixed != t.key, fixed
    _protect(tokens, lex)
    _find_cues(q, tokens, lex, vocab.has_typed)
    _protect_written_pairs(tokens, lex, vocab)
    _drop_stopwords(tokens, lex, vocab.has_typed, vocab.written_pair)
    for a, b in pairwise(tokens):
        if (a.key, b.key) in lex.unless_written and not vocab.written_pair(f"{a.key} {b.key}"):
            a.drop = b.drop = True  # "phấn đấu" in a report that never writes it: the target cue says enough
    _mark_context(tokens)
    _mark_prior_base(tokens)
    _mark_dimension(tokens)
    q.excluded = _drop_excluded(tokens)
    _drop_fillers_by_neighbour(tokens)
    for i, t in enumerate(tokens):
        if t.key in ("khong", "chua") and not t.protected and (i + 1 == len(tokens) or t.pause):
            t.drop = True  # "có … bị cách chức không": the question's particle, no negation
    toned = [t for t in tokens if has_diacritics(t.typed) and not t.repaired]
    # tones typed in a hurry may be wrong ("đang bô khôi"): trusted when nearly all are the reports' words
    q.tones_trusted = bool(toned) and len([t for t in toned if vocab.has_typed(t.typed)]) >= TRUSTED_TONES * len(toned)
    for i, t in enumerate(tokens):
        after_level = i > 0 and tokens[i - 1].key in ("len", "cap")
        t.not_body = after_level or (q.tones_trusted and not t.repaired and not vocab.spells_body(t.typed))
    kept = [t if not t.drop else None for t in tokens]
    q.units, q.counted = _asked_units(tokens, lex, q.tones_trusted)
    keys = [t.key for t in tokens]
    q.named_units = frozenset(
        unit for n in range(1, 5) for i in range(len(keys) - n + 1) if (unit := lex.units.get(tuple(keys[i : i + n])))
    )
    for t in tokens:
        unit = lex.units.get((t.key,))
        if unit and unit not in q.units and t.key not in vocabulary and not t.protected:
            t.drop = True  # "các buổi sinh hoạt chi bộ": a counting word the reports never use, not what is asked
    if "điểm phần trăm" in q.units:
        q.wants -= {"percent", "percent_form"}  # "giảm bao nhiêu điểm %": the change of a rate, in points, no rate
    if q.counted and q.units == {"chỉ tiêu"}:
        q.wants.discard("target")  # "hoàn thành mấy chỉ tiêu" counts targets met; it asks for no target
    if q.counted and "money" in q.wants and "breakdown" not in q.wants and not q.units & lex.money:
        q.wants.discard("money")  # "bao nhiêu hộ được hỗ trợ tiền mặt 1,5 triệu": households are counted, not money
    bridged = {i for i, t in enumerate(tokens) if t.drop and t.key in QUANTITY_KEYS}  # "mở bao nhiêu lớp": "mở lớp"
    counting = frozenset(i for i in bridged if not tokens[i].pause)  # "nhận bao nhiêu, xử lý …": no count of "xử lý"
    q.concepts = _concepts(
        kept, lex, vocabulary, set(vocab.soft_words), vocab.pair_strength, vocab.has_typed, frozenset(bridged), counting
    )
    if q.counted:
        q.concepts = [
            replace(c, counted=True) if lex.units.get(c.words) in q.units else c for c in q.concepts
        ]
    if (moved := START_BASE_Q.search(q.folded)) and not any(w in RISE_WORDS for c in q.concepts for w in c.words):
        # "đảng viên nhiều hơn đầu năm bao nhiêu": the rise since the year opened ("ít hơn": the fall)
        said = "giam" if moved.group(0).startswith("it ") else "tang"
        q.concepts.append(Concept(words=(said,), alternatives=((said,),), known=said in vocabulary))
    if not q.concepts and not q.problem:
        q.problem = "greeting" if "greeting" in q.wants else ("only_number" if q.numbers or q.periods else "no_text")
    return q


TRUSTED_TONES = 0.8


def _count(text: str) -> int:
    return MONTH_COUNTS.get(text) or int(text)


def _quarter(m: re.Match[str]) -> str:
    number = QUARTERS[m.group(1) or m.group(2) or m.group(4) or m.group(5)]
    year = m.group(3) or m.group(6)
    return f"quý {number} {year}" if year else f"quý {number}"


def _school_year(m: re.Match[str]) -> str:
    return school_year_end(m.group(1), m.group(2)) or f"{m.group(1)}-{m.group(2)}"


TIME_SLIPS = {"nawm": "năm", "namw": "năm", "thangs": "tháng", "thasng": "tháng", "thnag": "tháng", "quys": "quý"}
TIME_SLIP_RE = re.compile(r"\b(?:" + "|".join(TIME_SLIPS) + r")\b")


def _take_periods(q: Question, cleaned: str) -> str:
    """Find the periods named and take them out of the text."""
    found: list[tuple[int, str]] = []
    # "đầu namw": Telex slips of the time words, mended in place (same length)
    cleaned = TIME_SLIP_RE.sub(lambda m: TIME_SLIPS[m.group(0)].ljust(len(m.group(0))), cleaned)
    folded = key(cleaned)  # folded once: a period taken out is blanked in both, so they stay aligned
    aligned = len(folded) == len(cleaned)

    def take(pattern: re.Pattern[str], render: Callable[[re.Match[str]], str], skip: Callable[[re.Match[str]], bool] | None = None) -> None:
        nonlocal cleaned, folded
        if not aligned:
            folded = key(cleaned)
        for m in list(pattern.finditer(folded))[::-1]:
            if skip is not None and skip(m):
                continue
            found.append((m.start(), render(m)))
            # a period named ends a phrase ("sau khi bầu bổ sung tháng 5/2022 | Ban Thường vụ có …")
            blank = "," + " " * (m.end() - m.start() - 1)
            cleaned = cleaned[: m.start()] + blank + cleaned[m.end() :]
            folded = folded[: m.start()] + blank + folded[m.end() :]

    take(REPORT_NUMBER_Q, lambda m: "")  # "bc 161 ghi …": the report's own number names no figure
    if note := FOOTNOTE_Q.search(folded):
        q.footnote = int(note.group(1))
    elif FOOTNOTES_Q.search(folded):
        q.footnote = 0  # "theo chú thích, …": one of the footnotes
    take(FOOTNOTE_Q, lambda m: "")
    take(FOOTNOTES_Q, lambda m: "")
    take(SINCE_Q, lambda m: "cả nhiệm kỳ")  # "từ 2021 đến nay": all the years so far, summed up
    take(TERM_YEARS_Q, lambda m: "cả nhiệm kỳ")  # "5 năm qua": a term
    take(SCHOOL_YEAR_Q, _school_year)  # "năm học 2025-2026": counted as 2026, the year it ends in
    take(SPAN_TO_HALF_Q, lambda m: f"{m.group(1)}-{m.group(2)}")
    take(RANGE_Q, lambda m: f"{m.group(1) or m.group(3)}-{m.group(2) or m.group(4)}")
    take(QUARTER_Q, _quarter)
    take(HALF_Q, lambda m: f"{_count(m.group(1))} tháng {m.group(2)}")
    take(HALF_BARE_Q, lambda m: f"{_count(m.group(1) or m.group(2))} tháng")
    take(MID_YEAR_Q, lambda m: f"6 tháng {m.group(1)}")
    take(FIRST_HALF_Q, lambda m: f"6 tháng {m.group(1)}")
    take(FIRST_HALF_BARE_Q, lambda m: "6 tháng")  # "nửa đầu năm nay": the latest first half the reports hold
    def after_span(m: re.Match[str]) -> bool:  # "6 thnag đầu năm": a half year mistyped, no start of a year
        return bool(SPAN_BEFORE_Q.search(folded[: m.start()]))

    if START_BASE_Q.search(folded):
        q.wants.add("since_start")  # "tăng bao nhiêu so với đầu năm": a rise from the year's start is asked
    take(START_BASE_Q, lambda m: "")  # … whose base is no period asked
    take(START_YEAR_Q, lambda m: f"1/1/{m.group(1)}", after_span)
    take(START_YEAR_BARE_Q, lambda m: START_OF_YEAR, after_span)  # the report's year as it opened
    take(DATE_Q, lambda m: "/".join(str(int(x)) if i < 2 else x for i, x in enumerate(m.group(1).split("/"))))
    take(MONTH_END_Q, lambda m: f"{calendar.monthrange(int(m.group(2)), int(m.group(1)))[1]}/{int(m.group(1))}/{m.group(2)}")
    take(MONTH_Q, lambda m: f"tháng {int(m.group(1))}/{m.group(2)}")
    # "tăng bao nhiêu % so với năm 2023": the base of a rise, not the period; "chuyển đổi số năm 2024", "dân số năm
    # 2021" are no "so"
    # … unless nothing of a change is asked: "số đảng viên năm 2021 so với năm 2022" asks the figures of both years
    compared = bool(CHANGE_ASKED_Q.search(folded))
    take(BASE_YEAR_Q, lambda m: "", lambda m: bool(NUMERAL_BEFORE_YEAR_RE.match(cleaned[m.start() :])) or folded[: m.start()].endswith(("doi ", "te ", "dan ")) or not compared)
    take(YEAR_Q, lambda m: m.group(1) or m.group(2))
    take(SHORT_YEAR_Q, lambda m: f"20{m.group(1)}")  # "nam 22": 2022
    take(SAME_SPAN_Q, lambda m: SAME_SPAN)
    take(PRIOR_YEAR_Q, lambda m: PRIOR_YEAR)
    take(LAST_YEAR_Q, lambda m: LAST_YEAR)  # "năm ngoái": the year before the report's
    take(YEAR_BEFORE_LAST_Q, lambda m: YEAR_BEFORE_LAST)
    q.periods = [p for _, p in sorted(found) if p]
    if PRIOR_YEAR in q.periods:
        at = q.periods.index(PRIOR_YEAR)
        named = [p for p in q.periods[:at] if re.fullmatch(r"(?:19|20)\d{2}", p)]
        # the year before the last one named, else the year before the report's
        q.periods = [str(int(named[-1]) - 1)] if named else [LAST_YEAR]
    years = [p for p in q.periods if re.fullmatch(r"(?:19|20)\d{2}", p)]
    if SAME_SPAN in q.periods and len(q.periods) == 2 and years:
        q.periods = [f"{SAME_SPAN} {years[0]}"]  # "cùng kỳ 2025": the report's span, in 2025
    elif SAME_SPAN in q.periods and len(q.periods) == 2 and any(re.fullmatch(r"\d{1,2} tháng", p) for p in q.periods):
        q.periods = [SAME_SPAN]  # "9 tháng cùng kỳ năm trước": the report's nine months, a year before
    elif SAME_SPAN in q.periods and len(q.periods) == 2:
        q.periods = [p for p in q.periods if p != SAME_SPAN]  # "cùng kỳ quý 1/2025": that span itself
    if len(q.periods) == 1:
        q.period = q.periods[0]
    elif len(q.periods) > 1:
        q.wants.add("series")
    return cleaned


def _joined(phrase: tuple[str, ...]) -> str:
    """A phrase of the lexicon in the matching form ("tỉnh ủy" → "tinh uy")."""
    return " ".join(key(w) for w in phrase)


def _expand(original: str, typed_words: list[str], lex: Lexicon, vocab: Vocabulary) -> list[Token]:
    """Tokens; abbreviations expanded (unless the report writes them so too: "HĐND"); Telex undone."""
    vocabulary = vocab.vocabulary
    capitals = {clean(w) for w in re.findall(r"\b[A-ZĐ][A-ZĐ0-9]+\b", original)}
    out: list[Token] = []
    for i, typed in enumerate(typed_words):
        k = key(typed)
        expansion = lex.abbreviations.get(k)
        if k in lex.abbreviation_choices:  # "TU": the Thành ủy reporting, else the Tỉnh ủy
            choices = lex.abbreviation_choices[k]
            # the reporting body's own name, else what the report writes clearly more than the first, usual
            # meaning: "hv" a school's học viên, "đv" a youth union's đoàn viên
            expansion = max(choices, key=lambda c: (
                _joined(c) in vocab.soft_words, vocab.pair_strength(_joined(c)) + (CHOICE_FIRST_EDGE if c == choices[0] else 0.0)
            ))
        if (context := lex.in_context.get(k)) and _in_context(typed_words, i, context):
            expansion = context.means  # "LĐLĐ có bn đv công đoàn": the union's members
        if k in lex.before_number and i + 1 < len(typed_words) and typed_words[i + 1][:1].isdigit():
            expansion = lex.before_number[k]  # "CT 05" is Chỉ thị 05, "CT" alone a chỉ tiêu
        # "HĐND" as the report writes it stays so; the facts spell out the longer ones too ("TCCSĐ")
        as_written = typed in capitals and len(typed) > 2 and vocab.has_typed(typed) and len(expansion or ()) < 2
        if expansion and has_diacritics(typed) and typed not in lex.abbreviation_spellings:
            expansion = None  # "từ" is a word, not "TU" (Tỉnh ủy) typed with a tone
        # "tu dưỡng" is no "TU" (Tỉnh ủy); "đv" is no syllable, always "đảng viên" (the reports' "ĐV" is spelt out too)
        readable = k in vocabulary and is_syllable(k)
        if expansion and not as_written and (not readable or typed in capitals or typed == "%" or len(k) > 3):
            out.extend(Token(key(w), w) for w in expansion)
            continue
        if k not in vocabulary and k not in lex.words:
            # "maasy" is "mấy" before y/i are folded; a word typed with its tones ("khiển trác") is no Telex
            slips = [*telex_candidates(typed), *([] if has_marks(typed) else telex_candidates(k))]
            fixed = next((c for c in slips if c in vocabulary or c in lex.words), None)
            if fixed is None and (short := next((c for c in slips if c in lex.abbreviations), None)):
                out.extend(Token(key(w), w, repaired=True) for w in lex.abbreviations[short])  # "ddc": "đc", được
                continue
            if fixed and out and vocab.pair_strength(f"{out[-1].key} {fixed}") < 0.5:
                after = key(typed_words[i + 1]) if i + 1 < len(typed_words) else ""
                # "kiem tar": a slip for "tra" (the pair the reports write), not the Telex "tả"
                fixed = vocab.repair_in_context(k, out[-1].key, after) or fixed
            if fixed:
                out.append(Token(fixed, typed, repaired=True))  # "nawm" is "năm": its letters say no tone
                continue
            if glued := _glued_pair(k, vocab):  # "tochuc": "tổ chức" typed without its space
                out.extend(Token(w, w, repaired=True) for w in glued)
                continue
        out.append(Token(k, typed))
    return out


ASK_WORDS = "bao nhiêu|bao nhieu|bao nhiu|bn"  # and "mấy" (typed so, or "may" in a question typed without tones)
# "…, tỷ lệ" alone asks a share too; "tỷ lệ đảng viên …, … bao nhiêu" is one ask
ASK_RE = re.compile(rf"\b(?:{ASK_WORDS}|mấy)\b|^\s*(?:tỷ lệ|tỉ lệ)(?:\s+\S+)?\s*\??$", re.IGNORECASE)
ASK_FOLDED_RE = re.compile(rf"\b(?:{ASK_WORDS}|may)\b|^\s*(?:ty le|ti le)(?:\s+\S+)?\s*\??$")
ASK_SPLIT_RE = re.compile(r"[,;]|\s(?=trong đó\b|trong do\b)", re.IGNORECASE)
ASK_JOIN_RE = re.compile(r"\s(?:và|va|với lại|voi lai)\s", re.IGNORECASE)  # "… bao nhiêu tỷ và đạt mấy %"
# words that ask a share, and words that ask a target: the first ask's, not what a later ask is about
SHARE_WORDS_RE = re.compile(r"%|\b(?:phần trăm|phan tram|tỷ lệ|tỉ lệ|ty le|ti le)\b", re.IGNORECASE)
TARGET_WORDS_RE = re.compile(
    r"\b(?:chỉ tiêu|chi tieu|kế hoạch|ke hoach|mục tiêu|muc tieu|đề ra|de ra|đặt ra|dat ra|phấn đấu|phan dau)\b",
    re.IGNORECASE,
)


def split_asks(text: str) -> list[list[str]]:
    """The asks of a question that asks for two or more figures, each as questions of its own: "chỉ tiêu kết
    nạp là bao nhiêu, đạt mấy %" → ["chỉ tiêu kết nạp là bao nhiêu"], ["chỉ tiêu kết nạp đạt mấy %", "đạt mấy
    %"] (a later ask with the first one's words, which name what it is about, else alone). One ask: []."""
    text = unicodedata.normalize("NFC", text)
    asks_in = ASK_FOLDED_RE if not has_diacritics(text) else ASK_RE
    pieces = []
    for piece in (p.strip() for p in ASK_SPLIT_RE.split(text) if p and p.strip()):
        halves = ASK_JOIN_RE.split(piece, maxsplit=1)
        both = len(halves) == 2 and all(asks_in.search(h) for h in halves)  # "đạt bao nhiêu và bằng bao nhiêu %"
        pieces += halves if both else [piece]
    asking: list[str] = []
    lead = ""  # "tổng số đảng viên, bao nhiêu chính thức …": words before the first ask belong to it
    for piece in pieces:
        if asks_in.search(piece):
            asking.append(f"{lead} {piece}".strip() if not asking else piece)
        elif asking:
            asking[-1] = f"{asking[-1]} {piece}"  # "…, trong đó" with no ask: still the same ask
        else:
            lead = f"{lead} {piece}"
    if len(asking) < 2:
        return _unit_pair_asks(text)
    # what the first ask is about, without its asking words ("… đạt bao nhiêu %" asks no share of the next)
    subject = " ".join(SHARE_WORDS_RE.sub(" ", asks_in.sub(" ", asking[0])).split())
    # "chỉ tiêu … mấy lớp, thực hiện mấy lớp": a later count is no target; "chỉ tiêu … là bao nhiêu, đạt mấy %":
    # a later share is of that target
    untargeted = " ".join(TARGET_WORDS_RE.sub(" ", subject).split())
    return [[asking[0]], *([f"{subject if SHARE_WORDS_RE.search(a) else untargeted} {a}", a] for a in asking[1:])]


@functools.cache
def _unit_pair_re() -> re.Pattern[str]:
    """"bn tập thể, cá nhân", "mấy tập thể và cá nhân" (folded): one asking word before two counted things."""
    units = "|".join(re.escape(" ".join(u)) for u in sorted(load_lexicon().units, key=len, reverse=True) if u)
    return re.compile(rf"\b(?:bao nhieu|bn|may|so luong|sl)\s+({units})(?:\s*,\s*(?:va\s+)?|\s+va\s+)({units})\b")


def _unit_pair_asks(text: str) -> list[list[str]]:
    """"BTV tặng bằng khen bn tập thể, cá nhân": the count of each thing, asked alone."""
    folded = key(text)
    if len(folded) != len(text) or (m := _unit_pair_re().search(folded)) is None:
        return []
    first = text[: m.end(1)] + text[m.end() :]
    second = text[: m.start(1)] + text[m.start(2) : m.end()] + text[m.end() :]
    return [[first], [second]]


POLITE_RE = re.compile(
    r"\b(?:chào|chao|cảm ơn|cam on|cám ơn|kính gửi|kinh gui|xin phép|xin phep|báo cáo gấp|bao cao gap|cần gấp|can gap"
    r"|phát biểu|phat bieu|cần số này|can so nay|thanks?|tks)\b",
    re.IGNORECASE,
)
ANY_ASK_RE = re.compile(rf"\b(?:{ASK_WORDS}|mấy|may|tỷ lệ|tỉ lệ|ty le|ti le)\b|%", re.IGNORECASE)
# a formal request's frame: "Đề nghị (đồng chí) cho biết …", "Xin đ/c cho biết", "đề nghị cung cấp số liệu về …"
REQUEST_RE = re.compile(
    r"\b(?:kính\s+|kinh\s+)?(?:đề nghị|de nghi|xin|nhờ|nho|làm ơn|lam on|vui lòng|vui long)\s+"
    r"(?:(?:đồng chí|dong chi|đ/c|d/c|anh|chị|chi|bạn)\s+)?(?:vui lòng\s+|vui long\s+)?"
    r"(?:cho\s+(?:tôi|toi|em|mình|minh)\s+(?:biết|biet|hỏi|hoi|xin)|cho\s+(?:biết|biet|bieets?|hỏi|hoi)"
    r"|báo cáo|bao cao|cung cấp|cung cap|nêu rõ|neu ro)\b(?:\s+(?:số liệu|so lieu|con số|con so)(?:\s+(?:về|ve))?\b)?",
    re.IGNORECASE,
)
# "Tôi cần con số cụ thể về …", "Tôi muốn biết …": the asker's need, before what is asked
NEED_LEAD_RE = re.compile(
    r"(?:^|(?<=[.?!:;,]\s))\W*(?:tôi|toi|em|mình|minh)\s+(?:cần|can|muốn|muon)\s+"
    r"(?:(?:biết|biet|hỏi|hoi|xin)\s+|(?=(?:con số|con so|số liệu|so lieu)\b))"
    r"(?:(?:con số|con so|số liệu|so lieu)\s+)?(?:(?:cụ thể|cu the|chính xác|chinh xac)\s+)?(?:(?:về|ve)\s+)?",
    re.IGNORECASE,
)
# "… để đưa vào bài phát biểu", "để so sánh với hiện nay": what the figure is for, to the sentence's end
PURPOSE_TAIL_RE = re.compile(
    r",?\s*\b(?:để|de)\s+(?:đưa vào|dua vao|đưa lên|phát biểu|phat bieu|nêu|neu|so sánh|so sanh|dùng|dung|chuẩn bị"
    r"|chuan bi|trả lời|tra loi|tổng hợp|tong hop|kiểm tra lại|kiem tra lai|làm báo cáo|lam bao cao|viết|viet"
    r"|đối chiếu|doi chieu|tham khảo|tham khao)\b[^.?!:;]*",
    re.IGNORECASE,
)
# a document's number with its kind and issuer: "05-CT/TW", "60-QĐ/TW", "161-BC/ĐUK"
DOCUMENT_NUMBER_RE = re.compile(r"\b(\d{1,4})\s*-\s*[a-zđ]{1,4}\s*/\s*[a-zđ]{1,6}\b", re.IGNORECASE)
# a piece telling what the figure is for or what the asker thinks: "tôi cần con số để phát biểu tại …",
# "Tôi cần chuẩn bị nội dung làm việc với …", "Toi thay con so nay thap nen muon kiem tra lai"
PURPOSE_RE = re.compile(
    r"^\W*(?:tôi|toi|em|mình|minh)\s+(?:cần|can|muốn|muon|thấy|thay|đang|dang|phải|phai|sẽ|se)\b", re.IGNORECASE
)


def _without_pleasantries(text: str) -> str:
    """"Chào bạn, mình đang làm báo cáo gấp, cho mình hỏi …? Cảm ơn nhiều": the greeting and the thanks around
    the question are set aside (they only lower how much of it the report explains); so are a formal request's
    frame ("Đề nghị đồng chí cho biết"), the asker's need ("Tôi cần con số …") and what the figure is for
    ("… để đưa vào bài phát biểu")."""
    text = REQUEST_RE.sub(",", text)
    text = DOCUMENT_NUMBER_RE.sub(r"\1", text)  # "Chỉ thị 05-CT/TW": the directive 05 (its "CT" no chỉ tiêu)
    text = PURPOSE_TAIL_RE.sub("", NEED_LEAD_RE.sub("", text))
    text = re.sub(r"\b(?:kể|ke) (?=(?:từ|tu) )", "", text, flags=re.IGNORECASE)  # "kể từ đầu nhiệm kỳ": from its start
    pieces = re.split(r"(?<=[.?!,;:])\s+", text)
    kept = [p for p in pieces if not ((POLITE_RE.search(p) or PURPOSE_RE.search(p)) and not ANY_ASK_RE.search(p))]
    return " ".join(kept) if kept and len(kept) < len(pieces) else text



NAME_RUN_RE = re.compile(r"(?<=\S )(?:[A-ZĐ][a-zà-ỹđ]+ )+[A-ZĐ][a-zà-ỹđ]+")  # "Khau Lình", not at the head


def _unknown_name(text: str, vocab: Vocabulary, lex: Lexicon) -> str:
    """Words typed as a proper name, one of them with tones that neither a report nor the lexicon writes."""
    for m in NAME_RUN_RE.finditer(text):
        run, names = m.group(0), m.group(0).split()
        if any(has_diacritics(w) and not vocab.has_typed(w.lower()) and clean(w.lower()) not in lex.written for w in names):
            return run
        # "đảng bộ thị xã Bình Minh": a place named after its kind, its words known but never side by side
        placed = PLACE_BEFORE_RE.search(text[: m.start()])
        if placed and not any(vocab.pair_strength(f"{key(a)} {key(b)}") >= 0.5 for a, b in pairwise(names)):
            return run
    return ""


def _glued_pair(k: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """Two words the reports write side by side, typed as one ("tochuc", "dangvien")."""
    splits = [(key(k[:j]), key(k[j:])) for j in range(2, len(k) - 1)]  # "ky|luat": "kỷ luật" folds to "ki luat"
    known = [(a, b) for a, b in splits if a in vocab.vocabulary and b in vocab.vocabulary and vocab.written_pair(f"{a} {b}")]
    return max(known, key=lambda p: vocab.pair_strength(f"{p[0]} {p[1]}")) if known else None


def _misspelt_word(tokens: list[Token], spellings: Collection[str], has_typed: Callable[[str], bool]) -> bool:
    """A word typed with a tone mark the reports write, another than the phrase's ("thiệu" for "thiếu"; a tone
    left out, "phân trăm", is a slip)."""
    split = [s.split() for s in spellings]
    for k, t in enumerate(tokens):
        written = {words[k] for words in split if len(words) == len(tokens)}
        if written and not t.repaired and tone(t.typed) and all(tone(w) != tone(t.typed) for w in written) and has_typed(t.typed):
            return True
    return False


def _in_context(typed_words: list[str], i: int, context: InContext) -> bool:
    """Whether the words right after the i-th, or any before it, are those the abbreviation means another word by."""
    keys = [key(w) for w in typed_words]
    if any(tuple(keys[i + 1 : i + 1 + len(p)]) == p for p in context.next):
        return True
    return any(tuple(keys[j : j + len(p)]) == p for p in context.after for j in range(i - len(p) + 1))


def _fix_misspellings(tokens: list[Token], lex: Lexicon) -> None:
    """Slips that are words too ("bổ xung", "phạm trăm"): the lexicon's list of what was meant."""
    slips = lex.misspellings or {}
    for i in range(len(tokens) - 1):
        meant = slips.get((tokens[i].key, tokens[i + 1].key))
        if meant and len(meant) == 2:
            for t, word in zip(tokens[i : i + 2], meant, strict=True):
                t.repaired, t.key = t.repaired or t.key != word, word


def _standard_words(tokens: list[Token], lex: Lexicon, vocabulary: Collection[str]) -> None:
    """Regional words ("vô Đảng", "mần được") read as the standard ones; typed bare, only if no report word."""
    for i, t in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        word, meant = (lex.dialect or {}).get(t.key, ("", ""))
        if after and (t.key, after.key) in lex.protected_phrases:
            continue  # the lexicon knows the phrase as typed: "vô Đảng"
        last = after is None or t.pause  # "… mấy lớp hông": the question's particle, whatever the report holds
        bare = not has_diacritics(t.typed) and (t.key not in vocabulary or (last and meant == "không"))
        if word and (t.typed == word or bare):
            t.key, t.typed = key(meant), meant


def _protect(tokens: list[Token], lex: Lexicon) -> None:
    """Words of a unit or lexicon phrase ("cơ sở đảng", "ra khỏi đảng") are never stop words."""
    keys = [t.key for t in tokens]
    phrases = lex.protected_phrases

    toned = [has_diacritics(t.typed) and not t.repaired for t in tokens]  # only these can be typed as other words

    def stop_word_at(j: int, spelt: str) -> bool:
        return toned[j] and _typed_as_stop_word(tokens[j], spelt, lex)

    longest = min(lex.longest_phrase, len(keys))
    lengths = lex.phrase_lengths
    for i, first in enumerate(keys):
        if first not in lengths:
            continue
        for n in range(min(longest, len(keys) - i), 1, -1):
            if n not in lengths.get(first, ()):
                continue  # no synonym or unit of this length starts with the word
            window = tuple(keys[i : i + n])
            if window in phrases and not (
                any(toned[i : i + n]) and _spelt_otherwise(lex.spellings.get(window, ()), stop_word_at, i)
            ):
                for t in tokens[i : i + n]:
                    t.protected = True
                    t.phrase = (i, i + n) if t.phrase[0] < 0 else t.phrase


def _spelt_otherwise(spellings: Collection[str], typed_other: Callable[[int, str], bool], start: int) -> bool:
    """Every way the lexicon writes a phrase starting at word ``start`` has a word the question typed as another
    (``typed_other(position, the phrase's word there as written)``): "đại hội thì" holds no "hội thi"."""
    return bool(spellings) and all(
        any(typed_other(start + k, w) for k, w in enumerate(s.split(" "))) for s in spellings
    )


def _typed_as_stop_word(t: Token, spelt: str, lex: Lexicon) -> bool:
    """A word typed with its tones as a stop word, not as a lexicon phrase writes it ("thì" in "đại hội thì"
    is no "thi" of "hội thi")."""
    return has_diacritics(t.typed) and not t.repaired and t.typed != spelt and (t.typed,) in lex.stopwords_accented


def _protect_written_pairs(tokens: list[Token], lex: Lexicon, vocab: Vocabulary) -> None:
    """A word typed without diacritics that folds to a stop word but, with its neighbour, is a pair the
    reports write otherwise: "cap co so" is "cấp cơ sở" (not "có số"), "trinh do" is "trình độ"."""
    for i, (a, b) in enumerate(pairwise(tokens)):
        if b.key == "bao" and tokens[i + 2 : i + 3] and tokens[i + 2].key == "nhieu":
            continue  # "tài chính đảng bao nhiêu": "bao nhiêu" is asked, whatever "đảng bảo đảm" the report writes
        written = vocab.written_pair(f"{a.key} {b.key}")
        if not written or a.drop or b.drop or tuple(written.split(" ")) in lex.stopwords_accented:
            continue  # "so với" is a filler as the reports write it too
        for token, as_written in zip((a, b), written.split(" "), strict=True):
            # "dân quân tu vê": "vê" (no report writes it) typed with its hat, not its tone, is the report's "vệ" as
            # much as "về"; "đang" is a word of its own, no "đảng"
            toneless = (
                tone(token.typed) is None and letters(token.typed) == letters(as_written) and not vocab.has_typed(token.typed)
                and token.key not in QUANTITY_KEYS  # "bn" spelt out: "nhiêu" is the asking word, no "nhiều"
            )
            if (has_diacritics(token.typed) and not toneless) or (token.key,) not in lex.stopwords:
                continue
            if (as_written,) not in lex.stopwords_accented:
                a.protected = b.protected = True
                token.written = token is b and b.key in AFTER_NOUN  # "đảng viên mới", not "mỗi"


AFTER_NOUN = frozenset({"moi"})  # stop words folded ("mỗi") that the reports write after a noun ("đảng viên mới")
PLAN_VERBS = frozenset({"dung", "hanh", "lap", "khai", "ra", "lam"})  # "xây dựng / ban hành / lập / triển khai / làm kế hoạch"
TIME_WORDS = frozenset({"nam", "thang", "ngay", "tuan", "quy", "tuoi"})  # "5 năm", "30 tuổi": a span or a class
# the last word of a document's kind before its number: "Chỉ thị 05", "Nghị quyết 21", "Quyết định 89", "Kết luận 21"
DOCUMENT_WORDS = frozenset({"thi", "quyet", "dinh", "luan", "dan", "so", "ct", "nq", "qd", "kl", "hd", "khoa"})
BREAK = "zzbreakzz"
BREAK_RE = re.compile(r"[,;:!?()]|\.(?!\d)")  # "(không tính UBKT)" ends at its bracket
MERGER_WORDS = frozenset({("sap", "nhap"), ("hop", "nhat")})
EVENT_PAIRS = frozenset({("bo", "sung"), ("bau", "bo"), ("chi", "dinh"), ("kien", "toan"), ("tang", "them")})  # "BTV sau (bầu) bổ sung t5/2022 có bn đ/c"
AFTER_EVENT_END = frozenset({"co", "con", "thi", "la", "duoc", "bao", "may", "bn"})


QUANTITY_KEYS = frozenset({"bao", "nhieu", "may", "bn", "nhiu"})
ONLY_BEFORE = frozenset({"kiem", "giam", "dat", "lam", "thuc", "chi"})  # "mới đạt", "mới kiểm tra" (not "… mới có")
NEW_AFTER = frozenset({"vien", "nap", "lap", "sinh", "hinh"})  # "đảng viên mới", "kết nạp mới", "lập mới"
EXCLUDED_LIST_RE = re.compile(
    r"\(\s*(?:không|khong|ko|k|chưa|chua|ngoài|ngoai)\s+(?:tính|tinh|kể|ke|trừ|tru)\b[^()]*\)", re.IGNORECASE
)
EXCLUDING = (("khong", "tinh"), ("khong", "ke"), ("ngoai", "tru"), ("chua", "tinh"), ("chua", "ke"), ("khong", "phai"))


def _drop_fillers_by_neighbour(tokens: list[Token]) -> None:
    """Words that are fillers only beside some words: "mới kiểm tra được" ("only", not "new"), "kiểm tra
    việc thu nộp" (not "việc làm", jobs)."""
    for i, t in enumerate(tokens[:-1]):
        if t.key == "moi" and not t.written and tokens[i + 1].key in ONLY_BEFORE and (i == 0 or tokens[i - 1].key not in NEW_AFTER):
            t.drop = True
        if t.key == "viec" and not t.protected and tokens[i + 1].key != "lam" and i > 0:
            t.drop = True
        if t.key == "co" and tokens[i + 1].key in QUANTITY_KEYS:
            t.drop = True  # "hội có bao nhiêu chi hội": the verb "có", though the report writes "Hội có 1.246 …"
        after_lai = tokens[i + 2].key if i + 2 < len(tokens) else ""
        if t.key == "con" and not t.protected and (
            (tokens[i + 1].key in QUANTITY_KEYS and after_lai != "nua")
            or (tokens[i + 1].key == "lai" and (after_lai in QUANTITY_KEYS | {"la"} or i == 0))  # not "5 điện lực còn lại"
        ):
            t.drop = True  # "bây giờ còn bao nhiêu đoàn viên", "còn lại mấy cơ sở đoàn": what there is now
            if tokens[i + 1].key == "lai":
                tokens[i + 1].drop = True
        elif t.key == "con" and tokens[i + 1].key == "lai" and i + 2 == len(tokens):
            # "số hộ cận nghèo còn lại": those left ("hiện còn 1.507 hộ"), or the rest a list names ("07 Điện
            # lực còn lại"): "còn" is said either way, "lại" not always
            t.drop = False
            tokens[i + 1].drop = True


# words that name what parts are told apart by ("loại hình", "cấp", "mốc", "lĩnh vực" …)
DIMENSION_WORDS = frozenset(
    {"loai", "hinh", "thuc", "khu", "vuc", "linh", "cap", "moc", "muc", "do", "nhom", "nganh", "doi", "tuong", "chuc",
     "danh", "nguon", "kieu", "co", "so", "don", "vi", "tuoi", "nam", "dia", "ban"}
)
ROMAN_Q = re.compile(r"(?=[ivxl]{2,})x{0,3}(?:ix|iv|v?i{0,3})")  # "VII", "XIII" (not a lone "v", "x", "i")
TERM_WORDS = frozenset({"khoa"})  # "khóa V": the term by its number


def _roman(word: str, alone: bool = False) -> bool:
    """A number in roman letters ("VII"); a lone "V", "X", "I" only right after "khóa" (alone=True)."""
    return ROMAN_Q.fullmatch(word) is not None or (alone and word in ("i", "v", "x"))

DIMENSION_CUES = (("chia", "theo"), ("phan", "theo"), ("theo", "tung"), ("phan", "loai", "theo"))
DIMENSION_STARTS = frozenset(c[0] for c in DIMENSION_CUES)


def _mark_dimension(tokens: list[Token]) -> None:
    """"kết nạp đảng viên chia theo loại hình cơ sở": what the parts are told apart by ("loại hình cơ sở") is
    rarely a word of their labels; a hint, not a requirement."""
    keys = [t.key for t in tokens]
    for i in range(1, len(keys)):
        if keys[i] not in DIMENSION_STARTS:
            continue
        n = next((len(c) for c in DIMENSION_CUES if tuple(keys[i : i + len(c)]) == c), 0)
        if n:
            tail = tokens[i + n :]
            if any(t.key in ("va", "voi") for t in tail):
                return  # "chia theo nguồn ngân sách và ngoài ngân sách": the parts named, words of their labels
            before = set(keys[:i])
            for t in tail:
                # "huy hiệu … chia theo loại huy hiệu": still the subject; "chia theo cấp công nhận": still recognised
                t.context = t.context or (t.key not in before and t.key in DIMENSION_WORDS)
                if t.pause:
                    break
            return


def _drop_excluded(tokens: list[Token]) -> str:
    """"lập mới mấy đảng bộ cơ sở (không tính chi bộ)": what is left out is not asked for (its words returned)."""
    keys = [t.key for t in tokens]
    for i in range(len(keys)):
        n = next((len(e) for e in EXCLUDING if tuple(keys[i : i + len(e)]) == e), 0)
        # ", không phải số …" leaves that number out; "đảng viên không phải đánh giá" (no pause) says who is exempt
        if n and i > 0 and (keys[i : i + 2] != ["khong", "phai"] or tokens[i - 1].pause):
            left_out = []
            for t in tokens[i:]:
                t.drop = True
                left_out.append(t.key)
                if t.pause and t is not tokens[i + n - 1]:
                    break
            return " ".join(left_out[n:])
    return ""


PRIOR_BASE = (("so", "voi"), ("so", "vs"), ("so",), ("so", "voi", "cung", "ky"), ("so", "voi", "cung", "ki"), ("so", "cung", "ky"))


def _mark_prior_base(tokens: list[Token]) -> None:
    """"tăng bao nhiêu % so với năm trước": the base of the change, written "so với năm 2024" or "cùng kỳ" as
    often as "năm trước", is a hint, never a word the figure must have."""
    keys = [t.key for t in tokens]
    for i in range(1, len(keys) - 1):
        if keys[i] in ("nam", "n") and keys[i + 1] in ("truoc", "ngoai", "roi") and any(
            tuple(keys[max(0, i - len(b)) : i]) == b for b in PRIOR_BASE
        ):
            tokens[i].context = tokens[i + 1].context = True


ASKING_KEYS = frozenset({"nhieu", "nhiu", "may", "bn"})  # "bao nhiêu", "mấy", "bn"
TOTAL_ASKED_Q = re.compile(r"\b(?:tong cong|tong so|tat ca)\b")


def _mark_given_figure(tokens: list[Token], figures: list[str]) -> None:
    """"Riêng khiển trách đã 26 người, vậy tổng cộng kỷ luật bao nhiêu đảng viên?": a clause that types a
    figure and asks nothing gives a part; the clause asking the total ("tổng cộng", "tổng số") asks the whole,
    not the part those words name."""
    clauses: list[list[Token]] = [[]]
    for t in tokens:
        clauses[-1].append(t)
        if t.pause:
            clauses.append([])
    asking = [any(t.key in ASKING_KEYS for t in c) for c in clauses]
    if not any(a and TOTAL_ASKED_Q.search(" ".join(t.key for t in c)) for a, c in zip(asking, clauses, strict=True)):
        return
    for clause, asks in zip(clauses, asking, strict=True):
        if not asks and any(is_number(t.key) and t.key in figures for t in clause):
            for t in clause:
                t.given = True


def _mark_context(tokens: list[Token]) -> None:
    """"BCH sau khi Tỉnh ủy chỉ định tăng thêm có bao nhiêu ủy viên": the words of the event after
    "sau khi" only set the time; what is asked is the state after it, not the event's own figure."""
    keys = [t.key for t in tokens]
    for i in range(len(keys) - 1):
        # "sau khi …", and "sau sáp nhập / hợp nhất / bổ sung …" with no "khi"
        if keys[i] == "sau" and (keys[i + 1] == "khi" or tuple(keys[i + 1 : i + 3]) in MERGER_WORDS | EVENT_PAIRS):
            for t in tokens[i + 2 if keys[i + 1] == "khi" else i + 1 :]:
                if t.key in AFTER_EVENT_END:
                    break
                t.context = True
                if t.pause:
                    break  # "Sau khi Tỉnh ủy chỉ định tăng thêm, Ban Chấp hành …": the event ends at the comma


def _find_cues(q: Question, tokens: list[Token], lex: Lexicon, has_typed: Callable[[str], bool]) -> None:
    """What kind of figure is wanted; the words of form cues are set aside."""
    keys = [t.key for t in tokens]
    given_percent = False
    cue_index = lex.cue_index or {}
    starts = lex.cue_starts
    at_starts = [i for i, k in enumerate(keys) if k in starts]
    for n in range(1, 8):
        for i in at_starts:
            if i + n > len(keys):
                break
            window = tuple(keys[i : i + n])
            if window not in cue_index:
                continue
            typed = " ".join(t.typed for t in tokens[i : i + n])
            if has_diacritics(typed) and typed not in lex.cue_spellings.get(window, {typed}) and has_typed(typed):
                continue  # "hiến" (donate) is no "hiện" (now), though both fold to "hien"
            if n > 1 and _misspelt_word(tokens[i : i + n], lex.cue_spellings.get(window, frozenset()), has_typed):
                continue  # "giới thiệu bn": "thiệu" is no "thiếu" ("thiếu bao nhiêu")
            start, end = tokens[i].phrase
            if n > 1 and 0 <= start < i and end != i + n and end - start >= 3 and not tokens[i].pause:
                continue  # "thuế giá trị gia tăng bao nhiêu": no "trị giá", no "tăng bao nhiêu" (but "tổng doanh thu")
            if i > 0 and keys[i - 1] in (lex.unit_not_after or {}).get(keys[i], ()):
                continue  # "công ty đóng …" says no "tỷ đồng"
            if i + n < len(keys) and keys[i + n] in (lex.unit_not_before or {}).get(keys[i + n - 1], ()):
                continue  # "tiến sĩ", "tiến độ" typed without tones say no "tiền"
            for name in cue_index[window]:
                if name == "percent_form" and tokens[i].after_number:
                    given_percent = True  # "giảm 2% thuế": a figure typed, perhaps no percentage asked
                if n == 1 and tokens[i].protected:
                    if name == "money" and keys[i] == "tien":
                        q.wants.add(name)  # "góp tiền": money is asked, and "tiền" stays in the phrase
                    continue  # "tỷ" in "tỷ lệ" is no money cue
                if name == "now" and n == 1 and i > 0 and keys[i - 1] in BOUND_BEFORE_HIEN and keys[i] == "hien":
                    continue  # "thực hiện", "phát hiện", "thể hiện": no "now" (but "chính thức hiện nay" is)
                if name in ("target", "ahead") and window[-1] == "toi" and keys[i + n : i + n + 1] in (["gio"], ["nay"]):
                    continue  # "từ đầu nhiệm kỳ tới giờ": so far, not the term ahead
                if name == "target" and window[0] == "ke" and i > 0 and keys[i - 1] in PLAN_VERBS:
                    continue  # "xây dựng kế hoạch cá nhân": a plan drawn up, not a target asked for
                if name == "target" and window == ("ke", "hoach") and i > 0 and keys[i - 1] == "theo" and ASK_FOLDED_RE.search(" ".join(keys[i + 2 :])):
                    continue  # "theo kế hoạch KTGS thì đã kiểm tra bao nhiêu": done as planned, no plan asked
                if name == "target" and window[-1] == "giao" and keys[i + n : i + n + 1] == ["duc"]:
                    continue  # "được giáo dục quốc phòng" typed without tones: taught, no quota given
                if name == "target" and window == ("muc", "tieu") and (
                    keys[i - 1 : i] == ["trinh"] or keys[i + 2 : i + 4] == ["quoc", "gia"]
                ):
                    continue  # "chương trình mục tiêu quốc gia": a programme's name, no target asked
                if name == "start_of_term" and ("voi" in keys[max(0, i - 3) : i] or (i > 0 and tokens[i - 1].typed == "so")):
                    for t in tokens[i : i + n]:
                        t.drop = True  # "tăng bao nhiêu so với đầu nhiệm kỳ": the base of a rise, not the period
                    continue
                q.wants.add(name)
                q.parts_cued |= name == "breakdown"
                if name in FORM_CUES:
                    for t in tokens[i : i + n]:
                        # "mới năm nay": "năm nay" says now, though "mới năm" folds like the phrase "mỗi năm"
                        t.drop = t.drop or not t.protected or name in ("percent_form", "money", "breakdown", "exceed") or (name == "now" and n >= 2)
    quantities = sum(  # "dệt may", "máy phát điện" typed with their tones are no "mấy"
        1
        for i in range(len(keys))
        if (keys[i] == "may" and not (q.accented and tokens[i].typed.lower() != "mấy")) or tuple(keys[i : i + 2]) == ("bao", "nhieu")
    )
    q.parts_cued |= bool(SPLIT_Q.search(" ".join(keys)))
    q.asking_words = quantities
    if quantities >= 2 or q.parts_cued:
        q.wants.add("breakdown")  # "gồm mấy đảng bộ, mấy chi bộ"; "tổng số GCN, chia lần đầu và cấp đổi"
    if "money_subject" in q.wants:
        q.wants.discard("money_subject")
        if not q.wants & {"percent", "percent_form", "growth", "share_of_target", "target"}:
            q.wants.add("money")  # "tổng doanh thu": a sum of money, not the hectares of a nearby sentence
    # the words as read, a long lexicon phrase blanked ("thuế giá trị gia tăng bao nhiêu" asks no rise)
    read = " ".join("_" if t.phrase[1] - t.phrase[0] >= 3 else t.key for t in tokens)
    if RISE_ASKED_Q.search(read) and not q.wants & {"percent", "percent_form", "share_of_target", "target"}:
        q.wants.add("growth")  # "thu nhập người lao động tăng?": how much it rose
    if given_percent and "money" in q.wants and not PERCENT_ASKED_Q.search(q.folded):
        q.wants -= {"percent", "percent_form"}  # "khoản giảm 2% thuế … bao nhiêu tiền": a sum is asked
    if "percent_form" in q.wants:
        q.wants.add("percent")
        q.wants.discard("money")  # "thu hồi tiền … bao nhiêu phần trăm": a share of the money, not a sum
    if "target" in q.wants and GIVEN_TARGET_Q.search(q.folded):
        q.wants.discard("target")  # "có đạt chỉ tiêu 30% không": the target is given; what was done is asked
        for i in range(len(keys) - 1):
            if keys[i : i + 2] == ["chi", "tieu"]:
                for t in tokens[max(0, i - 1) : i + 2]:
                    t.drop = t.drop or t.key in ("chi", "tieu", "vuot", "dat")
    if "share_of_target" in q.wants and GIVEN_RATE_TARGET_Q.search(q.folded) and not SHARE_SAID_Q.search(q.folded):
        # "đạt bao nhiêu phần trăm (chỉ tiêu 90%)": the rate reached, its target given ("… so với chỉ tiêu?" asks the share)
        q.wants.discard("share_of_target")
    if "exceed" in q.wants and "share_of_target" not in q.wants and quantities:
        q.wants.discard("target")  # "vượt chỉ tiêu bao nhiêu": what was done, less its target
    else:
        q.wants.discard("exceed")
    # "phải đạt", "cần đạt": what is to be reached, the target itself
    reached = re.search(r"(?<!phai )(?<!can )\bdat\b(?! (?:chi tieu|muc tieu|ra|chuan)\b)", q.folded) and (
        not q.accented or "đạt" in q.text.casefold()  # "đặt chỉ tiêu" sets the plan
    )
    if {"target", "percent"} <= q.wants and reached:
        q.wants.add("share_of_target")  # "chỉ tiêu phát triển đảng viên đạt trên mấy %": how the plan was met
    if "share_of_target" in q.wants:
        q.wants.discard("target")
        q.wants.add("percent")
    if q.period is None and not q.periods:
        order = [("whole_term", "cả nhiệm kỳ"), ("start_of_term", "đầu nhiệm kỳ"), ("now", "hiện nay")]
        if "hien" in keys or re.search(r"\bnam (?:hoc )?nay\b", " ".join(keys)):
            order.insert(0, order.pop())  # "hiện giờ … tổng cộng bao nhiêu", "năm học này … tổng cộng": now, all told
        for name, period in order:
            if name in q.wants:
                q.period = period
                break


def _drop_stopwords(
    tokens: list[Token], lex: Lexicon, has_typed: Callable[[str], bool], written_pair: Callable[[str], str | None]
) -> None:
    """Stop words and fillers are set aside.

    A word typed with diacritics is compared as typed ("có" is a stop word, "cơ" is not); one
    typed without is compared folded. Words of a unit or lexicon phrase are kept.
    """
    keys = [t.key for t in tokens]
    for n in range(4, 0, -1):
        for i in range(len(tokens) - n + 1):
            window = tokens[i : i + n]
            folded_hit = tuple(keys[i : i + n]) in lex.stopwords
            if not folded_hit and (n > 1 or window[0].typed not in lex.typed_only):
                continue  # no stop word, whatever its tones
            if any(t.drop or t.protected for t in window):
                continue
            following = tokens[i + n].key if i + n < len(tokens) else ""
            if n > 1 and following in (lex.unit_not_before or {}).get(window[-1].key, ()):
                continue  # "toàn xã hội" holds no "toàn xã": "xã hội" is one word
            typed = tuple(t.typed for t in window)
            if any(has_diacritics(w) for w in typed):
                # "đươc" (a slip for "được", no tone typed) is no report word: compared folded; "mớii" is
                # no slip for "mỗi", nor "lãi" for "lại": a tone typed must be the stop word's
                hit = typed in lex.stopwords_accented or (
                    folded_hit
                    and not all(has_typed(w) for w in typed)
                    and not all(w in lex.written and tone(w) is None for w in typed)  # "lương" is a word, no "lượng"
                    and _tones_fit(typed, lex.stopwords_by_key.get(tuple(t.key for t in window), ()))
                )
            else:
                hit = folded_hit
            if n == 1 and typed[0] in lex.typed_only:
                after = tokens[i + 1] if i + 1 < len(tokens) else None
                # "chỉ định", "chỉ tiêu", "dân quân tự vệ" are words of the reports, not the filler "chỉ" (only), "tự"
                hit = after is None or written_pair(f"{window[0].key} {after.key}") != f"{typed[0]} {after.typed}"
            if hit and n == 1 and window[0].key in lex.leading_only and i > 0 and not tokens[i - 1].drop:
                hit = False  # "dân số", "chỉ số": the second half of a word, not "số lượng"
            if hit and n == 1 and window[0].key == "tong" and following in ("thu", "chi") and written_pair(f"tong {following}"):
                hit = False  # "tổng thu" as the reports write it: the revenue's total, not every sum collected
            if hit and n == 1 and window[0].key == "hien" and i > 0 and tokens[i - 1].key in BOUND_BEFORE_HIEN:
                hit = False  # "thực hiện" is one word
            if hit and n == 1 and window[0].key == "giup" and i > 0 and tokens[i - 1].key in BOUND_BEFORE_GIUP:
                hit = False  # "trợ giúp pháp lý", "hỗ trợ giúp đỡ": a word, not the "giúp" of "tra giúp"
            if hit:
                for t in window:
                    t.drop = True


def _tones_fit(typed: tuple[str, ...], stop_words: Collection[tuple[str, ...]]) -> bool:
    """Some stop word of the same folded form has every tone typed ("đươc" fits "được")."""
    return any(
        all(tone(t) is None or tone(t) == tone(s) for t, s in zip(typed, stop, strict=False)) for stop in stop_words
    )


def _repair(token: str, before: str, after: str, vocab: Vocabulary, lex: Lexicon) -> str:
    """A word neither the fact base nor the lexicon knows: the nearest known word (typos)."""
    if token in vocab.vocabulary or token in lex.words or token[0].isdigit():
        return token
    return vocab.repair(token, before, after) or token


BOUND_BEFORE_HIEN = frozenset({"thuc", "phat", "the", "xuat", "bieu", "trinh"})
BOUND_BEFORE_GIUP = frozenset({"tro", "ho", "giup"})
QUANTITY_WORDS = {("bao", "nhieu"), ("may",), ("so",), ("so", "luong"), ("bao", "nhieu", "nguoi")}


def _asked_units(tokens: list[Token], lex: Lexicon, tones_trusted: bool = False) -> tuple[set[str], bool]:
    """The unit counted: the one right after "bao nhiêu"/"mấy"/"số" if any, else every unit named."""
    keys = [t.key for t in tokens]
    found: list[tuple[int, str]] = []
    covered: set[int] = set()
    lengths = lex.phrase_lengths
    for n in range(5, 0, -1):
        for i in range(len(keys) - n + 1):
            if n not in lengths.get(keys[i], ()):
                continue  # no unit of this length starts with this word
            unit = lex.units.get(tuple(keys[i : i + n]))
            if not unit:
                continue
            if i > 0 and keys[i - 1] in (lex.unit_not_after or {}).get(keys[i], ()):
                continue  # "nhiệm vụ" is no "vụ", "công ty đóng" no "tỷ đồng"
            if i + n < len(keys) and keys[i + n] in (lex.unit_not_before or {}).get(keys[i + n - 1], ()):
                continue  # "xã hội" is no "xã"
            if n > 1 and i > 0 and (keys[i - 1], keys[i]) in lex.protected_phrases and (keys[i - 1], keys[i]) not in lex.units:
                continue  # "Công đoàn Viên chức" holds no "đoàn viên": its first word ends another phrase
            toned = tones_trusted and has_diacritics(tokens[i].typed.replace("đ", "d"))
            if n == 1 and toned and tokens[i].typed not in lex.unit_words:
                continue  # "chủ trương" (typed with its tones) names no "trường"; "sô lơp" is a slip for "lớp"
            if not covered & set(range(i, i + n)):
                found.append((i, unit))
                covered |= set(range(i, i + n))

    def quantity_before(i: int, n: int, weak: bool) -> bool:
        if i - n < 0 or tuple(keys[i - n : i]) not in QUANTITY_WORDS:
            return False
        first = tokens[i - n]
        if first.key == "so":  # "số", not the "sở" of "cơ sở"; a weaker sign than "bao nhiêu"
            return weak and first.typed in ("số", "so") and not (i - n > 0 and keys[i - n - 1] == "co")
        return True

    # the first unit asked for ("bao nhiêu TCCSĐ, gồm mấy đảng bộ …"): after "bao nhiêu"/"mấy", else after "số"
    def part_of_earlier(i: int) -> bool:
        """"số TCCSĐ, gồm mấy đảng bộ": the units after "gồm" are the parts of one named before."""
        first = min(j for j, _ in found)
        return first < i and "gom" in keys[first:i]

    for weak in (False, True):
        for i, unit in sorted(found):
            if part_of_earlier(i):
                continue
            if any(quantity_before(i, n, weak) for n in (1, 2, 3)) and (
                unit not in NOT_ASKED_UNITS or unit in COUNTABLE_WHEN_ASKED
            ):
                return _counted(unit, i, found, keys, lex), True
    first, second = [*sorted(found), (-1, ""), (-1, "")][:2]
    if (  # the second unit right where the first ends
        first[0] == 0 and first[1] in lex.people and second[1] and second[1] not in lex.people
        and second[0] - 1 in covered and not QUANTITY_KEYS & set(keys)
    ):
        return {first[1]}, True  # "học viên lớp cảm tình Đảng", typed as keywords: the people of the class, not the classes
    return {u for _, u in found if u not in NOT_ASKED_UNITS}, False


def _counted(unit: str, i: int, found: list[tuple[int, str]], keys: list[str], lex: Lexicon) -> set[str]:
    """What a unit asked for counts: "mấy đồng chí Phó Bí thư" counts Phó Bí thư, "số đảng viên bị
    cảnh cáo là cấp ủy viên" counts cấp ủy viên (one narrower unit named; two make a breakdown)."""
    following = next((u for j, u in found if i < j <= i + 3), None)
    people = (lex.unit_fits or {}).get(unit, frozenset())
    if unit in ("đồng chí", "người") and following and following != unit and following in people:
        return {following}
    if unit == "lượt" and following:
        return {following}  # "số lượt đảng viên được kiểm tra": đảng viên, counted as often as checked
    narrower = (lex.narrower or {}).get(unit, frozenset())
    # "… là cấp ủy viên", "… gồm đảng bộ cơ sở", not "… trực thuộc Đảng bộ Khối"
    parts = {u for j, u in found if j > i and u in narrower and keys[j - 1] in ("la", "gom", "co")}
    return parts if len(parts) == 1 else {unit}


def _pairing(
    content: list[str | None],
    typed: list[str],
    pair_strength: Callable[[str, str], float],
    pauses: Collection[int] = (),
) -> set[int]:
    """Positions that start a two-word phrase: the pairing with the strongest collocations (DP).
    No pair runs over a comma ("làm mới, nâng cấp" is no "mới nâng")."""
    n = len(content)
    best = [0.0] * (n + 2)
    take = [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        best[i] = best[i + 1]
        if i + 1 < n and content[i] is not None and content[i + 1] is not None and i not in pauses:
            gain = pair_strength(f"{content[i]} {content[i + 1]}", f"{typed[i]} {typed[i + 1]}")
            if gain > 0 and gain + best[i + 2] > best[i]:
                best[i], take[i] = gain + best[i + 2], True
    starts: set[int] = set()
    i = 0
    while i < n:
        if take[i]:
            starts.add(i)
            i += 2
        else:
            i += 1
    return starts


def _lexicon_spans(
    content: list[str | None], lex: Lexicon, soft_words: Collection[str] = (), other_word: Callable[[int, str], bool] | None = None
) -> dict[int, int]:
    """Start → length of the lexicon phrases, units and the reporting body's name ("đảng ủy khối") in
    the words, longest first, left to right; not a phrase some word of which was typed as another word
    (``other_word(position, word as the phrase writes it)``: "đại hội thì" holds no "hội thi")."""
    spans: dict[int, int] = {}
    lengths = lex.phrase_lengths
    # how many soft word pairs ("đảng ủy", "ủy khối") run on from each word
    soft_run = [0] * (len(content) + 1)
    for j in range(len(content) - 2, -1, -1):
        pair = f"{content[j]} {content[j + 1]}" if content[j] and content[j + 1] else ""
        soft_run[j] = soft_run[j + 1] + 1 if pair in soft_words else 0
    i = 0
    while i < len(content):
        if content[i] not in lengths and not soft_run[i]:
            i += 1
            continue
        for n in range(min(max(lex.longest_phrase, 4), len(content) - i), 1, -1):
            if soft_run[i] < n - 1 and n not in lengths.get(content[i] or "", ()):
                continue  # no synonym or unit of this length starts with the word, nor a run of soft pairs
            window = tuple(content[i : i + n])
            if (
                window in lex.synonyms
                and other_word is not None
                and _spelt_otherwise(lex.spellings.get(tuple(w or "" for w in window), ()), other_word, i)
            ):
                continue
            if window[0] in ("vao", "vo") and (content[i + n - 1], content[i + n] if i + n < len(content) else None) in lex.units:
                continue  # "nhắm vào đảng viên": the unit "đảng viên" binds its word, no "vào Đảng" (joining) is said
            if window in lex.synonyms or window in lex.units or soft_run[i] >= n - 1:
                spans[i] = n
                i += n
                break
        else:
            i += 1
    return spans


def _stop_word(token: Token, lex: Lexicon) -> bool:
    if has_diacritics(token.typed):
        return (token.typed,) in lex.stopwords_accented
    return (token.key,) in lex.stopwords


def _inside(j: int, spans: dict[int, int]) -> bool:
    return any(start <= j < start + n for start, n in spans.items())


def _concepts(
    tokens: list[Token | None],
    lex: Lexicon,
    vocabulary: Collection[str],
    soft_words: set[str],
    pair_strength: Callable[[str, str], float] | None = None,
    has_typed: Callable[[str], bool] = lambda w: False,
    bridged: frozenset[int] = frozenset(),
    counting: frozenset[int] = frozenset(),
) -> list[Concept]:
    """Greedy longest lexicon phrase, else a strong known word pair, else a single word.

    Phrases are looked up over the kept words, so "kết nạp được đảng viên mới" still holds
    "kết nạp … đảng viên mới" once "được" is set aside.
    """
    kept = [(i, t) for i, t in enumerate(tokens) if t is not None]
    content: list[str | None] = [t.key for _, t in kept]
    toned = [has_diacritics(t.typed) and not t.repaired for _, t in kept]

    def typed_as_report_word(j: int, spelt: str) -> bool:
        t = kept[j][1]  # typed with tones, not repaired, a word of the reports, and not the phrase's
        return toned[j] and t.typed != spelt and has_typed(t.typed)

    spans = _lexicon_spans(content, lex, soft_words, typed_as_report_word if any(toned) else None)
    pauses = {j for j, (_, t) in enumerate(kept) if t.pause}
    # "BCH Đảng bộ Sở khóa V": "khóa" and its number name the term, paired with no word around them
    terms = {j for j in range(len(content) - 1) if content[j] in TERM_WORDS and _roman(content[j + 1] or "", alone=True)}
    pauses |= terms | {j - 1 for j in terms}
    spans = {i: n for i, n in spans.items() if not any(j in terms for j in range(i, i + n))}
    pairs = _pairing([w if not _inside(j, spans) else None for j, w in enumerate(content)],
                     [t.typed for _, t in kept], pair_strength, pauses) if pair_strength else set()
    # a pair of words side by side in the question (or with only "bao nhiêu" between: "mở bao nhiêu lớp"), not
    # brought together by other words set aside between them ("xã có bao nhiêu ấp" holds no "xã ấp")
    pairs = {j for j in pairs if j + 1 < len(kept) and set(range(kept[j][0] + 1, kept[j + 1][0])) <= bridged}
    concepts: list[Concept] = []
    i = 0
    while i < len(kept):
        taken = spans.get(i) or (2 if i in pairs else 1)
        if taken == 1 and kept[i][1].protected and not kept[i][1].written and _stop_word(kept[i][1], lex):
            i += 1  # "hướng dẫn trả lại": "lại" was kept for the phrase "trả lại", which a longer one took
            continue
        found = tuple(w for w in content[i : i + taken] if w is not None)
        written = " ".join(t.typed for _, t in kept[i : i + taken])
        # typed with every tone, a word is what was typed: "tăng" (rise) takes no synonym of "tặng" (give)
        spellings = lex.spellings.get(found, {written})
        # … or, not a word of this report, has other letters than the lexicon's ("dưới" 35 tuổi is no "đuổi")
        other_word = (
            all(has_diacritics(t.typed) and not t.repaired for _, t in kept[i : i + taken])
            and written not in spellings
            and (
                all(has_typed(t.typed) for _, t in kept[i : i + taken])
                or all(letters(written) != letters(s) for s in spellings)
            )
        )
        alternatives = (found,) if other_word else (found, *lex.synonyms.get(found, ()))
        unit = lex.units.get(found)
        if unit is not None and not all(w in vocabulary for w in found):  # "m2" is written "m²" in the report
            alternatives += tuple(f for f in lex.unit_forms.get(unit, ()) if f not in alternatives)
        # a lexicon phrase is known when the reports say it so, side by side ("công đoàn" in no report of "Đoàn Khối")
        phrase = i in spans and found in lex.synonyms
        known = any(
            all(w in vocabulary for w in alt) and (not phrase or all(f"{a} {b}" in vocabulary for a, b in pairwise(alt)))
            for alt in alternatives
        )
        soft = all(w in soft_words for w in found) and all(f"{a} {b}" in soft_words for a, b in pairwise(found))
        # "cấp Đảng ủy Khối", "gửi lên tỉnh": a level, not the reporting body
        soft = soft and not (i > 0 and content[i - 1] == "cap") and not any(t.not_body for _, t in kept[i : i + taken])
        # "Nghị quyết Đại hội VII", "khóa XIV": the congress or term by its number, a name, not a measure
        numbered = i + taken < len(content) and _roman(content[i + taken] or "", alone=found[-1:] == ("khoa",))
        term_number = i > 0 and content[i - 1] in TERM_WORDS and _roman(found[0], alone=True)
        soft = soft or (taken == 1 and (_roman(found[0]) or term_number)) or (found == ("khoa",) and numbered)
        typed = tuple(t.typed if not t.repaired else t.key for _, t in kept[i : i + taken])
        adjacent = i > 0 and kept[i][0] == kept[i - 1][0] + 1
        context = all(t.context for _, t in kept[i : i + taken])
        given = all(t.given for _, t in kept[i : i + taken])
        after_quantity = kept[i][0] - 1 in counting
        concepts.append(
            Concept(found, alternatives, known, soft, typed, adjacent, context=context, after_quantity=after_quantity, given=given)
        )
        i += taken
    return concepts
