"""The command line: ``python -m bot load|facts|ask|chat|serve`` (also installed as ``baocao``)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.cli_texts import NO_TOKEN_NOTE
from knowledge import texts
from knowledge.answer import Answer
from knowledge.engine import Engine
from knowledge.errors import ReportError
from knowledge.numbers import format_iso_date


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Hỏi đáp số liệu báo cáo.")
    sub = parser.add_subparsers(dest="command", required=True)
    load = sub.add_parser("load", help="nạp một báo cáo (.txt, .docx, .pdf)")
    load.add_argument("path", type=Path)
    load.add_argument("--db", help="DATABASE_URL (mặc định: sqlite:///data/baocao.db)")
    facts = sub.add_parser("facts", help="liệt kê số liệu")
    facts.add_argument("--db")
    facts.add_argument("--report", help="số hiệu báo cáo, ví dụ 161-BC/ĐUK")
    facts.add_argument("--json", action="store_true", help="mỗi dòng một đối tượng JSON")
    ask = sub.add_parser("ask", help="hỏi một hoặc nhiều câu")
    ask.add_argument("--db")
    ask.add_argument("--json", action="store_true")
    ask.add_argument("--report")
    ask.add_argument("question", nargs="*")
    chat = sub.add_parser("chat", help="trò chuyện trong cửa sổ dòng lệnh")
    chat.add_argument("--db")
    sub.add_parser("serve", help="chạy bot Telegram (cần TELEGRAM_BOT_TOKEN)")
    init = sub.add_parser("init", help="tạo cơ sở dữ liệu và nạp báo cáo kèm theo nếu còn trống")
    init.add_argument("--db")
    run = sub.add_parser("run", help="bot Telegram nếu có token, nếu không thì trò chuyện trong dòng lệnh")
    run.add_argument("--db")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_stdio()
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ReportError as err:
        print(str(err), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): nothing more to say
        sys.stderr.close()
        return 0


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def cmd_load(args: argparse.Namespace) -> int:
    engine = Engine.open(args.db, seed=False)
    print(engine.load_file(args.path).text)
    return 0


def cmd_facts(args: argparse.Namespace) -> int:
    from knowledge.facts_export import export_facts

    engine = Engine.open(args.db)
    for row in export_facts(engine.db, args.report):
        print(json.dumps(row, ensure_ascii=False) if args.json else f"{row['id']}\t{row['value']}\t{row['unit']}\t{row['label']}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    engine = Engine.open(args.db)
    questions = [" ".join(args.question)] if args.question else None
    lines = questions if questions is not None else (line.rstrip("\n") for line in sys.stdin)
    for line in lines:
        answer = safe_ask(engine, line, args.report)
        print(json.dumps(answer.to_json(), ensure_ascii=False) if args.json else answer.reply, flush=True)
    return 0


def safe_ask(engine: Engine, question: str, report: str | None = None) -> Answer:
    """One question's answer; a failure is logged and answered politely, the batch goes on."""
    try:
        return engine.ask(question, report)
    except Exception:
        logging.getLogger(__name__).exception("question failed: %r", question)
        return Answer(question=question, status="not_found", hint=texts.INTERNAL_ERROR)


def cmd_init(args: argparse.Namespace) -> int:
    engine = Engine.open(args.db)
    for report in engine.reports():
        print(f"{report.number} ({format_iso_date(report.date)}): {report.facts} số liệu")
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.chat import run_chat

    return run_chat(Engine.open(args.db))


def cmd_serve(_args: argparse.Namespace) -> int:
    from bot.application import serve
    from bot.settings import Settings

    serve(Settings())
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """The Telegram bot when a token is configured, else the same bot in the terminal."""
    from bot.settings import Settings

    settings = Settings()
    token = settings.telegram_bot_token.get_secret_value().strip() if settings.telegram_bot_token else ""
    if not token:
        args.db = args.db or settings.database_url
        print(NO_TOKEN_NOTE, file=sys.stderr)
        return cmd_chat(args)
    from bot.application import serve

    serve(settings)
    return 0


COMMANDS = {"init": cmd_init, "load": cmd_load, "facts": cmd_facts, "ask": cmd_ask, "chat": cmd_chat, "serve": cmd_serve, "run": cmd_run}
