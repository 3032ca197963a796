"""Candidates → calibrated scores → answered / ambiguous / not_found.

A figure is given only when the question's words are well covered by one measure and no
other measure with a different value comes close: a wrong figure is worse than none.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from knowledge.document import WHOLE_TERM
from knowledge.index import COMMITTEE_RE, EVENT_RE, Index, Scores, period_key
from knowledge.lexicon import load_lexicon
from knowledge.question import (
    LAST_YEAR,
    RISE_WORDS,
    SAME_SPAN,
    START_OF_YEAR,
    YEAR_BEFORE_LAST,
    Concept,
    Question,
)
from knowledge.vietnamese import key, key_words

ANSWER_MIN_SCORE = 0.30  # the blend (coverage × precision × fit): a floor only
ANSWER_MIN_PRECISION = 0.1  # share of the best fact's own words the question names ("dân số" is not "số xã")
ANSWER_MIN_COVERAGE = 0.64  # share of the question's weighted concepts the best fact holds
ANSWER_MIN_COVERAGE_CLEAR = 0.50  # … when the runner-up scores at most CLEAR_LEAD of the best
CLEAR_LEAD = 0.6
TOLD_APART_RATIO = 0.6  # figures of one sentence or total this close to the best may be told apart by their labels
PERCENT_MIN_PRECISION = 0.2  # a percentage given to a question that asks none must be named well ("dân số" ≠ "tỷ lệ dân số …")
AMBIGUITY_RATIO = 0.90
NEW_ONES_Q = re.compile(r"\b(?:moi|ket nap)\b")
COVERAGE_GAP = 0.15  # a different figure scoring this close to the best makes the question ambiguous
SUGGEST_MIN = 0.25
TOP_K = 12
FOOTNOTE_NAMED_ELSEWHERE = 0.5  # a figure outside the footnote the question names by its number
SAID_ELSEWHERE = 0.8  # the same figure in the question's words may stand this far below the best

# Words a label may hold without the question naming them.
LABEL_FILLER = frozenset({"va", "cua", "cac", "nhung", "trong", "duoc", "cho", "ve", "voi"})

START_OF_TERM = "đầu nhiệm kỳ"
AIM_Q = re.compile(r"\b(?:phan dau|phai|it nhat|toi thieu|du kien|can dat)\b")  # words of an aim, said of a year ahead
NOW = "hiện nay"
QUARTER_NAMES = {"1": "I|1", "2": "II|2", "3": "III|3", "4": "IV|4"}  # a quarter as reports write it
QUARTER_LABEL = r"\bquý\s*(?:I|II|III|IV|[1-4])\b"
GENERIC_LABEL_WORDS = frozenset({"to", "chuc", "mo", "cac", "cho", "ve", "cua", "voi", "da", "duoc", "so"})
ORGAN_WORDS = frozenset({"kiem", "doan", "hoi"})  # a question naming an organ ("UBKT", "Đoàn", "Hội") asks its figures
TIMES_UNITS = frozenset({"lượt", "lượt người"})  # times something named in the label was done
NOT_A_HEAD = frozenset({"%", "năm", "tháng", "ngày"})  # units a question may name that count nothing
RATE_SAID_Q = re.compile(r"\b(?:ty le|ti le|tl|phan tram|chiem|dat|bang)\b|%")  # a rate or share may be meant
GOOD_GRADE_Q = re.compile(r"\b(?:hoan thanh tot|htt)\b")
ONE_GRADE_Q = re.compile(r"\b(?:(?:khong|ko|k) (?:tinh|gop|ke) (?:muc |loai )?xuat sac|rieng muc|chi muc|chi (?:o|dat) muc|(?:khong|ko) gop)\b")
COMMITTEES = frozenset(
    {("ban", "thuong", "vu"), ("ban", "chap", "hanh"), ("uy", "ban", "kiem", "tra"), ("thuong", "truc"), ("thuong", "vu")}
)
SO_FAR_Q = re.compile(r"\b(?:tu dau nhiem ky |tinh )?(?:den|toi) (?:het|cuoi) nam (?:19|20)\d{2}\b")
UNION_WORDS = frozenset({"doan", "hoi", "thanh", "nien", "cong", "phu", "nu", "chien", "binh"})  # unions and associations
SET_UP_RE = re.compile(r"\b(?:thanh lap|lap moi|lap them)\b")  # things set up, not how many there are
JOINED_ASKED_Q = re.compile(r"\bket nap (?:(?:duoc|them|moi) )?(?:bao nhieu|may|bn)\b")  # those admitted asked
ONE_MONTH_Q = re.compile(r"(?<!\d )\bthang (1[0-2]|0?[1-9])\b(?! ?(?:nam|dau|cuoi|qua)\b)(?!/\d{4})")  # "tháng 10"
MONTHS_ASKED_Q = re.compile(r"\b(?:may|bao nhieu|bn) thang\b")  # "mấy tháng": a span of months asked
MONTHS = frozenset({"tháng"})
COMPARED_Q = re.compile(r"\bso (?:voi|sanh)\b|\bso (?:nam|cung k[iy]|ck)\b")  # "so với năm 2023": a ratio asked
THIS_YEAR_Q = re.compile(r"\b(?:nam nay|trong nam)\b")  # this year, not all so far
PLAN_ROW_RE = re.compile(r"(?:tổng\s+)?dự toán\b", re.IGNORECASE)  # "Dự toán ngân sách …": a row of the plan
SUM_ASKED_Q = re.compile(r"\b(?:tong cong|cong lai|tat ca|gop lai|tinh chung|ca hai)\b")  # both together asked
ELECTED_Q = re.compile(r"\b(?:duoc bau|bau ra|trung cu)\b(?! bo sung)")
HOW_MANY_Q = re.compile(r"\bmay\b")  # "mấy" asks a count of things
YEARS_BACK = {LAST_YEAR: 1, YEAR_BEFORE_LAST: 2}  # a year said from the report's own
MONTH_FLOW_Q = re.compile(r"\b(?:chuyen (?:den|di|ve)|trao|tang them|giam|phat sinh|mo (?:duoc )?(?:bao nhieu |may )?lop)\b")
HAS_HOW_MANY_Q = re.compile(r"\bco (?:bao nhieu|may|bn) (?:\w+ )?\w+\W*$")  # "… có bao nhiêu đảng viên": a stock
HEADCOUNT_Q = re.compile(rf"\btong so\b|^so\b|^(?:sl|so luong)\b(?!.* bi )|{HAS_HOW_MANY_Q.pattern}")  # how many there are
MONEY_SCALE_RE = re.compile(r"\b(ty|ti|trieu)\b(?! le)")
MONEY_UNIT_RE = re.compile(r"đồng(?! chí)|usd", re.IGNORECASE)  # not "đồng chí" (comrades)


@dataclass
class Decision:
    status: str  # answered | ambiguous | not_found
    best: int | None = None
    candidates: list[int] = field(default_factory=list)  # distinct figures, best first
    agreeing: list[int] = field(default_factory=list)  # facts stating the best figure too
    suggestions: list[int] = field(default_factory=list)  # nearby topics for not_found
    period_missing: bool = False
    scores: dict[int, float] = field(default_factory=dict)


def decide(question: Question, index: Index, report_ids: set[int] | None = None) -> Decision:
    """Score every fact for ``question`` and decide what to answer."""
    if not question.concepts or index.n == 0:
        return Decision("not_found")
    if question.unknown_name:  # "huyện Khau Lình kết nạp bao nhiêu": a place or body the report never names
        return Decision("not_found", suggestions=_top(index, index.score(question.concepts, question.accented).coverage, 3))
    scored = index.score(question.concepts, question.accented)
    coverage, score = scored.coverage, scored.blend.copy()
    for i, s in index.fuzzy_labels(question.text, _top(index, score, 2 * TOP_K)).items():
        score[i] += 0.25 * max(0.0, s - 0.6)
    _apply_wants(question, index, score)
    if not _apply_period(question, index, score):
        return Decision("not_found", period_missing=True, suggestions=_top(index, coverage, 3))
    if _month_unsaid(question, index):
        return Decision("not_found", period_missing=True, suggestions=_top(index, coverage, 3))
    if report_ids is not None:
        score[~np.isin(index.report_ids, list(report_ids))] = 0.0
    _apply_typed_numbers(question, index, score)
    _apply_footnote_named(question, index, score)
    _apply_or_above(question, index, score)
    _apply_per_each(question, index, score)
    _apply_contrasts(question, index, score)
    _apply_negation(question, index, score)
    _apply_term_number(question, index, score)
    _apply_grade(question, index, score)
    _apply_level(question, index, score)
    _apply_part_columns(question, index, score)
    _apply_all_levels(question, index, score)
    _apply_named_level(question, index, score)
    _apply_context(question, index, scored, score)
    top = _top(index, score, TOP_K)
    scores = {i: float(score[i]) for i in top}
    if top and coverage[top[0]] < (needed := _coverage_needed(index, top, scores)):
        # "tổng kế hoạch vốn đầu tư công giao": the appendix's bare total stands first, the text says the same
        # figure in the question's words
        said = next(
            (i for i in top[1:] if coverage[i] >= needed and scores[i] >= SAID_ELSEWHERE * scores[top[0]] and _same_figure(index, i, top[0])),
            None,
        )
        if said is not None:
            top = [said, *(i for i in top if i != said)]
    if (
        not top
        or scores[top[0]] < ANSWER_MIN_SCORE
        or coverage[top[0]] < _coverage_needed(index, top, scores)
        or (scored.precision[top[0]] < ANSWER_MIN_PRECISION and not index.is_table[top[0]])
        or (scored.precision[top[0]] < PERCENT_MIN_PRECISION and index.is_percent[top[0]] and not _asks_rate(question))
    ):
        return Decision("not_found", suggestions=_suggest(index, coverage, top), scores=scores)
    best = _prefer_total(index, top, scores, scored, question)

    def refused(i: int) -> bool:
        return (
            _cell_lacks_what_is_named(index, question, scored, i)
            or _lacks_the_heart(index, question, scored, i)
            or _lacks_what_is_counted(index, question, scored, i)
            or _lacks_the_kind_counted(index, question, scored, i)
            or _counts_a_group_not_asked(index, question, i)
            or _lacks_the_event(index, question, scored, i)
            or _event_for_a_headcount(index, question, i)
            or _change_for_a_state(index, question, i)
            or _lacks_the_place(question, scored, i)
            or _another_sum_of_money(index, question, i)
        )

    if refused(best):
        # "khối An ninh có bao nhiêu đảng viên bị cảnh cáo": the table gives the bloc's members, no form …
        # … unless the same figure is said elsewhere in the question's words ("Mặt trận các cấp chủ trì giám sát
        # 1.386 cuộc" beside the table's bare "Giám sát" total)
        said = next((i for i in top if i != best and _same_figure(index, i, best) and not refused(i)), None)
        if said is None:
            return Decision("not_found", suggestions=_suggest(index, coverage, top), scores=scores)
        best = said
    if index.new_ones[best] and not NEW_ONES_Q.search(question.folded) and not any(
        {"nap", "moi"} & set(alt) for c in question.concepts for alt in c.alternatives  # "vào Đảng", "mớii"
    ):
        # "bao nhiêu đảng viên người dân tộc Khmer": the report counts them among the new members only
        return Decision("not_found", suggestions=_suggest(index, coverage, top), scores=scores)
    if (held := next((i for i in top if _holds_what_best_lacks(index, question, scored, best, i, scores)), None)) is not None:
        best = _prefer_total(index, [held, *(i for i in top if i != held)], scores, scored, question)
    if _joins_another(index, question, best):  # "A và B" when B alone is asked: a close figure of B alone
        best = next(
            (
                i
                for i in top
                if scores[i] >= 0.85 * scores[best]
                and not _joins_another(index, question, i)
                and i not in _descendants(index, [best])  # its own parts are asked with it, not instead
            ),
            best,
        )
    # a breakdown asked: the best, or the same figure stated where its total is ("53.981 lượt quần chúng" in the text)
    stated = [best, *(i for i in top if _same_figure(index, i, best))] if "breakdown" in question.wants else [best]
    # "32 lớp bồi dưỡng gồm mấy lớp …": the figure typed is the whole asked about
    typed_whole = "breakdown" in question.wants and bool(index.children.get(best)) and _typed(question, index, best)
    whole = None
    if not typed_whole:
        whole = next((w for i in stated if (w := _whole_of_named_parts(index, question, i, scored)) is not None), None)
    if whole is None and "breakdown" in question.wants and not typed_whole:
        whole = _whole_of_parts_nearby(index, question, best, top, scores, scored)
    if whole is None and "breakdown" in question.wants and not typed_whole:
        whole = _whole_named(index, question, stated, scored)
    if whole is None and "breakdown" in question.wants and index.is_table[best] and not index.children.get(best):
        # "giải ngân vốn đầu tư công chia theo nguồn vốn": the appendix's total has no parts, the text's same figure
        # has them (anywhere: places of the table may crowd it out of the top)
        alike = (int(i) for i in np.flatnonzero(index.values == index.values[best]) if i != best)
        whole = next(
            (i for i in alike if not index.is_table[i] and len(index.children.get(i, ())) >= 2 and _said_alike(index, i, best)),
            None,
        )
    if whole is not None:
        question.wants.add("breakdown")  # "chuyển sinh hoạt bao nhiêu, chuyển đến, chuyển đi": the total and its parts
        best = whole
        scores.setdefault(whole, float(score[whole]))
    planned = [i for i in top if _is_target(index, i) or index.facts[i].kind == "share_of_target"]
    # "thu ngân sách cả nhiệm kỳ đạt bao nhiêu % chỉ tiêu": a share of the plan said of that very period is asked
    shared = "share_of_target" in question.wants and index.facts[best].kind == "share_of_target" and index.facts[best].period == question.period
    if question.period and "target" not in question.wants and not shared and len(planned) == len(top):
        # "kết nạp năm 2025": that year has only targets; what was done is not in the report
        return Decision("not_found", suggestions=_suggest(index, coverage, top), scores=scores)
    if "percent" in question.wants:
        # "cụm công nghiệp Tân Phú lấp đầy bao nhiêu %": the 62%, never its 48,5 ha, nor it beside the 62%
        shares = [
            i for i in top
            if index.is_percent[i] and scores[i] >= 0.5 * scores[best]
            # "kết nạp … đạt bao nhiêu % chỉ tiêu": not a share of the target of another measure
            and (i == best or coverage[i] >= ANSWER_MIN_COVERAGE_CLEAR)
        ]
        if not shares:
            return Decision("not_found", suggestions=_suggest(index, coverage, top), scores=scores)
        best = best if index.is_percent[best] else shares[0]
        top = [i for i in top if index.is_percent[i]]
        if (rise := _rise_said(index, question, best, top)) != best:
            top, best = [i for i in top if i != best], rise  # the ratio it is read from is no rival
    elif "money" in question.wants and not _is_money(index, best):
        # "thu nhập bình quân của quân nhân chuyên nghiệp": a sum of money, never the 41 soldiers counted
        monies = [i for i in top if _is_money(index, i) and scores[i] >= 0.5 * scores[best]]
        if not monies:
            return Decision("not_found", suggestions=_suggest(index, coverage, top), scores=scores)
        best = monies[0]
    elif index.is_percent[best] and not question.counted and question.units - NOT_A_HEAD and not RATE_SAID_Q.search(question.folded):
        # "đảng viên nhập ngũ năm 2023 bao nhiêu": a count of them, not the 2,57% they make of the recruits
        counts = [i for i in top if not index.is_percent[i] and _counts_asked(question, index, i) and scores[i] >= 0.8 * scores[best]]
        best = counts[0] if counts else best
    elif question.counted and index.is_percent[best]:
        # "năm 2021 có bao nhiêu trường đạt chuẩn quốc gia": a count, never the 67,74% of schools
        counts = [i for i in top if not index.is_percent[i] and _counts_asked(question, index, i)]
        counts = [i for i in counts if scores[i] >= 0.5 * scores[best]]
        best = counts[0] if counts else best  # the report gives only the share ("sl đv HTXS năm 2022": 19,4%)
    if question.counted and not _counts_asked(question, index, best):
        fitting = [
            i
            for i in top
            if _counts_asked(question, index, i)
            and scores[i] >= 0.5 * scores[best]
            and (index.facts[i].unit != "%" or "percent" in question.wants)  # a count is asked, not a share
        ]
        if not fitting:  # "bao nhiêu đảng viên" is never answered with a count of "tổ chức đảng"
            return Decision("not_found", suggestions=_suggest(index, coverage, top), scores=scores)
        best = fitting[0]
    if (whole := _listed_whole(index, question, best)) is not None:
        best = whole
        scores.setdefault(whole, float(score[whole]))
    named_parts = _named_parts(index, best, top, scores, scored, question)
    if not named_parts and "breakdown" not in question.wants and (side := _one_side_asked(index, question, best)) is not None:
        named_parts = [side]  # "xây mới bao nhiêu căn" of "xây mới và sửa chữa 228 căn" (xây mới 86, sửa chữa 142)
        scores.setdefault(side, float(score[side]))
    total = None
    if len(named_parts) == 1:
        total, best = best, named_parts[0]
    elif (parent := _parent(index, best)) is not None and _singled_out(index, best, parent, scored):
        total = parent
    elif len(named_parts) > 1 and not _total_names_them(index, best, named_parts):
        return Decision("ambiguous", named_parts[0], _distinct(named_parts, index)[:3], scores=scores)
    part_asked = _part_asked(index, question, scored, best) if total is None else None
    if "target" in question.wants and not _is_target(index, best):
        targets = [
            i for i in top
            if _is_target(index, i) and scores[i] >= 0.7 * scores[best]
            and (index.facts[i].unit == "%" or "percent" not in question.wants)  # a percentage asked: no count
        ]
        if not targets and "giao" in index.label_words[best] and "giao" in question.folded.split():
            targets = [best]  # "biên chế được giao": the row "Biên chế công chức cấp tỉnh - số giao" is the quota
        if not targets:
            return Decision("not_found", suggestions=_suggest(index, coverage, top), scores=scores)
        # a target's total before its parts ("giao 2.180 công dân (Quân đội 1.890, Công an nhân dân 290)")
        best = total if (total := _prefer_total(index, targets, scores, scored, question)) in targets else targets[0]
    elif not question.wants & {"target", "share_of_target", "ahead"} and _is_target(index, best):
        # "số doanh nghiệp thành lập mới cả nhiệm kỳ": what was done, not the resolution's 200 beside it
        done = [
            i for i in top
            if not _is_target(index, i) and index.facts[i].kind != "share_of_target" and scores[i] >= 0.9 * scores[best]
            and index.facts[i].unit == index.facts[best].unit and _same_row(index, i, best)  # the row's own result
        ]
        best = done[0] if done else best
    agreeing = [i for i in top if _same_figure(index, i, best)]
    family = _descendants(index, [best, *agreeing])
    if total is not None:
        family.add(total)  # the question named a part of it
    elif (parent := _parent(index, best)) is not None and _label_names_any(index, question, best, parent):
        family.add(parent)  # "tiếp nhận bao nhiêu đơn tố cáo": the part its own label names, not its total
    best_of_another_body = _another_bodys_row(index, question, best)  # once, not per candidate
    best_said = not _unsaid_words(index, question, best)
    rise_asked = "since_start" in question.wants
    heads_asked = _heads_asked(question)
    rate_asked = bool(question.wants & {"percent", "share_of_target", "growth"}) or bool(RATE_SAID_Q.search(question.folded))
    rivals = [
        i
        for i in top
        if index.facts[i].report_id == index.facts[best].report_id  # other reports are other documents
        and not _same_figure(index, i, best)
        and i not in family
        and i not in index.conflicts.get(best, [])
        and scores[i] >= AMBIGUITY_RATIO * scores[best]
        and coverage[i] >= coverage[best] - COVERAGE_GAP  # the best explains clearly more of the question
        and not _related_period(index, i, best, question)
        and not _period_settles(index, i, best, question)
        and not (_joins_another(index, question, i) and not _joins_another(index, question, best))
        and not ("share_of_target" not in question.wants and _share_of(index, i, best))
        and not any(_unasked_subset(index, question, i, t) for t in [best, *agreeing])
        and not (not best_of_another_body and _another_bodys_row(index, question, i))
        # "phát hành bao nhiêu cuốn": the 38.700 cuốn, not the "09 số" beside it, printed with no unit of its own
        and not (
            question.counted and index.facts[best].unit in question.units
            and not index.facts[i].unit and not index.names_unit(i, set(question.units))
        )
        and not _counts_otherwise(index, question, best, i)
        # "tổng số dân quân tự vệ": how many there are; the times they turned out ("8.425 lượt") are no rival
        and not (heads_asked and index.facts[i].unit in TIMES_UNITS and index.facts[best].unit not in TIMES_UNITS)
        # "đảng viên nhập ngũ năm 2023 bao nhiêu": a count; the share they make is no rival
        and not (index.is_percent[i] and not index.is_percent[best] and not rate_asked)
        # "tăng thêm mấy đảng viên so với đầu năm": the rise asked; the stocks it joins are no rivals
        and not (rise_asked and index.change[best] and not index.change[i])
        # "cuối năm còn bao nhiêu hộ hội viên nghèo": not the row beside it "Hộ hội viên thoát nghèo" (its total may be)
        and not (best_said and _same_table_cell(index, best, i) and i != _parent(index, best) and _unsaid_words(index, question, i))
    ]
    rivals += [
        i
        for i in top
        if i not in rivals and i not in family and _misses_what_other_names(index, question, scored, best, i, scores)
    ]
    if "target" in question.wants and _is_target(index, best):
        rivals = [i for i in rivals if _is_target(index, i)]  # a target is asked: what was done is no rival
    elif (
        not question.wants & {"target", "share_of_target", "ahead"}
        and index.facts[best].kind not in ("target", "share_of_target")
        and not _is_target(index, best)
    ):
        rivals = [i for i in rivals if not _is_target(index, i)]  # … and what was done is asked: no target is
    parent = _parent(index, best)
    if (
        rivals and parent is not None and parent in scores and scores[parent] >= 0.8 * scores[best]
        and all(_parent(index, i) == parent for i in rivals)
        and _total_names_them(index, parent, [best, *rivals])
    ):
        best, rivals = parent, []  # "tổng số dân quân tự vệ": the total whose label names its parts, not one part
        agreeing = [i for i in top if _same_figure(index, i, best)]
    if (
        "breakdown" in question.wants and rivals and parent is not None
        and all(_parent(index, i) == parent for i in rivals)
    ):
        # "kết quả giải quyết tố cáo chia ra đúng, đúng một phần, sai": the parts are close, their total is asked
        scores.setdefault(parent, float(score[parent]))
        best, rivals = parent, []
        agreeing = [i for i in top if _same_figure(index, i, best)]
    if (
        "breakdown" in question.wants and not index.children.get(best) and len(_distinct(rivals, index)) == 1
        and index.children.get(rivals[0]) and index.facts[rivals[0]].kind == index.facts[best].kind
    ):  # "giám sát năm 2025 chia theo từng cấp": the one close figure given with its parts
        best, rivals = rivals[0], []
        agreeing = [i for i in top if _same_figure(index, i, best)]
    near = [i for i in top if i not in rivals and i != best and scores[i] >= TOLD_APART_RATIO * scores[best]]
    told = None if "breakdown" in question.wants else _told_apart(index, question, scored, [best, *rivals], near)
    if told is None and "breakdown" not in question.wants:
        told = _listed_part_named(index, question, best, rivals)
    if told is not None:
        best, rivals = told
        agreeing = [i for i in top if _same_figure(index, i, best)]
    elif part_asked is not None:
        return Decision("ambiguous", part_asked, _distinct([part_asked, best], index), scores=scores)
    if index.facts[best].value < 0 and (said := next((i for i in agreeing if index.facts[i].value == -index.facts[best].value), None)) is not None:
        best = said  # "số vụ cháy giảm bao nhiêu %": the fall as the text says it (16,07%), not the signed cell
    distinct = _distinct([best, *rivals], index)
    if "breakdown" in question.wants and any(index.children.get(i) for i in [best, *agreeing]):
        distinct = distinct[:1]  # a total with its parts is what a breakdown question asks for
    if "series" in question.wants and _one_measure_in_periods_named(index, question, distinct):
        distinct = distinct[:1]  # "năm 2020 và năm 2021": the row's two cells asked, shown as its series
    if len(distinct) > 1:
        return Decision("ambiguous", best, distinct[:3], agreeing, scores=scores)
    if "breakdown" in question.wants and not index.children.get(best) and (sibling := _sibling_item(index, best, top, scores)):
        # "kế hoạch vốn chia theo NSTW, NSĐP": two items of one note, no whole linked to them; neither alone
        return Decision("ambiguous", best, [best, sibling], agreeing, scores=scores)
    best, agreeing = _stating_period(index, question, best, agreeing)
    return Decision("answered", best, [best], agreeing, scores=scores)


def _one_measure_in_periods_named(index: Index, q: Question, ids: list[int]) -> bool:
    """The figures are one measure (one table row, or one sentence's figures of one unit), each of another of the
    periods the question names."""
    facts = [index.facts[i] for i in ids]
    periods = [f.period for f in facts]
    if len(set(periods)) < len(facts) or not set(periods) <= set(q.periods):
        return False
    first = facts[0]
    if first.origin == "table":
        return all(f.origin == "table" and (f.report_id, f.row_key, f.label) == (first.report_id, first.row_key, first.label) for f in facts)
    return all((f.report_id, f.quote, f.unit) == (first.report_id, first.quote, first.unit) for f in facts)


def _unsaid_words(index: Index, q: Question, i: int) -> set[str]:
    """Words of fact ``i``'s label the question says nothing of ("thoát" of "Hộ hội viên thoát nghèo" when
    "cuối năm còn bao nhiêu hộ hội viên nghèo" is asked)."""
    asked = set(q.folded.split()) | {w for c in q.concepts for alt in c.alternatives for w in alt}
    fact = index.facts[i]
    return set(key_words(fact.label)) - asked - LABEL_FILLERS - set(key_words(fact.unit))


def _same_table_cell(index: Index, a: int, b: int) -> bool:
    """Two rows' cells of one table in one column (the same period), or two figures of one sentence."""
    f, g = index.facts[a], index.facts[b]
    if f.origin != "table" and g.origin != "table":
        return f.quote == g.quote and f.period == g.period  # … or two figures of one sentence
    return f.origin == g.origin == "table" and f.period == g.period and f.locator.split(" › ")[:2] == g.locator.split(" › ")[:2]


