"""End to end: deny by default, invites, members, groups, statistics, and admins loading reports."""

from __future__ import annotations

import os
import re

from sqlmodel import Session, select

from handlers.callbacks import Action
from knowledge.models import AuditLog, Member
from tests.telegram.conftest import ADMIN, REPORT_DOCX, REPORT_TXT, Tg
from tests.telegram.fakebotapi import Call

QUESTION = "Đảng bộ Khối có bao nhiêu đảng viên?"
REFUSAL = "chỉ phục vụ những người được mời"


def leaks(calls: list[Call]) -> bool:
    """Whether any call carried a figure of the report."""
    return any("7.261" in str(c.params) or "<b>" in c.text for c in calls)


def audit_actions(tg: Tg) -> list[str]:
    with Session(tg.bot.db) as session:
        return [row.action for row in session.exec(select(AuditLog).order_by(AuditLog.id)).all()]  # type: ignore[arg-type]


def invite_link(tg: Tg) -> str:
    reply = tg.ask(ADMIN, "/moi")
    match = re.search(rf"https://t\.me/{tg.api.username}\?start=(\S+)", reply.text)
    assert match, reply.text
    return match.group(1)


def test_stranger_is_refused_everywhere_without_figures(tg: Tg) -> None:
    stranger = tg.user("Người lạ")
    assert REFUSAL in tg.ask(stranger, QUESTION).text
    assert REFUSAL in tg.ask(stranger, "/start").text
    assert REFUSAL in tg.ask(stranger, "/chitieu").text
    # a real button of a member's answer, pressed by the stranger
    member = tg.member()
    reply = tg.ask(member, QUESTION)
    query = tg.api.press(stranger, reply.result, reply.button("Nguồn"))
    assert "chưa được cấp quyền" in tg.answered(query).params["text"]
    # inline mode
    inline = tg.api.inline(stranger, QUESTION)
    answer = tg.api.wait_for(
        lambda c: c.method == "answerInlineQuery" and c.params["inline_query_id"] == inline
    )[0]
    assert answer.params["results"] == [] and "quyền" in answer.params["button"]["text"]
    # in a group that is not allowed, a mention gets a refusal too
    group = tg.group("Nhóm lạ")
    assert REFUSAL in tg.ask(stranger, f"@{tg.api.username} {QUESTION}", chat=group).text
    to_stranger = [
        c for c in tg.api.sent() if c.chat_id == stranger.id or c.params.get("callback_query_id") == query
    ]
    assert not leaks([*to_stranger, answer])
    assert tg.bot.questions(stranger.id) == []


def test_invite_link_makes_a_member_once(tg: Tg) -> None:
    token = invite_link(tg)
    newcomer, latecomer = tg.user("Người mới"), tg.user("Người đến sau")
    joined = tg.ask(newcomer, f"/start {token}")
    assert "đã được cấp quyền" in joined.text
    welcome = tg.api.wait_sent(newcomer.id, count=2)[-1]
    assert "Xin chào" in welcome.text and len(welcome.buttons) == 3
    assert "<b>7.261</b>" in tg.ask(newcomer, QUESTION).text
    assert "đã được dùng" in tg.ask(latecomer, f"/start {token}").text
    assert REFUSAL in tg.ask(latecomer, QUESTION).text
    assert "không hợp lệ" in tg.ask(latecomer, "/start khongcomaynay").text
    assert audit_actions(tg)[-2:] == ["invite.create", "invite.redeem"]


def test_admin_lists_and_revokes_members(tg: Tg) -> None:
    member = tg.member("Cán bộ")
    listing = tg.ask(ADMIN, "/thanhvien")
    assert str(member.id) in listing.text and member.first_name in listing.text
    revoke = next(data for label, data in listing.buttons if member.first_name in label)
    query = tg.api.press(ADMIN, listing.result, revoke)
    assert "Đã thu hồi" in tg.answered(query).params["text"]
    edited = tg.api.wait_sent(ADMIN.id, method="editMessageText")[-1]
    assert str(member.id) not in edited.text
    assert REFUSAL in tg.ask(member, QUESTION).text
    assert "member.revoke" in audit_actions(tg)
    with Session(tg.bot.db) as session:
        row = session.exec(select(Member).where(Member.chat_id == member.id)).one()
        assert row.active is False


