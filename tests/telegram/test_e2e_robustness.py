"""End to end: input the bot does not take, forged and stale buttons, and a flooding user."""

from __future__ import annotations

import time

from handlers.callbacks import Action
from tests.telegram.conftest import ADMIN, FLOOD_BURST, FLOOD_PER_SECOND, Tg

QUESTION = "Đảng bộ Khối có bao nhiêu đảng viên?"
TEXT_ONLY = "Hiện bot chỉ trả lời câu hỏi bằng chữ."


def test_sticker_and_location_get_text_only_note(tg: Tg) -> None:
    member = tg.member()
    tg.api.send_sticker(member)
    assert tg.api.wait_sent(member.id)[-1].text == TEXT_ONLY
    tg.api.send_location(member)
    assert [c.text for c in tg.api.wait_sent(member.id, count=2)] == [TEXT_ONLY, TEXT_ONLY]


def test_sticker_in_a_group_not_for_the_bot_is_ignored(tg: Tg) -> None:
    member = tg.member()
    group = tg.group()
    tg.api.send_sticker(member, chat=group)
    tg.sentinel(member, group)
    assert [c.text[:8] for c in tg.api.sent("sendMessage", int(group["id"]))] == ["<b>Cách "]  # type: ignore[arg-type]


def test_edited_and_forwarded_messages_are_not_answered(tg: Tg) -> None:
    member = tg.member()
    edited = tg.ask(member, QUESTION, kind="edited_message")
    assert "đã sửa" in edited.text and "7.261" not in edited.text
    origin = {"type": "hidden_user", "date": int(time.time()), "sender_user_name": "Ai đó"}
    forwarded = tg.ask(member, QUESTION, forward_origin=origin)
    assert "chuyển tiếp" in forwarded.text and "7.261" not in forwarded.text
    assert tg.bot.questions(member.id) == []


def test_channel_posts_are_ignored(tg: Tg) -> None:
    member = tg.member()
    tg.api.channel_post(QUESTION)
    tg.sentinel(member)
    assert [c.chat_id for c in tg.api.sent("sendMessage")] == [member.id]


def test_unknown_command_and_overlong_message(tg: Tg) -> None:
    member = tg.member()
    assert "không có lệnh này" in tg.ask(member, "/xoahet").text
    long = tg.ask(member, ("bao nhiêu đảng viên " * 250)[:4096])
    assert "quá dài" in long.text
    assert tg.bot.questions(member.id) == []


def test_forged_callback_data_is_refused_quietly(tg: Tg) -> None:
    member = tg.member()
    reply = tg.ask(member, QUESTION)
    good = reply.button("Nguồn")
    for forged in ["hello", good[:-1] + ("A" if good[-1] != "A" else "B"), "x" * 64, good[:8] + "s.1.999999"]:
        query = tg.api.press(member, reply.result, forged)
        assert tg.answered(query).params["text"] == "Nút này không hợp lệ."
    signed_garbage = tg.codec.encode(Action.SOURCE, 0, "abc")  # the bot's key, payload it never makes
    query = tg.api.press(member, reply.result, signed_garbage)
    assert "Nút" in tg.answered(query).params["text"]
    assert len(tg.api.sent("sendMessage", member.id)) == 1


def test_stale_button_from_an_older_fact_base(tg: Tg) -> None:
    member = tg.member()
    reply = tg.ask(member, QUESTION)
    fact_id = reply.button("Nguồn")[10:]  # "<sig>s.<version>.<fact>"
    version = int(reply.button("Nguồn")[8:].split(".")[1])
    old = tg.codec.encode(Action.SOURCE, version - 1, fact_id.split(".")[-1])
    query = tg.api.press(member, reply.result, old)
    assert "Nút này đã cũ" in tg.answered(query).params["text"]
    assert len(tg.api.sent("sendMessage", member.id)) == 1


def test_flood_is_slowed_politely_and_others_are_not_affected(tg: Tg) -> None:
    flooder, other = tg.member("Người gửi dồn"), tg.member("Người khác")
    started = time.monotonic()
    for i in range(100):
        tg.api.send_text(flooder, f"{QUESTION} {i}")
    warning = tg.api.wait_sent(flooder.id, contains="nhanh quá")
    assert "<b>7.261</b>" in tg.ask(other, QUESTION).text
    answers = tg.api.wait_sent(flooder.id, contains="7.261", count=FLOOD_BURST)
    elapsed = time.monotonic() - started
    assert len(warning) == 1
    assert FLOOD_BURST <= len(answers) <= FLOOD_BURST + 1 + elapsed * FLOOD_PER_SECOND
    assert len(tg.api.sent("sendMessage", flooder.id)) < 100 // 2


def test_unexpected_error_is_logged_apologised_and_reported_to_admins(tg: Tg) -> None:
    tg.ask(ADMIN, "/help")  # the admin's chat exists
    member = tg.member()
    reply = tg.ask(member, QUESTION)
    broken = tg.codec.encode(Action.FEEDBACK, 0, f"{10**22}_1")  # a log id SQLite cannot hold
    query = tg.api.press(member, reply.result, broken)
    assert "gặp lỗi" in tg.answered(query).params["text"]
    report = tg.api.wait_sent(ADMIN.id, contains="Lỗi")[-1]
    assert "OverflowError" in report.text and str(member.id) in report.text
    assert "7.261" not in report.text
    assert "Traceback" in tg.bot.log.read_text(errors="replace")
