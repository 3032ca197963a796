"""End to end: members ask the real bot (``python -m bot serve``) through the fake Bot API server."""

from __future__ import annotations

from html import escape

from handlers.render import value_html
from knowledge.answer import Answer, source_line
from knowledge.engine import Engine
from knowledge.numbers import format_number
from tests.telegram.conftest import Tg, pick

QUESTION = "Đảng bộ Khối có bao nhiêu đảng viên?"  # → 7.261 đảng viên
AMBIGUOUS = ["số đơn tố cáo đã giải quyết", "số lớp bồi dưỡng", "tổng số đảng viên", "đảng viên"]
NOT_FOUND = ["dân số tỉnh", "số máy bay chiến đấu", "giá vàng hôm nay là bao nhiêu", "số hội viên phụ nữ"]
SUGGESTING = [
    "bao nhiêu tàu ngầm",
    "số cuộc thanh tra",
    "tỷ lệ hộ nghèo",
    "số km đường",
    "số vụ tai nạn giao thông",
]
CONFLICTS = [
    "tỷ lệ đảng viên được kiểm tra, giám sát hàng năm",
    "tỷ lệ đảng viên được kiểm tra giám sát bình quân",
]
WITH_SERIES = [
    "Năm 2020 nhận thức về đảng là bao nhiêu?",
    "tổng số đảng viên năm 2022",
    "số cơ sở đoàn năm 2021",
]


def has_series(engine: Engine) -> object:
    def wanted(answer: Answer) -> bool:
        fig = answer.figure
        return answer.status == "answered" and fig is not None and len(engine.series(fig.fact_id or 0)) >= 2

    return wanted


