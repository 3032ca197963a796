"""The command line as another program sees it: ``python -m bot load|facts|init --db sqlite:///…``.

Each call is a real subprocess against a real SQLite file; the calls are made once (module
fixture ``cli``) and those that do not depend on each other run concurrently, since every
interpreter start costs about a second. The whole list of bad inputs goes through the same
``main()`` in-process (exit code, stderr, database unchanged).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from bot.cli import main
from knowledge import texts
from knowledge.figures import Fact
from knowledge.loading import load_report_file
from knowledge.models import FactRow, Report
from knowledge.store import make_engine
from tests.conftest import BUNDLED, NUMBER, ROOT, SMALL_FACTS, SMALL_NUMBER, db_state
from tests.test_loading import BAD_INPUTS, scanned_pdf, write_input

JSON_KEYS = {"id", "report", "value", "unit", "label", "period", "kind", "locator", "quote", "parent", "conflicts_with"}
APPENDIX_DATA_ROWS = 59  # the appendix's rows without the header repeated on each of its 5 pages


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "TELEGRAM_BOT_TOKEN")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def run_all(calls: dict[str, Callable[[], subprocess.CompletedProcess[str]]]) -> dict[str, subprocess.CompletedProcess[str]]:
    """Run independent CLI calls concurrently (each is a fresh interpreter: about a second of start-up)."""
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures = {name: pool.submit(call) for name, call in calls.items()}
        return {name: future.result() for name, future in futures.items()}


def reports_in(url: str) -> list[tuple[str, int, bool]]:
    with Session(make_engine(url)) as s:
        return [(r.number, r.version, r.active) for r in s.exec(select(Report).order_by(col(Report.id))).all()]


FAILURES = {
    # id: (file name, content or None for a missing file, expected stderr); the other bad inputs go in-process
    "pdf-scan": ("quet.pdf", scanned_pdf(), texts.ERR_PDF_SCAN.format(path="quet.pdf")),
}


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory, small_report: Path) -> dict[str, object]:
    """Every subprocess call of this module, run once and at the same time.

    - ``bundled``: the bundled report into an empty database;
    - ``small``: a small report into another empty database;
    - ``fail:<case>``: a bad file into its own database holding the small report;
    - ``facts``: ``facts --json --report 161-BC/ĐUK`` over a database holding both reports;
    - ``init`` on a database that does not exist yet.
    """
    folder = tmp_path_factory.mktemp("cli")
    urls = {name: f"sqlite:///{folder / name / 'baocao.db'}" for name in ("bundled", "small", "facts", "init")}
    both = make_engine(urls["facts"])
    load_report_file(both, BUNDLED)
    load_report_file(both, small_report)
    calls: dict[str, Callable[[], subprocess.CompletedProcess[str]]] = {
        "bundled": lambda: run_cli("load", str(BUNDLED), "--db", urls["bundled"], cwd=folder),
        "small": lambda: run_cli("load", str(small_report), "--db", urls["small"], cwd=folder),
        "facts": lambda: run_cli("facts", "--db", urls["facts"], "--json", "--report", NUMBER, cwd=folder),
        "init": lambda: run_cli("init", "--db", urls["init"], cwd=folder),
    }
    before = {}
    for case, (name, content, _) in FAILURES.items():
        path = folder / name
        if content is not None:
            path.write_bytes(content)
        url = urls[f"fail:{case}"] = f"sqlite:///{folder / f'fail-{case}.db'}"
        load_report_file(make_engine(url), small_report)
        before[f"fail:{case}"] = db_state(make_engine(url))
        calls[f"fail:{case}"] = lambda path=path, url=url: run_cli("load", str(path), "--db", url, cwd=folder)  # type: ignore[misc]
    runs = run_all(calls)
    before["bundled"] = db_state(make_engine(urls["bundled"]))
    with Session(both) as s:
        stored = {row.id: row for row in s.exec(select(FactRow)).all()}
        report_ids = {r.number: r.id for r in s.exec(select(Report)).all()}
    return {**runs, "urls": urls, "before": before, "stored": stored, "report_ids": report_ids}


def facts_json(run: subprocess.CompletedProcess[str]) -> list[dict]:
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


# --- load ---------------------------------------------------------------------------------------------


def test_load_prints_a_vietnamese_summary_and_exits_0(cli: dict, facts: list[Fact]) -> None:
    run = cli["bundled"]
    assert (run.returncode, run.stderr) == (0, "")
    summary = run.stdout.strip()
    assert summary.startswith(f"Đã nạp báo cáo {NUMBER} ngày 25/7/2023:")
    assert f"{len(facts)} số liệu" in summary
    assert "26 chú thích" in summary
    assert "4 chỗ số liệu không khớp" in summary
    assert f"{APPENDIX_DATA_ROWS} dòng phụ lục" in summary  # the header repeated on each page is not a row


def test_load_stores_every_fact(cli: dict, facts: list[Fact]) -> None:
    state = cli["before"]["bundled"]
    assert state["reports"][0][:3] == (NUMBER, 1, True)
    assert (len(state["reports"]), state["facts"], state["links"]) == (1, len(facts), 8)


def test_same_report_loaded_again_says_so_and_stores_nothing(cli: dict, capsys: pytest.CaptureFixture[str]) -> None:
    url = cli["urls"]["bundled"]
    assert main(["load", str(BUNDLED), "--db", url]) == 0
    assert capsys.readouterr().out.strip() == texts.LOAD_SAME.format(number=NUMBER)
    assert db_state(make_engine(url)) == cli["before"]["bundled"]


def test_load_into_an_empty_database_loads_only_that_report(cli: dict) -> None:
    run = cli["small"]
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"Đã nạp báo cáo {SMALL_NUMBER} ngày 15/1/2024: {SMALL_FACTS} số liệu, 1 chú thích")
    assert reports_in(cli["urls"]["small"]) == [(SMALL_NUMBER, 1, True)]


# --- load failures -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("case", FAILURES, ids=str)
def test_load_failure_exits_1_with_the_message_on_stderr(cli: dict, case: str) -> None:
    run = cli[f"fail:{case}"]
    _, _, expected = FAILURES[case]
    assert run.returncode == 1
    assert run.stdout == ""
    assert "Traceback" not in run.stderr
    assert run.stderr.strip() == expected


@pytest.mark.parametrize("case", FAILURES, ids=str)
def test_load_failure_leaves_the_database_unchanged(cli: dict, case: str) -> None:
    assert db_state(make_engine(cli["urls"][f"fail:{case}"])) == cli["before"][f"fail:{case}"]


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory: pytest.TempPathFactory, small_report: Path) -> str:
    """A database file holding the small report, shared by the in-process refusals (none may change it)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'baocao.db'}"
    load_report_file(make_engine(url), small_report)
    return url


