"""From a question's text to an ``Answer``: parse → score → decide → build."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from knowledge import texts
from knowledge.answer import Answer, Figure, Source
from knowledge.index import FactView, Index
from knowledge.matching import Decision, decide
from knowledge.numbers import format_number
from knowledge.question import Question, parse, split_asks
from knowledge.vietnamese import key_words

FALL_ASKED_Q = re.compile(r"^(?!.*\btang\b).*\bgiam\b(?! sat)")  # a fall asked, not "tăng, giảm" nor "giám sát"


def figure_of(fact: FactView) -> Figure:
    """A stored fact as shown to a user."""
    return Figure(
        fact_id=fact.id,
        value=fact.value,
        unit=fact.unit,
        label=fact.label,
        period=fact.period,
        kind=fact.kind,
        source=Source(fact.report, fact.report_date, fact.locator, fact.quote),
        qualifier=fact.qualifier if fact.qualifier in ("trên", "hơn", "khoảng", "gần", "ước", "ước đạt") else "",
    )


def answer_question(text: str, index: Index, report_ids: set[int] | None = None) -> Answer:
    """The whole answer to one question, the same for every front end."""
    question = parse(text, index)
    if question.problem in ("no_text", "only_number", "greeting"):
        hint = {"no_text": texts.EMPTY_QUESTION, "only_number": texts.ONLY_NUMBER, "greeting": texts.NO_CONTENT}
        if not text.strip():
            return Answer(question=text, status="not_found", hint=texts.EMPTY_QUESTION)
        return Answer(question=text, status="not_found", hint=hint[question.problem])
    answer = build(question, decide(question, index, report_ids), index)
    # a total with its parts already shows what "bao nhiêu …, gồm mấy …, mấy …" asks, not "…, trong đó bn cấp ủy viên"
    if answer.status == "answered" and len(asks := split_asks(text)) > 1:
        # each part asked with its own asking word, no breakdown named: "chuyển đi bao nhiêu, chuyển đến bao nhiêu"
        if question.asking_words >= 2 and not question.parts_cued and (each := _parts_asked_each(asks, question, answer, index, report_ids)) is not None:
            return each
        answer.also = _other_asks(asks, answer, index, report_ids)
    elif answer.status == "not_found" and len(asks := split_asks(text)) > 1:
        # "tỷ lệ … : chỉ tiêu là bao nhiêu, đạt bao nhiêu": no one figure is both; each ask alone gives its own
        return _each_ask_alone(text, asks, index, report_ids) or answer
    return answer


def _each_ask_alone(text: str, asks: list[list[str]], index: Index, report_ids: set[int] | None) -> Answer | None:
    """The first ask's figure with the others' beside it, when each of two or more asks gives a figure alone."""
    first = parse(asks[0][0], index)
    decision = decide(first, index, report_ids) if not first.problem else None
    if decision is None or decision.status != "answered":
        return None
    answer = build(first, decision, index)
    answer.also = _other_asks(asks, answer, index, report_ids)
    assert answer.figure is not None
    if not answer.also or any(f.unit != answer.figure.unit for f in answer.also):
        return None  # "… bầu có bao nhiêu đồng chí, sau khi bổ sung là bao nhiêu": not the 01 added beside the 11
    answer.question = text
    return answer


def _parts_asked_each(
    asks: list[list[str]], whole: Question, answer: Answer, index: Index, report_ids: set[int] | None
) -> Answer | None:
    """"năm 2022 chuyển đi bao nhiêu đảng viên, chuyển đến bao nhiêu", answered by their total (578: 399 and 179):
    when each ask alone gives another of the total's parts, the first ask's part is the answer, the others shown
    with it in the asks' order, then the total they are parts of."""
    parts = {p.value for p in answer.parts}
    if answer.figure is None or len(parts) < len(asks):
        return None
    chosen: list[tuple[Question, Decision, int]] = []  # each ask, as decided, and the part it gives
    for wordings in asks:
        for ask in wordings:  # the ask with the first one's words, else alone
            question = parse(ask, index)
            if whole.period and not question.periods:
                question.period, question.periods = whole.period, whole.periods  # "năm 2022 …, chuyển đến bao nhiêu"
            decision = decide(question, index, report_ids) if not question.problem else None
            if decision is None or decision.best is None or decision.status == "not_found":
                continue
            offered = [decision.best] if decision.status == "answered" else [decision.best, *decision.candidates]
            # an ask alone may be torn between figures: the total's part among them is the one meant
            if (part := next((i for i in offered if index.facts[i].value in parts), None)) is not None:
                chosen.append((question, Decision("answered", part, agreeing=[part], scores=decision.scores), part))
                break
        else:
            return None  # an ask gives no part of the total: the total stands
    if len({index.facts[part].value for *_, part in chosen}) != len(asks):
        return None
    first = build(chosen[0][0], chosen[0][1], index)
    first.also = [*(figure_of(index.facts[part]) for *_, part in chosen[1:]), answer.figure]
    return first


