"""Telegram handlers: turn an Update into an engine call, and an Answer into a message.

Everything is registered here, in one place; see ``register`` for the order.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from handlers import admin, asking, buttons, commands, errors, inline, misc
from handlers.guard import guard

MEDIA = (
    filters.Sticker.ALL
    | filters.PHOTO
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.LOCATION
    | filters.VENUE
    | filters.CONTACT
    | filters.POLL
    | filters.Dice.ALL
)
NEW = filters.UpdateType.MESSAGE  # new messages only; edits are handled on their own


def register(application: Application) -> None:  # type: ignore[type-arg]
    """All handlers, grouped; within a group the first match wins, so specific comes before general."""
    # Group -1: the guard sees every update first; it stops noise, floods and strangers.
    application.add_handler(TypeHandler(Update, guard), group=-1)

    # Group 0, in order:
    # 1. edits, channel posts and forwards are never questions;
    application.add_handler(MessageHandler(filters.UpdateType.EDITED, misc.edited))
    application.add_handler(MessageHandler(NEW & filters.FORWARDED, misc.forwarded))
    # 2. commands (before the catch-all for unknown ones);
    application.add_handler(CommandHandler("start", commands.start, filters=NEW))
    application.add_handler(CommandHandler("help", commands.help_command, filters=NEW))
    application.add_handler(CommandHandler("hoi", asking.hoi, filters=NEW))
    application.add_handler(CommandHandler("baocao", commands.baocao, filters=NEW))
    application.add_handler(CommandHandler("chude", commands.chude, filters=NEW))
    application.add_handler(CommandHandler("chitieu", commands.chitieu, filters=NEW))
    application.add_handler(CommandHandler("moi", admin.moi, filters=NEW))
    application.add_handler(CommandHandler("thanhvien", admin.thanhvien, filters=NEW))
    application.add_handler(CommandHandler("chophepnhom", admin.chophepnhom, filters=NEW))
    application.add_handler(CommandHandler("thongke", admin.thongke, filters=NEW))
    application.add_handler(MessageHandler(NEW & filters.COMMAND, misc.unknown_command))
    # 3. questions: any text in private chats; in groups only what the guard let through (for the bot);
    application.add_handler(
        MessageHandler(NEW & filters.TEXT & filters.ChatType.PRIVATE, asking.private_text)
    )
    application.add_handler(MessageHandler(NEW & filters.TEXT & filters.ChatType.GROUPS, asking.group_text))
    # 4. documents (admins load reports) and everything else that is not text;
    application.add_handler(MessageHandler(NEW & filters.Document.ALL, admin.document))
    application.add_handler(MessageHandler(NEW & MEDIA, misc.text_only))
    # 5. buttons and inline mode.
    application.add_handler(CallbackQueryHandler(buttons.on_button))
    application.add_handler(InlineQueryHandler(inline.inline_query))

    application.add_error_handler(errors.on_error)
