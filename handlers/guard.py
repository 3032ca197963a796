"""The door every update passes first: drop what isn't for the bot, slow floods, refuse strangers."""

from __future__ import annotations

import asyncio
import re

from telegram import Bot, InlineQueryResultsButton, Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, ContextTypes

from handlers import deps, texts
from handlers.ratelimit import Verdict

DENIED_START = "denied"  # the /start parameter of the inline "not allowed" button
HELP_START = "help"  # the /start parameter of the inline "type a question" button
NOT_INVITES = frozenset({DENIED_START, HELP_START})


def _for_this_bot(message: Message, bot: Bot) -> bool:
    """A group message addressed to the bot: a command, an @mention, or a reply to the bot."""
    if (
        message.reply_to_message
        and message.reply_to_message.from_user
        and message.reply_to_message.from_user.id == bot.id
    ):
        return True
    username = (bot.username or "").casefold()
    entities = message.parse_entities([MessageEntity.BOT_COMMAND, MessageEntity.MENTION])
    entities.update(message.parse_caption_entities([MessageEntity.BOT_COMMAND, MessageEntity.MENTION]))
    for entity, text in entities.items():
        if entity.type == MessageEntity.MENTION and text[1:].casefold() == username:
            return True
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            _, _, target = text.partition("@")
            return not target or target.casefold() == username
    return False


def addressed(update: Update, bot: Bot) -> bool:
    """Whether the bot should react at all: private chats, buttons, inline, and group messages for it."""
    if update.callback_query or update.inline_query:
        return True
    message = update.message or update.edited_message
    if message is None:
        return False  # channel posts, membership changes, chosen inline results...
    if message.chat.type == ChatType.PRIVATE:
        return True
    return _for_this_bot(message, bot)


def strip_mention(text: str, username: str | None) -> str:
    """Drop the bot's @username: "@baocao_bot bao nhiêu?" → "bao nhiêu?"."""
    if not username:
        return text.strip()
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip(" ,:\n\t")


def is_invite_start(update: Update) -> bool:
    """``/start <token>`` in a private chat: a stranger redeeming an invite."""
    message = update.message
    return bool(
        message
        and message.chat.type == ChatType.PRIVATE
        and message.text
        and re.fullmatch(r"/start(@\w+)?\s+\S+", message.text.strip())
    )


async def tell(update: Update, text: str, alert: bool = False) -> None:
    """Say something short wherever the update came from (message, button, inline)."""
    if update.callback_query:
        await update.callback_query.answer(text, show_alert=alert)
    elif update.inline_query:
        button = InlineQueryResultsButton(text=text[:64], start_parameter=DENIED_START)
        await update.inline_query.answer([], button=button, cache_time=0, is_personal=True)
    elif update.effective_message:
        await update.effective_message.reply_text(text)


def refusal(update: Update) -> str:
    """The polite "not allowed", sized for where it is shown."""
    if update.inline_query:
        return texts.DENIED_INLINE_BUTTON
    return texts.DENIED_SHORT if update.callback_query else texts.DENIED


async def guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Group -1 for every update; raising ApplicationHandlerStop ends the update here."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or not addressed(update, context.bot):
        raise ApplicationHandlerStop
    d = deps.get(context)
    # Inline queries come per keystroke (clients debounce them): only messages and buttons count.
    verdict = Verdict.ALLOW if update.inline_query else d.flood.check(user.id)
    if verdict is not Verdict.ALLOW:
        if verdict is Verdict.WARN:
            await tell(update, texts.FLOOD, alert=True)
        elif update.callback_query:
            await update.callback_query.answer()
        raise ApplicationHandlerStop
    chat_id = chat.id if chat else None
    if is_invite_start(update) or await asyncio.to_thread(d.access.may_ask, user.id, chat_id):
        return
    await tell(update, refusal(update), alert=True)
    raise ApplicationHandlerStop
