"""Fixtures and helpers shared by the question-answering tests (loaded with ``pytest_plugins``).

- ``engine``: one ``Engine`` for the whole session, on an in-memory SQLite database holding the
  bundled report (``Engine.open("sqlite://")`` loads it); tests only ask it questions.
- ``run_bot`` / ``run_concurrently``: the command line as another program sees it
  (``python -m bot …`` in a fresh interpreter, about a second of start-up each, so the calls a
  module needs are made once and at the same time).
- ``vn_number`` / ``shown``: how a user expects a figure to read — Vietnamese grouping written out
  here independently of ``knowledge.numbers`` ("7.261", "41,47%", "20.331,5 tỷ đồng").

The test modules import these helpers before pytest registers this file as a plugin, so it is
left as written: PYTEST_DONT_REWRITE (it holds no assert statements).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest

from knowledge import texts
from knowledge.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
REPORT = "161-BC/ĐUK"
SOURCE_PREFIX = "Nguồn: Báo cáo 161-BC/ĐUK (25/7/2023), "
STATUSES = {"answered", "ambiguous", "not_found"}

# The first line of every reply that gives no figure: "no such figure", or a hint for bad input.
NO_FIGURE_OPENINGS = (
    texts.NOT_FOUND,
    texts.EMPTY_QUESTION,
    texts.ONLY_NUMBER,
    texts.NO_CONTENT,
    texts.TOO_LONG,
    texts.PERIOD_MISSING.split("{")[0],  # "Báo cáo không có số liệu cho năm 2019. …"
)


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The bundled report in an in-memory database, opened once (read-only for the tests)."""
    return Engine.open("sqlite://")


# --- what a user reads -------------------------------------------------------------------------


def vn_number(value: str | Decimal | float) -> str:
    """'7261' → '7.261'; '41.47' → '41,47'; '20331.5' → '20.331,5' (dots group thousands, comma decimals)."""
    text = format(Decimal(str(value)).normalize(), "f")
    whole, _, frac = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{frac}" if frac else grouped


def shown(value: str | Decimal | float, unit: str) -> str:
    """A figure with its unit as printed in a reply: '7.261 đảng viên', '41,47%'."""
    number = vn_number(value)
    return f"{number}%" if unit == "%" else f"{number} {unit}".rstrip()


def opens_politely(reply: str) -> bool:
    """The reply starts with one of the engine's Vietnamese no-figure sentences."""
    first = reply.split("\n", 1)[0]
    return any(first.startswith(opening) for opening in NO_FIGURE_OPENINGS)


# --- the command line as a subprocess ------------------------------------------------------------


def bot_env() -> dict[str, str]:
    """The caller's environment without its database, token or unbuffered output (flushing is under test)."""
    dropped = ("DATABASE_URL", "TELEGRAM_BOT_TOKEN", "PYTHONUNBUFFERED")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["PYTHONPATH"] = str(ROOT)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def bot_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot", *args]


def run_bot(args: Sequence[str], cwd: Path, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m bot ARGS`` in a fresh interpreter (its own cwd, no DATABASE_URL from the caller)."""
    return subprocess.run(
        bot_command(*args),
        cwd=cwd,
        env=bot_env(),
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def run_concurrently(calls: dict[str, Callable[[], object]]) -> dict[str, object]:
    """Run independent slow calls (interpreter start-ups) at the same time."""
    with ThreadPoolExecutor(max_workers=max(2, len(calls))) as pool:
        futures = {name: pool.submit(call) for name, call in calls.items()}
        return {name: future.result() for name, future in futures.items()}