LABEL_FILLERS = frozenset({"tong", "so", "cua", "va", "cac", "duoc", "trong", "do", "cho", "ve", "voi", "co", "la", "nhung"})


def _one_side_asked(index: Index, q: Question, best: int) -> int | None:
    """The best names both sides of a contrast ("Xây mới và sửa chữa"), the question one of them: its part
    naming that side alone."""
    asked = _asked_text(q)
    label = f" {key(index.facts[best].label)} "
    for named, other in load_lexicon().contrasts:
        if f" {named} " in asked and f" {other} " not in asked and f" {named} " in label and f" {other} " in label:
            return next(
                (
                    i for i in index.children.get(best, [])
                    if f" {named} " in (kid := f" {key(index.facts[i].label)} ") and f" {other} " not in kid
                ),
                None,
            )
    return None


def _counts_otherwise(index: Index, q: Question, best: int, i: int) -> bool:
    """"bn lớp tập huấn": ``i`` (7.512 lượt cán bộ who sat in them) counts another thing than the best (86 lớp)
    and than what is asked: no rival."""
    return q.counted and not _counts_asked(q, index, i) and _counts_asked(q, index, best)


def _sibling_item(index: Index, best: int, top: list[int], scores: dict[int, float]) -> int | None:
    """Another item of the best's note with its label, kind and unit, scoring close to it."""
    fact = index.facts[best]
    if fact.footnote is None:
        return None
    return next(
        (
            i
            for i in top
            if i != best
            and scores[i] >= SIBLING_RATIO * scores[best]
            and (g := index.facts[i]).label.split(": ")[-1] == fact.label.split(": ")[-1]  # each by its own name
            and (g.kind, g.unit, g.quote, g.locator, g.report_id) == (fact.kind, fact.unit, fact.quote, fact.locator, fact.report_id)
            and g.value != fact.value
        ),
        None,
    )


SIBLING_RATIO = 0.8


def _stating_period(index: Index, question: Question, best: int, agreeing: list[int]) -> tuple[int, list[int]]:
    """Of two places stating the same figure, quote the one that says the very period asked ("hiện nay")."""
    period = question.period
    if period is None or index.facts[best].period == period:
        return best, agreeing
    stating = next((i for i in agreeing if index.facts[i].period == period), None)
    if stating is None:
        return best, agreeing
    return stating, [best, *(i for i in agreeing if i != stating)]



def _share_of(index: Index, i: int, best: int) -> bool:
    """``i`` is how the best figure stands against its plan, in the same row or sentence ("8,72%; đạt
    91,79% chỉ tiêu"): no rival unless the share is asked."""
    a, b = index.facts[i], index.facts[best]
    if a.kind != "share_of_target" or b.kind in ("share_of_target", "target", "growth") or a.report_id != b.report_id:
        return False
    if a.origin == "table":
        return b.origin == "table" and a.row_key == b.row_key and a.section == b.section and a.period == b.period
    return a.quote == b.quote


