"""Benchmark: reading and loading the bundled report (.txt, .docx, .pdf). Not a test: prints figures.

Run: .venv/bin/python benchmarks/bench_load.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from knowledge import store
from knowledge.figures import extract
from knowledge.links import link
from knowledge.loading import load_report_file
from knowledge.reading import read_report

REPORTS = Path(__file__).resolve().parent.parent / "knowledge" / "reports"


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(f"{'file':28s} {'read+extract+link':>18s} {'full load (new SQLite)':>24s}  (median of {args.repeat} runs, s)")
    for suffix in (".txt", ".docx", ".pdf"):
        path = REPORTS / f"161-BC-DUK-2023{suffix}"

        def parse(path: Path = path) -> None:
            link(extract(read_report(path)))

        def load(path: Path = path) -> None:
            load_report_file(store.make_engine("sqlite://"), path)

        parse_t = statistics.median(timed(parse, args.repeat))
        load_t = statistics.median(timed(load, args.repeat))
        print(f"{path.name:28s} {parse_t:18.3f} {load_t:24.3f}")
    print("target: load ≤ 1 s")


if __name__ == "__main__":
    main()
