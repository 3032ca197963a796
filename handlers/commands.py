"""Commands for everyone allowed: /start (with invites), /help, /baocao, /chude, /chitieu."""

from __future__ import annotations

import asyncio
from html import escape

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from handlers import deps, keyboards, render, texts
from handlers.guard import NOT_INVITES
from knowledge.access import Redeem

REDEEM_TEXTS = {
    Redeem.ALREADY_MEMBER: texts.INVITE_ALREADY,
    Redeem.USED: texts.INVITE_USED,
    Redeem.EXPIRED: texts.INVITE_EXPIRED,
    Redeem.UNKNOWN: texts.INVITE_UNKNOWN,
}


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome; with a deep-link parameter, redeem the invite first."""
    message, user, d = update.effective_message, update.effective_user, deps.get(context)
    assert message is not None and user is not None
    if context.args and message.chat.type == ChatType.PRIVATE:
        token = context.args[0]
        if token in NOT_INVITES and not await asyncio.to_thread(d.access.may_ask, user.id):
            await message.reply_text(texts.DENIED)
            return
        result = await asyncio.to_thread(d.access.redeem, token, user.id, user.full_name)
        if result is not Redeem.JOINED and not await asyncio.to_thread(d.access.may_ask, user.id):
            await message.reply_text(REDEEM_TEXTS[result])
            return
        if result is Redeem.JOINED:
            await message.reply_text(texts.INVITE_JOINED.format(name=user.first_name))
    await welcome(update, context)


async def welcome(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the bot knows, and three example questions as buttons."""
    message, user, d = update.effective_message, update.effective_user, deps.get(context)
    assert message is not None and user is not None
    reports, examples = await asyncio.gather(
        asyncio.to_thread(d.engine.reports), asyncio.to_thread(d.engine.examples)
    )
    text = texts.WELCOME.format(name=escape(user.first_name), reports=render.reports_brief(reports))
    await message.reply_html(
        text, reply_markup=keyboards.examples_keyboard(d.codec, d.engine.version, examples)
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """How to ask; admins also see their commands."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    text = texts.HELP.format(mention=escape(f"@{context.bot.username}"))
    if user and deps.get(context).access.is_admin(user.id):
        text += texts.HELP_ADMIN
    await message.reply_html(text)


async def baocao(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The loaded report(s): number, date, title, counts."""
    reports = await asyncio.to_thread(deps.get(context).engine.reports)
    await update.effective_message.reply_html(render.reports_html(reports))  # type: ignore[union-attr]


async def chude(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Browse the report's sections, down to their figures."""
    d = deps.get(context)
    page = await asyncio.to_thread(d.engine.topic, "")
    if page is None:
        await update.effective_message.reply_text(texts.REPORTS_NONE)  # type: ignore[union-attr]
        return
    markup = keyboards.topic_keyboard(d.codec, d.engine.version, page)
    await update.effective_message.reply_html(render.topic_html(page), reply_markup=markup)  # type: ignore[union-attr]


async def chitieu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The appendix targets against what was achieved, on one screen."""
    rows = await asyncio.to_thread(deps.get(context).engine.targets)
    await update.effective_message.reply_html(render.targets_html(rows))  # type: ignore[union-attr]