def _joins_another(index: Index, q: Question, i: int) -> bool:
    """A figure for "A và B" when the question names B and nothing of A ("32 lớp nhận thức về Đảng và
    lý luận chính trị cho đảng viên mới … đạt 64%" for "lớp lý luận chính trị cho đảng viên mới")."""
    label = " ".join(key_words(index.facts[i].label))
    asked = {w for c in q.concepts for alt in c.alternatives for w in alt}
    if " va " not in label:
        # "Giáo sư, phó giáo sư" when "phó giáo sư" is asked: the longer side, set apart by its own words
        pair = key(index.facts[i].label).split(", ")
        if len(pair) != 2:
            return False
        short, long = sorted((set(key_words(side)) for side in pair), key=len)
        return short < long and long <= asked
    left, right = (side.split() for side in label.split(" va ", 1))
    # "lớp bồi dưỡng A và bồi dưỡng B": the words before the one both sides start with head both
    head = left.index(right[0]) if right and right[0] in left else 0
    a, b = (set(side) - GENERIC_LABEL_WORDS for side in (left[head:], right))
    sides = [a - b, b - a]  # the words that set each side apart
    if not all(sides):
        return False
    shares = sorted(len(side & asked) / len(side) for side in sides)
    return shares[0] <= 0.34 and (shares[1] >= 0.6 or (shares[0] == 0 and shares[1] >= 0.5))


def _holds_what_best_lacks(
    index: Index, q: Question, scored: Scores, best: int, other: int, scores: dict[int, float]
) -> bool:
    """A close runner-up holding a weighty word of the question ("cấp tỉnh") that the best does not
    have anywhere: the runner-up is the answer (the 93 models of the province, not the 724 of all)."""
    if other == best or scores[other] < 0.85 * scores[best] or _same_figure(index, other, best):
        return False
    if index.facts[other].report_id != index.facts[best].report_id or scored.coverage[other] <= scored.coverage[best]:
        return False
    return any(
        index.concept_weight(c) >= 2.0 and per[other] >= 0.95 and per[best] <= 0.1 and not c.context
        for c, per in zip(q.concepts, scored.per_concept, strict=True)
    )


HEART_SHARE = 0.5  # a concept weighing this share of the question is its heart


def _lacks_the_heart(index: Index, q: Question, scored: Scores, best: int) -> bool:
    """The question's weightiest word, the heart of it ("… bị kỷ luật khiển trách"), is nowhere near the best
    figure: the report gives the rest ("kỷ luật" that year), not what is asked."""
    if "breakdown" in q.wants:
        return False
    weighed = _weighed(index, q, scored, best)
    total = sum(w for w, _ in weighed)
    return total > 0 and any(w >= HEART_SHARE * total and held < 0.2 for w, held in weighed)


def _lacks_what_is_counted(index: Index, q: Question, scored: Scores, best: int) -> bool:
    """"xảy ra bao nhiêu sự cố lưới điện 110kV" of "06 công trình lưới điện 110kV": what is counted, right after
    "bao nhiêu", is nowhere in the best figure's words, and the figure counts another thing (its unit)."""
    unit, lex = index.facts[best].unit, load_lexicon()
    if not unit or unit == "%" or unit in lex.people or "breakdown" in q.wants:
        return False  # "bao nhiêu người dân" of "19.093 nhân khẩu": people by another name
    units, counted = lex.units, set(key_words(unit))
    return any(
        c.after_quantity
        and c.known
        and not c.soft
        and not c.context
        and per[best] < 0.2
        and (c.words not in units or units[c.words] in lex.people)  # "bao nhiêu đảng viên" of 80 "trường"
        and not counted & set(c.words)
        for c, per in zip(q.concepts, scored.per_concept, strict=True)
    )


def _lacks_the_kind_counted(index: Index, q: Question, scored: Scores, best: int) -> bool:
    """"bao nhiêu đảng viên nữ": a word picking some of those counted (the lexicon's [groups]: women, ethnic
    minorities, believers) is nowhere in the best figure's sentence: it counts them all, not those asked."""
    if "breakdown" in q.wants:
        return False
    lex = load_lexicon()
    picked = [(c, per) for c, per in zip(q.concepts, scored.per_concept, strict=True) if not c.soft and set(c.alternatives) & lex.groups]
    if any(per[best] < 0.2 for _, per in picked):
        return True
    fact = index.facts[best]
    if not picked or fact.unit not in lex.generic_units:
        return False
    # "bao nhiêu đảng viên nữ" of "quy hoạch Ban Chấp hành … 32 đồng chí, trong đó nữ 07 đồng chí": women of
    # the committee, counted as comrades; the members asked are nowhere in what the figure says
    said = " ".join(key(t) for t in fact.texts.values())
    return any(
        c.counted and lex.units.get(c.words) in lex.people - lex.generic_units and f" {' '.join(c.words)} " not in f" {said} "
        for c in q.concepts
    )


def _counts_a_group_not_asked(index: Index, q: Question, best: int) -> bool:
    """"tỷ lệ hộ nghèo chung toàn tỉnh" of "tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm còn 14,36%": the
    figure's own label picks a group (the lexicon's [groups], in two words or more) the question never names."""
    if "breakdown" in q.wants:
        return False
    label = f" {' '.join(key_words(index.facts[best].label))} "
    asked = " | ".join([f" {' '.join(key_words(q.folded))} ", *(f" {' '.join(alt)} " for c in q.concepts for alt in c.alternatives)])
    return any(
        len(g) >= 2 and f" {' '.join(g)} " in label and not any(f" {a} {b} " in asked for a, b in itertools.pairwise(g))
        for g in load_lexicon().groups
    )


def _lacks_the_place(q: Question, scored: Scores, best: int) -> bool:
    """"huyện An Lạc năm 2024 xây mới bao nhiêu nhà": the place named (capitalised, after its kind) is nowhere in
    what the best figure says (the province's 2024): the report gives no figure of that place for it."""
    if "breakdown" in q.wants or not q.places:
        return False
    return any(
        not c.soft and per[best] < 0.2 and " ".join(c.words) in q.places
        for c, per in zip(q.concepts, scored.per_concept, strict=True)
    )


@functools.cache
def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern finding any of the phrases anywhere in a text (none: never)."""
    return re.compile("|".join(map(re.escape, phrases)) or r"(?!)")


@functools.cache
def _padded(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str, str], ...]:
    """Each pair of phrases with both also padded by spaces, to be found as whole words in a padded text."""
    return tuple((a, b, f" {a} ", f" {b} ") for a, b in pairs)


def _another_sum_of_money(index: Index, q: Question, best: int) -> bool:
    """"tổng thu ngân sách tăng bao nhiêu %": the best figure's own label names another sum of money ("Tổng huy
    động vốn tăng so với cùng kỳ", beside "nộp ngân sách" in its sentence) and none the question names."""
    subjects = load_lexicon().sums
    naming = _any_of(subjects)
    asked = {joined for c in q.concepts if not c.soft for alt in c.alternatives if naming.search(joined := " ".join(alt))}
    if not asked:
        return False
    label = f" {' '.join(key_words(index.facts[best].label))} "
    named = [s for s in subjects if f" {s} " in label]
    return bool(named) and not any(f" {a} " in label or any(n in a for n in named) for a in asked)


def _month_unsaid(q: Question, index: Index) -> bool:
    """"tháng 10 kết nạp được bao nhiêu" in a report of the first nine months: no sentence says that month
    ("tháng 10", or a day of it: "17/10/2025")."""
    if not (month := ONE_MONTH_Q.search(q.folded)):
        return False
    n = int(month.group(1))
    return not index.quotes_matching(rf"\btháng\s+0?{n}\b(?!\s*(?:tuổi|năm))|\b\d{{1,2}}/0?{n}\b").any()


def _lacks_the_event(index: Index, q: Question, scored: Scores, best: int) -> bool:
    """"năm nay thành lập mới bao nhiêu doanh nghiệp": the best says nothing of the event asked ("hiện có 5.862
    doanh nghiệp"): how many there are is not how many were set up."""
    if index.events[best]:
        return False
    joined_asked = JOINED_ASKED_Q.search(q.folded) is not None  # "kết nạp bao nhiêu hội viên mới": those who joined
    asked = [
        per
        for c, per in zip(q.concepts, scored.per_concept, strict=True)
        if SET_UP_RE.search(" ".join(c.words)) or (joined_asked and c.words[:2] == ("ket", "nap"))
    ]
    return bool(asked) and all(per[best] < 0.5 for per in asked)


def _event_for_a_headcount(index: Index, q: Question, best: int) -> bool:
    """"Đảng bộ xã Nhạn Khê có bao nhiêu đảng viên" of "Một số đảng bộ kết nạp nhiều: xã Nhạn Khê 21 đảng viên":
    how many there are is asked, and the figure counts those who joined (an event the question never names)."""
    people = load_lexicon().people  # "… có mấy đơn" of letters received: an event counting things, not a stock of people
    return (
        bool(index.events[best])
        and index.facts[best].period != NOW  # "được thành lập …, hiện có 31 chi bộ với 724 đảng viên": a stock now
        and bool(q.units)
        and q.units <= people
        and HAS_HOW_MANY_Q.search(q.folded) is not None
        and not _asks_event(q)
        and not _asks_change(q)
    )


def _is_money(index: Index, i: int) -> bool:
    """A sum of money: so typed, or counted in đồng or USD ("1.247,6 triệu USD", "triệu đồng/người/tháng")."""
    return index.facts[i].kind == "money" or MONEY_UNIT_RE.search(index.facts[i].unit) is not None


def _heads_asked(q: Question) -> bool:
    """"tổng số dân quân tự vệ": how many there are — not "tổng số đv được KT, GS", whose checks (what was done to
    them) may be counted in times ("1.450 lượt")."""
    return bool(HEADCOUNT_Q.search(q.folded)) and not ({"luot", "duoc", "bi"} & set(q.folded.split())) and not _asks_event(q)


def _asks_change(q: Question) -> bool:
    """The question asks a rise or a fall ("tăng", "giảm", "thêm", a rate of growth)."""
    return any(w in RISE_WORDS for c in q.concepts for w in c.words) or "growth" in q.wants


def _change_for_a_state(index: Index, q: Question, best: int) -> bool:
    """"hội nông dân hiện có bao nhiêu hội viên": how many there are now is never a fall or a rise ("Số giảm …: Hội
    Nông dân 35 hội viên")."""
    return q.period == NOW and bool(index.change[best]) and not _asks_change(q)


def _cell_lacks_what_is_named(index: Index, q: Question, scored: Scores, best: int) -> bool:
    """A cell of a body's or a part's column ("Số đảng viên (Khối An ninh)") says all it measures in its
    label: a weighty word of the question it does not hold asks for something the table does not give."""
    fact = index.facts[best]
    if fact.column not in ("measure", "part"):
        return False
    # "TAND huyện Cẩm Điền giải quyết bao nhiêu vụ việc": a table without a unit does not name what it counts
    return any(
        index.concept_weight(c) >= 2.0 and float(per[best]) < 0.5
        for c, per in zip(q.concepts, scored.per_concept, strict=True)
        if not c.soft and not c.context and not (c.counted and not fact.unit)
    )


def _weighed(index: Index, q: Question, scored: Scores, i: int) -> list[tuple[float, float]]:
    """Weight of each concept the question asks (not the body's name, not the context) and how well fact
    ``i`` holds it."""
    return [
        (index.concept_weight(c), float(per[i]))
        for c, per in zip(q.concepts, scored.per_concept, strict=True)
        if not c.soft and not c.context
    ]


def _misses_what_other_names(
    index: Index, q: Question, scored: Scores, best: int, other: int, scores: dict[int, float]
) -> bool:
    """A close runner-up that states an event the question names ("lập mới") which the best only
    has nearby: the best is no sure answer ("lập mới bao nhiêu cơ sở đoàn": 3 new, not the 37 now)."""
    if other == best or scores[other] < 0.85 * scores[best] or _same_figure(index, other, best):
        return False
    if index.facts[other].report_id != index.facts[best].report_id:
        return False
    if scored.coverage[other] < scored.coverage[best] + 0.05:
        return False
    unitless = not index.facts[best].unit  # a table without a unit does not name what it counts
    return any(
        index.concept_weight(c) >= 2.0 and per[other] >= 0.95 and per[best] <= 0.65 and not c.context
        and not (c.counted and unitless)
        for c, per in zip(q.concepts, scored.per_concept, strict=True)
    )


def _whole_of_parts_nearby(
    index: Index, q: Question, best: int, top: list[int], scores: dict[int, float], scored: Scores
) -> int | None:
    """"tổng số đảng viên, bao nhiêu chính thức bao nhiêu dự bị": a close figure's total whose parts are the
    ones named, though the best figure's own words ("công nhận chính thức cho đảng viên dự bị") hold them all."""
    for i in top[1:]:
        if scores[i] < 0.6 * scores[best]:
            continue
        whole = _whole_of_named_parts(index, q, i, scored, by_units=False)
        if whole is not None and scores.get(whole, 0.0) >= 0.4 * scores[best]:  # the total answers the question too
            return whole
    return None


def _whole_named(index: Index, q: Question, stated: list[int], scored: Scores) -> int | None:
    """A breakdown asked of what the total alone names, the part being the closest figure ("vốn đầu tư toàn
    xã hội chia theo nguồn ngân sách và ngoài ngân sách": 18.426 and its parts, not the 13.454 of one)."""
    for part in stated:
        whole = _parent(index, part)
        if whole is None or len(index.children.get(whole, [])) < 2 or part not in index.children[whole]:
            continue
        parts = index.children[whole]
        named = {s for s in parts for c in scored.per_concept if c[s] >= 0.9 and c[whole] <= c[s] - 0.4}
        if len(named) == 1:
            continue  # the question names one part ("dệt may Phước Lâm còn nợ bao nhiêu")
        for concept, c in zip(q.concepts, scored.per_concept, strict=True):
            if concept.soft or concept.context or index.concept_weight(concept) < 2.0:
                continue
            if c[whole] >= 0.9 and all(c[s] <= c[whole] - 0.4 for s in parts):
                return whole
    return None


