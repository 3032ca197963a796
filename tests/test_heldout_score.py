"""A regression guard on the question sets, judged by the rules of ``/work/shared/eval/check.py``.

The held-out set (``tests/data/questions_heldout.jsonl``, 220 questions) always runs; the public dev
set (``../shared/eval/dev_questions.jsonl``) runs when it is there (CI may not have ``../shared``).
Every question goes through the engine in-process and its ``to_json()`` (as ``ask --json`` prints
it) is judged by ``judge`` below, a copy of ``check.py``'s; when ``check.py`` is present a test makes
sure the two agree on every answer.

Two things are guarded:
(a) no out-of-scope question (``expect == []``) is answered with a figure, except the known
    exceptions named in ``KNOWN_OOS_ANSWERED`` with the reason;
(b) the share of the held-out set passed stays at or above ``HELDOUT_FLOOR`` (set a little below
    the share measured when it was written; raise it as the matcher improves).
The per-style scores are printed.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from knowledge.engine import Engine
from tests.answers_conftest import ROOT

pytest_plugins = ["tests.answers_conftest"]

HELDOUT = ROOT / "tests" / "data" / "questions_heldout.jsonl"
DEV = ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"
CHECK = ROOT.parent / "shared" / "eval" / "check.py"

HELDOUT2 = ROOT / "tests" / "data" / "questions_heldout2.jsonl"
HELDOUT3 = ROOT / "tests" / "data" / "questions_heldout3.jsonl"
HELDOUT4 = ROOT / "tests" / "data" / "questions_heldout4.jsonl"
HELDOUT6 = ROOT / "tests" / "data" / "questions_heldout6.jsonl"
HELDOUT8 = ROOT / "tests" / "data" / "questions_heldout8.jsonl"
HELDOUT9 = ROOT / "tests" / "data" / "questions_heldout9.jsonl"
HELDOUT10 = ROOT / "tests" / "data" / "questions_heldout10.jsonl"
HELDOUT11 = ROOT / "tests" / "data" / "questions_heldout11.jsonl"
HELDOUT12 = ROOT / "tests" / "data" / "questions_heldout12.jsonl"
HELDOUT13 = ROOT / "tests" / "data" / "questions_heldout13.jsonl"
HELDOUT14 = ROOT / "tests" / "data" / "questions_heldout14.jsonl"
HELDOUT15 = ROOT / "tests" / "data" / "questions_heldout15.jsonl"
HELDOUT16 = ROOT / "tests" / "data" / "questions_heldout16.jsonl"
HELDOUT17 = ROOT / "tests" / "data" / "questions_heldout17.jsonl"
HELDOUT18 = ROOT / "tests" / "data" / "questions_heldout18.jsonl"
HELDOUT19 = ROOT / "tests" / "data" / "questions_heldout19.jsonl"
HELDOUT20 = ROOT / "tests" / "data" / "questions_heldout20.jsonl"
HELDOUT21 = ROOT / "tests" / "data" / "questions_heldout21.jsonl"
HELDOUT22 = ROOT / "tests" / "data" / "questions_heldout22.jsonl"
HELDOUT23 = ROOT / "tests" / "data" / "questions_heldout23.jsonl"
HELDOUT24 = ROOT / "tests" / "data" / "questions_heldout24.jsonl"
HELDOUT25 = ROOT / "tests" / "data" / "questions_heldout25.jsonl"
HELDOUT26 = ROOT / "tests" / "data" / "questions_heldout26.jsonl"
HELDOUT27 = ROOT / "tests" / "data" / "questions_heldout27.jsonl"
HELDOUT28 = ROOT / "tests" / "data" / "questions_heldout28.jsonl"
HELDOUT29 = ROOT / "tests" / "data" / "questions_heldout29.jsonl"
HELDOUT30 = ROOT / "tests" / "data" / "questions_heldout30.jsonl"
HELDOUT31 = ROOT / "tests" / "data" / "questions_heldout31.jsonl"
HELDOUT32 = ROOT / "tests" / "data" / "questions_heldout32.jsonl"
HELDOUT33 = ROOT / "tests" / "data" / "questions_heldout33.jsonl"
HELDOUT34 = ROOT / "tests" / "data" / "questions_heldout34.jsonl"
HELDOUT35 = ROOT / "tests" / "data" / "questions_heldout35.jsonl"
HELDOUT36 = ROOT / "tests" / "data" / "questions_heldout36.jsonl"
HELDOUT37 = ROOT / "tests" / "data" / "questions_heldout37.jsonl"
HELDOUT38 = ROOT / "tests" / "data" / "questions_heldout38.jsonl"
HELDOUT39 = ROOT / "tests" / "data" / "questions_heldout39.jsonl"
HELDOUT40 = ROOT / "tests" / "data" / "questions_heldout40.jsonl"
HELDOUT41 = ROOT / "tests" / "data" / "questions_heldout41.jsonl"
HELDOUT42 = ROOT / "tests" / "data" / "questions_heldout42.jsonl"
HELDOUT43 = ROOT / "tests" / "data" / "questions_heldout43.jsonl"
HELDOUT44 = ROOT / "tests" / "data" / "questions_heldout44.jsonl"
HELDOUT45 = ROOT / "tests" / "data" / "questions_heldout45.jsonl"
HELDOUT46 = ROOT / "tests" / "data" / "questions_heldout46.jsonl"
HELDOUT47 = ROOT / "tests" / "data" / "questions_heldout47.jsonl"
HELDOUT48 = ROOT / "tests" / "data" / "questions_heldout48.jsonl"
HELDOUT49 = ROOT / "tests" / "data" / "questions_heldout49.jsonl"
HELDOUT50 = ROOT / "tests" / "data" / "questions_heldout50.jsonl"
HELDOUT51 = ROOT / "tests" / "data" / "questions_heldout51.jsonl"
HELDOUT52 = ROOT / "tests" / "data" / "questions_heldout52.jsonl"
HELDOUT53 = ROOT / "tests" / "data" / "questions_heldout53.jsonl"
HELDOUT54 = ROOT / "tests" / "data" / "questions_heldout54.jsonl"
HELDOUT55 = ROOT / "tests" / "data" / "questions_heldout55.jsonl"
HELDOUT56 = ROOT / "tests" / "data" / "questions_heldout56.jsonl"
HELDOUT57 = ROOT / "tests" / "data" / "questions_heldout57.jsonl"
HELDOUT58 = ROOT / "tests" / "data" / "questions_heldout58.jsonl"
HELDOUT59 = ROOT / "tests" / "data" / "questions_heldout59.jsonl"
HELDOUT60 = ROOT / "tests" / "data" / "questions_heldout60.jsonl"
HELDOUT61 = ROOT / "tests" / "data" / "questions_heldout61.jsonl"
HELDOUT62 = ROOT / "tests" / "data" / "questions_heldout62.jsonl"
HELDOUT63 = ROOT / "tests" / "data" / "questions_heldout63.jsonl"
HELDOUT64 = ROOT / "tests" / "data" / "questions_heldout64.jsonl"
HELDOUT65 = ROOT / "tests" / "data" / "questions_heldout65.jsonl"
HELDOUT66 = ROOT / "tests" / "data" / "questions_heldout66.jsonl"
HELDOUT67 = ROOT / "tests" / "data" / "questions_heldout67.jsonl"
HELDOUT68 = ROOT / "tests" / "data" / "questions_heldout68.jsonl"
HELDOUT69 = ROOT / "tests" / "data" / "questions_heldout69.jsonl"

# Measured 187/220 = 0.850 on the held-out set when this guard was written (matcher at commit da162fb),
# 199/220 = 0.905 at 0bfdb08; the second set (written later, never tuned on before 1b3c40b) 141/160 = 0.881.
# Session 2: 204/220 = 0.927 and 146/160 = 0.912. Sets 3 and 4 were written in session 2 by helpers that never saw
# the code; measured when they arrived (before any change made for them): 155/200 = 0.775 and 124/150 = 0.827;
# at the end of session 2: 175/200 = 0.875 and 131/150 = 0.873.
HELDOUT_FLOOR = 0.94  # 213/220 at the end of session 3
HELDOUT2_FLOOR = 0.93  # 154/160 at the end of session 3
# 188/200, 143/150 and 177/200 at the end of session 3 (set 6: 162/200 on arrival)
LATER_FLOORS = {
    HELDOUT3: 0.91, HELDOUT4: 0.93, HELDOUT6: 0.86, HELDOUT8: 0.87, HELDOUT9: 0.91, HELDOUT10: 0.89, HELDOUT11: 0.86,
    HELDOUT12: 0.88, HELDOUT13: 0.88,
    HELDOUT14: 0.85, HELDOUT15: 0.72,  # session 7: 127/150 and 82/120 unseen
    HELDOUT16: 0.85,  # session 8: 130/150 unseen
    HELDOUT17: 0.91,  # session 8: 107/120 at the start commit, 108 unseen at the commit it arrived on
    HELDOUT18: 0.84,  # session 9: 123/150 unseen
    HELDOUT19: 0.84,  # session 10: 129/150 unseen
    HELDOUT20: 0.80,  # session 11: 123/150 unseen
    HELDOUT21: 0.87,  # session 12: 132/150 unseen
    HELDOUT22: 0.92,  # session 13: 140/150 unseen
    HELDOUT23: 0.84,  # session 13: 118/150 at the start commit, 127 unseen at the commit it arrived on
    HELDOUT24: 0.86,  # session 13: 131/150 unseen, at the start commit and at the one it arrived on
    HELDOUT25: 0.92,  # session 14: 140/150 unseen, at the start commit and at the one it arrived on
    HELDOUT26: 0.91,  # session 14: 138/150 at the start commit, 139 unseen at the commit it arrived on
    HELDOUT27: 0.93,  # session 15: 139/150 unseen, at the start commit and at the one it arrived on
    HELDOUT28: 0.91,  # session 15: 133/150 unseen, at the start commit and at the one it arrived on
    HELDOUT29: 0.91,  # session 15, held back to the end: 136/150 at the start commit, 137 at the end, never tuned on
    HELDOUT30: 0.88,  # session 16: 129/150 unseen, at the start commit and at the one it arrived on; 136 at the end
    HELDOUT31: 0.92,  # session 16, held back to the end: 141/150 at the start commit and at the end; 142 after one fix
    HELDOUT32: 0.92,  # session 17: 139/150 unseen, at the start commit and at the one it arrived on; 141 at the end
    HELDOUT33: 0.94,  # session 17, held back: 142/150 at the start commit, 143 before its failures were read, 145 after
    HELDOUT34: 0.90,  # session 18: 138/150 unseen, at the start commit and at the one it arrived on; 138 at the end
    HELDOUT35: 0.88,  # session 18, held back: 132/150 at the start commit and before its failures were read, 134 after
    HELDOUT36: 0.93,  # session 19: 138/150 unseen, at the start commit and at the one it arrived on; 143 at the end
    HELDOUT37: 0.90,  # session 19, held back: 139/150 at the start commit and before its failures were read, 139 after
    HELDOUT38: 0.94,  # session 20: 140/150 unseen, at the start commit and at the one it arrived on; 142 at the end
    HELDOUT39: 0.94,  # session 20, held back: 140/150 at the start commit and before its failures were read, 142 after
    HELDOUT40: 0.97,  # session 21: 147/150 unseen, at the start commit and at the one it arrived on; 149 at the end
    HELDOUT41: 0.90,  # session 21, held back: 132/150 at the start commit and before its failures were read, 137 after
    HELDOUT42: 0.95,  # session 22: 127/150 unseen (voice messages: "năm hai không hai mốt"), 143 at the end
    HELDOUT43: 0.91,  # session 22, held back: 135/150 at the start commit and before its failures were read, 137 after
    HELDOUT44: 0.91,  # session 23: 135/150 unseen (time as spoken: "năm kia", "tháng 6/2023"), 138 at the end
    HELDOUT45: 0.72,  # session 23, held back: 92/150 unseen (long formal requests); 109 at the end, failures never read
    HELDOUT46: 0.75,  # session 23: 90/150 unseen (written mid-session in held-out 45's style, to be read), 113 at the end
    HELDOUT47: 0.91,  # session 24: 136/150 unseen (everyday questions on figures the dev set leaves out), 139 at the end
    HELDOUT48: 0.86,  # session 24, held back: 130/150 unseen and before its failures were read (rises and comparisons), 132 after
    HELDOUT49: 0.93,  # session 25: 141/150 unseen (hurried thumbs: "bn dv ket nap 2022", Telex slips), 141 at the end
    HELDOUT50: 0.89,  # session 25, held back: 135/150 unseen (appendix cells, footnote items, two figures), failures never read
    HELDOUT51: 0.85,  # session 25, written mid-session: 128/150 unseen (party-building figures asked two or three ways), 129 at the end
    HELDOUT52: 0.92,  # session 26: 136/150 unseen (comparisons and rates asked as in a briefing), 139 at the end
    HELDOUT53: 0.89,  # session 26, held back: 133/150 unseen (chatty, informal wording; near misses), 134 at the end, failures never read
    HELDOUT54: 0.89,  # session 27: 133/150 unseen (a year, a half year or a stretch of the term, each with its unit word), 135 at the end
    HELDOUT55: 0.91,  # session 27, held back: 138/150 unseen (officials' shorthand, footnote details, near misses), 138 at the end, failures never read
    HELDOUT56: 0.90,  # session 28: 132/150 unseen (where a figure stands and how it is counted), 136 at the end
    HELDOUT57: 0.90,  # session 28, held back: 136/150 unseen (near misses of body, year, unit, plan), 136 at the end, failures never read
    HELDOUT58: 0.88,  # session 29: 132/150 unseen (phone-typed fragments: "ke61t na5p 2021", "kỷ luật cảnh cáo bn"), 133 at the end
    HELDOUT59: 0.82,  # session 29, held back: 124/150 unseen (a figure checked before it is quoted; totals and parts), 124 at the end, failures never read
    HELDOUT60: 0.91,  # session 30: 137/150 unseen (results stated outright beside near twins needing arithmetic), 138 at the end
    HELDOUT61: 0.86,  # session 30, held back: 130/150 unseen (regional and polite voices, English words), 130 at the end, failures never read
    HELDOUT62: 0.82,  # session 31: 122/150 unseen (a figure with its target or last year's, two figures at once), 124 at the end
    HELDOUT63: 0.81,  # session 31, held back: 123/150 unseen (a newcomer's everyday words, near misses), 123 at the end, failures never read
    HELDOUT64: 0.90,  # session 32: 135/150 unseen (a figure pointed at by where it stands, a target met and by how much), 136 at the end
    HELDOUT65: 0.88,  # session 32, held back: 133/150 unseen (typed on a phone in a hurry), 133 at the end, failures never read
    HELDOUT66: 0.89,  # session 33: 133/150 unseen (how much more or less, a target and what was reached), 135 at the end
    HELDOUT67: 0.83,  # session 33, held back: 126/150 unseen (dictated by voice typing), 126 at the end, failures never read
    HELDOUT68: 0.88,  # session 34: 131/150 unseen (one part of a total, a figure given as context), 133 at the end
    HELDOUT69: 0.79,  # session 34, held back: 120/150 unseen (a newcomer's descriptions), 120 at the end, failures never read
}
# Out-of-scope questions of the later sets still answered with a figure: known defects, with the reason.
LATER_KNOWN_OOS: dict[str, str] = {
    "x013": "'thu nhập … đầu nhiệm kỳ' of firms: today's 10,4 is given (the report has only the rise since then)",
    "x112": "'công đoàn' (the trade union), named in no sentence of the report: the youth union's 2.557 are given",
    "z087": "'cả năm 2023' of the rate inspected: a half year's 4,72 is given (the report stops at mid-2023)",
    "z110": "the resolution's target of workers' income: another target (90) whose words fit is given",
    "d031": "the members of another body's youth union ('Đoàn Khối các ngân hàng Trung ương'): the Khối's 2.557 are given",
    "ha043": "'chi bộ trên 30 đảng viên' (a threshold): a count of cells merged 'trên cơ sở hợp nhất' (2) is given",
    "hf115": "'lớp trung cấp lý luận chính trị' (a level of training): the classes of political theory (6) are given",
    "hj019": "'chi bộ trực thuộc đảng ủy cơ sở' typed as keywords: the course for committee members (998) is given",
    "hl026": "cadres rotated in the half term: the 4 cadres under the provincial standing committee rated are given",
    "ho068": "the banks' payments into the budget, their rise: the firms' 40,88% rise is given (the banks' sum has none)",
    "ho069": "workers' income at the term's start: today's 10,4 is given (the report has only the rise since then)",
    "hs145": "workers' income at the term's start: today's 10,4 is given (the report has only the rise since then)",
    "ht073": "workers' income at the term's start, unaccented: today's 10,4 is given (held back; seen only as this list)",
    "ht082": "new members the youth union admitted: its best members admitted to the Party (464) are given (held back, as above)",
    # held-out 57 (held back; seen only as this list, answered so at the start commit too)
    "hx076": "the banks' profit against last year: the firms' after-tax profit (120,3%) is given",
    "hx080": "the rate of members taking in resolutions in the second half of 2023: the first half's 98,66 is given",
    "hx081": "blood given in litres: the units of blood (2.986) are given",
    "hx082": "money to workers in hardship from covid: a support sum (2,5) is given",
    "hy082": "the delegates to the seventh congress: an essay contest's entries (1.200) are given",
    "ia137": "members of 2022 against 2021 (arithmetic the report never does): the transfers of 2022 (578) are given",
    # held-out 61 (held back; seen only as this list, answered so at the start commit too)
    "ib078": "cadres rotated: the 4 cadres under the provincial standing committee rated are given",
    # held-out 62 (answered so at the start commit too)
    "ic037": "the entries of one essay contest alone: the 1.200 entries the report gives for the contest as a whole are given",
    "ic038": "the essay contest's first prizes at the provincial level: the Khối's prizes (46) are given",
    # held-out 63 (held back; seen only as this list, answered so at the start commit too)
    "id140": "'lớp trung cấp lý luận chính trị' (a level of training): the high-level course's 85 are given",
    # held-out 66 (answered so at the start commit too)
    "ig071": "workers' income at the term's start: today's 10,4 is given (the report has only the rise since then)",
    # held-out 67 (held back; seen only as this list, answered so at the start commit too)
    "ih066": "the members admitted in the whole of 2023, the year spelt out in words: a target (203) is given",
    # held-out 68 (answered so at the start commit too)
    "ii004": "workers' income at the term's start: today's 10,4 is given (the report has only the rise since then)",
    "ii009": "youth bases of the banks among the 37: the 6 bank youth organisations handed over are given",
    "ii058": "a resolution's target for the members in all: the target for admissions (1.200) is given",
    "ii107": "the entries of young members among the 1.200: the entries chosen for the province (36) are given",
    # held-out 69 (held back; seen only as this list, answered so at the start commit too)
    "ij060": "workers' income at the term's start: today's 10,4 is given (the report has only the rise since then)",
}
# The dev set is what the matcher is tuned on: 45/45 when written; a few slips are tolerated.
DEV_FLOOR = 0.93

# Out-of-scope questions the engine still answers with a figure (status "answered"), each a known
# matcher defect reported to the lead, with the reason; remove an id once the engine declines it.
# None at da162fb. (h164 "đảng bộ khối có tổng cộng bao nhiêu chi bộ" was answered "1" from
# footnote 11 until 444bad6; it is now "ambiguous", which check.py counts as declined, and is
# printed below with the other out-of-scope questions that still show candidate figures.)
KNOWN_OOS_ANSWERED: dict[str, str] = {}


# --- the judge of check.py, copied (check.py may be missing on CI) ------------------------------------


def same(a: object, b: object) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def values(items: object) -> list[object]:
    return [i.get("value") for i in items or [] if isinstance(i, dict)]  # type: ignore[attr-defined]


def judge(q: dict[str, Any], r: dict[str, Any]) -> tuple[bool, str]:
    exp, status = q["expect"], r.get("status")
    if not exp:
        return status != "answered", f"status={status} answer={(r.get('answer') or {}).get('value')}"
    ans = r.get("answer") or {}
    if q.get("style") == "conflict":
        seen = [ans.get("value"), *values(r.get("alternatives"))]
        ok = status in ("answered", "ambiguous") and all(any(same(s, e) for s in seen) for e in exp)
        return ok, f"status={status} seen={seen}"
    seen = [ans.get("value"), *values(r.get("parts")), *values(r.get("alternatives"))]
    missing = [e for e in exp if not any(same(s, e) for s in seen)]
    if status == "answered":
        ok = any(same(ans.get("value"), e) for e in exp)
    else:
        ok = status == "ambiguous" and len(exp) > 1
    return ok and not missing, f"status={status} value={ans.get('value')} parts={values(r.get('parts'))} missing={missing}"


# --- running a set ------------------------------------------------------------------------------------------


Run = list[tuple[dict[str, Any], dict[str, Any]]]  # (question, answer line as ask --json prints it)


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def run_set(engine: Engine, path: Path) -> Run:
    out = []
    for q in load(path):
        line = json.dumps(engine.ask(q["q"].replace("\n", " ")).to_json(), ensure_ascii=False)
        out.append((q, json.loads(line)))
    return out


def score(run: Run, judged: Callable[[dict[str, Any], dict[str, Any]], tuple[bool, str]] = judge) -> dict[str, list[int]]:
    by_style: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for q, r in run:
        ok, _ = judged(q, r)
        by_style[q.get("style", "?")][0] += ok
        by_style[q.get("style", "?")][1] += 1
    return dict(by_style)


def report(name: str, run: Run) -> str:
    styles = score(run)
    passed, total = sum(v[0] for v in styles.values()), sum(v[1] for v in styles.values())
    lines = [f"{name}: {passed}/{total} = {passed / total:.3f}"]
    lines += [f"  {style:12s} {k:4d}/{n:<4d} {k / n:.3f}" for style, (k, n) in sorted(styles.items())]
    fails = [(q, judge(q, r)[1]) for q, r in run if not judge(q, r)[0]]
    lines.append(f"  failures ({len(fails)}):")
    lines += [f"    {q['id']} [{q.get('style')}] {q['q']!r} expect={q['expect']} -> {why}" for q, why in fails]
    return "\n".join(lines)


def share(run: Run) -> float:
    return sum(judge(q, r)[0] for q, r in run) / len(run)


def oos_answered(run: Run) -> dict[str, Any]:
    return {q["id"]: r["answer"]["value"] for q, r in run if not q["expect"] and r["status"] == "answered"}


@pytest.fixture(scope="module")
def heldout(engine: Engine) -> Run:
    return run_set(engine, HELDOUT)


@pytest.fixture(scope="module")
def heldout2(engine: Engine) -> Run:
    return run_set(engine, HELDOUT2)


@pytest.fixture(scope="module")
def dev(engine: Engine) -> Run:
    if not DEV.exists():
        pytest.skip(f"no dev set at {DEV}")
    return run_set(engine, DEV)


needs_check_py = pytest.mark.skipif(not CHECK.exists(), reason=f"no {CHECK}")


# --- (a) out of scope: no figure ----------------------------------------------------------------------------


def test_known_exceptions_are_out_of_scope_questions_of_the_held_out_set() -> None:
    oos = {q["id"] for q in load(HELDOUT) if not q["expect"]}
    assert set(KNOWN_OOS_ANSWERED) <= oos
    assert len(oos) == 30


def test_heldout_out_of_scope_questions_get_no_figure(heldout: Run, capsys: pytest.CaptureFixture[str]) -> None:
    answered = oos_answered(heldout)
    unexpected = {i: v for i, v in answered.items() if i not in KNOWN_OOS_ANSWERED}
    fixed = sorted(set(KNOWN_OOS_ANSWERED) - set(answered))
    if fixed:
        with capsys.disabled():
            print(f"\nheld-out: known exceptions now declined, remove them from KNOWN_OOS_ANSWERED: {fixed}")
    shown = [q["id"] for q, r in heldout if not q["expect"] and r["status"] == "ambiguous"]
    if shown:
        with capsys.disabled():
            print(f"\nheld-out: out-of-scope questions answered 'ambiguous' (figures offered as choices): {shown}")
    questions = {q["id"]: q["q"] for q, _ in heldout}
    assert not unexpected, {i: (questions[i], v) for i, v in unexpected.items()}


def test_dev_out_of_scope_questions_get_no_figure(dev: Run) -> None:
    answered = oos_answered(dev)
    assert not answered, {q["id"]: (q["q"], answered[q["id"]]) for q, _ in dev if q["id"] in answered}


# --- (b) the share passed -------------------------------------------------------------------------------------


def test_heldout_share_stays_above_the_floor(heldout: Run, capsys: pytest.CaptureFixture[str]) -> None:
    text = report("held-out", heldout)
    with capsys.disabled():
        print("\n" + text.split("\n  failures")[0])
    assert share(heldout) >= HELDOUT_FLOOR, text


def test_second_heldout_share_stays_above_the_floor(heldout2: Run, capsys: pytest.CaptureFixture[str]) -> None:
    text = report("held-out 2", heldout2)
    with capsys.disabled():
        print("\n" + text.split("\n  failures")[0])
    assert share(heldout2) >= HELDOUT2_FLOOR, text
    assert not oos_answered(heldout2), oos_answered(heldout2)


@pytest.mark.parametrize("path", list(LATER_FLOORS), ids=["set3", "set4", "set6", "set8", "set9", "set10", "set11", "set12", "set13", "set14", "set15", "set16", "set17", "set18", "set19", "set20", "set21", "set22", "set23", "set24", "set25", "set26", "set27", "set28", "set29", "set30", "set31", "set32", "set33", "set34", "set35", "set36", "set37", "set38", "set39", "set40", "set41", "set42", "set43", "set44", "set45", "set46", "set47", "set48", "set49", "set50", "set51", "set52", "set53", "set54", "set55", "set56", "set57", "set58", "set59", "set60", "set61", "set62", "set63", "set64", "set65", "set66", "set67", "set68", "set69"])
def test_later_heldout_sets_stay_above_their_floors(
    engine: Engine, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_set(engine, path)
    text = report(path.stem, run)
    with capsys.disabled():
        print("\n" + text.split("\n  failures")[0])
    assert share(run) >= LATER_FLOORS[path], text
    unexpected = {i: v for i, v in oos_answered(run).items() if i not in LATER_KNOWN_OOS}
    assert not unexpected, unexpected


def test_dev_share_stays_above_the_floor(dev: Run, capsys: pytest.CaptureFixture[str]) -> None:
    text = report("dev", dev)
    with capsys.disabled():
        print("\n" + text.split("\n  failures")[0])
    assert share(dev) >= DEV_FLOOR, text


def test_every_line_of_the_sets_is_judged(heldout: Run) -> None:
    assert len(heldout) == 220
    assert all(r["status"] in ("answered", "ambiguous", "not_found") for _, r in heldout)


# --- the copied judge is check.py's --------------------------------------------------------------------------


@needs_check_py
def test_the_judge_is_the_one_of_check_py(heldout: Run) -> None:
    spec = importlib.util.spec_from_file_location("shared_eval_check", CHECK)
    assert spec is not None and spec.loader is not None
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    for q, r in heldout:
        assert judge(q, r) == check.judge(q, r), q["id"]
    assert score(heldout, check.judge) == score(heldout)
