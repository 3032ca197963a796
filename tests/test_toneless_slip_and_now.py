"""A word typed with its vowel marks but not its tone ("dân quân tu vê"), and "hiện còn" beside a figure of the
term's start (session 30, in our own words).

"vê" is written by no report; with "tu" before it, it is the report's "tự vệ", not the filler "về". "BCH … hiện
còn bn ủy viên" asks the 33 members now ("hiện có 33"), not the 35 elected at the congress, said with no time.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

COMMAND_YEAR = """
ĐẢNG ỦY QUÂN SỰ TỈNH LAM SƠN

Số 90-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Lam Sơn, ngày 15 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác quân sự, quốc phòng năm 2025

I. XÂY DỰNG LỰC LƯỢNG

Đến nay, toàn tỉnh có 14.236 đồng chí dân quân tự vệ, đạt 1,21% dân số; trong đó dân quân 11.020 đồng chí, tự vệ 3.216 đồng chí. Tỷ lệ đảng viên trong dân quân tự vệ đạt 21,4%. Tổ chức huấn luyện cho 12.904 đồng chí dân quân tự vệ, đạt 98,6% kế hoạch.

Ban Chấp hành Đảng bộ Quân sự tỉnh khóa XII được bầu 27 ủy viên, hiện có 25 ủy viên; Ban Thường vụ 9 ủy viên. Thông tin về chế độ chính sách được phổ biến kịp thời.
"""


@pytest.fixture(scope="module")
def command(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "90-BC-DU-2025.txt", COMMAND_YEAR))


@pytest.mark.parametrize(
    "question",
    ["tong so dan quan tu vê toan tinh", "dân quân tu vê có bao nhiêu đồng chí"],
    ids=["plain-with-a-hat", "accented-tone-left-out"],
)
def test_a_hat_without_its_tone_reads_as_the_reports_word(command: Engine, question: str) -> None:
    """All the militia and self-defence forces (14.236), not the militia alone (11.020)."""
    answered_with(command, question, "14236")


def test_members_now_are_not_those_elected(command: Engine) -> None:
    """"hiện còn" asks the 25 now; the 27 elected at the congress is never given as the answer."""
    answer = command.ask("BCH đảng bộ hiện còn bn ủy viên")
    assert answer.figure is not None, answer.reply
    assert answer.figure.value == Decimal("25"), answer.reply
    assert not (answer.status == "answered" and answer.figure.value == Decimal("27")), answer.reply
