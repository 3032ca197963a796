"""Inline keyboards under the bot's messages; every button's data is made by ``CallbackCodec``."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers import texts
from handlers.callbacks import TIMELESS, Action, CallbackCodec
from handlers.render import figure_button, short
from knowledge.access import MemberInfo
from knowledge.answer import Answer, Figure
from knowledge.engine import TopicPage

logger = logging.getLogger(__name__)

MAX_SUGGESTIONS = 4
MAX_FIGURES = 8


def button(
    codec: CallbackCodec, text: str, action: Action, version: int, payload: str | int = ""
) -> InlineKeyboardButton | None:
    """A button, or None (logged) when its data would not fit in 64 bytes."""
    try:
        return InlineKeyboardButton(text, callback_data=codec.encode(action, version, payload))
    except ValueError:
        logger.warning("Button %r dropped: callback data too long", text)
        return None


def rows(*lines: Sequence[InlineKeyboardButton | None]) -> InlineKeyboardMarkup | None:
    kept = [[b for b in line if b is not None] for line in lines]
    kept = [line for line in kept if line]
    return InlineKeyboardMarkup(kept) if kept else None


def fact_row(
    codec: CallbackCodec, version: int, fig: Figure | None, chart: bool
) -> list[InlineKeyboardButton | None]:
    """Nguồn · Liên quan · Biểu đồ for a stored fact."""
    if fig is None or fig.fact_id is None:
        return []
    line = [
        button(codec, texts.BUTTON_SOURCE, Action.SOURCE, version, fig.fact_id),
        button(codec, texts.BUTTON_RELATED, Action.RELATED, version, fig.fact_id),
    ]
    if chart:
        line.append(button(codec, texts.BUTTON_CHART, Action.CHART, version, fig.fact_id))
    return line


def feedback_row(codec: CallbackCodec, log_id: int | None) -> list[InlineKeyboardButton | None]:
    if log_id is None:
        return []
    return [
        button(codec, texts.BUTTON_UP, Action.FEEDBACK, TIMELESS, f"{log_id}_1"),
        button(codec, texts.BUTTON_DOWN, Action.FEEDBACK, TIMELESS, f"{log_id}_-1"),
    ]


def answer_keyboard(
    codec: CallbackCodec, version: int, answer: Answer, log_id: int | None, chart: bool
) -> InlineKeyboardMarkup | None:
    """Buttons under a reply: by outcome, then 👍/👎."""
    if answer.status == "not_found":
        lines = [
            [button(codec, short(s), Action.SUGGEST, version, f"{log_id}_{i}")]
            for i, s in enumerate(answer.suggestions[:MAX_SUGGESTIONS])
        ]
        return rows(*lines, feedback_row(codec, log_id))
    if answer.status == "ambiguous" and not answer.conflict:
        lines = [
            [button(codec, f"{i}. {figure_button(alt)}", Action.FIGURE, version, f"{alt.fact_id}_{log_id}")]
            for i, alt in enumerate(answer.alternatives[:3], 1)
            if alt.fact_id is not None
        ]
        return rows(*lines, feedback_row(codec, log_id))
    return rows(fact_row(codec, version, answer.figure, chart), feedback_row(codec, log_id))


def without_feedback(
    markup: InlineKeyboardMarkup | None, codec: CallbackCodec
) -> InlineKeyboardMarkup | None:
    """The same keyboard with the 👍/👎 row taken away (after a vote)."""
    if markup is None:
        return None
    kept = []
    for line in markup.inline_keyboard:
        presses = [codec.decode(b.callback_data) for b in line]
        if not any(p is not None and p.action is Action.FEEDBACK for p in presses):
            kept.append(list(line))
    return InlineKeyboardMarkup(kept) if kept else None


def figures_keyboard(
    codec: CallbackCodec, version: int, figures: Sequence[Figure]
) -> InlineKeyboardMarkup | None:
    """One button per figure (related figures), each answering with that figure."""
    return rows(
        *[
            [button(codec, figure_button(f), Action.FIGURE, version, f.fact_id)]
            for f in figures[:MAX_FIGURES]
            if f.fact_id
        ]
    )


def examples_keyboard(
    codec: CallbackCodec, version: int, examples: Sequence[str]
) -> InlineKeyboardMarkup | None:
    return rows(*[[button(codec, short(q), Action.EXAMPLE, version, i)] for i, q in enumerate(examples[:3])])


def topic_keyboard(codec: CallbackCodec, version: int, page: TopicPage) -> InlineKeyboardMarkup | None:
    """Sub-sections, then the section's figures, then back to the parent."""
    lines: list[list[InlineKeyboardButton | None]] = [
        [button(codec, short(title), Action.TOPIC, version, key)] for key, title in page.children
    ]
    lines += [
        [button(codec, figure_button(f), Action.FIGURE, version, f.fact_id)]
        for f in page.figures[:MAX_FIGURES]
        if f.fact_id
    ]
    if page.parent_key is not None:
        lines.append([button(codec, texts.BUTTON_BACK, Action.TOPIC, version, page.parent_key)])
    return rows(*lines)


def members_keyboard(codec: CallbackCodec, members: Sequence[MemberInfo]) -> InlineKeyboardMarkup | None:
    return rows(
        *[
            [
                button(
                    codec,
                    texts.MEMBER_REVOKE_BUTTON.format(name=short(m.name or str(m.chat_id), 40)),
                    Action.REVOKE,
                    TIMELESS,
                    m.chat_id,
                )
            ]
            for m in members[:30]
        ]
    )
