"""The JSON contract of ``python -m bot ask --json``, as another program (the scorer, a script) sees it.

Every call is a real subprocess on a real SQLite file, made once for the module (fixture ``cli``),
the two calls at the same time since each interpreter start costs about a second:

- ``batch``: one ``ask --json`` process fed the questions of ``BATCH`` over a pipe, one at a time:
  each answer line must come back while the pipe is still open (the output is flushed per line)
  before the next question is written; then standard input is closed and the process must exit 0;
- ``args``: ``ask QUESTION…`` without ``--json``, which prints the reply text.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

from knowledge import texts
from knowledge.engine import Engine
from tests.answers_conftest import (
    REPORT,
    SOURCE_PREFIX,
    STATUSES,
    bot_command,
    bot_env,
    opens_politely,
    run_bot,
    run_concurrently,
)

pytest_plugins = ["tests.answers_conftest"]

DISCIPLINED = "bao nhiêu đảng viên bị kỷ luật?"  # 39, with its parts 26 / 10 / 3
ATTENDANCE = "tỷ lệ đảng viên tham gia sinh hoạt chi bộ đạt bao nhiêu"  # 96,25 (text) vs 96,24 (appendix)
BY_YEAR = "kết nạp đảng viên qua các năm"  # 953, and 181 / 267 / 302 / 203 by period
NEARBY = "số đảng viên nữ bị kỷ luật"  # not in the report, but discipline figures are
NOTHING_NEAR = "giá vàng hôm nay bao nhiêu"
SQL = "'; DROP TABLE fact; --"
BUDGET_SHARE = "Tổng thu ngân sách đạt bao nhiêu % chỉ tiêu?"  # 41,47: a JSON number with decimals
BATCH = [
    DISCIPLINED,
    ATTENDANCE,
    "",  # an empty line
    BY_YEAR,
    "   ",  # whitespace only
    NEARBY,
    NOTHING_NEAR,
    "2021",
    "bao nhieu dang vien duoc kiem tra",  # several figures may fit
    "xin chào",
    SQL,
    BUDGET_SHARE,  # asked after the SQL fragment: the base is still there
]
ARGS_QUESTION = ["năm", "2021", "tổng", "số", "đảng", "viên"]  # several arguments make one question
LINE_TIMEOUT = 60.0  # seconds to wait for one answer line (the first includes start-up)


def converse(cwd: Path, questions: list[str]) -> dict[str, Any]:
    """Write one question, read its answer line back before writing the next (the pipe stays open).

    ``lines``: the raw answer lines (None where none came within LINE_TIMEOUT: output not flushed);
    ``rest``: what the process printed after its standard input was closed.
    """
    proc = subprocess.Popen(
        bot_command("ask", "--json", "--db", f"sqlite:///{cwd / 'x.db'}"),
        cwd=cwd,
        env=bot_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    out: queue.Queue[str | None] = queue.Queue()

    def pump(stream: Any) -> None:
        for line in stream:
            out.put(line)
        out.put(None)  # end of output

    threading.Thread(target=pump, args=(proc.stdout,), daemon=True).start()
    lines: list[str | None] = []
    try:
        for question in questions:
            proc.stdin.write(question + "\n")
            proc.stdin.flush()
            try:
                lines.append(out.get(timeout=LINE_TIMEOUT))
            except queue.Empty:
                lines.append(None)
                break
        proc.stdin.close()
        code = proc.wait(timeout=LINE_TIMEOUT)
        rest = []
        while (line := out.get(timeout=LINE_TIMEOUT)) is not None:
            rest.append(line)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return {"lines": lines, "rest": "".join(rest), "code": code, "stderr": proc.stderr.read()}


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Both calls, each in its own folder with its own database file (created and seeded by the call)."""
    batch_dir, args_dir = tmp_path_factory.mktemp("batch"), tmp_path_factory.mktemp("args")
    return run_concurrently({
        "batch": lambda: converse(batch_dir, BATCH),
        "args": lambda: run_bot(["ask", "--db", f"sqlite:///{args_dir / 'x.db'}", *ARGS_QUESTION], args_dir),
    })


