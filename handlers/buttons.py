"""Inline button presses: decode and check the data, then one small handler per action."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, InputFile, Message, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from handlers import charts, deps, keyboards, render, texts
from handlers.asking import reply_answer
from handlers.callbacks import TIMELESS, Action, Press
from knowledge.answer import Answer

Context = ContextTypes.DEFAULT_TYPE


async def on_button(update: Update, context: Context) -> None:
    """Route a press; forged and stale buttons get a short note and nothing else."""
    query = update.callback_query
    assert query is not None
    d = deps.get(context)
    press = d.codec.decode(query.data)
    if press is None:
        await query.answer(texts.FORGED_BUTTON)
        return
    if not isinstance(query.message, Message):  # too old for Telegram to show us
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        return
    if press.version != (TIMELESS if press.action.timeless else d.engine.version):
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        return
    try:
        await ROUTES[press.action](query, query.message, context, press)
    except ValueError:  # a payload that is not what this action takes
        await query.answer(texts.FORGED_BUTTON)


async def source(query: CallbackQuery, message: Message, context: Context, press: Press) -> None:
    """Nguồn: the full quote and locator."""
    fig = await asyncio.to_thread(deps.get(context).engine.figure, press.ints()[0])
    if fig is None:
        await query.answer(texts.GONE_FIGURE, show_alert=True)
        return
    await query.answer()
    await message.reply_html(render.full_source_html(fig), do_quote=False)


async def related(query: CallbackQuery, message: Message, context: Context, press: Press) -> None:
    """Liên quan: figures of the same section, its parts, other periods — each a button."""
    d = deps.get(context)
    fact_id = press.ints()[0]
    fig = await asyncio.to_thread(d.engine.figure, fact_id)
    if fig is None:
        await query.answer(texts.GONE_FIGURE, show_alert=True)
        return
    figures = await asyncio.to_thread(d.engine.related, fact_id)
    await query.answer()
    markup = keyboards.figures_keyboard(d.codec, press.version, figures)
    await message.reply_html(render.related_html(fig, figures), reply_markup=markup, do_quote=False)


async def chart(query: CallbackQuery, message: Message, context: Context, press: Press) -> None:
    """Biểu đồ: the figure over its periods, drawn in a thread."""
    series = await asyncio.to_thread(deps.get(context).engine.series, press.ints()[0])
    if len(series) < 2:
        await query.answer(texts.CHART_NONE, show_alert=True)
        return
    await query.answer()
    await context.bot.send_chat_action(message.chat_id, ChatAction.UPLOAD_PHOTO)
    png = await asyncio.to_thread(charts.series_png, series, series[-1].label)
    caption = texts.CHART_CAPTION.format(label=render.short(series[-1].label, 200))
    await message.reply_photo(InputFile(png, filename="bieudo.png"), caption=caption, do_quote=False)


async def figure(query: CallbackQuery, message: Message, context: Context, press: Press) -> None:
    """A chosen figure (from "Ý bạn là…", related or a topic): answered like a question."""
    d = deps.get(context)
    numbers = press.ints()
    fact_id, log_id = numbers[0], (numbers[1] if len(numbers) > 1 else None)
    fig = await asyncio.to_thread(d.engine.figure, fact_id)
    if fig is None:
        await query.answer(texts.GONE_FIGURE, show_alert=True)
        return
    if log_id is not None:  # the asker's choice among candidates: worth learning from
        await asyncio.to_thread(d.access.choose, log_id, fact_id)
    chart = len(await asyncio.to_thread(d.engine.series, fact_id)) >= 2
    await query.answer()
    answer = Answer(question=fig.label, status="answered", figure=fig)
    markup = keyboards.answer_keyboard(d.codec, press.version, answer, log_id, chart)
    await message.reply_html(render.answer_html(answer), reply_markup=markup, do_quote=False)


async def suggestion(query: CallbackQuery, message: Message, context: Context, press: Press) -> None:
    """A nearby topic of a not-found answer: asked as a new question."""
    d = deps.get(context)
    log_id, index = press.ints()
    logged = await asyncio.to_thread(d.access.question, log_id)
    asked = await asyncio.to_thread(d.engine.ask, logged.text) if logged else None
    if asked is None or not 0 <= index < len(asked.suggestions):
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        return
    await query.answer()
    await reply_answer(message, context, asked.suggestions[index], query.from_user.id)


async def example(query: CallbackQuery, message: Message, context: Context, press: Press) -> None:
    """An example question from /start."""
    examples = await asyncio.to_thread(deps.get(context).engine.examples)
    index = press.ints()[0]
    if not 0 <= index < len(examples):
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        return
    await query.answer()
    await reply_answer(message, context, examples[index], query.from_user.id)


async def topic(query: CallbackQuery, message: Message, context: Context, press: Press) -> None:
    """/chude browsing: the message turns into the chosen section."""
    d = deps.get(context)
    page = await asyncio.to_thread(d.engine.topic, press.payload)
    if page is None:
        await query.answer(texts.TOPIC_GONE, show_alert=True)
        return
    await query.answer()
    markup = keyboards.topic_keyboard(d.codec, press.version, page)
    try:
        await query.edit_message_text(render.topic_html(page), parse_mode="HTML", reply_markup=markup)
    except BadRequest as err:  # "message is not modified" when pressed twice
        if "not modified" not in str(err).lower():
            raise


async def feedback(query: CallbackQuery, message: Message, context: Context, press: Press) -> None:
    """👍/👎 stored with the logged question; the vote buttons go away."""
    d = deps.get(context)
    log_id, value = press.ints()
    if not await asyncio.to_thread(d.access.set_feedback, log_id, value):
        await query.answer(texts.FORGED_BUTTON)
        return
    await query.answer(texts.FEEDBACK_THANKS_UP if value > 0 else texts.FEEDBACK_THANKS_DOWN)
    await query.edit_message_reply_markup(keyboards.without_feedback(message.reply_markup, d.codec))


async def revoke(query: CallbackQuery, message: Message, context: Context, press: Press) -> None:
    """Admin: take a member's access away from the /thanhvien list."""
    d = deps.get(context)
    if not d.access.is_admin(query.from_user.id):
        await query.answer(texts.ADMIN_ONLY, show_alert=True)
        return
    chat_id = press.ints()[0]
    done = await asyncio.to_thread(d.access.revoke, query.from_user.id, chat_id)
    await query.answer(texts.MEMBER_REVOKED.format(name=chat_id) if done else texts.MEMBER_NOT_FOUND)
    members = await asyncio.to_thread(d.access.members)
    await query.edit_message_text(
        render.members_html(members),
        parse_mode="HTML",
        reply_markup=keyboards.members_keyboard(d.codec, members),
    )


ROUTES: dict[Action, Callable[[CallbackQuery, Message, Context, Press], Awaitable[None]]] = {
    Action.SOURCE: source,
    Action.RELATED: related,
    Action.CHART: chart,
    Action.FIGURE: figure,
    Action.SUGGEST: suggestion,
    Action.EXAMPLE: example,
    Action.TOPIC: topic,
    Action.FEEDBACK: feedback,
    Action.REVOKE: revoke,
}
