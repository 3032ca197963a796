"""The terminal chat: ``bot.chat.run_chat(engine, stdin, stdout)`` in-process, and ``python -m bot chat``.

In-process the chat reads from and writes to ``io.StringIO`` (not a terminal: no prompt is shown).
As a subprocess (stdin piped), its reply to a question is the text ``python -m bot ask QUESTION``
prints for the same question; both calls are made once, at the same time (fixture ``processes``).
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest

from bot.chat import run_chat
from bot.cli_texts import CHAT_BYE, CHAT_HELP, CHAT_PROMPT, CHAT_WELCOME
from knowledge import texts
from knowledge.engine import Engine
from tests.answers_conftest import SOURCE_PREFIX, run_bot, run_concurrently

pytest_plugins = ["tests.answers_conftest"]

DISCIPLINED = "bao nhiêu đảng viên bị kỷ luật?"
BUDGET = "tong thu ngan sach dat bao nhieu phan tram chi tieu"


def chat(engine: Engine, typed: str) -> tuple[int, str, io.StringIO]:
    """Run the chat over ``typed``; returns the exit code, everything it wrote, and its (partly read) input."""
    stdin, stdout = io.StringIO(typed), io.StringIO()
    code = run_chat(engine, stdin, stdout)
    return code, stdout.getvalue(), stdin


def greeting(engine: Engine) -> str:
    """What the chat prints before the first question: the welcome and one line per example question."""
    return CHAT_WELCOME + "\n" + "".join(f"  • {example}\n" for example in engine.examples())


# --- in-process ------------------------------------------------------------------------------------


def test_welcome_with_three_example_questions(engine: Engine) -> None:
    code, out, _ = chat(engine, "")
    examples = engine.examples()
    assert len(examples) == 3
    assert len(set(examples)) == 3
    for example in examples:
        assert example[0].isupper() and example.endswith("?"), example
    assert out.startswith(greeting(engine))
    assert out.startswith("Chào bạn!")
    assert "/thoat" in out.split("\n")[1], "the welcome says how to leave"
    assert CHAT_PROMPT not in out, "no prompt when the input is not a terminal"
    assert code == 0


def test_a_question_gets_the_figure_and_its_source(engine: Engine) -> None:
    code, out, _ = chat(engine, DISCIPLINED + "\n")
    body = out[len(greeting(engine)):]
    lines = body.split("\n")
    assert "39 đảng viên" in lines[0]
    assert lines[1] == SOURCE_PREFIX + "Phần thứ nhất › I › 6. Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng"
    assert texts.PARTS_HEADER in lines
    for part in ("26 đảng viên", "10 đảng viên", "3 đảng viên"):
        assert part in body
    assert body == engine.ask(DISCIPLINED).reply + "\n\n" + CHAT_BYE + "\n"
    assert code == 0


def test_several_questions_in_a_row(engine: Engine) -> None:
    _, out, _ = chat(engine, f"{DISCIPLINED}\n{BUDGET}\n")
    body = out[len(greeting(engine)):]
    assert body == engine.ask(DISCIPLINED).reply + "\n\n" + engine.ask(BUDGET).reply + "\n\n" + CHAT_BYE + "\n"
    assert "41,47%" in body and "Chú thích 2 (" in body


def test_help(engine: Engine) -> None:
    _, out, _ = chat(engine, "/help\n")
    assert out == greeting(engine) + CHAT_HELP + "\n" + CHAT_BYE + "\n"
    assert "/baocao" in CHAT_HELP and "/thoat" in CHAT_HELP


def test_report_list(engine: Engine) -> None:
    _, out, _ = chat(engine, "/baocao\n")
    body = out[len(greeting(engine)):]
    listed = body.split("\n")[0]
    assert re.fullmatch(r"161-BC/ĐUK ngày 25/7/2023: BÁO CÁO sơ kết giữa nhiệm kỳ .+ — \d+ số liệu", listed), listed
    facts = int(listed.rsplit("— ", 1)[1].split()[0])
    assert facts == engine.reports()[0].facts > 100
    assert texts.NOT_FOUND not in body, "/baocao is a command, not a question"


@pytest.mark.parametrize("command", ["/thoat", "/quit", "thoát"])
def test_leaving_ends_the_chat(engine: Engine, command: str) -> None:
    code, out, stdin = chat(engine, f"{DISCIPLINED}\n{command}\n{BUDGET}\n")
    assert code == 0
    assert out.endswith(CHAT_BYE + "\n")
    assert "39 đảng viên" in out
    assert "41,47%" not in out, "nothing is answered after leaving"
    assert stdin.read() == BUDGET + "\n", "the chat stops reading at the command"


def test_end_of_input_ends_the_chat(engine: Engine) -> None:
    code, out, _ = chat(engine, DISCIPLINED)  # no newline, no /thoat: the input just ends
    assert code == 0
    assert out == greeting(engine) + engine.ask(DISCIPLINED).reply + "\n\n" + CHAT_BYE + "\n"


def test_an_empty_line_gets_a_hint(engine: Engine) -> None:
    _, out, _ = chat(engine, "\n   \n")
    body = out[len(greeting(engine)):]
    assert body == (texts.EMPTY_QUESTION + "\n\n") * 2 + CHAT_BYE + "\n"


def test_an_unknown_figure_is_said_honestly(engine: Engine) -> None:
    _, out, _ = chat(engine, "GDP của tỉnh năm 2022 là bao nhiêu\n")
    body = out[len(greeting(engine)):]
    assert body.startswith(texts.NOT_FOUND)
    assert "Nguồn:" not in body


# --- the same through ``python -m bot chat`` ---------------------------------------------------------------


@pytest.fixture(scope="module")
def processes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folders: dict[str, Path] = {name: tmp_path_factory.mktemp(name) for name in ("chat", "ask")}

    def db(name: str) -> str:
        return f"sqlite:///{folders[name] / 'x.db'}"

    typed = f"/help\n{DISCIPLINED}\n/thoat\n{BUDGET}\n"
    return run_concurrently({
        "chat": lambda: run_bot(["chat", "--db", db("chat")], folders["chat"], typed),
        "ask": lambda: run_bot(["ask", "--db", db("ask"), DISCIPLINED], folders["ask"]),
    })


def test_chat_subprocess_reply_is_the_ask_reply(engine: Engine, processes: dict[str, Any]) -> None:
    chat_run, ask_run = processes["chat"], processes["ask"]
    assert chat_run.returncode == 0, chat_run.stderr
    assert ask_run.returncode == 0, ask_run.stderr
    reply = ask_run.stdout.removesuffix("\n")
    assert "39 đảng viên" in reply and SOURCE_PREFIX in reply
    expected = greeting(engine) + CHAT_HELP + "\n" + reply + "\n\n" + CHAT_BYE + "\n"
    assert chat_run.stdout == expected


def test_chat_subprocess_writes_nothing_to_stderr(processes: dict[str, Any]) -> None:
    assert processes["chat"].stderr == ""
