"""Admin commands: invites, members, allowing a group, statistics, loading a report from a document."""

from __future__ import annotations

import asyncio
import logging
import tempfile
from html import escape
from pathlib import Path

from telegram import Update
from telegram.constants import ChatAction, ChatType
from telegram.ext import ContextTypes

from handlers import deps, keyboards, render, texts
from knowledge.engine import ReportError
from knowledge.numbers import format_iso_date

logger = logging.getLogger(__name__)
MAX_DOCUMENT = 20 * 1024 * 1024  # what the Bot API lets a bot download


async def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True for admins; everyone else is told the command is not for them."""
    user = update.effective_user
    if user is not None and deps.get(context).access.is_admin(user.id):
        return True
    await update.effective_message.reply_text(texts.ADMIN_ONLY)  # type: ignore[union-attr]
    return False


async def moi(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/moi: a single-use, expiring deep link that makes its user a member."""
    if not await is_admin(update, context):
        return
    d = deps.get(context)
    invite = await asyncio.to_thread(d.access.create_invite, update.effective_user.id, d.invite_days)  # type: ignore[union-attr]
    link = f"https://t.me/{context.bot.username}?start={invite.token}"
    expires = format_iso_date(invite.expires_at.date().isoformat())
    await update.effective_message.reply_text(texts.INVITE_CREATED.format(link=link, expires=expires))  # type: ignore[union-attr]


async def thanhvien(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/thanhvien: members and groups, each with a revoke button."""
    if not await is_admin(update, context):
        return
    d = deps.get(context)
    members = await asyncio.to_thread(d.access.members)
    await asyncio.to_thread(d.access.audit, update.effective_user.id, "members.view")  # type: ignore[union-attr]
    markup = keyboards.members_keyboard(d.codec, members)
    await update.effective_message.reply_html(render.members_html(members), reply_markup=markup)  # type: ignore[union-attr]


async def chophepnhom(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/chophepnhom inside a group: everyone in it may ask."""
    chat, message = update.effective_chat, update.effective_message
    assert chat is not None and message is not None
    if not await is_admin(update, context):
        return
    if chat.type == ChatType.PRIVATE:
        await message.reply_text(texts.GROUP_ONLY)
        return
    title = chat.title or str(chat.id)
    await asyncio.to_thread(deps.get(context).access.allow_group, update.effective_user.id, chat.id, title)  # type: ignore[union-attr]
    await message.reply_text(texts.GROUP_ALLOWED.format(title=title))


async def thongke(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/thongke: counts, and the latest questions that went unanswered or got 👎."""
    if not await is_admin(update, context):
        return
    access = deps.get(context).access
    stats = await asyncio.to_thread(access.stats)
    await asyncio.to_thread(access.audit, update.effective_user.id, "stats.view")  # type: ignore[union-attr]
    await update.effective_message.reply_html(render.stats_html(stats))  # type: ignore[union-attr]


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin's .docx/.pdf/.txt: download it and load it; on failure the old facts stay."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and message.document is not None and user is not None
    d = deps.get(context)
    if not d.access.is_admin(user.id):
        await message.reply_text(texts.DOC_REFUSED)
        return
    doc = message.document
    name = Path(doc.file_name or "baocao.txt").name
    if doc.file_size and doc.file_size > MAX_DOCUMENT:
        await message.reply_text(texts.LOAD_TOO_BIG)
        return
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    file = await doc.get_file()
    with tempfile.TemporaryDirectory(prefix="baocao-") as folder:
        path = Path(folder) / name
        await file.download_to_drive(path)
        try:
            summary = await asyncio.to_thread(d.engine.load_file, path, name)
        except ReportError as err:
            await asyncio.to_thread(d.access.audit, user.id, "report.load_failed", f"{name}: {err}")
            await message.reply_text(texts.LOAD_FAILED.format(error=err))
            return
    await asyncio.to_thread(
        d.access.audit, user.id, "report.load", f"{name} → {summary.number} v{summary.version}"
    )
    await message.reply_html(texts.LOAD_OK.format(summary=escape(summary.text)))