def _other_asks(asks: list[list[str]], answer: Answer, index: Index, report_ids: set[int] | None) -> list[Figure]:
    """"chỉ tiêu kết nạp là bao nhiêu, đạt mấy %": each ask on its own; when one of them gives the figure
    the whole question gave (or offers it among its candidates), the others' figures are shown with it.
    The later asks are asked first: when they neither give nor confirm a figure, the first need not be asked."""
    assert answer.figure is not None
    main = answer.figure
    shown = {main.value, *(p.value for p in answer.parts), *(a.value for a in answer.alternatives)}
    found: list[Figure] = []
    agrees = False
    for wordings in [*asks[1:], asks[0]]:
        if wordings is asks[0] and not (agrees or found):
            break  # one ask alone can never both give the figure the question gave and another
        for ask in wordings:  # the ask with the first one's words; alone when that gives nothing new
            question = parse(ask, index)
            decision = decide(question, index, report_ids) if not question.problem else None
            if decision is None or decision.best is None or decision.status == "not_found":
                continue
            offered = [index.facts[i] for i in [decision.best, *decision.candidates]]
            if any(f.value == main.value and f.unit == main.unit for f in offered):
                agrees = True
                break
            figure = figure_of(index.facts[decision.best])
            if decision.status == "answered" and figure.value not in shown:
                shown.add(figure.value)
                found.insert(0 if wordings is asks[0] else len(found), figure)  # in the asks' order
                break
    return found if agrees else []


def build(question: Question, decision: Decision, index: Index) -> Answer:
    """Turn a decision into the ``Answer`` with parts, alternatives and derived figures."""
    if decision.status == "not_found":
        hint = ""
        if decision.period_missing and question.period:
            shown = ", ".join(p for p in index.periods if p != "hiện nay")
            hint = texts.PERIOD_MISSING.format(period=_period_name(question.period), periods=shown)
        elif question.problem == "too_long":
            hint = texts.TOO_LONG
        suggestions = [_suggestion(index.facts[i]) for i in decision.suggestions]
        return Answer(question=question.text, status="not_found", hint=hint, suggestions=suggestions)
    assert decision.best is not None
    if decision.status == "ambiguous":
        return Answer(
            question=question.text,
            status="ambiguous",
            figure=figure_of(index.facts[decision.best]),
            alternatives=[figure_of(index.facts[i]) for i in decision.candidates],
        )
    best = decision.best
    answer = Answer(question=question.text, status="answered", figure=figure_of(index.facts[best]))
    if answer.figure is not None and answer.figure.value < 0 and FALL_ASKED_Q.search(question.folded):
        # "số vụ tai nạn giảm bao nhiêu %" of the cell "-10,82" in "Tăng, giảm (%)": a fall of 10,82%
        answer.figure = replace(answer.figure, value=-answer.figure.value, qualifier="giảm")
    conflicts = _conflicts(best, decision.agreeing, index)
    if conflicts:
        answer.conflict = True
        answer.alternatives = [figure_of(index.facts[i]) for i in conflicts]
    if "series" in question.wants:
        series = next((s for i in [best, *decision.agreeing] if len(s := series_of(i, index)) > 1), [])
        named = [i for i in series if index.facts[i].period in question.periods]
        if 2 <= len(named) < len(series):  # "năm 2021 với năm 2022" (not every year): those years alone
            series = named
            answer.figure, answer.alternatives, answer.conflict = figure_of(index.facts[named[0]]), [], False
        if series:
            answer.parts = [figure_of(index.facts[i]) for i in series]
            answer.series = True
    if not answer.parts:
        restating = [*decision.agreeing, *_restating(best, list(decision.scores), index)]
        answer.parts = [figure_of(index.facts[i]) for i in parts_of(best, restating, index, question.folded)]
    if "remaining" in question.wants or "difference" in question.wants:
        answer.derived = _derived(best, index)
    if "exceed" in question.wants and (beyond := _beyond_target(best, index)) is not None:
        answer.parts = [answer.figure, *(b for b in beyond[1:] if b.fact_id != answer.figure.fact_id)]  # type: ignore[list-item, union-attr]
        answer.figure = beyond[0]
    return answer


