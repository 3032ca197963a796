"""A veterans' association's year, written small in our own words.

Session 20's data taught: "2. Giảm nghèo, vốn vay …" between two tables of one appendix starts a table of its
own (its "Tổng cộng" row is read with its own columns); "tặng 10.344 suất quà" and a table's unit "Suất" count
gifts; "bình quân 1,004 triệu đồng/hội viên" is what each member has; "giảm bao nhiêu %" of a cell "-10,82"
is a fall of 10,82%; "sl đv chính thức" asks how many there are, not how many were confirmed this year; "hội có bao nhiêu chi hội"
names no "hội có"; "cuối năm … còn bao nhiêu hộ nghèo" is the row "… nghèo cuối năm", not "… đầu năm" nor "… thoát
nghèo" beside it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, written

VETERANS = """

TỈNH ỦY TRÀ SƠN
ĐẢNG ĐOÀN HỘI CỰU CHIẾN BINH TỈNH
*
Số 87-BC/ĐĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Trà Sơn, ngày 05 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo công tác Hội năm 2025

I- KẾT QUẢ

1. Xây dựng tổ chức Hội

Hội có 1.246 chi hội. Toàn tỉnh có 172 cơ sở hội với 38.457 hội viên, trong đó 31.208 cựu chiến binh, 7.249 cựu quân nhân; 15.736
hội viên là đảng viên. Đảng đoàn có 2.781 đảng viên chính thức; trong năm công nhận đảng viên chính thức cho
58 đồng chí.

2. Nghĩa tình đồng đội

Quỹ hội các cấp đến nay đạt 38,62 tỷ đồng, bình quân 1,004 triệu đồng/hội viên. Thăm hỏi, tặng 10.344 suất quà
cho hội viên ốm đau; kinh phí quỹ hội các cấp 7,46 tỷ đồng.

PHỤ LỤC
SỐ LIỆU CƠ BẢN CỦA HỘI CÁC HUYỆN
(Số liệu đến ngày 30/11/2025)

1. Tổ chức Hội và hội viên

STT\tĐơn vị\tCơ sở hội\tTổng số hội viên\tCựu chiến binh\tCựu quân nhân\tHội viên là đảng viên
1\tHuyện Kim Hòa\t90\t20.102\t16.311\t3.791\t8.210
2\tHuyện Phước Lâm\t82\t18.355\t14.897\t3.458\t7.526
\tTổng cộng\t172\t38.457\t31.208\t7.249\t15.736

2. Giảm nghèo, vốn vay năm 2025

STT\tĐơn vị\tHộ nghèo đầu năm\tHộ nghèo cuối năm\tDư nợ ủy thác (triệu đồng)\tNợ quá hạn (%)
1\tHuyện Kim Hòa\t190\t110\t402.115\t0,15
2\tHuyện Phước Lâm\t172\t99\t340.735\t0,19
\tTổng cộng\t362\t209\t742.850\t0,17

PHỤ LỤC II
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\tNăm 2025\tTăng, giảm (%)
1\tSuất quà thăm hỏi hội viên\tSuất\t9.916\t10.344\t4,32
2\tSố hộ hội viên nghèo\tHộ\t234\t209\t-10,68
"""


@pytest.fixture(scope="module")
def veterans(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "87-BC-DD-2025.txt", VETERANS))


@pytest.mark.parametrize(
    ("question", "value", "shown"),
    [
        ("hiện nay có bao nhiêu cơ sở hội", "172", "172 cơ sở hội"),
        ("bao nhiêu hội viên là đảng viên", "15736", "15.736"),
        ("năm 2025 tặng bao nhiêu suất quà thăm hỏi hội viên", "10344", "10.344"),
        ("tính ra mỗi hội viên có bao nhiêu tiền quỹ hội", "1.004", "1,004 triệu đồng"),
        ("so ho hoi vien ngheo giam bao nhieu phan tram", "10.68", "giảm 10,68%"),
        ("sl đv chính thức", "2781", "2.781"),
        ("hoi co bao nhieu chi hoi", "1246", "1.246"),
        ("cuối năm 2024 còn bao nhiêu hộ hội viên nghèo", "234", "234"),
    ],
    ids=[
        "second-table-own-columns", "first-table-total", "gifts-counted", "per-member", "fall-as-magnitude",
        "headcount-not-event", "co-is-a-verb", "end-of-year-row",
    ],
)
def test_the_figure_asked(veterans: Engine, question: str, value: str, shown: str) -> None:
    """The figure asked, not its neighbour in a misread table or a sentence about something else (the first
    table's total, the gifts, the headcount, "có" and the end-of-year row are guards in this small report:
    right before, kept right; report76's floor holds the cases that failed)."""
    answer = veterans.ask(question)
    assert answer.status == "answered", answer.reply
    assert answer.figure is not None and answer.figure.value == Decimal(value), answer.reply
    assert shown in answer.reply