def _whole_of_named_parts(index: Index, q: Question, best: int, scored: Scores, by_units: bool = True) -> int | None:
    """The total when the question names two or more of its parts, each by a word of its own (by the
    unit counted too, unless ``by_units`` is False)."""
    whole = best if index.children.get(best) else _parent(index, best)
    parts = index.children.get(whole, []) if whole is not None else []
    if whole is None or len(parts) < 2:
        return None

    named, own = set(), set()
    # "Xóa tên và khai trừ đảng" names its own parts: holding their words does not make it one of them
    joins = " va " in f" {key(index.facts[whole].label)} "
    units = {" ".join(key(u).split()) for u in q.units}
    # a part's label alone, not the clause it shares with its siblings ("Gồm: 6.611 … chính thức và 231 … dự bị")
    labels = index.label_words
    for concept, c in zip(q.concepts, scored.per_concept, strict=True):
        if " ".join(concept.words) in units and (
            not by_units or ("breakdown" not in q.wants and index.facts[whole].unit in q.units)
        ):
            continue  # "bao nhiêu đồng chí": the people counted name no part (nor the whole's own unit, asked)
        for s in parts:
            others = [o for o in parts if o != s]
            # a common word names no part alone ("học" is in "học viên" too)
            weighty = len(concept.words) > 1 or index.concept_weight(concept) >= 3.0
            by_score = weighty and c[s] >= 0.9 and c[s] > max(c[o] for o in others) + 0.2 and c[whole] <= c[s] - 0.3
            by_words = (
                weighty
                and index.holds(s, concept)
                and (joins or not index.holds(whole, concept))
                and not any(index.holds(o, concept) for o in others)
            )
            by_label = weighty and _label_names(index, concept, s, whole, others, joins)
            if by_score or by_words or by_label:
                named.add(s)
            if by_label or (by_words and any(set(alt) <= set(key_words(index.facts[s].label.split(":")[-1])) for alt in concept.alternatives)):
                own.add(s)  # named by its own words ("Xóa tên và khai trừ đảng: Xóa tên"), not the sentence it shares
            elif by_label is False and weighty and not concept.soft and SUM_ASKED_Q.search(q.folded):
                # "tổng cộng mở bao nhiêu lớp nhận thức về Đảng và lớp đảng viên mới": a total whose label
                # repeats its first part's words ("Tổ chức 32 lớp bồi dưỡng nhận thức về Đảng và …")
                labelled = [o for o in parts if any(set(alt) <= labels[o] for alt in concept.alternatives)]
                if labelled == [s] and len(concept.words) > 1:
                    named.add(s)
    named |= _told_by_a_modifier(index, q, parts)
    if len(named) >= 2 and "money" not in q.wants and _is_money(index, whole) and _unheld_measure(index, q, whole, parts):
        return None
    if own == {best} and not SUM_ASKED_Q.search(q.folded) and "breakdown" not in q.wants:
        # "số cá nhân bán hàng trên sàn … đã nộp thuế": one part named by its own label ("cá nhân bán hàng qua
        # sàn"); another holding a word only in the sentence they share ("… nộp thuế") is not named beside it
        return None
    return whole if len(named) >= 2 else None


def _unheld_measure(index: Index, q: Question, whole: int, parts: list[int]) -> bool:
    """"số cđcs chia theo khu vực hcsn, dn nhà nước, fdi": the parts are named, but what is counted ("cơ sở") is
    held neither by the total ("Thu kinh phí công đoàn", a sum of money not asked) nor by any part: another
    breakdown by the same sectors."""
    return any(
        len(c.words) > 1 and not c.soft and not c.context
        and not index.holds(whole, c) and not any(index.holds(s, c) for s in parts)
        for c in q.concepts
    )


def _told_by_a_modifier(index: Index, q: Question, parts: list[int]) -> set[int]:
    """"bác sĩ công lập và ngoài công lập": a concept asked twice, the second time after a word of its own
    ("ngoài"); the one part holding the concept without that word and the one holding both are each named."""
    for k in range(1, len(q.concepts) - 1):
        modifier, again = q.concepts[k], q.concepts[k + 1]
        if modifier.soft or not any(c.words == again.words for c in q.concepts[:k]):
            continue
        holding = [s for s in parts if index.holds(s, again)]
        modified = [s for s in holding if index.holds(s, modifier)]
        bare = [s for s in holding if s not in modified]
        if len(modified) == 1 and len(bare) == 1:
            return {modified[0], bare[0]}
    return set()


def _part_asked(index: Index, q: Question, scored: Scores, best: int) -> int | None:
    """The best is a total, but the question names what only its parts' sentence says ("huy hiệu …
    do các chi, đảng bộ cơ sở trao" under "tặng Huy hiệu đảng cho 120"): the closest part, offered
    with the total, never the total alone."""
    parts = index.children.get(best, [])
    if not parts or "breakdown" in q.wants:
        return None
    for c, per in zip(q.concepts, scored.per_concept, strict=True):
        if c.soft or c.given or index.concept_weight(c) < 1.0 or per[best] > 0.4:
            continue  # (not the words of a part given: "Riêng khiển trách đã 26 người, vậy tổng cộng …")
        closest = max(parts, key=lambda p: per[p])
        if per[closest] >= 0.5:
            return closest
    return None


def _told_apart(
    index: Index, q: Question, scored: Scores, candidates: list[int], near: list[int]
) -> tuple[int, list[int]] | None:
    """Figures of one sentence or one total, told apart by their own labels: the one whose label
    holds every question word the others' hold, and more ("do Tỉnh ủy trao" → 21, not the 31
    "Đảng ủy Khối trao" beside it in the same footnote). None when nothing sets one apart."""
    best = candidates[0]
    group = [
        i for i in [*candidates, *near]
        if i == best or _siblings(index, i, best) or i == _parent(index, best) or best == _parent(index, i)
    ]
    if (_body_named(q, index) and not _names_lower_level(q)) or re.search(r"\bco so\b", q.excluded):
        # "cấp ủy Đảng ủy Khối giám sát" ("…, không tính cơ sở"): the body's own act, never its bases' beside it
        group = [i for i in group if i == best or not index.base_level[i]]
    if q.period:  # "hiện giờ còn bao nhiêu …": never the figure of another time beside it ("đầu nhiệm kỳ có 104")
        group = [i for i in group if i == best or index.facts[i].period in (None, q.period)]
    if q.period == "hiện nay" and index.facts[best].period == q.period:
        # "BCH hiện còn bn ủy viên": the 33 "hiện có", not the 35 elected beside it, said with no time
        group = [i for i in group if index.facts[i].period == q.period]
    if not q.period:  # "huyện có bao nhiêu TCCSĐ": now, not the 52 of the term's start beside the 49 now
        group = [i for i in group if i == best or index.facts[i].period != START_OF_TERM]
    if index.change[best] and "since_start" in q.wants:  # "tăng thêm mấy đảng viên so với đầu năm": not the stocks
        group = [i for i in group if i == best or index.change[i]]
    if q.units and index.facts[best].unit in q.units:
        # "số trường hợp được chỉ định, chuẩn y bổ sung cấp ủy": the 146 cases, not the 71 members among them
        group = [
            i for i in group
            if i == best or _parent(index, i) != best or index.facts[i].unit in q.units or not index.facts[i].unit
        ]
    asked = {w for c in q.concepts for w in c.words}
    # "10/12 chỉ tiêu": the 12 is the whole the fraction is of, not one of the figures to tell apart
    wholes = [i for i in group if i != best and "tong" not in asked and key(index.facts[i].label).startswith("tong so ")]
    group = [i for i in group if i not in wholes]
    if len(group) < 2:
        return None
    concepts = [
        n
        for n, c in enumerate(q.concepts)
        if not c.context and ((not c.soft and index.concept_weight(c) >= 1.0) or _names_body(c))
    ]

    holds = index.holds_as_typed if q.tones_trusted else index.holds

    def own(i: int | None) -> set[int]:
        return {n for n in concepts if holds(i, q.concepts[n])}

    # a part is also what its total says ("68 … cơ sở trao" is one of the "Huy hiệu Đảng" given)
    named = {i: own(i) | own(_parent(index, i)) for i in group}
    by_number = index.rows_named_by(q.numbers)  # "huy hiệu 40 năm": the number typed names a row too
    for i in group:
        if by_number[i]:
            named[i].add(-1)

    def beats(w: int, j: int) -> bool:
        if not named[w] > named[j]:
            return False
        if _parent(index, w) != j:
            return True
        # over its own total, the part must name what the total's sentence does not say at all
        return any(scored.per_concept[n][j] < 0.7 for n in named[w] - named[j])

    # "đạt 91,99% (chỉ tiêu … trên 75%)": the words of a target beside the figure tell no figure apart
    contenders = group if "target" in q.wants else [i for i in group if index.facts[i].kind != "target"]
    winners = [w for w in contenders if all(beats(w, j) for j in group if j != w)]
    if len(winners) != 1:
        return None
    return winners[0], [i for i in candidates if i not in group and i not in wholes]


IN_WHICH_RE = re.compile(r"\btrong do\b")
BRACKETED_LIST_RE = re.compile(r"\(([^()]*(?:,|\bva\b)[^()]*)\)")


def _listed_part_named(index: Index, q: Question, best: int, rivals: list[int]) -> tuple[int, list[int]] | None:
    """A total whose label lists its parts in brackets ("Mái ấm tình thương (xây mới, sửa chữa)") beside the
    part the question names ("xây mới được bao nhiêu căn"): the part, when no other listed part is named."""
    for part in [best, *rivals]:
        total = _parent(index, part)
        if total is None or total not in (best, *rivals):
            continue
        listed = BRACKETED_LIST_RE.search(key(index.facts[total].label))
        if not listed:
            continue
        items = [i.strip() for i in re.split(r",|\bva\b", listed.group(1)) if i.strip()]
        own = key(index.facts[part].label.split(":")[-1]).strip()
        said = [i for i in items if re.search(rf"\b{re.escape(i)}\b", q.folded)]
        if own in items and said == [own]:
            return part, [i for i in rivals if i not in (part, total)]
    return None


ONLY_Q = re.compile(r"\b(?:chi tinh|rieng|thoi)\b")


def _listed_whole(index: Index, q: Question, best: int) -> int | None:
    """The whole counted in a pair of words whose first word is asked ("bao nhiêu mô hình dân vận khéo":
    the 93 "mô hình, điển hình" with its 88 mô hình and 05 điển hình), unless the other word is named
    ("không tính điển hình") or the first alone is asked ("chỉ tính mô hình")."""
    parent = _parent(index, best)
    if parent is None or ONLY_Q.search(q.folded) or q.excluded:
        return None
    listed = [key(u) for u in index.facts[parent].unit.split(",")]
    if len(listed) < 2 or listed[0] != key(index.facts[best].unit):
        return None
    return None if any(re.search(rf"\b{w}\b", q.folded) for w in listed[1:]) else parent


def _unasked_subset(index: Index, q: Question, i: int, total: int) -> bool:
    """Fact ``i`` is a share of ``total`` said after it with "trong đó" ("5.708 đồng chí, trong đó đảng
    viên nữ 2.104 đồng chí") and named by words the question does not ask ("nữ"): no rival to the total."""
    fi, ft = index.facts[i], index.facts[total]
    if fi.origin == "table" or fi.quote != ft.quote or fi.value >= ft.value or not _same_counted(fi.unit, ft.unit):
        return False
    said = re.search(rf"(?<![\d.,]){re.escape(ft.raw)}(?![\d]|[.,]\d)", fi.quote) if ft.raw else None
    # right after the total, no other figure between: "5.708 đồng chí, trong đó đảng viên nữ 2.104"
    rest = fi.quote[said.end() :] if said else ""
    between = rest.split(fi.raw, 1)[0] if fi.raw and fi.raw in rest else ""
    # … or a run opened by "trong đó" right after it ("1.486 đảng viên, trong đó 1.402 …, 84 …; 639 đảng viên nữ")
    opened = ft.unit not in ("", "%") and re.match(r"^[^\d]{0,20}?[,;(:]\s*trong do\b", key(between)) is not None and ". " not in between
    if not said or not between or (re.search(r"\d", between) and not opened) or not IN_WHICH_RE.search(key(between)):
        return False
    asked = {w for c in q.concepts for alt in c.alternatives for w in alt} | {w for c in q.concepts for w in c.words}
    extra = set(key_words(fi.label)) - set(key_words(ft.label)) - set(key_words(fi.unit)) - LABEL_FILLER
    return bool(extra) and not extra & asked


BODY_KIND_WORDS = frozenset({"dang", "bo", "uy", "chi", "ti"})  # "ti": "công ty" folded


def _another_bodys_row(index: Index, q: Question, i: int) -> bool:
    """A row of a table of bodies ("Đảng viên đến 15/12/2025 (Đảng bộ Công ty CP XDCTGT 504)") naming a body by
    words the question does not say: another body's figure, no rival to the reporting body's own."""
    fact = index.facts[i]
    named = re.search(r"\(([^()]+)\)\s*$", fact.label) if fact.column == "measure" else None
    if named is None:
        return False
    body = set(key_words(named.group(1)))
    if any(not c.soft and set(c.words) & body - index.body_keys - BODY_KIND_WORDS for c in q.concepts):
        return False  # "công đoàn các cấp chi": a kind of body asked, not the reporting body itself
    asked = {w for c in q.concepts for alt in c.alternatives for w in alt} | set(q.folded.split())
    return bool(body - asked - BODY_KIND_WORDS)


def _same_counted(a: str, b: str) -> bool:
    """Units counting the same things: alike, or both people ("đồng chí", "ủy viên", "đảng viên")."""
    people = load_lexicon().people
    return a == b or (a in people and b in people)


def _siblings(index: Index, a: int, b: int) -> bool:
    """Two figures of one sentence, or two parts of one total."""
    fa, fb = index.facts[a], index.facts[b]
    if fa.report_id != fb.report_id:
        return False
    if fa.unit != fb.unit:
        # "49 đơn tố cáo đối với 06 tổ chức đảng và 43 đảng viên": complaints all three, told apart by whom
        return fa.quote == fb.quote and (index.names_unit(a, [fb.unit], aimed=True) or index.names_unit(b, [fa.unit], aimed=True))
    if fa.origin != "table" and fa.quote == fb.quote:
        return True
    parent = _parent(index, a)
    return parent is not None and parent == _parent(index, b) and fa.period == fb.period


def _coverage_needed(index: Index, top: list[int], scores: dict[int, float]) -> float:
    """Less of the question need be explained when one measure stands far above every other."""
    best = top[0]
    family = _descendants(index, [best])
    second = next((scores[i] for i in top[1:] if not _same_figure(index, i, best) and i not in family), 0.0)
    return ANSWER_MIN_COVERAGE_CLEAR if second <= CLEAR_LEAD * scores[best] else ANSWER_MIN_COVERAGE


def _states_a_change(index: Index, i: int) -> bool:
    """A row naming a rise or a fall ("Giảm tỷ lệ hộ nghèo bình quân"): its sub-rows are the rates themselves."""
    return bool(index.change[i]) or bool(re.match(r"(?:giam|tang)\b", key(index.facts[i].label)))


def _same_row(index: Index, a: int, b: int) -> bool:
    """Two cells of one appendix row ("Chỉ tiêu NQ ĐH: 200; 2025: 236")."""
    fa, fb = index.facts[a], index.facts[b]
    return fa.origin == fb.origin == "table" and bool(fa.row_key) and fa.row_key == fb.row_key and fa.locator == fb.locator


