"""Conflicts of a text figure and its appendix row found by two swapped digits (session 24's report99 and
report100), and the label of a part after "trong đó", written small in our own words.

Before: "Toàn tỉnh hiện có 1.264 người có uy tín" under "3. Công tác dân tộc" missed the row "Người có uy tín
trong đồng bào dân tộc thiểu số | 1.246" (the heading says the rest); the quoted name 'Quỹ "Vì người nghèo"'
was read as two words, so the text's 1.372 missed the table's 1.327; "trong đó 287 tiến sĩ" was labelled
"đó tiến sĩ".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

pytest_plugins = ["tests.answers_conftest"]

PROVINCE = """
TỈNH ỦY HÒA SƠN
BAN DÂN VẬN
*
Số 12-BC/BDVTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Sơn, ngày 10 tháng 12 năm 2026

BÁO CÁO
kết quả công tác dân vận năm 2026

I- KẾT QUẢ

1. Công tác xây dựng đội ngũ

Đội ngũ báo cáo viên có 412 người; trong đó 87 tiến sĩ, 205 thạc sĩ.

2. Công tác Mặt trận

Ủy ban Mặt trận Tổ quốc các xã vận động Quỹ "Vì người nghèo" được 1.372 triệu đồng, đạt 114,33% kế hoạch.

3. Công tác dân tộc

Tiếp tục phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số. Toàn tỉnh hiện có 1.264 người có uy tín; trong năm đã thăm hỏi, tặng quà 3.792 lượt người.

PHỤ LỤC 1
SỐ LIỆU THEO XÃ

STT\tXã\tSố hộ\tQuỹ "Vì người nghèo" (triệu đồng)
1\tXã Hòa An\t1.204\t652
2\tXã Hòa Bình\t1.388\t675
\tTổng cộng\t2.592\t1.327

PHỤ LỤC 2
MỘT SỐ CHỈ TIÊU

STT\tNội dung\tĐơn vị tính\tNăm 2025\tNăm 2026
1\tNgười có uy tín trong đồng bào dân tộc thiểu số\tNgười\t1.227\t1.246
2\tThăm hỏi, tặng quà người có uy tín\tLượt người\t3.610\t3.792
"""


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "12-BC-BDVTU-2026.txt", PROVINCE))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("có bao nhiêu người có uy tín trong đồng bào DTTS", {"1264", "1246"}),
        ("quỹ vì người nghèo vận động được bao nhiêu", {"1372", "1327"}),
    ],
    ids=["heading-says-the-rest", "quoted-fund-name"],
)
def test_both_sides_are_shown(province: Engine, question: str, values: set[str]) -> None:
    """The text's figure and the row's, two digits swapped: a conflict, both shown with their sources."""
    answer = province.ask(question)
    assert answer.status == "answered" and answer.conflict, answer.reply
    assert {Decimal(v) for v in values} <= shown_values(answer), answer.reply


def test_an_agreeing_row_is_no_conflict(province: Engine) -> None:
    """3.792 visits in the text and in the row: one figure."""
    answer = answered_with(province, "thăm hỏi tặng quà bao nhiêu lượt người có uy tín", "3792")
    assert not answer.conflict, answer.reply


def test_a_part_after_trong_do_is_named_by_its_words(province: Engine) -> None:
    """"… có 412 người; trong đó 87 tiến sĩ": the part is labelled "tiến sĩ", not "đó tiến sĩ"."""
    answer = answered_with(province, "có bao nhiêu tiến sĩ", "87")
    assert answer.figure is not None and not answer.figure.label.startswith("đó"), answer.reply