def test_members_cannot_use_admin_commands_or_buttons(tg: Tg) -> None:
    member = tg.member()
    for command in ["/moi", "/thanhvien", "/thongke", "/chophepnhom"]:
        assert "chỉ dành cho quản trị viên" in tg.ask(member, command).text
    forged_revoke = tg.codec.encode(Action.REVOKE, 0, member.id)
    reply = tg.ask(member, QUESTION)
    query = tg.api.press(member, reply.result, forged_revoke)
    assert "quản trị viên" in tg.answered(query).params["text"]


def test_admin_allows_a_whole_group(tg: Tg) -> None:
    group = tg.group("Chi bộ Văn phòng")
    stranger = tg.user("Đồng chí")
    assert REFUSAL in tg.ask(stranger, f"/hoi {QUESTION}", chat=group).text
    assert REFUSAL in tg.ask(stranger, "/chophepnhom", chat=group).text
    assert "Đã cho phép" in tg.ask(ADMIN, "/chophepnhom", chat=group).text
    assert "<b>7.261</b>" in tg.ask(stranger, f"/hoi {QUESTION}", chat=group).text
    assert REFUSAL in tg.ask(stranger, QUESTION).text  # the group, not the person, was allowed
    assert "group.allow" in audit_actions(tg)


def test_thongke_shows_counts_and_questions_to_learn_from(tg: Tg) -> None:
    member = tg.member()
    tg.ask(member, "số máy bay chiến đấu của tỉnh")
    disliked = tg.ask(member, QUESTION)
    query = tg.api.press(member, disliked.result, disliked.button("👎"))
    tg.answered(query)
    stats = tg.ask(ADMIN, "/thongke")
    assert "Câu hỏi:" in stats.text and "👎" in stats.text
    nf_section = stats.text.split("chưa trả lời được")[1].split("bị 👎")[0]
    assert "số máy bay chiến đấu của tỉnh" in nf_section
    assert QUESTION in stats.text.split("bị 👎")[1]
    assert "stats.view" in audit_actions(tg)


def test_admin_loads_the_docx_and_a_bad_file_keeps_the_old_facts(tg: Tg) -> None:
    tg.api.send_document(ADMIN, REPORT_DOCX.read_bytes(), REPORT_DOCX.name)
    summary = tg.api.wait_sent(ADMIN.id, contains="161-BC/ĐUK")[-1]
    assert "✅" in summary.text
    assert any(c.method == "sendChatAction" for c in tg.api.sent(chat_id=ADMIN.id))
    bad = os.urandom(4096)
    tg.api.send_document(ADMIN, bad, "baocao-moi.pdf", "application/pdf")
    error = tg.api.wait_sent(ADMIN.id, contains="Không nạp được")[-1]
    assert "Dữ liệu cũ vẫn được giữ nguyên" in error.text and "PDF" in error.text
    actions = audit_actions(tg)
    assert "report.load" in actions and actions[-1] == "report.load_failed"
    assert "<b>7.261</b>" in tg.ask(tg.member(), QUESTION).text


def test_members_cannot_upload_reports(tg: Tg) -> None:
    member = tg.member()
    tg.api.send_document(member, "Số 1-BC/X\nBÁO CÁO\n".encode(), "baocao.txt", "text/plain")
    assert "chỉ quản trị viên" in tg.api.wait_sent(member.id)[-1].text
    assert not [c for c in tg.api.sent("getFile")]


def test_reloaded_report_answers_anew_and_old_buttons_are_stale(tg: Tg) -> None:
    """Runs last in this module: it changes the fact base."""
    member = tg.member()
    old = tg.ask(member, QUESTION)
    corrected = REPORT_TXT.read_text(encoding="utf-8").replace("với 7.261 đảng viên", "với 7.262 đảng viên")
    tg.api.send_document(ADMIN, corrected.encode(), "161-BC-DUK-2023-sua.txt", "text/plain")
    summary = tg.api.wait_sent(ADMIN.id, contains="Đã nạp báo cáo")[-1]
    assert "✅" in summary.text and "161-BC/ĐUK" in summary.text
    assert "<b>7.262</b>" in tg.ask(member, QUESTION).text
    query = tg.press(member, old, "Nguồn")
    assert "Nút này đã cũ" in tg.answered(query).params["text"]
    assert not tg.api.sent("sendMessage", member.id)[2:]  # nothing sent for the stale button


def test_commands_menu_is_vietnamese(tg: Tg) -> None:
    commands = {c["command"]: c["description"] for c in next(iter(tg.api.commands.values()))}
    assert commands["hoi"] == "Hỏi một số liệu trong báo cáo"
    assert {"start", "help", "hoi", "baocao", "chude", "chitieu"} <= set(commands)