def _prefer_total(index: Index, top: list[int], scores: dict[int, float], scored: Scores, q: Question) -> int:
    """A part is not the answer unless the question names what sets it apart from its total.

    "mô hình dân vận khéo" → 724, not its part 484; "kỷ luật cảnh cáo" → 10, not the total 39;
    a breakdown question always gets the total (with its parts).
    """
    best = top[0]
    for _ in range(3):
        parent = _parent(index, best)
        if parent is None or parent not in scores or scores[parent] < 0.5 * scores[best]:
            break
        if index.per_each[best] and PER_EACH_Q.search(q.folded):
            break  # "mỗi căn trị giá bao nhiêu": the figure of each, not the sum it explains
        if _said_when_asked(index, q, best) and not _said_when_asked(index, q, parent):
            break  # "sau sắp xếp kết nạp bao nhiêu": the part after the merger, not the year's total
        if len(q.periods) > 1 and index.facts[best].period in q.periods and index.facts[parent].period not in q.periods:
            break  # "năm 2020 và năm 2021 tỷ lệ …": those years' figures, not the term's average they explain
        if index.is_percent[best] and index.is_percent[parent] and _states_a_change(index, parent) and not _asks_change(q):
            break  # "tỷ lệ hộ nghèo năm 2023": the row "- Tỷ lệ hộ nghèo cuối năm", not the fall it sits under
        totals, siblings = [parent, *_restatements(index, parent, top)], index.children.get(parent, [])
        named = _named_over(scored, best, totals, siblings) or (
            "breakdown" not in q.wants and _label_names_any(index, q, best, parent)
        )
        if named and "breakdown" in q.wants and _names_a_kind(scored, best, totals, siblings):
            named = False  # "trường đạt chuẩn chia theo cấp học": "học" is in "tiểu học" and "trung học" alike
        if (named or _singled_out(index, best, parent, scored)) and not _names_siblings(index, best, parent, scored, q):
            break  # the part is named ("kỷ luật cảnh cáo") — unless a breakdown names several parts
        sharper = (
            # a shorter label fitting some asked word better ("kỷ luật cảnh cáo"), not only shorter
            (scored.precision[best] - scored.precision[parent] > 0.3 and any(c[best] > c[parent] + 0.2 for c in scored.per_concept))
            or _names_part(q, index, best, parent)
            # "mô hình", not "điển hình"; a generic unit ("bao nhiêu đồng chí") tells no part from its total
            or (
                index.facts[best].unit in q.units - load_lexicon().generic_units
                and index.facts[parent].unit not in q.units
            )
        )
        if sharper and "breakdown" not in q.wants:
            break
        best = parent
    # the footnote restating the total may be closer to the question ("cấp cơ sở: 724"): quote it
    return max([best, *_restatements(index, best, top)], key=lambda i: scores[i])


def _label_names(index: Index, concept: Concept, part: int, whole: int, others: list[int], joins: bool = False) -> bool:
    """The part's own label holds the concept, its total's and its siblings' do not ("Tiếp nhận đơn tố cáo"
    among the letters received), whatever words the clause they share holds."""
    labels = index.label_words
    return (
        not concept.soft
        and any(set(alt) <= labels[part] for alt in concept.alternatives)
        and (joins or not any(set(alt) <= labels[whole] for alt in concept.alternatives))
        and not any(set(alt) <= labels[o] for o in others for alt in concept.alternatives)
    )


def _label_names_any(index: Index, q: Question, part: int, whole: int) -> bool:
    """Some weighty word of the question is in the part's own label only, not its total's nor its siblings'."""
    others = [s for s in index.children.get(whole, []) if s != part]
    return any(
        (len(c.words) > 1 or index.concept_weight(c) >= 3.0) and _label_names(index, c, part, whole, others)
        for c in q.concepts
    )


def _names_a_kind(scored: Scores, part: int, totals: list[int], siblings: list[int]) -> bool:
    """Every word naming the part over its total names another part as well: a kind of parts, asked by it."""
    naming = [c for c in scored.per_concept if c[part] >= 0.7 and max(c[t] for t in totals) <= c[part] - 0.3]
    return bool(naming) and all(any(c[s] >= c[part] - 0.1 for s in siblings if s != part) for c in naming)


def _said_when_asked(index: Index, q: Question, i: int) -> bool:
    """The fact is said to be before / after an event, as the question asks ("sau sáp nhập", "trước sắp xếp")."""
    asked = set(q.folded.split()) & {"truoc", "sau"}
    return (asked == {"sau"} and bool(index.after_column[i])) or (asked == {"truoc"} and bool(index.before_column[i]))


def _named_over(scored: Scores, part: int, totals: list[int], siblings: list[int] = ()) -> bool:  # type: ignore[assignment]
    """Some word of the question fits the part well, the total (as stated anywhere) far less, and not
    every other part as well ("trao" is said of all three badge givers: it names none of them)."""
    others = [s for s in siblings if s != part]
    return any(
        c[part] >= 0.7
        and max(c[t] for t in totals) <= c[part] - 0.3
        and (not others or min(c[s] for s in others) < c[part] - 0.1)
        for c in scored.per_concept
    )


def _parent(index: Index, i: int) -> int | None:
    """The total a fact is part of (by a link, or the sentence carrying its footnote unless the fact
    is a total of its own: "Cấp Đảng ủy Khối: có 206 …(179 … và 27 …)" under "724 mô hình²¹")."""
    fact = index.facts[i]
    if fact.parent_id is not None or index.children.get(i):
        return index.by_id.get(fact.parent_id) if fact.parent_id is not None else None
    carrier = index.by_id.get(fact.carrier_id) if fact.carrier_id is not None else None
    if carrier is not None and fact.unit and index.facts[carrier].unit and fact.unit != index.facts[carrier].unit:
        return None  # "Tổng thu đảng phí … 3.412,6 triệu đồng²²" is no part of the 128 organisations inspected
    if carrier is not None and fact.unit == index.facts[carrier].unit and fact.unit != "%":
        if fact.value > index.facts[carrier].value:
            return None  # "cấp cơ sở … 5.702 lượt" in the note is no part of the 1.146 the text carries it with
        if carrier in index.outgrown_carriers:
            return None  # "(6.842 đảng viên)¹⁶" at the start of the year: the note's 2.986 + 2.840 + … make up another
    return carrier


def _named_parts(
    index: Index, best: int, top: list[int], scores: dict[int, float], scored: Scores, q: Question
) -> list[int]:
    """Parts of the best total that the question names ("đơn … đã giải quyết" → 6 of the 49 received)."""
    if "breakdown" in q.wants:
        return []
    parts = list(dict.fromkeys([*index.children.get(best, []), *index.explained.get(best, [])]))
    out, singled = [], []
    restated = [best, *_restatements(index, best, top)]
    for part in parts:
        if part not in scores or scores[part] < 0.85 * scores[best]:
            continue
        if q.period is None and index.facts[part].period and not index.facts[best].period:
            continue  # a year of the total is not a part the question names
        if index.facts[part].unit == "%" != index.facts[best].unit and "percent" not in q.wants:
            continue  # "14 tổ chức (20,00%)": the share of a count, asked only as a percentage
        if index.change[best] and not index.change[part] and "since_start" in q.wants:
            continue  # "tăng thêm mấy đảng viên so với đầu năm": the rise, not the stock it rose from
        distinct = _named_over(scored, part, restated, parts)
        if distinct or _names_part(q, index, part, best):
            out.append(part)
        elif _singled_out(index, part, best, scored):
            singled.append(part)
    if len(singled) == 1:
        out += singled  # naming every joined part asks for the total that joins them
    return sorted(out, key=lambda i: -scores[i])


def _total_names_them(index: Index, total: int, parts: list[int]) -> bool:
    """The total's own label holds every part's name ("Tổng số dân quân tự vệ": "Dân quân", "Tự vệ"): asked in
    its words, the total is asked, not each part."""
    whole = set(key_words(index.facts[total].label))
    return all(set(key_words(index.facts[p].label.split(":")[-1])) <= whole for p in parts)


def _names_siblings(index: Index, part: int, total: int, scored: Scores, q: Question) -> bool:
    """A breakdown question naming two or more parts of one total ("mấy khiển trách, mấy cảnh cáo")."""
    if "breakdown" not in q.wants:
        return False
    siblings = index.children.get(total, [])
    named = {
        s for s in siblings
        for c in scored.per_concept
        if c[s] >= 0.7 and c[total] <= c[s] - 0.15 and c[s] > max((c[o] for o in siblings if o != s), default=0.0) + 0.2
    }
    return len(named) >= 2 or (part not in named and bool(named))


def _singled_out(index: Index, part: int, total: int, scored: Scores) -> bool:
    """The question names what sets one part apart from its siblings, where the total joins them all
    ("32 lớp A và B có 2.482 đồng chí" with parts "1.635 … A" and "847 … B": "lớp B có bao nhiêu người")."""
    siblings = [s for s in index.children.get(total, []) if s != part]
    if not siblings or any(c[total] > c[part] + 0.05 for c in scored.per_concept):
        return False  # the total answers some of the words better: the question names its other parts too
    return any(c[part] >= 0.85 and c[part] >= max(c[s] for s in siblings) + 0.2 for c in scored.per_concept)


def _names_part(q: Question, index: Index, part: int, total: int) -> bool:
    """The question names the part's own row label ("Xóa tên") but not its total's ("… và khai trừ đảng")."""
    if index.facts[part].origin != "table" or index.facts[total].origin != "table":
        return False
    asked = {w for c in q.concepts for alt in c.alternatives for w in alt}
    whole = set(key_words(index.facts[total].label))
    part_words = set(key_words(index.facts[part].label.split(":")[-1])) - LABEL_FILLER
    # "kim ngạch xuất nhập khẩu": "nhập khẩu" said only inside a longer phrase the total's label holds
    own = {w for c in q.concepts if not part_words < set(c.words) <= whole for alt in c.alternatives for w in alt}

    def named(i: int, among: set[str]) -> bool:
        words = set(key_words(index.facts[i].label.split(":")[-1])) - LABEL_FILLER
        return bool(words) and words <= among

    return named(part, own) and not named(total, asked)


def _asked_units(q: Question) -> frozenset[str]:
    """The units that may answer: those asked, their families' fitting ones, and a unit the question named in
    full whose head is the word asked ("số TCCSĐ … là bao nhiêu tổ chức": tổ chức cơ sở đảng)."""
    fits = load_lexicon().unit_fits or {}
    heads = {n for n in q.named_units if any(n.startswith(f"{u} ") for u in q.units)} | {
        f"{u} {n}" for u in q.units for n in q.named_units if f"{u} {n}" in fits
    }
    return frozenset(q.units | heads).union(*(fits.get(u, frozenset()) for u in q.units | heads))


def _counts_asked(q: Question, index: Index, i: int) -> bool:
    """The fact counts what the question counts (or is a percentage, a sum of money, or unitless)."""
    unit = index.facts[i].unit
    if index.facts[i].kind == "money" and "money" not in q.wants:
        return False  # "tổng số lao động": a count, never an income in triệu đồng
    asked = _asked_units(q)
    if not unit and index.has_label_unit[i] and not index.names_unit(i, asked):
        return False  # "trong đó 412 nữ công nhân viên": workers, though printed without a unit
    if not unit or unit == "%" or index.facts[i].kind in ("money", "target", "share_of_target"):
        return True
    if unit == "trường hợp":
        return True  # "đổi 31.207 giấy phép lái xe, trong đó đổi trực tuyến 19.845 trường hợp": cases of licences
    words = set(unit.replace(",", " ").split())
    if unit in asked or any(set(a.split()) <= words for a in asked):  # "đơn vị" fits "đơn vị máu"
        return True
    if any(a.startswith(f"{unit} ") for a in asked):
        return True  # "+ Tổ chức cơ sở đảng: … hoàn thành xuất sắc nhiệm vụ 14 tổ chức": the noun said short
    if unit in TIMES_UNITS and index.names_unit(i, asked) and (asked & (load_lexicon().people | {"hộ"}) or "luot" in q.folded.split()):
        return True  # "đảng viên được kiểm tra … là 2.200 lượt": visits of party members count them (so do "lượt hộ"; never the "lớp" they sat in)
    people = load_lexicon().people
    if unit in people and q.named_units == {"lượt"}:
        return True  # "bao nhiêu lượt tiếp nhận và chuyển sinh hoạt đảng": each member moved is one time
    if unit in people and asked & people and index.names_unit(i, asked & people):
        return True  # "kết nạp bao nhiêu sinh viên": the row "Kết nạp đảng viên: Trong đó: sinh viên"
    if index.names_unit(i, asked, aimed=True) and index.names_unit(i, q.named_units, target=True):
        return True  # "đơn tố cáo đối với 43 đảng viên": complaints, about members
    # "thành lập mới bao nhiêu tổ chức cơ sở đảng, gồm mấy đảng bộ": a total whose parts count what is asked
    return "breakdown" in q.wants and any(index.facts[c].unit in asked for c in index.children.get(i, ()))


def _is_target(index: Index, i: int) -> bool:
    """A target, a count of targets ("10/12 chỉ tiêu định lượng"), or a row of the plan itself ("Dự toán ngân
    sách Văn phòng Huyện ủy": the budget set, year by year)."""
    fact = index.facts[i]
    return fact.kind == "target" or fact.unit == "chỉ tiêu" or (
        fact.origin == "table" and fact.unit in MONEY_SCALES and PLAN_ROW_RE.match(fact.label) is not None
    )


def _descendants(index: Index, roots: list[int]) -> set[int]:
    out: set[int] = set()
    todo = list(roots)
    while todo:
        node = todo.pop()
        for child in [*index.children.get(node, []), *index.explained.get(node, [])]:
            if child not in out:
                out.add(child)
                todo.append(child)
    return out


def _restatements(index: Index, i: int, among: list[int]) -> list[int]:
    """Footnote figures that restate fact ``i`` (the same figure, carried by its marker)."""
    fact_id = index.facts[i].id
    return [j for j in among if j != i and index.facts[j].carrier_id == fact_id and _same_figure(index, i, j)]


def _said_alike(index: Index, a: int, b: int) -> bool:
    """The same figure of the same thing, by labels sharing a word of their own in the same unit, two in kindred
    units ("giá trị giải ngân" and the row "GIẢI NGÂN VỐN ĐẦU TƯ CÔNG"), not a count that happens to be equal
    ("39 đồng chí" elected, "39 đảng viên" disciplined)."""
    fa, fb = index.facts[a], index.facts[b]
    units = set(key_words(fa.unit)) | set(key_words(fb.unit))
    shared = set(key_words(fa.label)) & set(key_words(fb.label)) - units - LABEL_FILLERS
    return bool(fa.unit and fb.unit) and _same_figure(index, a, b) and len(shared) >= (1 if fa.unit == fb.unit else 2)