@pytest.fixture(scope="module")
def batch(cli: dict[str, Any]) -> list[dict[str, Any]]:
    done = cli["batch"]
    lines = done["lines"]
    assert None not in lines, f"no answer line within {LINE_TIMEOUT:.0f} s while stdin was open: {lines}"
    assert done["code"] == 0, done["stderr"]
    return [json.loads(line) for line in lines]


def by_question(batch: list[dict[str, Any]], question: str) -> dict[str, Any]:
    return batch[BATCH.index(question)]


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_figure_object(obj: object) -> None:
    """An answer-like object: value as a JSON number, unit, label, period, kind, source {report, locator, quote}."""
    assert isinstance(obj, dict)
    assert {"value", "unit", "label", "period", "kind", "source"} <= obj.keys()
    assert is_number(obj["value"]), obj
    assert isinstance(obj["unit"], str) and isinstance(obj["label"], str) and obj["label"]
    assert obj["period"] is None or isinstance(obj["period"], str)
    assert isinstance(obj["kind"], str) and obj["kind"]
    source = obj["source"]
    assert isinstance(source, dict) and {"report", "locator", "quote"} <= source.keys()
    assert source["report"] == REPORT
    assert isinstance(source["locator"], str) and source["locator"]
    assert isinstance(source["quote"], str) and source["quote"]


# --- one line per question, in order -----------------------------------------------------------------


def test_one_json_line_per_question_in_order(batch: list[dict[str, Any]]) -> None:
    assert len(batch) == len(BATCH)
    assert [line["question"] for line in batch] == BATCH


def test_each_line_is_one_json_object_and_nothing_else_is_printed(cli: dict[str, Any]) -> None:
    done = cli["batch"]
    for line in done["lines"]:
        assert line.endswith("\n") and "\n" not in line[:-1]
        assert isinstance(json.loads(line), dict)
    assert done["rest"] == "", "no output after the last answer"
    assert "Traceback" not in done["stderr"]


@pytest.mark.parametrize("i", range(len(BATCH)), ids=[q.strip() or repr(q) for q in BATCH])
def test_every_line_keeps_the_contract(batch: list[dict[str, Any]], i: int) -> None:
    line = batch[i]
    assert {"question", "status", "answer", "parts", "alternatives", "reply"} <= line.keys()
    assert isinstance(line["question"], str)
    assert line["status"] in STATUSES
    assert isinstance(line["reply"], str) and line["reply"].strip()
    assert isinstance(line["parts"], list) and isinstance(line["alternatives"], list)
    if line["status"] == "not_found":
        assert line["answer"] is None and line["parts"] == []
    else:
        check_figure_object(line["answer"])
    for figure in [*line["parts"], *line["alternatives"]]:
        check_figure_object(figure)


def test_the_json_reply_is_the_engine_reply(engine: Engine, batch: list[dict[str, Any]]) -> None:
    """The command line shows what the engine answers in-process (same fact base, same text)."""
    for question, line in zip(BATCH, batch, strict=True):
        assert line["reply"] == engine.ask(question).reply, question


# --- what the lines hold --------------------------------------------------------------------------------


def test_an_answer_with_its_parts(batch: list[dict[str, Any]]) -> None:
    line = by_question(batch, DISCIPLINED)
    assert line["status"] == "answered"
    assert line["answer"]["value"] == 39 and isinstance(line["answer"]["value"], int)
    assert line["answer"]["unit"] == "đảng viên"
    assert "6. Công tác kiểm tra, giám sát" in line["answer"]["source"]["locator"]
    assert "39 đảng viên" in line["answer"]["source"]["quote"]
    assert [p["value"] for p in line["parts"]] == [26, 10, 3]
    assert line["reply"].split("\n")[1].startswith(SOURCE_PREFIX)