def test_private_question_gets_bold_figure_source_and_buttons(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    reply = tg.ask(person, QUESTION)
    expected = engine.ask(QUESTION)
    assert expected.figure is not None
    assert reply.params["parse_mode"] == "HTML"
    assert "<b>7.261</b> đảng viên" in reply.text
    assert escape(source_line(expected.figure.source)) in reply.text
    assert "161-BC/ĐUK" in reply.text and "25/7/2023" in reply.text
    labels = [label for label, _ in reply.buttons]
    assert labels[:2] == ["Nguồn", "Liên quan"] and "👍" in labels and "👎" in labels
    logged = tg.bot.questions(person.id)
    assert [(q.text, q.status, q.fact_id) for q in logged] == [
        (QUESTION, "answered", expected.figure.fact_id)
    ]
    assert logged[0].latency_ms > 0


def test_source_button_sends_the_full_quote_and_locator(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    reply = tg.ask(person, QUESTION)
    fig = engine.ask(QUESTION).figure
    assert fig is not None
    source = tg.click(person, reply, reply.button("Nguồn"))
    assert "Nguyên văn" in source.text
    assert escape(fig.source.quote) in source.text
    assert escape(fig.source.locator) in source.text
    assert "<blockquote>" in source.text


def test_related_button_lists_figures_each_a_button(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    question = "kết nạp bao nhiêu đảng viên"
    reply = tg.ask(person, question)
    fig = engine.ask(question).figure
    assert fig is not None and fig.fact_id is not None
    related = engine.related(fig.fact_id)
    listing = tg.click(person, reply, reply.button("Liên quan"))
    assert "Số liệu liên quan" in listing.text
    assert len(listing.buttons) == min(len(related), 8)
    assert f"<b>{format_number(related[0].value)}" in listing.text
    # a related figure's button answers with that figure and its source
    shown = tg.click(person, listing, listing.buttons[0][1])
    assert f"<b>{format_number(related[0].value)}" in shown.text
    assert escape(related[0].source.locator) in shown.text


def test_chart_button_sends_a_png_of_the_series(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    question, answer = pick(engine, WITH_SERIES, has_series(engine))  # type: ignore[arg-type]
    reply = tg.ask(person, question)
    assert "Biểu đồ" in [label for label, _ in reply.buttons]
    photo = tg.click(person, reply, reply.button("Biểu đồ"), method="sendPhoto")
    assert photo.files["photo"].startswith(b"\x89PNG\r\n\x1a\n")
    assert len(photo.files["photo"]) > 5_000
    assert answer.figure is not None and answer.figure.label[:20] in photo.text
    assert tg.api.sent("sendChatAction", person.id)[0].params["action"] == "upload_photo"


def test_answer_without_series_has_no_chart_button(tg: Tg) -> None:
    reply = tg.ask(tg.member(), QUESTION)
    assert "Biểu đồ" not in [label for label, _ in reply.buttons]


def test_thumbs_are_stored_with_the_question_and_removed(tg: Tg) -> None:
    person = tg.member()
    reply = tg.ask(person, QUESTION)
    query = tg.press(person, reply, "👍")
    assert "Cảm ơn" in tg.answered(query).params["text"]
    edit = tg.api.wait_sent(person.id, method="editMessageReplyMarkup")[-1]
    assert [label for label, _ in edit.buttons] == ["Nguồn", "Liên quan"]
    assert [q.feedback for q in tg.bot.questions(person.id)] == [1]


def test_ambiguous_question_offers_choices_that_answer(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    question, answer = pick(engine, AMBIGUOUS, lambda a: a.status == "ambiguous" and not a.conflict)
    reply = tg.ask(person, question)
    assert reply.text.startswith("Ý bạn là…")
    choices = [b for b in reply.buttons if b[0][:1].isdigit()]
    assert 2 <= len(choices) <= 3
    chosen = answer.alternatives[1]
    shown = tg.click(person, reply, choices[1][1])
    assert f"<b>{format_number(chosen.value)}" in shown.text
    assert escape(chosen.label) in shown.text
    assert [(q.status, q.fact_id) for q in tg.bot.questions(person.id)] == [("ambiguous", chosen.fact_id)]


def test_not_found_says_so_plainly(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    question, answer = pick(engine, NOT_FOUND, lambda a: a.status == "not_found")
    reply = tg.ask(person, question)
    assert escape(answer.hint or "Báo cáo không có số liệu này.") in reply.text
    assert "<b>" not in reply.text
    suggestion_buttons = [label for label, _ in reply.buttons if label not in ("👍", "👎")]
    assert len(suggestion_buttons) == min(len(answer.suggestions), 4)
    assert [(q.text, q.status) for q in tg.bot.questions(person.id)] == [(question, "not_found")]


def test_not_found_suggestions_are_buttons_that_reask(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    question, answer = pick(
        engine,
        NOT_FOUND + SUGGESTING,
        lambda a: a.status == "not_found" and bool(a.suggestions),
        skip_reason="the engine offers no suggestions for these questions now",
    )
    reply = tg.ask(person, question)
    assert "bấm để hỏi" in reply.text
    suggestion = answer.suggestions[0]
    tg.click(person, reply, reply.button(suggestion[:20]))
    asked = [q.text for q in tg.bot.questions(person.id)]
    assert asked == [question, suggestion]


def test_conflicting_values_show_both_sources(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    question, answer = pick(engine, CONFLICTS, lambda a: a.conflict and len(a.alternatives) >= 1)
    reply = tg.ask(person, question)
    assert "khác nhau" in reply.text
    for fig in [answer.figure, *answer.alternatives]:
        assert fig is not None
        assert value_html(fig) in reply.text and escape(fig.source.locator) in reply.text


def test_group_mention_reply_and_hoi_are_answered_other_talk_ignored(tg: Tg) -> None:
    person = tg.member()
    group = tg.group("Ban Tổ chức")
    mention = tg.ask(person, f"@{tg.api.username} {QUESTION}", chat=group)
    assert "<b>7.261</b>" in mention.text
    assert mention.params["reply_parameters"]["message_id"]  # quotes the question in groups
    via_reply = tg.ask(person, "kết nạp bao nhiêu đảng viên", chat=group, reply_to=mention.result)
    assert "<b>953</b>" in via_reply.text
    via_command = tg.ask(person, f"/hoi {QUESTION}", chat=group)
    assert "<b>7.261</b>" in via_command.text
    before = len(tg.api.sent("sendMessage", int(group["id"])))  # type: ignore[arg-type]
    tg.api.send_text(person, "Chiều nay họp lúc mấy giờ?", chat=group)
    tg.api.send_text(person, "bao nhiêu đảng viên", chat=group)
    tg.sentinel(person, group)
    assert len(tg.api.sent("sendMessage", int(group["id"]))) == before + 1  # type: ignore[arg-type]
    assert "Cách hỏi" in tg.api.sent("sendMessage", int(group["id"]))[-1].text  # type: ignore[arg-type]


def test_inline_query_returns_cited_cards(tg: Tg) -> None:
    person = tg.member()
    query_id = tg.api.inline(person, QUESTION)
    answer = tg.api.wait_for(
        lambda c: c.method == "answerInlineQuery" and c.params["inline_query_id"] == query_id
    )[0]
    assert answer.params["is_personal"] is True and answer.params["cache_time"] == 0
    card = answer.params["results"][0]
    assert card["type"] == "article" and "7.261" in card["title"]
    message = card["input_message_content"]
    assert "<b>7.261</b>" in message["message_text"] and "161-BC/ĐUK" in message["message_text"]
    assert message["parse_mode"] == "HTML"


def test_start_welcomes_with_three_examples_that_answer(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    welcome = tg.ask(person, "/start")
    assert "161-BC/ĐUK" in welcome.text
    assert [label for label, _ in welcome.buttons] == [
        e[:59] + "…" if len(e) > 60 else e for e in engine.examples()
    ]
    tg.click(person, welcome, welcome.buttons[0][1])
    assert [q.text for q in tg.bot.questions(person.id)] == [engine.examples()[0]]


def test_help_and_hoi_without_question(tg: Tg) -> None:
    person = tg.member()
    assert "/chitieu" in tg.ask(person, "/help").text
    assert "Quản trị" not in tg.ask(person, "/help").text
    assert "/hoi bao nhiêu" in tg.ask(person, "/hoi").text


def test_baocao_lists_the_loaded_report(tg: Tg, engine: Engine) -> None:
    reply = tg.ask(tg.member(), "/baocao")
    report = engine.reports()[0]
    assert "<b>161-BC/ĐUK</b> ngày 25/7/2023" in reply.text
    assert f"{format_number(report.facts)} số liệu" in reply.text
    assert escape(report.title) in reply.text


def test_chitieu_shows_targets_with_marks(tg: Tg, engine: Engine) -> None:
    reply = tg.ask(tg.member(), "/chitieu")
    rows = engine.targets()
    assert "Chỉ tiêu nghị quyết" in reply.text
    assert reply.text.count("✅") == 1 + sum(r.met is True for r in rows)  # the legend has one of each
    assert reply.text.count("⚠️") == 1 + sum(r.met is False for r in rows)
    assert "<b>953</b> đảng viên / <b>1.200</b> đảng viên" in reply.text


def test_chude_browses_sections_down_to_figures(tg: Tg, engine: Engine) -> None:
    person = tg.member()
    root = engine.topic("")
    assert root is not None and root.children
    reply = tg.ask(person, "/chude")
    assert [label for label, _ in reply.buttons][: len(root.children)] == [
        t[:59] + "…" if len(t) > 60 else t for _, t in root.children
    ]
    key, _title = root.children[0]
    page = engine.topic(key)
    assert page is not None
    edit = tg.click(person, reply, reply.buttons[0][1], method="editMessageText")
    assert f"<b>{escape(page.title)}</b>" in edit.text
    assert "« Quay lại" in [label for label, _ in edit.buttons]
    if page.figures:
        assert f"<b>{format_number(page.figures[0].value)}" in edit.text
    # back to the root
    back = tg.click(person, edit, edit.button("« Quay lại"), method="editMessageText")
    assert "Các mục của báo cáo" in back.text