def _same_figure(index: Index, a: int, b: int) -> bool:
    """The same value of the same thing: units alike, or one within the other ("mô hình" in "mô hình, điển hình")."""
    fa, fb = index.facts[a], index.facts[b]
    if (money := _in_dong(fa.value, fa.unit)) is not None and money == _in_dong(fb.value, fb.unit):
        return True  # "4,2 tỷ đồng" in the text, "4.200 triệu đồng" in the appendix: one sum of money
    if fa.value == -fb.value and fa.unit == fb.unit == "%" and "growth" in (fa.kind, fb.kind):
        return True  # "Tăng, giảm (%) | -16,07" and "giảm 09 vụ (16,07%)": one fall, signed or said
    if fa.value != fb.value:
        return False
    ua, ub = fa.unit, fb.unit
    if _same_counted(ua, ub):
        return True  # "27 đồng chí" elected and "27 ủy viên" of the committee: the same people
    return not ua or not ub or (ua != "%" != ub and (ua in ub or ub in ua))


MONEY_SCALES = {"đồng": 1, "nghìn đồng": 10**3, "triệu đồng": 10**6, "tỷ đồng": 10**9}


def _in_dong(value: Decimal, unit: str) -> Decimal | None:
    return value * MONEY_SCALES[unit] if unit in MONEY_SCALES else None


def _related_period(index: Index, a: int, b: int, question: Question) -> bool:
    """Another period of the same table row is not a rival when a series was asked for."""
    fa, fb = index.facts[a], index.facts[b]
    return "series" in question.wants and fa.row_key == fb.row_key and fa.origin == fb.origin == "table"


def _period_settles(index: Index, other: int, best: int, question: Question) -> bool:
    """The best states the very period asked ("hiện nay", "năm 2021"); a figure with no period is no rival."""
    period = question.period
    return period is not None and index.facts[best].period == period and index.facts[other].period is None


def _distinct(ids: list[int], index: Index) -> list[int]:
    out: list[int] = []
    for i in ids:
        if not any(_same_figure(index, i, j) for j in out):
            out.append(i)
    return out


def _top(index: Index, score: np.ndarray, k: int) -> list[int]:
    if index.n == 0:
        return []
    k = min(k, index.n)
    idx = np.sort(np.argpartition(-score, k - 1)[:k])  # ties in the report's order, whatever the partition did
    order = idx[np.argsort(-score[idx], kind="stable")]
    return [int(i) for i in order[score[order] > 0]]


def _suggest(index: Index, coverage: np.ndarray, top: list[int]) -> list[int]:
    """Up to three nearby topics the report does cover (distinct labels, partly matching the question)."""
    out: list[int] = []
    labels: set[str] = set()
    for i in top:
        label = index.facts[i].label
        if coverage[i] >= SUGGEST_MIN and label not in labels:
            labels.add(label)
            out.append(i)
        if len(out) == 3:
            break
    return out


def _apply_wants(q: Question, index: Index, score: np.ndarray) -> None:
    """Fit of each fact to what is wanted: a percentage, a target, money, the unit counted."""
    if AIM_Q.search(q.folded) and q.period and q.period.isdigit() and index.report_year and int(q.period) > index.report_year:
        q.wants.add("target")  # "năm 2026 phấn đấu kết nạp bao nhiêu" in a report dated 2025: the aim
    pct = index.is_percent
    target, share, growth, money = (index.kind_mask(k) for k in ("target", "share_of_target", "growth", "money"))
    if "share_of_target" in q.wants:
        score[~share] *= 0.5
    elif "percent" in q.wants:
        score[~pct] *= 0.55
        score[share] *= 0.85
        score[index.rate_share] *= 0.8  # "tỷ lệ lao động qua đào tạo": the rate, not its share of the plan
        if re.search(r"\bchiem\b", q.folded) and "growth" not in q.wants:
            score[growth | share | index.ratio_cell] *= 0.5  # "… chiếm bao nhiêu %": a part's share, no rise, no plan met
        if "growth" in q.wants and COMPARED_Q.search(q.folded):
            score[share] *= 0.6  # "dư nợ tăng mấy % so cùng kỳ": a rise on the year before, not the plan's share met
    elif "target" not in q.wants and "growth" not in q.wants:
        score[pct] *= 0.7
    elif "growth" in q.wants:
        score[share] *= 0.8  # "tăng trưởng bình quân": the rate of growth, not its share of the plan
        if q.units - {"người"}:  # not "thu nhập … người lao động tăng bao nhiêu": a person named, no count
            score[pct] *= 0.7  # "đoàn viên, hội viên tăng bao nhiêu": the members gained, not a rate's rise
    if "ahead" in q.wants:
        score[index.planned_ahead] *= 1.3  # "nhiệm kỳ tới": the part setting the tasks ahead
        score[~index.planned_ahead] *= 0.8
    elif "target" not in q.wants:
        score[index.planned_ahead] *= 0.8  # a plain question asks what was done, not the next term's aim
    if "target" in q.wants:
        score[target] *= 1.2
        score[target & index.is_table] *= 1.05  # the appendix's target column is the reference
        score[~target] *= 0.8
    elif "ahead" not in q.wants:  # "3 tháng cuối năm kiểm tra thêm …": the aims set ahead are asked
        score[target] *= 0.75
    score[growth] *= 1.15 if "growth" in q.wants else 0.85
    if "growth" not in q.wants and not COMPARED_Q.search(q.folded):
        # "tỷ lệ đảng viên dự sinh hoạt": the rate, not its ratio to last year's ("So với năm 2024 (%)")
        score[index.ratio_cell] *= 0.6 if _asks_rate(q) else 0.85
        if _asks_rate(q):
            score[growth & index.is_table & ~index.ratio_cell] *= 0.7  # … nor its rise on the same span ("So CK (%)")
    if "breakdown" in q.wants:
        score[index.is_total] *= 1.15  # "… cụ thể từng mức": a figure broken down, not a lone one beside it
    if "money" in q.wants:
        score[~money] *= 0.5
        if scale := MONEY_SCALE_RE.search(q.folded):  # "bao nhiêu tỷ": the figure stated in billions
            score[index.units == ("tỷ đồng" if scale.group(1) in ("ty", "ti") else "triệu đồng")] *= 1.3
    if q.units & {"đồng chí", "ủy viên", "người"} and any(c.words in COMMITTEES for c in q.concepts):
        # "BTV gồm mấy đ/c": its members ("gồm 09 đồng chí"), not the party members it inspected
        score[(index.units == "đồng chí") | (index.units == "ủy viên")] *= 1.25
        score[index.units == "đảng viên"] *= 0.75
    if "tháng" not in q.units and not MONTHS_ASKED_Q.search(q.folded):
        # "sản lượng … 6 tháng đạt 2.318 tấn": the span is no figure asked
        score[index.units_among(MONTHS) & (index.values <= 12)] *= 0.5
    lex = load_lexicon()
    if not q.units and not _asks_rate(q) and "money" not in q.wants and HOW_MANY_Q.search(q.folded):
        score[index.units_among(lex.measures)] *= 0.8  # "được cấp mấy mã số vùng trồng": the codes, not their area
    if q.units:
        asked = _asked_units(q)
        narrower = set().union(*((lex.narrower or {}).get(u, frozenset()) for u in q.units)) - q.units
        if narrower and not q.units & {"đồng chí", "đảng viên"}:
            score[index.units_among(frozenset(narrower))] *= 0.7  # "bn TCCSĐ …": not the count of chi bộ alone
        named = (
            index.units_fitting(asked)
            | (index.units_among(TIMES_UNITS) & index.labels_counting(asked))
            | index.aimed_counting(asked, q.named_units)  # "bao nhiêu đơn tố cáo đảng viên": "… đối với 43 đảng viên"
        )
        score[named] *= 1.1
        # "bao nhiêu điển hình": the count in that unit (240), not the sum of two ("724 mô hình, điển hình")
        score[index.listed_units & ~index.units_among(frozenset(q.units))] *= 0.95
        # "bao nhiêu hội viên" is not answered by a count of "cơ sở hội"
        score[~named & ~pct & index.has_unit] *= 0.6 if q.counted else 0.85
        if q.units & lex.measures:
            score[~pct & ~index.has_unit] *= 0.6  # "dài bao nhiêu km": not the "27 tuyến kênh" beside it
        if q.counted and "percent" not in q.wants:
            score[pct] *= 0.7
        # "tỷ lệ đảng viên …" is not "tỷ lệ tổ chức cơ sở đảng …": a label counting something else
        score[index.has_label_unit & ~index.labels_counting(asked)] *= 0.85
    if "remaining" in q.wants:
        score[index.labels_with("con lai")] *= 1.15  # "còn phải cấp bao nhiêu … nữa": the figure said to remain
    score[index.is_table] *= 1.2 if "appendix" in q.wants else 0.97  # "theo phụ lục": the appendix's cell
    score[index.is_footnote] *= 0.95


def _asks_rate(q: Question) -> bool:
    """A percentage, a rate of growth, a share of the plan or a target is asked."""
    return bool(q.wants & {"percent", "share_of_target", "growth", "target"})


def _asks_event(q: Question) -> bool:
    """The question names an event ("kết nạp", "thành lập mới" …), not a state."""
    return bool(EVENT_RE.search(" ".join(" ".join(c.words) for c in q.concepts)))


def _asked_text(q: Question) -> str:
    """The question as typed, and its words as read ("BTV" is "ban thường vụ"), one concept apart from the next."""
    return f" {q.folded} | {' | '.join(' '.join(c.words) for c in q.concepts)} "


def _rise_said(index: Index, q: Question, best: int, top: list[int]) -> int:
    """"vốn huy động tăng bao nhiêu % so cùng kỳ": the text's rise ("tăng 11,77%"), not the appendix's
    ratio to last year (111,77) it is read from."""
    fact = index.facts[best]
    if fact.column != "compare" or fact.value < 100 or not RISE_Q.search(q.folded):
        return best
    rise = fact.value - 100
    return next((i for i in top if not index.is_table[i] and index.facts[i].value == rise), best)


RISE_Q = re.compile(r"\btang (?:them )?(?:bao nhieu|bn|may) (?:%|phan tram)")


def _apply_contrasts(q: Question, index: Index, score: np.ndarray) -> None:
    """"tổng chi ngân sách": a label naming revenue ("thu ngân sách") and not spending is another measure;
    "(không tính ủy ban kiểm tra)": a label naming what is left out is not asked."""
    if q.excluded and len(q.excluded.split()) >= 2:
        score[index.labels_with(q.excluded)] *= 0.5
    asked = _asked_text(q)
    said = {w for c in q.concepts for w in c.words}
    if any("nap" in alt for c in q.concepts for alt in c.alternatives) and not said & UNION_WORDS:
        asked += " dang vien "  # "vào Đảng", "kết nạp": new party members, not a union's members admitted
    for whole in load_lexicon().compounds:
        if f" {whole.split()[0]} " in asked and f" {whole} " not in asked:
            score[index.labels_with(whole)] *= 0.5  # "gia đình chính sách, nhà khó khăn": not "ngân sách nhà nước"
    for named, other, padded_named, padded_other in _padded(load_lexicon().contrasts):
        if padded_named in asked and padded_other not in asked:
            # (not "Các cấp ủy, ủy ban kiểm tra thi hành kỷ luật 07 đảng viên": the committee's name, then its act)
            score[index.labels_with(other) & ~index.labels_with(named) & ~index.labels_with(f"uy ban {other}")] *= 0.3
            # a paragraph led by the other body ("Công đoàn Viên chức tỉnh: … kết nạp 276 đồng chí")
            score[index.leads_with(other) & ~index.leads_with(named) & ~index.labels_with(named)] *= 0.5


PER_EACH_Q = re.compile(r"\bmoi (?!loai|hinh thuc|cap|ben|nhom|doi tuong|linh vuc|khoan|muc|vu)\w+")


def _apply_per_each(q: Question, index: Index, score: np.ndarray) -> None:
    """"mỗi căn nhà trị giá bao nhiêu": the figure said of each ("mỗi căn 80 triệu đồng"), not the sum."""
    if PER_EACH_Q.search(q.folded):
        score[index.per_each] *= 1.5
        score[index.said_total] *= 0.7  # not "tổng trị giá 560 triệu đồng" of them all
    else:
        score[index.per_each] *= 0.8


def _apply_or_above(q: Question, index: Index, score: np.ndarray) -> None:
    """"hoàn thành tốt nhiệm vụ trở lên" is every grade from that one up: a table row of that one grade
    alone ("Hoàn thành tốt nhiệm vụ" beside "Hoàn thành xuất sắc nhiệm vụ") is not it."""
    if ONE_GRADE_Q.search(q.folded):
        score[index.one_grade] *= 1.3  # "không tính mức xuất sắc", "riêng mức tốt": that one grade's row
        score[index.or_above] *= 0.6  # … and never "… trở lên"
    elif (or_above := " tro len" in q.folded) or any(GOOD_GRADE_Q.search(" ".join(c.words)) for c in q.concepts):
        # officials' "hoàn thành tốt nhiệm vụ" is the share rated good or better, as the text states it …
        score[index.one_grade] *= 0.6
        if not or_above:
            score[index.or_above] *= 0.9  # … but a count printed as that grade beats one printed "trở lên"


def _apply_typed_numbers(q: Question, index: Index, score: np.ndarray) -> None:
    """A figure the user typed is known to them: "trong 724 mô hình, có bao nhiêu điển hình" asks for
    another one — unless a breakdown of that figure is asked for ("49 đơn … chi tiết từng loại")."""
    if q.day_months and (on_day := index.dated_on(q.day_months)).any():
        score[~on_day] *= 0.7  # "đợt 7/11": the figure of that day's round …
        score[index.has_date & ~on_day] *= 0.7  # … least of all another day's
    if not q.numbers:
        return
    for m in NUMBERED_BODY_Q.finditer(q.folded):
        written = NUMBERED_BODIES[m.group(1)]
        if not index.quotes_matching(rf"\b{written}\s*0?{int(m.group(2))}(?![\d/.,])").any():
            score *= 0.3  # "vks khu vực 5" where the report has khu vực 1 to 4: another body, no figure of it
            return
    hit = np.isin(index.values, list(_typed_values(q)))
    spans = [float(n) for n in q.numbers if n not in q.figures and n.isdigit()]
    # "… nông thôn mới 10 năm là bao nhiêu": the "10 năm" the report writes is the span asked about, no answer
    score[np.isin(index.values, spans) & index.span_unit] *= 0.3
    named = index.rows_named_by(q.numbers)  # "huy hiệu 40 năm": the row named by that number
    if "breakdown" in q.wants:
        score[hit] *= 1.3
    else:
        score[hit & ~named] *= 0.3
    if named.any():
        score[named] *= 1.2
        if any(n not in q.figures for n in q.numbers):
            score[~named] *= 0.85  # "huy hiệu 40 năm": that class, not all the badges
        score[index.has_label_number & ~named] *= 0.5  # "40 năm" asked: the row of "70 năm" is another one
    elif any(n not in q.figures and n.isdigit() and 10 <= int(n) < 1900 for n in q.numbers):
        score *= 0.5  # "huy hiệu 50 năm" where no class of 50 years is written: the report has no such figure
        score[index.has_label_number] *= 0.5  # … least of all the class another number names ("Huy hiệu 30 năm")
    if _asks_rate(q):
        # "32 lớp đạt bao nhiêu % NQ": the share said in the clause of the 32 classes typed, not the 120% of the
        # 06 classes beside them nor a table row's
        typed = [(int(m.group(1)), m.group(2)) for m in TYPED_COUNT_Q.finditer(q.folded) if m.group(1) in q.figures]
        shares = [i for i in _top(index, score, TOP_K) if index.is_percent[i]] if typed else []
        said = [
            i for i in shares
            if any(re.search(rf"(?<![\d.,])0*{n} {word}\b", key(index.facts[i].texts.get("clause", ""))) for n, word in typed)
        ]
        if said:
            score[said] *= 1.3
            score[[i for i in shares if i not in said]] *= 0.7


