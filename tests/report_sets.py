"""The reports written as test data, and their question sets judged like ../shared/eval/check.py."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.answer import Answer
from knowledge.engine import Engine

DATA = Path(__file__).parent / "data"


def written(factory: pytest.TempPathFactory, name: str, text: str) -> Path:
    """The report text as a file, the way an admin uploads it."""
    path = factory.mktemp("report") / name
    path.write_text(text, "utf-8")
    return path


def engine_for(report: Path) -> Engine:
    """A fresh in-memory fact base holding only ``report``."""
    engine = Engine.open("sqlite://", seed=False)
    engine.load_file(report)
    return engine


def answered_with(engine: Engine, question: str, value: str) -> Answer:
    """The question is answered, with this figure (the answer, for more checks)."""
    answer = engine.ask(question)
    assert answer.status == "answered", answer.reply
    assert answer.figure is not None and answer.figure.value == Decimal(value), answer.reply
    return answer


def shown_values(answer: Answer) -> set[Decimal]:
    """The figures an answer shows: its own and its alternatives (both sides of a conflict)."""
    return {f.value for f in [answer.figure, *answer.alternatives] if f is not None}


def passed_share(engine: Engine, questions: Path, name: str) -> float:
    """The share of a question set passed (printed as "name: passed/total")."""
    qs = [json.loads(line) for line in questions.read_text("utf-8").splitlines() if line]
    passed = sum(judge(q, engine.ask(q["q"]).to_json()) for q in qs)
    print(f"\n{name}: {passed}/{len(qs)}")
    return passed / len(qs)


def judge(q: dict, r: dict) -> bool:
    """check.py's rule, in short: out of scope → no figure; conflict → both values shown; else the figure."""
    expect, status = q["expect"], r["status"]
    if not expect:
        return status != "answered"
    seen = [(r["answer"] or {}).get("value")] + [p["value"] for p in r["parts"]] + [a["value"] for a in r["alternatives"]]
    close = lambda a, b: a is not None and abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))  # noqa: E731
    if q["style"] == "conflict":
        return status in ("answered", "ambiguous") and all(any(close(s, e) for s in seen) for e in expect)
    if status == "answered":
        ok = any(close((r["answer"] or {}).get("value"), e) for e in expect)
    else:
        ok = status == "ambiguous" and len(expect) > 1
    return ok and all(any(close(s, e) for s in seen) for e in expect)
