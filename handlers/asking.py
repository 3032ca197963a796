"""Questions: private text, group mentions and replies, ``/hoi`` — all through ``Engine.ask``."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from telegram import Message, Update
from telegram.ext import ContextTypes

from handlers import deps, keyboards, render, texts
from handlers.guard import strip_mention
from knowledge.answer import Answer

MAX_QUESTION = 1000  # characters; longer texts are not questions


@dataclass(frozen=True)
class Asked:
    """An answer with what the buttons need: its log id, whether a chart makes sense, the version."""

    answer: Answer
    log_id: int
    chart: bool
    version: int


def ask_and_log(d: deps.Deps, question: str, user_id: int | None, chat_id: int | None) -> Asked:
    """Blocking: ask the engine, check for a series, log the question."""
    started = time.perf_counter()
    version = d.engine.version
    answer = d.engine.ask(question)
    fact_id = answer.figure.fact_id if answer.figure else None
    chart = fact_id is not None and len(d.engine.series(fact_id)) >= 2
    latency = (time.perf_counter() - started) * 1000
    log_id = d.access.log_question(user_id, chat_id, question, answer.status, fact_id, latency)
    return Asked(answer, log_id, chart, version)


async def reply_answer(
    message: Message, context: ContextTypes.DEFAULT_TYPE, question: str, user_id: int | None
) -> None:
    """Answer ``question`` under ``message``: HTML text, source line, buttons."""
    if len(question) > MAX_QUESTION:
        await message.reply_text(texts.TOO_LONG)
        return
    d = deps.get(context)
    asked = await asyncio.to_thread(ask_and_log, d, question, user_id, message.chat_id)
    markup = keyboards.answer_keyboard(d.codec, asked.version, asked.answer, asked.log_id, asked.chart)
    await message.reply_html(render.answer_html(asked.answer), reply_markup=markup)


def user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a private chat any text is a question."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await reply_answer(message, context, message.text, user_id(update))


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group message that mentions or replies to the bot (the guard let only those through)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    question = strip_mention(message.text, context.bot.username)
    if not question:
        await message.reply_html(texts.HOI_USAGE)
        return
    await reply_answer(message, context, question, user_id(update))


async def hoi(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/hoi câu hỏi — ask anywhere, the way groups do."""
    message = update.effective_message
    assert message is not None
    question = " ".join(context.args or [])
    if not question:
        await message.reply_html(texts.HOI_USAGE)
        return
    await reply_answer(message, context, question, user_id(update))