TYPED_COUNT_Q = re.compile(r"\b(\d{1,6}) ([a-z]+)")  # "32 lop": a figure typed with what it counts


# a body named by its number ("Viện KSND khu vực 3", "Công ty 504"), as typed (folded) and as written
NUMBERED_BODIES = {
    "khu vuc": "(?:khu vực|kv)", "kv": "(?:khu vực|kv)", "cong ty": "công ty", "xi nghiep": "xí nghiệp",
    "chi nhanh": "chi nhánh", "phong giao dich": "(?:phòng giao dịch|pgd)", "pgd": "(?:phòng giao dịch|pgd)",
}
NUMBERED_BODY_Q = re.compile(rf"\b({'|'.join(NUMBERED_BODIES)})\s*(\d{{1,3}})\b(?!\s*(?:%|nam|thang|ngay))")


def _typed_values(q: Question) -> set[float]:
    """The figures the question types ("32 lớp", "724 mô hình"), as numbers."""
    return {float(n.replace(".", "").replace(",", ".")) for n in q.figures if re.fullmatch(r"[\d.,]+", n)}


def _typed(q: Question, index: Index, i: int) -> bool:
    """The question states fact ``i``'s figure itself ("32 lớp bồi dưỡng gồm …")."""
    return float(index.values[i]) in _typed_values(q)


REACHED_Q = re.compile(r"\b(?:đạt|dat)\b", re.IGNORECASE)  # typed so: "đất" folds alike
NOT_REACHED_Q = re.compile(r"\b(?:chưa|chua|không|khong|ko|k)\s+(?:đạt|dat)\b", re.IGNORECASE)


def _apply_negation(q: Question, index: Index, score: np.ndarray) -> None:
    """A label that negates what the question asks ("đơn không giải quyết" for "đơn đã giải quyết")."""
    asked = {w for c in q.concepts for w in c.words}
    if "khong" in asked:
        return
    # (not "đạt bao nhiêu % chỉ tiêu": a share reached, which a row may judge "chưa đạt")
    if REACHED_Q.search(q.text) and not NOT_REACHED_Q.search(q.text) and not q.wants & {"percent", "share_of_target"}:
        asked.add("dat")  # "xã đạt bao nhiêu tiêu chí" ("đạt" a stop word): not the 03 "tiêu chí chưa đạt"
    for word in asked:
        if (ids := index.negated.get(word)) is not None:
            score[ids] *= 0.7


GRADE_LABEL = r"hoàn thành (?:xuất sắc |tốt )?nhiệm vụ"
# the top grade only: officials' "hoàn thành tốt" often means "… tốt trở lên", which holds the top grade too
ASKED_GRADES = (("xuat sac", "xuất sắc"),)


def _apply_grade(q: Question, index: Index, score: np.ndarray) -> None:
    """"TCCSĐ HTXSNV mấy tổ chức": of "03 … hoàn thành xuất sắc nhiệm vụ, 09 … tốt …, 01 … hoàn thành nhiệm vụ",
    the one of the grade asked; an item naming another grade is not it, whatever its sentence holds."""
    said = " ".join(" ".join(c.words) for c in q.concepts)  # "HTXSNV" spelt out
    asked = next((written for typed, written in ASKED_GRADES if typed in said), None)
    if asked is None or ONE_GRADE_Q.search(q.folded):
        return
    graded = index.labels_matching(GRADE_LABEL)
    score[graded & ~index.labels_matching(asked)] *= 0.6


TERM_NUMBER_Q = re.compile(r"\bkhoa ([ivxl]+)\b")


def _apply_term_number(q: Question, index: Index, score: np.ndarray) -> None:
    """"UBKT Tỉnh ủy khóa XII": a label naming another term ("… khóa XIII đã bầu …") is not of it."""
    for m in TERM_NUMBER_Q.finditer(q.folded):
        asked = m.group(1).upper()
        named = index.labels_matching(rf"\bkhóa\s+(?-i:{asked})\b")
        score[index.labels_matching(rf"\bkhóa\s+(?-i:(?!{asked}\b)[IVXL]+)\b") & ~named] *= 0.5


GENERIC_BODY_WORDS = frozenset({"dang", "bo", "uy", "toan"})


def _apply_context(q: Question, index: Index, scored: Scores, score: np.ndarray) -> None:
    """"… sau khi Tỉnh ủy chỉ định tăng thêm": the event's own figure (01 added) is not the state after
    it; a figure stated beside the event (in its sentence, not its label) is ("Ban Chấp hành 40")."""
    events = [(c, per) for c, per in zip(q.concepts, scored.per_concept, strict=True) if c.context and not c.soft]
    events = [(c, per) for c, per in events if index.concept_weight(c) >= 2.0]
    if not events:
        return
    candidates = np.flatnonzero(score > 0)
    held = np.array([any(set(c.words) <= index.own_words[i] for c, _ in events) for i in candidates], bool)
    near = np.array([any(per[i] >= 0.5 for _, per in events) for i in candidates], bool)
    score[candidates[held]] *= 0.7
    score[candidates[~held & near]] *= 1.25
    dated = index.has_period[candidates]
    score[candidates[~held & near & dated]] *= 1.3  # the state after the event bears its date ("tháng 5/2022")


def _apply_footnote_named(q: Question, index: Index, score: np.ndarray) -> None:
    """"tổng số đảng viên chuyển đi theo chú thích 15": the figures of that footnote, where the report has it
    ("theo chú thích, …": of the footnotes)."""
    if q.footnote is None:
        return
    noted = index.footnote_numbers == q.footnote if q.footnote else index.footnote_numbers >= 0
    if noted.any():
        score[~noted] *= FOOTNOTE_NAMED_ELSEWHERE


def _body_named(q: Question, index: Index) -> bool:
    """The reporting body named ("BCH ĐUK"), or its own level ("cấp ĐUK kiểm tra mấy đv": "cấp" before its name)."""
    return any(_names_body(c) for c in q.concepts) or any(
        a.words == ("cap",) and len(b.words) > 1 and all(f"{x} {y}" in index.soft_words for x, y in itertools.pairwise(b.words))
        for a, b in itertools.pairwise(q.concepts)
    )


def _names_body(c: Concept) -> bool:
    """The reporting body's own name ("Đảng ủy Khối", "huyện"), not a generic word of every body ("đảng")."""
    return c.soft and (len(c.words) > 1 or c.words[0] not in GENERIC_BODY_WORDS)


def _apply_level(q: Question, index: Index, score: np.ndarray) -> None:
    """The reporting body named ("BCH ĐUK", "Đảng bộ huyện") and no level below it: the body's own
    figures, not those of its bases ("39 đồng chí" elected, not the "183 ủy viên … đảng bộ cơ sở")."""
    body = _body_named(q, index)
    lower = _names_lower_level(q)
    if not lower and body:
        score[index.base_level] *= 0.75
    elif not lower:
        score[index.base_actor] *= 0.9  # no body named: the reporting body's own doing, not its bases'
    if body and not any(ORGAN_WORDS & set(c.words) for c in q.concepts):
        score[index.other_organ] *= 0.85  # "Đảng ủy Khối giám sát": not what its Ủy ban kiểm tra did
    said = f" {' '.join(w for c in q.concepts for w in c.words)} "
    if " uy ban kiem tra " in said and not COMMITTEE_RE.search(said):
        score[index.committee_acts] *= 0.7  # "UBKT 2 cấp giám sát": not what the Ban Thường vụ did


ONE_LEVEL = ("cap huyen", "cap tinh", "cap xa", "cap co so", "co so", "tinh uy", "huyen uy", "thuong vu")


def _apply_all_levels(q: Question, index: Index, score: np.ndarray) -> None:
    """"cấp ủy các cấp kiểm tra …": all levels together, not the figure of one level ("cấp ủy cấp huyện")."""
    if " cac cap " not in f" {q.folded} " or any(f" {lv} " in f" {q.folded} " for lv in ONE_LEVEL):
        return
    one = np.zeros(index.n, bool)
    for level in ONE_LEVEL:
        one |= index.labels_with(level)
    score[one & ~index.labels_with("cac cap")] *= 0.8


LEVEL_NAMED_Q = re.compile(r"\b(?:len|cap) (tinh|huyen|xa|dang uy khoi|khoi|co so|trung uong)\b")


def _apply_named_level(q: Question, index: Index, score: np.ndarray) -> None:
    """"gửi lên tỉnh dự thi bao nhiêu bài": a figure said of that level ("thi cấp tỉnh") over one that only
    names a body of it ("… Đảng bộ tỉnh lần thứ XI")."""
    said = " ".join(w for c in q.concepts for w in c.words)  # "cấp ĐUK" as its words: "cap dang uy khoi"
    for level in set(LEVEL_NAMED_Q.findall(q.folded)) | set(LEVEL_NAMED_Q.findall(said)):
        score[index.labels_with(f"cap {level}")] *= 1.2


def _apply_part_columns(q: Question, index: Index, score: np.ndarray) -> None:
    """A column naming a part of each row ("UBKT cơ sở", "Khiển trách") answers only when the question
    names that part; a former commune's column ("Xã Phú Lộc (cũ)") never answers for the new one."""
    asked = {w for c in q.concepts for alt in c.alternatives for w in alt}
    new = "moi" in asked and "cu" not in asked
    for part in index.part_titles:
        # named by phrases mostly its own: not the column "Vạn Thạnh" by the "vận" of "dân vận khéo" typed bare
        named = {w for c in q.concepts for alt in c.alternatives if 2 * len(part.words.intersection(alt)) >= len(alt) for w in alt}
        if len(part.words & named) < max(1, len(part.words) / 2):
            score[part.mask] *= 0.75
        elif part.former and new:
            score[part.mask] *= 0.5


def _names_lower_level(q: Question) -> bool:
    """"cơ sở", "chi bộ" named (the "chí" of "đồng chí" is no "chi")."""
    return any({"co", "so"} <= set(alt) or alt[0] == "chi" for c in q.concepts for alt in c.alternatives)


def _same_span_before(index: Index, year: str = "") -> str:
    """"cùng kỳ": the span the newest report covers, a year earlier ("6 tháng 2026" → "6 tháng 2025"),
    or in the year named ("cùng kỳ 2024")."""
    own = next((p for p in index.report_period_of[::-1] if p != "-"), "")
    if m := re.fullmatch(r"((?:19|20)\d{2})-(\d{2})", own):
        return f"{int(m.group(2))} tháng {year or int(m.group(1)) - 1}"
    if re.fullmatch(r"(?:19|20)\d{2}", own):
        return year or str(int(own) - 1)
    return year or (str(index.report_year - 1) if index.report_year else "")


def _quarter_named(q: Question, index: Index, score: np.ndarray, number: str, year: str | None) -> bool:
    """"quý 4 năm 2025", "quý 1 kết nạp bao nhiêu": only a figure said of that quarter answers, in a sentence
    naming it with its year, or labelled by it ("Quý I kết nạp 18 đảng viên") in a report of that year."""
    named = QUARTER_NAMES[number]
    if not year:  # "quý 2 kỷ luật bao nhiêu": of the latest year with such a column ("Quý II/2025" in a report of 2026)
        columns = [int(p[-4:]) for p in index.periods if re.fullmatch(rf"quý (?:{named})/(?:19|20)\d{{2}}", p)]
        year = str(max(columns)) if columns and max(columns) < index.report_year else None
    kept = np.zeros(index.n, bool)
    if year:
        kept |= index.quotes_matching(rf"\bquý\s*(?:{named})\b(?:\s*(?:/|năm)?\s*{year})")
    labelled = index.labels_matching(rf"\bquý\s*(?:{named})\s*(?:/|năm)?\s*{year or index.report_year}\b")
    # a column "Quý II/2026" of the year asked, or of the report's year
    labelled |= index.period_matching(rf"^quý (?:{named})/{year or index.report_year}$")
    bare = index.labels_matching(rf"\bquý\s*(?:{named})\b(?!\s*(?:/|năm)?\s*(?:19|20)\d{{2}})")
    # a row "Quý III" under the column "Năm 2024" is that quarter of 2024: dated by its period, not its label
    bare &= ~index.period_matching(rf"^quý (?:{named})/(?!{year or index.report_year}$)")
    if not year or int(year) == index.report_year:
        labelled = labelled | bare
    else:  # "quý 1 năm 2025" in a report dated 2026: a quarter of a note dated 2025 ("¹ Quý I đạt 3.612,4 tỷ đồng")
        labelled = labelled | (bare & (index.period_is("key", year) | index.period_is("implicit", year)))
    kept &= ~index.is_table  # a row's quote holds every column's title; its cell of the quarter is labelled
    # "¹ Quý I/2026 đạt 1.812,6 …; quý III/2026 ước đạt 2.085,5": a note's item dated another span is not this quarter's
    kept &= ~(index.period_matching(r"^(?:\d{1,2} tháng|quý )") & ~index.period_matching(rf"^quý (?:{named})/{year or index.report_year}$"))
    if not (kept | labelled).any():
        return False
    score[~(kept | labelled)] = 0.0
    score[labelled] *= 1.25  # the quarter asked is the label's own words, taken from the question as its period
    return True


START_OF_YEAR_DATE = re.compile(r"0?1/0?1/((?:19|20)\d{2})")
START_OF_YEAR_LABEL = r"\bđầu năm\b"
START_OF_YEAR_PERIOD = r"^0?1/0?1/"
SPAN_PERIOD = re.compile(r"(?:19|20)\d{2}-(?:19|20)\d{2}")  # "2015-2020": a past term's base, no year of this one