@pytest.mark.parametrize("case", BAD_INPUTS, ids=str)
def test_every_bad_input_exits_1_in_vietnamese_and_keeps_the_database(
    case: str, tmp_path: Path, seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = seeded_url
    before = db_state(make_engine(url))
    name, content, expected = BAD_INPUTS[case]
    code = main(["load", str(write_input(tmp_path, name, content)), "--db", url])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    message = err.strip()
    assert message and "\n" not in message
    assert message in ((expected,) if isinstance(expected, str) else expected)
    assert db_state(make_engine(url)) == before


# --- facts --json ---------------------------------------------------------------------------------------------


def test_facts_json_one_object_per_fact_of_the_report(cli: dict, facts: list[Fact]) -> None:
    rows = facts_json(cli["facts"])
    assert len(rows) == len(facts)
    assert {r["report"] for r in rows} == {NUMBER}
    bundled = cli["report_ids"][NUMBER]
    assert sorted(r["id"] for r in rows) == sorted(i for i, f in cli["stored"].items() if f.report_id == bundled)


def test_facts_json_without_filter_lists_every_report(cli: dict, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "--db", cli["urls"]["facts"], "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["id"] for r in rows) == sorted(cli["stored"])
    counts = {n: sum(r["report"] == n for r in rows) for n in (NUMBER, SMALL_NUMBER)}
    assert counts == {NUMBER: len(cli["stored"]) - SMALL_FACTS, SMALL_NUMBER: SMALL_FACTS}


def test_facts_json_keys(cli: dict) -> None:
    for row in facts_json(cli["facts"]):
        assert set(row) >= JSON_KEYS, row


def test_facts_json_value_is_a_number(cli: dict) -> None:
    rows = facts_json(cli["facts"])
    assert all(type(r["value"]) in (int, float) for r in rows)
    seen = {(r["report"], r["locator"], r["value"]) for r in rows}
    assert (NUMBER, "Phần thứ nhất", 7261) in seen
    money = [r for r in rows if r["unit"] == "tỷ đồng" and r["value"] == 20331.5]
    assert len(money) == 1 and type(money[0]["value"]) is float


def test_facts_json_fields_as_stored(cli: dict) -> None:
    stored = cli["stored"]
    for row in facts_json(cli["facts"]):
        fact = stored[row["id"]]
        assert (row["unit"], row["label"], row["period"], row["kind"], row["locator"], row["quote"], row["parent"]) == (
            fact.unit, fact.label, fact.period, fact.kind, fact.locator, fact.quote, fact.parent_id,
        )
        assert row["value"] == float(fact.value)


def test_facts_json_parent_and_conflicts_are_ids(cli: dict) -> None:
    rows = {r["id"]: r for r in facts_json(cli["facts"])}
    part = next(r for r in rows.values() if r["locator"].endswith("› Xóa tên") and r["period"] == "2021")
    assert rows[part["parent"]]["value"] == 10
    assert rows[part["parent"]]["label"] == "Xóa tên và khai trừ đảng"
    linked = [r for r in rows.values() if r["conflicts_with"]]
    assert len(linked) == 8
    for row in linked:
        assert all(row["id"] in rows[other]["conflicts_with"] for other in row["conflicts_with"])
    moved_in = next(r for r in linked if r["value"] == 588)
    assert [rows[i]["value"] for i in moved_in["conflicts_with"]] == [558]


# --- init -------------------------------------------------------------------------------------------------------


def test_init_creates_the_database_with_the_bundled_report(cli: dict, facts: list[Fact]) -> None:
    run = cli["init"]
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"{NUMBER} (25/7/2023): {len(facts)} số liệu"
    assert reports_in(cli["urls"]["init"]) == [(NUMBER, 1, True)]


def test_init_twice_does_not_load_again(cli: dict, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--db", cli["urls"]["init"]]) == 0
    assert capsys.readouterr().out == cli["init"].stdout
    assert reports_in(cli["urls"]["init"]) == [(NUMBER, 1, True)]


def test_python_outside_the_venv_runs_the_bot_in_it(tmp_path: Path) -> None:
    """`python -m bot` from the machine's own Python (as check.py calls it) answers through the project's .venv."""
    base = Path(sys.base_prefix) / "bin" / "python3"
    if Path(sys.prefix).resolve() == Path(sys.base_prefix).resolve() or not base.exists():
        pytest.skip("tests do not run in a virtual environment")
    if not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("no .venv in the project")
    url = f"sqlite:///{tmp_path / 'outside.db'}"
    assert main(["load", str(BUNDLED), "--db", url]) == 0
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "TELEGRAM_BOT_TOKEN", "VIRTUAL_ENV")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [str(base), "-m", "bot", "ask", "--json", "--db", url],
        input="bao nhiêu đảng viên bị kỷ luật\n", cwd=ROOT, env=env, capture_output=True, text=True,
        encoding="utf-8", timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert (answer["status"], answer["answer"]["value"]) == ("answered", 39)
