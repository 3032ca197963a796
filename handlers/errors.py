"""The error handler: log with the traceback first, then a polite word to the user and a note to admins."""

from __future__ import annotations

import logging
from html import escape

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from handlers import deps, texts

logger = logging.getLogger(__name__)


def describe(update: Update) -> str:
    """A one-line, figure-free description of the update for admins."""
    kind = next(
        (k for k in ("message", "callback_query", "inline_query", "edited_message") if getattr(update, k)),
        "update",
    )
    user = update.effective_user
    chat = update.effective_chat
    return f"#{update.update_id} {kind} from {user.id if user else '?'} in {chat.id if chat else '-'}"


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log, apologise to the user, tell the admins briefly."""
    logger.error("Exception while handling an update:", exc_info=context.error)
    if not isinstance(update, Update):
        return  # polling hiccups (network, Telegram restarts) are only logged
    try:
        await apologise(update)
    except TelegramError:
        logger.warning("Could not tell the user about the error", exc_info=True)
    error = escape(f"{type(context.error).__name__}: {context.error}"[:300])
    note = texts.ERROR_ADMIN.format(error=error, update=escape(describe(update)))
    admins = deps.get(context).access.admin_ids if deps.KEY in context.bot_data else frozenset()
    for admin_id in sorted(admins):
        try:
            await context.bot.send_message(admin_id, note, parse_mode="HTML")
        except TelegramError:
            logger.warning("Could not report the error to admin %s", admin_id, exc_info=True)


async def apologise(update: Update) -> None:
    """A polite word where the user will see it; never the error itself."""
    if update.callback_query:
        await update.callback_query.answer(texts.ERROR, show_alert=True)
    elif update.inline_query:
        await update.inline_query.answer([], cache_time=0, is_personal=True)
    elif update.effective_message and update.effective_chat:
        await update.effective_message.reply_text(texts.ERROR)