def _year_opened(index: Index, score: np.ndarray, year: int) -> bool:
    """"đầu năm 2024 có bao nhiêu đảng viên": the stock on 1/1/2024, which is the one at the end of 2023 (its
    cell "Năm 2023", "31/12/2023"), or a figure said of the year's start ("đầu năm toàn xã có 142 hộ nghèo")."""
    opened = index.period_is("key", f"{year}-01")
    before = index.period_is("key", f"{year - 1}-12") | index.period_is("key", str(year - 1))
    said = index.labels_matching(START_OF_YEAR_LABEL) & (
        ~index.has_period | index.period_is("key", str(year)) | index.period_is("implicit", str(year))
    )
    keep = opened | before | said
    if not keep.any():
        return False
    score[~keep] = 0.0
    score[opened | said] *= 1.5  # said to be the year's start, beyond the year before's closing cells …
    if (opened | said).any():
        score[before & ~opened & ~said] *= 0.8  # … which may be what was done in that year ("Giao quân: đảng viên")
    return True


# "từng năm 2020, 2021, 2022 và tổng": the row over the years with its whole, not those years alone
EACH_PERIOD_Q = re.compile(r"\b(?:tung|moi|cac|hang|qua cac) (?:nam|ky)\b|\btong\b")


def _of_period(index: Index, wanted: str) -> np.ndarray:
    """The facts of a period (by its key): stated so, or a yearly report's figures stated without a period in
    its year, unless said to be of the whole term."""
    return index.period_is("key", wanted) | (index.period_is("implicit", wanted) & ~index.term_said)


def _periods_named(q: Question, index: Index) -> np.ndarray:
    """The facts of any of the years or dates a question names."""
    named = np.zeros(len(index.facts), bool)
    for period in q.periods:
        if (wanted := period_key(period)) in index.known_period_keys:
            named |= _of_period(index, wanted)
    return named


def _runs_to_the_report(index: Index, span: str) -> bool:
    """A span no report names as a term, from about the report's first year to its own: what was done so far."""
    opening, closing = (int(y) for y in span.split("-"))
    years = [int(p[-4:]) for p in index.periods if re.search(r"(?:^|\D)(?:19|20)\d{2}$", p)]
    return bool(years) and closing == index.report_year and opening <= min(years) + 1


def _apply_period(q: Question, index: Index, score: np.ndarray) -> bool:
    """Keep the facts of the period asked for; False when the report has no such period."""
    now, start_of_term = index.period_is("period", NOW), index.period_is("period", START_OF_TERM)
    if q.period is None and ELECTED_Q.search(q.folded):
        q.period = START_OF_TERM  # "BCH được bầu bao nhiêu đồng chí": as elected at the congress, not left now
    if q.period and re.fullmatch(r"\d{4}-\d{4}", q.period) and q.period not in index.terms and _runs_to_the_report(index, q.period):
        q.period = WHOLE_TERM  # "từ 2021 đến giữa 2023" in a review of 2020 to mid-2023: all so far
    if q.period and re.fullmatch(r"\d{4}-\d{4}", q.period):
        opening, closing = q.period.split("-")
        labelled = index.labels_matching(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
        same = index.labels_matching(rf"{opening}\s*[-–]\s*{closing}")
        score[labelled & ~same] *= 0.5  # "từ 2022 đến 2025 … thoát nghèo": not the "Giai đoạn 2016 - 2020" of a note
        score[same] *= 1.3
        if q.period not in index.terms:
            return False  # "nhiệm kỳ 2015-2020": another term
        if 0 < int(closing) < index.report_year - 1:
            # a term that closed before the report's ("nhiệm kỳ 2015-2020" in a review of 2020-2025): only what
            # is said of it ("… nhiệm kỳ 2015 - 2020 thi hành kỷ luật 139 đảng viên"), never the report's own term
            named = index.quotes_naming(q.period)
            if (own := index.period_is("period", q.period)).any():
                named = own  # "giảm 11 … so với nhiệm kỳ 2015 - 2020 (139 đảng viên)": the bracket, not the 128 now
            score[~named] = 0.0
            return bool(named.any())
        if int(opening) > index.last_result_year > 0 or (
            "target" in q.wants and int(opening) == index.last_result_year > 0 and int(closing) > index.last_result_year
        ):
            # a span ahead ("giai đoạn 2026-2030" in a review of 2021-2025; the targets of "2025-2030" in a
            # congress's report of 2020-2025): what is aimed at by its end, or said of it
            ahead = index.period_is("key", q.period[-4:]) | index.quotes_naming(q.period)
            if not ahead.any():
                return False
            score[~ahead] = 0.0
            return True
        if "start_of_term" not in q.wants:  # ("đầu nhiệm kỳ 2020-2025" asks no figure said of the term)
            score[index.quotes_naming(q.period) & index.yearly] *= 1.4  # "Đại hội … nhiệm kỳ 2025-2030 đã bầu …"
        q.period = WHOLE_TERM
    if not (q.period or "").startswith("quý"):
        # "quý IV kết nạp 104", a column "Quý II/2026": one quarter, when none is asked
        score[index.labels_matching(QUARTER_LABEL) | index.period_matching(QUARTER_LABEL)] *= 0.5
    if q.period in (None, NOW) and index.report_year and not ONE_MONTH_Q.search(q.folded):
        # "Riêng tháng 12 xảy ra 17 vụ …": one month of the report's year, when no month is asked
        score[index.period_matching(rf"^tháng \d{{1,2}}/{index.report_year}$")] *= 0.5
    if q.period and q.period.isdigit() and _asks_event(q) and SO_FAR_Q.search(q.folded):
        # "đến hết năm 2024 kết nạp được bao nhiêu": all joined so far ("Từ đầu nhiệm kỳ đến ngày 31/12/2024 …"),
        # not in 2024 alone
        q.period = WHOLE_TERM
        score[index.estimates] *= 0.9  # what was done by then, not the estimate for the term's end
    if sum(not c.soft for c in q.concepts) == 1 and not q.units:
        score[index.is_total] *= 1.2  # "kỷ luật bao nhiêu?": the headline figure, with its parts
    asked_when = set(q.folded.split()) & {"truoc", "sau"}
    if asked_when == {"sau"}:
        score[index.before_column] *= 0.5  # "sau sáp nhập": not the column "Cộng trước sáp nhập"
    elif asked_when == {"truoc"}:
        score[index.after_column] *= 0.5
    if not re.search(r"\bmoi\b", q.folded):
        score[index.new_ones] *= 0.7  # "đảng viên nữ" asked: not the women among the new members
    if not _asks_change(q):
        score[index.change] *= 0.6 if q.period == NOW else 0.7  # "có mấy tổ chức cơ sở đảng": not the 02 by which they fell
    if q.period in (None, WHOLE_TERM):
        score[index.summed_cell] *= 0.75  # no year asked: not one year's cell of a row the text sums up
        score[index.row_sum] *= 1.2
    if q.period is None:
        score[index.years_sum_cell & index.yearly] *= 0.8  # a yearly report asked no period: its year, not "Cộng 2022-2026"
    if q.period is None and _asks_event(q):
        score[now & ~index.events] *= 0.8  # "thành lập mới mấy cơ sở đoàn": what was set up, not how many there are
    if q.period is None and HEADCOUNT_Q.search(q.folded) and not _asks_event(q):
        score[index.events] *= 0.75  # "tổng số đảng viên toàn đảng bộ": how many there are, not how many joined
        if not q.units & TIMES_UNITS and _heads_asked(q):
            score[index.units_among(TIMES_UNITS)] *= 0.75  # "tổng số dân quân tự vệ": not the 8.425 turn-outs
    if q.period in (None, NOW):
        score[index.period_matching(START_OF_YEAR_PERIOD)] *= 0.7  # "còn bao nhiêu hộ nghèo": not the 184 as the year opened
    if q.period is None and len(q.periods) > 1 and not EACH_PERIOD_Q.search(q.folded) and (named := _periods_named(q, index)).any():
        score[~named] *= 0.5  # "số đảng viên năm 2020 và năm 2022": those years' figures, not the one of now
    if q.period is None:
        other_period = index.has_period & ~now & ~index.own_year & ~index.as_of_date & ~index.kind_mask("target")
        # a stock at the start of the year ("31/12/2025" beside "31/12/2026"): not what is asked with no date
        other_period |= index.is_table & index.as_of_date & ~index.newest_date & ~index.own_year & ~index.kind_mask("target")
        other_period &= ~index.period_is("period", WHOLE_TERM)  # a year and term review: either may be meant
        # "sau khi bầu bổ sung": the state after an event has its date ("chia theo loại": a hint, no event)
        if not any(c.context for c in q.concepts) or "breakdown" in q.wants:
            score[other_period] *= 0.7
        if q.units and sum(not c.soft for c in q.concepts) == 1:
            score[now] *= 1.3  # "sl TCCSĐ" names no event: how many there are now, not how many were set up
            if not _asks_event(q):
                score[index.events] *= 0.8  # "huyện có bao nhiêu đảng viên": not the 682 admitted
        return True
    if q.units and sum(not c.soft for c in q.concepts) == 1:
        score[index.bare_count] *= 1.3  # "số đảng viên năm 2022": the row "Tổng số đảng viên", not "… từ trần"
    if q.units and HEADCOUNT_Q.search(q.folded) and not _asks_event(q):
        score[index.events] *= 0.8  # "số đảng viên cuối năm 2025": how many there were, not how many joined
    if q.period == NOW and index.yearly.any():
        # a yearly report: "hiện nay" is its year (its cells of that year, its sentences without a period)
        score[index.has_period & ~index.yearly & ~now & ~index.own_year & ~index.latest] *= 0.6
    if q.period == NOW:
        if not _asks_event(q):
            score[index.events] *= 0.75  # "số đoàn viên công đoàn hiện nay": how many there are, not how many came
        else:
            score[now & ~index.events] *= 0.7  # "năm nay thành lập mới bao nhiêu doanh nghiệp": not how many there are
        if (q.units and sum(not c.soft for c in q.concepts) == 1) or THIS_YEAR_Q.search(q.folded):
            # "hiện có bao nhiêu đảng viên": how many there are; "năm nay trao bao nhiêu thẻ": this year's cell;
            # neither is a row's sum ("Cộng 2022 - 2026")
            score[index.sum_cell] *= 0.8
        else:
            score[index.sum_cell] *= 1.25  # "mở được bao nhiêu lớp tới nay": events so far, the row's sum
        score[now] *= 1.15
        score[index.newest_date] *= 1.1  # "đến 30/11/2025", not "30/6/2025"
        score[~index.has_period] *= 0.9
        score[index.has_period & ~now & ~index.latest] *= 0.6  # not of the latest year reported
        score[start_of_term] *= 0.65  # the start of the term is never "now"
        score[index.period_matching(r"^1/1/")] *= 0.6  # … nor the year's ("Đầu năm Đảng bộ có 712 đảng viên")
        return True
    if q.period == START_OF_TERM:
        first = next((p for p in index.periods if p not in (NOW, START_OF_TERM, WHOLE_TERM) and not SPAN_PERIOD.fullmatch(p)), None)
        start = start_of_term | (index.period_is("period", first) if first else start_of_term)
        score[start] *= 1.2
        score[start_of_term] *= 1.3  # said to be the start of the term, beyond the first year's column
        if start_of_term.any():
            score[start & ~start_of_term] *= 0.85  # the first year's column, where the report says the start itself
        score[~index.has_period] *= 0.5
        score[index.has_period & ~start] = 0.0
        return True
    if q.period == WHOLE_TERM:
        score[index.has_period & ~now & ~index.period_is("period", WHOLE_TERM)] *= 0.7
        # a yearly report's figures stated without a period are the year's, unless said to be the term's
        # ("Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ kết nạp 213 đảng viên")
        score[index.yearly & ~index.term_said] *= 0.7
        return True
    if (back := YEARS_BACK.get(q.period)) and index.report_year:
        q.period = str(index.report_year - back)  # "năm ngoái" in a report dated 2025 is 2024, "năm kia" 2023
    if q.period.startswith(SAME_SPAN):
        q.period = _same_span_before(index, q.period.removeprefix(SAME_SPAN).strip())
        if not q.period:
            return False
    if q.period == START_OF_YEAR:
        if not index.report_year:
            return False
        q.period = f"1/1/{index.report_year}"  # "hồi đầu năm": the report's own year as it opened
    if opened := START_OF_YEAR_DATE.fullmatch(q.period):
        return _year_opened(index, score, int(opened.group(1)))
    known = index.known_period_keys  # with the implicit ones: "năm 2024" in a report about 2024
    if quarter := re.fullmatch(r"quý (\d)(?: ((?:19|20)\d{2}))?", q.period):
        number, year = quarter.groups()
        if number == "1" and any(re.fullmatch(rf"{year or '(?:19|20)[0-9]{2}'}-03", k) for k in known):
            q.period = f"3 tháng {year}" if year else "3 tháng"  # the report's own first quarter (its columns)
        else:
            return _quarter_named(q, index, score, number, year)
    if (three := re.fullmatch(r"3 tháng(?: ((?:19|20)\d{2}))?", q.period)) and not any(
        re.fullmatch(rf"{three.group(1) or '(?:19|20)[0-9]{2}'}-03", k) for k in known
    ):
        return _quarter_named(q, index, score, "1", three.group(1))  # "quý I/2026" asked of a column "Quý I/2026"
    if months := re.fullmatch(r"(\d{1,2}) tháng", q.period):
        spans = sorted(k for k in known if re.fullmatch(rf"(?:19|20)\d{{2}}-{int(months.group(1)):02d}", k))
        if not spans:
            return False  # "6 tháng đầu năm" in a report with no half year
        q.period = spans[-1]  # the latest: "6 tháng đầu năm" in a half-year report is its own half year
    wanted = period_key(q.period)
    if wanted not in known:
        year = re.search(r"(?:19|20)\d{2}", q.period)
        if re.match(r"\d{1,2} tháng", q.period):
            return False  # "6 tháng đầu năm 2026" in a report of the whole year 2026: not its year's figure
        month = re.fullmatch(r"tháng (\d{1,2})/(?:19|20)\d{2}", q.period)
        if month and (_asks_event(q) or MONTH_FLOW_Q.search(q.folded) or not any(k.endswith(f"-{int(month.group(1)):02d}") for k in known)):
            return False  # "tháng 6/2023 chuyển đến bao nhiêu": one month's flow, where the report gives its half year
        if year and year.group(0) in known:
            wanted = year.group(0)
        elif year and (parts := sorted(k for k in known if k.startswith(f"{year.group(0)}-"))):
            wanted = parts[-1]  # "năm 2023" in a report that has "6 tháng 2023"
        else:
            return False
    # "năm 2022" also holds what happened in a month of 2022 ("tháng 5/2022 … Ban Thường vụ 12")
    keep = _of_period(index, wanted) | index.period_is("month_year", wanted)
    if wanted.isdigit():
        keep |= index.period_is("key", f"{wanted}-12")  # "năm 2025": the column "31/12/2025" (the year's end) too
    score[~keep] = 0.0
    return True
