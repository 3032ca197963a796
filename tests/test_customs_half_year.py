"""A customs office's half year, written small in our own words.

Session 18's unseen data taught: "tổng kim ngạch xuất nhập khẩu" asks the total row, though its part
"Nhập khẩu" is said inside the phrase; a text figure whose note holds the same parts as a row of the appendix
("148.326 tờ khai²" with "² … xuất khẩu 60.214 …; … nhập khẩu 88.112 …" and "Tổng số tờ khai | 148.236" over
those two rows) is that row's measure whatever words each says it with, so the swapped digits show as a conflict;
the rows under "2 | Phân theo đơn vị" (no figures of its own) divide the group's first row ("Tổng kim ngạch …"),
so "kim ngạch cửa khẩu Na Hìn" is that row's, not the same office's budget revenue.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

CUSTOMS_HALF = """

ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY CHI CỤC HẢI QUAN CỬA KHẨU BẮC SƠN
*
Số 21-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Sơn, ngày 06 tháng 7 năm 2026

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị 6 tháng đầu năm 2026

I- KẾT QUẢ

6 tháng đầu năm, Chi cục đã tiếp nhận, làm thủ tục cho 148.326 tờ khai², tăng 12,40% so với cùng kỳ; tổng kim
ngạch xuất nhập khẩu đạt 5.120,5 triệu USD.

² Tờ khai xuất khẩu 60.214 tờ khai; tờ khai nhập khẩu 88.112 tờ khai.

PHỤ LỤC

STT\tNội dung\tĐơn vị tính\t6 tháng 2025\t6 tháng 2026\tSo sánh cùng kỳ (%)
I\tTỜ KHAI HẢI QUAN\t\t\t\t
1\tTổng số tờ khai\tTờ khai\t131.950\t148.236\t112,34
\t- Tờ khai xuất khẩu\tTờ khai\t53.100\t60.214\t113,40
\t- Tờ khai nhập khẩu\tTờ khai\t78.850\t88.112\t111,75
II\tKIM NGẠCH\t\t\t\t
1\tTổng kim ngạch xuất nhập khẩu\tTriệu USD\t4.410,0\t5.120,5\t116,11
\t- Xuất khẩu\tTriệu USD\t1.905,2\t2.208,3\t115,91
\t- Nhập khẩu\tTriệu USD\t2.504,8\t2.912,2\t116,27
2\tPhân theo đơn vị\t\t\t\t
\t- Hải quan cửa khẩu Bắc Sơn\tTriệu USD\t3.010,4\t3.488,1\t115,87
\t- Hải quan cửa khẩu Na Hìn\tTriệu USD\t1.399,6\t1.632,4\t116,63
III\tTHU NGÂN SÁCH\t\t\t\t
1\tTổng thu ngân sách\tTỷ đồng\t3.402,1\t3.915,6\t115,09
2\tPhân theo đơn vị\t\t\t\t
\t- Hải quan cửa khẩu Bắc Sơn\tTỷ đồng\t2.611,7\t2.987,3\t114,38
\t- Hải quan cửa khẩu Na Hìn\tTỷ đồng\t790,4\t928,3\t117,45
"""


@pytest.fixture(scope="module")
def customs(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "21-BC-DU-2026.txt", CUSTOMS_HALF))


@pytest.mark.parametrize("question", ["tong kim ngach xuat nhap khau", "tổng kim ngạch xuất, nhập khẩu"], ids=["plain", "comma"])
def test_xuat_nhap_khau_is_the_total(customs: Engine, question: str) -> None:
    """"xuất nhập khẩu" holds "nhập khẩu" but names the total, not its part."""
    answered_with(customs, question, "5120.5")


@pytest.mark.parametrize(
    "question",
    ["chi cục làm thủ tục cho bao nhiêu tờ khai", "tổng số tờ khai 6 tháng 2026"],
    ids=["text-words", "row-words"],
)
def test_same_parts_make_one_measure(customs: Engine, question: str) -> None:
    """The text's 148.326 and the row's 148.236 share their two parts: both shown, as a conflict."""
    answer = customs.ask(question)
    assert {Decimal("148326"), Decimal("148236")} <= shown_values(answer), answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [("kim ngach cua khau na hin 6 thang 2026", "1632.4"), ("thu ngân sách tại cửa khẩu Na Hìn 6 tháng 2026", "928.3")],
    ids=["trade-of-one-office", "revenue-of-one-office"],
)
def test_a_divider_row_names_what_it_divides(customs: Engine, question: str, value: str) -> None:
    """"2 | Phân theo đơn vị" under "1 | Tổng kim ngạch xuất nhập khẩu": each office's row is of that measure."""
    answer = answered_with(customs, question, value)
    assert answer.figure is not None and "phân theo đơn vị" in answer.figure.label.casefold(), answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [("sl tờ khai XK 6t", "60214"), ("kim ngạch XNK 6 tháng 2026", "5120.5")],
    ids=["XK", "XNK"],
)
def test_trade_abbreviations(customs: Engine, question: str, value: str) -> None:
    """"XK" is xuất khẩu, "XNK" xuất nhập khẩu."""
    answered_with(customs, question, value)