def _beyond_target(best: int, index: Index) -> tuple[Figure, Figure] | None:
    """"vượt chỉ tiêu bao nhiêu": what was done less its target (percentage points for shares), computed."""
    fact = index.facts[best]
    if fact.kind == "share_of_target" and fact.value > 100:
        # "vượt chỉ tiêu bao nhiêu %" of "120% so với chỉ tiêu": the 20% beyond it, as the row's note says it
        cells = index.rows.get((fact.report_id, fact.row_key), []) if fact.origin == "table" else []
        cells = cells or index.sentences.get((fact.report_id, fact.quote), [])
        said = next((j for j in cells if index.facts[j].kind == "growth" and index.facts[j].value == fact.value - 100), None)
        return (figure_of(index.facts[said]), figure_of(fact)) if said is not None else None
    if fact.kind in ("target", "share_of_target"):
        return None  # "đạt 106,96% so nghị quyết" is already measured against the target: nothing to subtract
    goal_id = target_of(best, index)
    same = index.sentences.get((fact.report_id, fact.quote), [])
    if goal_id is None:  # "97,24% (chỉ tiêu Nghị quyết Đại hội là 90%)": the target stated beside it
        goal_id = next(
            (j for j in same if index.facts[j].kind == "target" and index.facts[j].label.startswith(f"{fact.label} (")),
            None,
        )
    if goal_id is None:  # "đạt 96,88%, vượt 6,88% so với chỉ tiêu Quốc hội giao (trên 90%)": the target after it
        goal_id = next((j for j in same if j > best and index.facts[j].kind == "target" and index.facts[j].unit == fact.unit), None)
    if goal_id is None:
        return None
    goal = index.facts[goal_id]
    if goal.unit != fact.unit or fact.value <= goal.value:
        return None
    said = next((j for j in same if j != best and index.facts[j].value == fact.value - goal.value and index.facts[j].unit == fact.unit), None)
    if said is not None:
        return figure_of(index.facts[said]), figure_of(goal)  # the excess as the report states it
    computed = Figure(
        fact_id=None,
        value=Decimal(fact.value - goal.value),
        unit=fact.unit,
        label=f"vượt chỉ tiêu ({format_number(fact.value)} − {format_number(goal.value)})",
        period=fact.period,
        kind="computed",
        source=Source(fact.report, fact.report_date, fact.locator, fact.quote),
        computed=True,
        derived_from=(fact.id, goal.id),
    )
    return computed, figure_of(goal)


def _period_name(period: str) -> str:
    return f"năm {period}" if period.isdigit() else period


def _suggestion(fact: FactView) -> str:
    return fact.label if len(fact.label) <= 80 else fact.label[:77] + "…"


def _is_period_cell(fact: FactView) -> bool:
    return fact.origin == "table" and fact.column == "period"


def _conflicts(best: int, agreeing: list[int], index: Index) -> list[int]:
    out: list[int] = []
    for i in [best, *agreeing]:
        for j in index.conflicts.get(i, []):
            if j not in out and index.facts[j].value != index.facts[best].value:
                out.append(j)
    return out


def _restating(best: int, among: list[int], index: Index) -> list[int]:
    """The same figure stated elsewhere with another unit word for the same thing: the appendix's
    "1.146 Huy hiệu" for the text's "trao tặng Huy hiệu Đảng cho 1.146 đảng viên"."""
    fact = index.facts[best]
    words = set(key_words(fact.label)) - {"so", "tong", "cua", "cho", "va"}
    return [
        i
        for i in among
        if i != best and index.facts[i].value == fact.value and len(words & set(key_words(index.facts[i].label))) >= 2
    ]


