"""Inline mode: ``@bot câu hỏi`` in any chat offers result cards that post a short cited message."""

from __future__ import annotations

import asyncio

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from handlers import deps, render, texts
from handlers.guard import HELP_START
from knowledge.answer import Figure

MAX_RESULTS = 5


def article(index: int, fig: Figure) -> InlineQueryResultArticle:
    """One card: the figure and its source; choosing it posts the cited figure."""
    content = InputTextMessageContent(render.inline_message_html(fig), parse_mode=ParseMode.HTML)
    return InlineQueryResultArticle(
        id=f"{fig.fact_id or 'x'}-{index}",
        title=render.inline_title(fig),
        description=render.inline_description(fig),
        input_message_content=content,
    )


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the typed question with up to five cards; nothing found → a hint button."""
    query = update.inline_query
    assert query is not None
    question = query.query.strip()
    figures: list[Figure] = []
    if question:
        answer = await asyncio.to_thread(deps.get(context).engine.ask, question)
        figures = [f for f in [answer.figure, *answer.alternatives, *answer.parts] if f is not None]
    results = [article(i, f) for i, f in enumerate(figures[:MAX_RESULTS])]
    button = (
        None
        if results
        else InlineQueryResultsButton(
            text=texts.INLINE_NOTHING if question else texts.INLINE_TYPE, start_parameter=HELP_START
        )
    )
    await query.answer(results, cache_time=0, is_personal=True, button=button)
