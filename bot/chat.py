"""The terminal chat: the same replies the Telegram bot sends, as plain text."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.cli_texts import CHAT_BYE, CHAT_HELP, CHAT_PROMPT, CHAT_WELCOME
from knowledge.engine import Engine
from knowledge.numbers import format_iso_date


def safe_ask(engine: Engine, question: str):  # type: ignore[no-untyped-def]
    """The CLI's guarded ask (imported late: bot.cli imports this module)."""
    from bot.cli import safe_ask as ask

    return ask(engine, question)


def run_chat(engine: Engine, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Read questions line by line and answer each; /help, /baocao and /thoat are commands."""
    inp, out = stdin or sys.stdin, stdout or sys.stdout
    interactive = inp.isatty()
    out.write(CHAT_WELCOME + "\n")
    for example in engine.examples():
        out.write(f"  • {example}\n")
    while True:
        if interactive:
            out.write(CHAT_PROMPT)
        out.flush()
        line = inp.readline()
        if not line:
            break
        text = line.strip()
        if text in ("/thoat", "/quit", "/exit", "thoát"):
            break
        if text in ("/help", "/trogiup"):
            out.write(CHAT_HELP + "\n")
            continue
        if text == "/baocao":
            for r in engine.reports():
                out.write(f"{r.number} ngày {format_iso_date(r.date)}: {r.title} — {r.facts} số liệu\n")
            continue
        out.write(safe_ask(engine, text).reply + "\n\n")
    out.write(CHAT_BYE + "\n")
    out.flush()
    return 0
