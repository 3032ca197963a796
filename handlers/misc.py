"""Input the bot does not take: media, edits, forwards, unknown commands, channel posts."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from handlers import texts


async def text_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice, locations...: only text questions are answered."""
    await update.effective_message.reply_text(texts.TEXT_ONLY)  # type: ignore[union-attr]


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message is not answered again; in private chats the user is told why."""
    message = update.effective_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        await message.reply_text(texts.EDITED)


async def forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A forwarded message is someone else's text, not a question to the bot."""
    await update.effective_message.reply_text(texts.FORWARDED)  # type: ignore[union-attr]


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot doesn't have; in groups only when it names this bot (others may have it)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    command = message.text.split()[0]
    if message.chat.type == ChatType.PRIVATE or command.casefold().endswith(
        f"@{context.bot.username}".casefold()
    ):
        await message.reply_text(texts.UNKNOWN_COMMAND)