def parts_of(best: int, agreeing: list[int], index: Index, asked: str = "") -> list[int]:
    """The breakdown of the figure, from itself or from a fact stating the same figure; of several, the one
    whose parts (or the note's lead) the question's other words name ("chia theo từng quý": the note of
    quarters; "chia theo đối tượng": the note "Đối tượng …: hộ nghèo 318 …"), then one adding up to the whole."""
    broken = [kids for i in [best, *agreeing] for kids in _breakdowns(i, index)]
    if not broken:
        return []
    words = set(asked.split()) - set(key_words(index.facts[best].label))

    def named(kids: list[int]) -> float:
        lead = set(key_words(index.facts[kids[0]].texts.get("lead", ""))) if index.facts[kids[0]].carrier_id else set()
        return sum(bool(words & (lead | set(key_words(index.facts[k].label)))) for k in kids) / len(kids)

    def whole(kids: list[int]) -> bool:
        return sum((index.facts[k].value for k in kids), Decimal(0)) == index.facts[best].value

    def as_asked(kids: list[int]) -> bool:
        # "chia theo từng hình thức": not the years of the same total; "qua từng năm": the years
        years = len({index.facts[k].period for k in kids}) == len(kids) and all(index.facts[k].period for k in kids)
        return years == bool(TIME_SPLIT_Q.search(asked))

    return max(broken, key=lambda kids: (named(kids), as_asked(kids), whole(kids)))


TIME_SPLIT_Q = re.compile(r"\b(?:theo|tung|cac|moi|hang|qua) (?:nam|quy|thang|ki|ky)\b")


def _breakdowns(i: int, index: Index) -> list[list[int]]:
    """The ways figure ``i`` is broken down: its own parts, then its note's items when they add up to it
    ("thụ lý 1.386 vụ việc⁷; trong đó tham gia tố tụng 947 …" with "⁷ Đối tượng …: hộ nghèo 318 vụ việc, …")."""
    kids = index.children.get(i, [])
    noted = [k for k in index.explained.get(i, []) if k not in kids and index.facts[k].kind in ("count", "money")]
    fits = len(noted) >= 2 and sum((index.facts[k].value for k in noted), Decimal(0)) == index.facts[i].value
    return [g for g in (kids, noted if fits else []) if g]


def series_of(i: int, index: Index) -> list[int]:
    """The same measure over the report's periods, in period order."""
    fact = index.facts[i]
    if fact.origin == "table":
        cells = index.rows.get((fact.report_id, fact.row_key), [])
        same = [j for j in cells if index.facts[j].label == fact.label and index.facts[j].column == "period"]
    elif fact.period is None:
        same = []
    else:
        figures = index.sentences.get((fact.report_id, fact.quote), [])
        same = [j for j in figures if index.facts[j].unit == fact.unit and index.facts[j].period]
    order = {p: k for k, p in enumerate(index.periods)}
    return sorted(same, key=lambda j: order.get(index.facts[j].period or "", 99))


def target_of(i: int, index: Index) -> int | None:
    """The target set for the measure of fact ``i`` (same appendix row), if any."""
    fact = index.facts[i]
    if fact.origin != "table":
        return None
    cells = index.rows.get((fact.report_id, fact.row_key), [])
    return next((j for j in cells if index.facts[j].kind == "target" and index.facts[j].label == fact.label), None)


def _derived(best: int, index: Index) -> list[Figure]:
    fact = index.facts[best]
    target = target_of(best, index) if fact.kind != "target" else None
    if target is None:
        return []
    goal = index.facts[target]
    gap = goal.value - fact.value
    if gap <= 0:
        return []
    return [
        Figure(
            fact_id=None,
            value=Decimal(gap),
            unit=fact.unit,
            label=f"còn thiếu so với chỉ tiêu ({format_number(goal.value)} − {format_number(fact.value)})",
            period=None,
            kind="computed",
            source=Source(fact.report, fact.report_date, fact.locator, fact.quote),
            computed=True,
            derived_from=(fact.id, goal.id),
        )
    ]
