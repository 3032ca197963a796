"""Benchmark: per-question latency in-process, with the bundled report and with 100 reports loaded.

The 100 reports are variants of the bundled one (another number, figures scaled), loaded into a
temporary SQLite file. Questions: the public set and the held-out set. Not a test: prints figures.

Run: .venv/bin/python benchmarks/bench_ask.py [--reports 100]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import time
from pathlib import Path

from knowledge import store
from knowledge.engine import Engine
from knowledge.loading import BUNDLED_REPORT, load_report_file

ROOT = Path(__file__).resolve().parent.parent
QUESTION_FILES = [ROOT.parent / "shared" / "eval" / "dev_questions.jsonl", ROOT / "tests" / "data" / "questions_heldout.jsonl"]


def questions() -> list[str]:
    out: list[str] = []
    for path in QUESTION_FILES:
        if path.exists():
            out += [json.loads(line)["q"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    return out


def variant(text: str, n: int) -> str:
    """The bundled report under another number, with every plain integer figure shifted."""
    text = text.replace("Số 161-BC/ĐUK", f"Số {1000 + n}-BC/ĐUK")
    return re.sub(r"(?<![\d.,/-])(\d{2,3})(?= (?:đảng viên|tổ chức|đồng chí|lớp|đơn))", lambda m: str(int(m.group(1)) + n), text)


def latencies(engine: Engine, qs: list[str], rounds: int) -> list[float]:
    for q in qs[:20]:
        engine.ask(q)  # warm up
    out = []
    for _ in range(rounds):
        for q in qs:
            t0 = time.perf_counter()
            engine.ask(q)
            out.append((time.perf_counter() - t0) * 1000)
    return out


def report(name: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p50 = statistics.median(ms)
    p99 = ms[int(0.99 * (len(ms) - 1))]
    print(f"{name:28s} n={len(ms):5d}  p50={p50:6.2f} ms  p99={p99:6.2f} ms  max={ms[-1]:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    qs = questions()
    with tempfile.TemporaryDirectory() as tmp:
        one = Engine.open(f"sqlite:///{tmp}/one.db")
        report(f"1 report ({one.index.n} facts)", latencies(one, qs, args.rounds))
        url = f"sqlite:///{tmp}/many.db"
        db = store.make_engine(url)
        text = BUNDLED_REPORT.read_text("utf-8")
        t0 = time.perf_counter()
        load_report_file(db, BUNDLED_REPORT)
        for n in range(1, args.reports):
            path = Path(tmp) / f"variant-{n}.txt"
            path.write_text(variant(text, n), "utf-8")
            load_report_file(db, path)
        t1 = time.perf_counter()
        many = Engine.open(url)
        print(f"stored {args.reports} reports in {t1 - t0:.1f} s; index built in {time.perf_counter() - t1:.1f} s")
        report(f"{args.reports} reports ({many.index.n} facts)", latencies(many, qs, 1))
    print("targets: p99 ≤ 2 ms (1 report), ≤ 20 ms (100 reports)")


if __name__ == "__main__":
    main()