def test_a_decimal_value_is_a_json_number(cli: dict[str, Any], batch: list[dict[str, Any]]) -> None:
    line = by_question(batch, BUDGET_SHARE)
    assert line["answer"]["value"] == pytest.approx(41.47) and isinstance(line["answer"]["value"], float)
    raw = cli["batch"]["lines"][BATCH.index(BUDGET_SHARE)]
    assert '"value": 41.47' in raw  # a number in the JSON text, not the string "41,47"
    assert "41,47%" in line["reply"]


def test_a_conflict_lists_the_other_value(batch: list[dict[str, Any]]) -> None:
    line = by_question(batch, ATTENDANCE)
    values = {line["answer"]["value"], *(a["value"] for a in line["alternatives"])}
    assert {96.25, 96.24} <= values
    assert "96,25%" in line["reply"] and "96,24%" in line["reply"]


def test_a_series_lists_the_periods_in_parts(batch: list[dict[str, Any]]) -> None:
    line = by_question(batch, BY_YEAR)
    assert line["answer"]["value"] == 953
    assert [(p["period"], p["value"]) for p in line["parts"]] == [
        ("2020", 181), ("2021", 267), ("2022", 302), ("6 tháng 2023", 203),
    ]


@pytest.mark.parametrize("question", ["", "   "], ids=["empty", "whitespace"])
def test_empty_and_blank_lines_still_get_an_answer_line(batch: list[dict[str, Any]], question: str) -> None:
    line = by_question(batch, question)
    assert line["question"] == question
    assert line["status"] == "not_found" and line["answer"] is None
    assert line["reply"] == texts.EMPTY_QUESTION


@pytest.mark.parametrize("question", ["2021", "xin chào", SQL, NOTHING_NEAR])
def test_no_figure_lines_are_polite(batch: list[dict[str, Any]], question: str) -> None:
    line = by_question(batch, question)
    assert line["status"] == "not_found" and line["answer"] is None
    assert opens_politely(line["reply"]), line["reply"]


def test_not_found_offers_nearby_topics(batch: list[dict[str, Any]]) -> None:
    line = by_question(batch, NEARBY)
    assert line["status"] == "not_found" and line["answer"] is None
    suggestions = line["suggestions"]
    assert suggestions and any("kỷ luật" in s for s in suggestions), suggestions
    reply = line["reply"].split("\n")
    assert reply[0] == texts.NOT_FOUND
    assert reply[1] == texts.SUGGEST_HEADER
    assert reply[2:] == [f"• {s}" for s in suggestions]


def test_not_found_without_nearby_topics_says_only_that(batch: list[dict[str, Any]]) -> None:
    line = by_question(batch, NOTHING_NEAR)
    assert line["suggestions"] == []
    assert line["reply"] == texts.NOT_FOUND


def test_the_database_survives_sql_in_a_question(engine: Engine, batch: list[dict[str, Any]]) -> None:
    after = batch[BATCH.index(SQL) + 1]  # the next question is still answered from the base
    assert after["status"] == "answered" and after["answer"]["value"] == pytest.approx(41.47)
    assert engine.ask(DISCIPLINED).figure is not None


# --- flushed per line -------------------------------------------------------------------------------------


def test_each_answer_is_flushed_before_the_next_question(cli: dict[str, Any]) -> None:
    """Every answer line arrived while the caller still held the pipe open (see ``converse``)."""
    lines = cli["batch"]["lines"]
    assert len(lines) == len(BATCH) and None not in lines, lines


# --- questions as arguments: the reply text ---------------------------------------------------------------


def test_question_arguments_print_the_reply_text(engine: Engine, cli: dict[str, Any]) -> None:
    done = cli["args"]
    assert done.returncode == 0, done.stderr
    question = " ".join(ARGS_QUESTION)
    assert done.stdout == engine.ask(question).reply + "\n"
    lines = done.stdout.split("\n")
    assert "7.524 đảng viên" in lines[0] and "(2021)" in lines[0]
    assert lines[1].startswith(SOURCE_PREFIX + "Phụ lục")
    assert not done.stdout.lstrip().startswith("{"), "without --json the output is text, not JSON"
