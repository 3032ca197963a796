"""Fixtures for the Telegram tests: the fake Bot API server and the real bot process (one per module)."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine as Database
from sqlmodel import Session, create_engine, select

from handlers.callbacks import CallbackCodec
from knowledge.access import AccessService
from knowledge.answer import Answer
from knowledge.engine import Engine
from knowledge.models import QuestionLog
from tests.telegram.fakebotapi import Call, FakeBotApi, User, group_chat

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123:ABC"
ADMIN = User(1000, "Quản trị", "quantri")
REPORT_DOCX = ROOT / "knowledge" / "reports" / "161-BC-DUK-2023.docx"
REPORT_TXT = ROOT / "knowledge" / "reports" / "161-BC-DUK-2023.txt"
FLOOD_BURST = 10
FLOOD_PER_SECOND = 1.0


def bot_command() -> list[str]:
    """``python -m bot serve`` once the CLI exists; until then, ``serve`` called directly."""
    if (ROOT / "bot" / "cli.py").exists():
        return [sys.executable, "-m", "bot", "serve"]
    code = "from bot.settings import Settings; from bot.application import serve; serve(Settings())"
    return [sys.executable, "-c", code]


@dataclass
class BotProcess:
    """The real bot, running as a subprocess against the fake server."""

    proc: subprocess.Popen[bytes]
    log: Path
    database_url: str
    _db: Database | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = create_engine(self.database_url)
        return self._db

    def access(self) -> AccessService:
        return AccessService(self.db, {ADMIN.id})

    def questions(self, user_id: int) -> list[QuestionLog]:
        with Session(self.db) as session:
            return list(session.exec(select(QuestionLog).where(QuestionLog.user_id == user_id)).all())

    def log_tail(self, lines: int = 60) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture(scope="module")
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def bot_process(api: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """Start ``python -m bot serve`` once per module and wait until it polls."""
    folder = tmp_path_factory.mktemp("bot")
    database_url = f"sqlite:///{folder / 'bot.db'}"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "TELEGRAM_API_BASE_FILE_URL": api.base_file_url,
        "ADMIN_IDS": str(ADMIN.id),
        "DATABASE_URL": database_url,
        "FLOOD_BURST": str(FLOOD_BURST),
        "FLOOD_PER_SECOND": str(FLOOD_PER_SECOND),
        "LOG_LEVEL": "INFO",
    }
    log = folder / "bot.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(bot_command(), cwd=folder, env=env, stdout=out, stderr=subprocess.STDOUT)
    process = BotProcess(proc, log, database_url)
    try:
        wait_until_polling(api, process)
        yield process
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            api.hurry()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if process._db is not None:
            process._db.dispose()


def wait_until_polling(api: FakeBotApi, process: BotProcess, timeout: float = 120.0) -> None:
    """The bot is ready once it asks for updates (post_init, with the engine, is done by then)."""
    for _ in range(int(timeout)):
        if api.wait_polls(1, timeout=1.0):
            return
        if process.proc.poll() is not None:
            raise RuntimeError(f"the bot exited with {process.proc.returncode}:\n{process.log_tail()}")
    raise RuntimeError(f"the bot did not start polling in {timeout}s:\n{process.log_tail()}")


_user_ids = itertools.count(2000)


class Tg:
    """What a test does with Telegram: people type and press; the bot's calls are waited for."""

    def __init__(self, api: FakeBotApi, bot: BotProcess) -> None:
        self.api = api
        self.bot = bot
        self.codec = CallbackCodec(TOKEN)

    def user(self, name: str = "Người dùng") -> User:
        """A new stranger (not a member)."""
        uid = next(_user_ids)
        return User(uid, f"{name} {uid}", f"user{uid}")

    def member(self, name: str = "Thành viên") -> User:
        """A new member, invited by the admin (written straight to the bot's database)."""
        person = self.user(name)
        access = self.bot.access()
        invite = access.create_invite(ADMIN.id)
        access.redeem(invite.token, person.id, person.first_name)
        return person

    def group(self, title: str = "Nhóm") -> dict[str, Any]:
        return group_chat(-1001000000000 - next(_user_ids), title)

    def ask(self, person: User, text: str, **kwargs: object) -> Call:
        """``person`` types ``text``; returns the bot's reply to that chat."""
        chat = kwargs.get("chat") or person.chat
        chat_id = int(chat["id"])  # type: ignore[index]
        before = len(self.api.sent("sendMessage", chat_id))
        self.api.send_text(person, text, **kwargs)  # type: ignore[arg-type]
        return self.api.wait_sent(chat_id, count=before + 1)[-1]

    def press(self, person: User, reply: Call, label: str) -> str:
        """``person`` presses the button labelled ``label`` under the bot's ``reply``."""
        return self.api.press(person, reply.result, reply.button(label))

    def click(self, person: User, reply: Call, data: str, method: str = "sendMessage") -> Call:
        """``person`` presses the button with ``data`` under ``reply``; returns the bot's next ``method`` call."""
        chat_id = int(reply.result["chat"]["id"])
        before = len(self.api.sent(method, chat_id))
        self.api.press(person, reply.result, data)
        return self.api.wait_sent(chat_id, method=method, count=before + 1)[-1]

    def answered(self, query_id: str) -> Call:
        """The bot's answerCallbackQuery for a press."""
        return self.api.wait_for(
            lambda c: c.method == "answerCallbackQuery" and c.params.get("callback_query_id") == query_id
        )[0]

    def sentinel(self, person: User, chat: dict[str, Any] | None = None) -> None:
        """Ask something the bot surely answers, and wait: earlier updates have been handled by then."""
        self.ask(person, "/help", chat=chat)


@pytest.fixture
def tg(api: FakeBotApi, bot_process: BotProcess) -> Tg:
    """Per test: a clean record of calls on the module's server and bot."""
    api.reset()
    return Tg(api, bot_process)


@pytest.fixture(scope="module")
def engine(bot_process: BotProcess) -> Engine:
    """The real engine on the bot's database, to know what the bot should say."""
    return Engine.open(bot_process.database_url)


def pick(
    engine: Engine, questions: Iterable[str], wanted: Callable[[Answer], bool], skip_reason: str = ""
) -> tuple[str, Answer]:
    """The first question the engine answers the wanted way (the engine evolves; the scenario stays).

    None fits: the test fails, or is skipped with ``skip_reason`` when the engine may rightly offer
    no such answer at all (then the bot's part is covered by the unit tests).
    """
    tried = []
    for question in questions:
        answer = engine.ask(question)
        if wanted(answer):
            return question, answer
        tried.append(f"{question!r} → {answer.status}")
    message = "no question fits this scenario any more; tried: " + "; ".join(tried)
    if skip_reason:
        pytest.skip(f"{skip_reason} ({message})")
    pytest.fail(message)
