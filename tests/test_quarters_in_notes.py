"""A commune's nine months whose notes give the quarters, written small in our own words.

It holds what session 16's data taught: "quý 2 kết nạp mấy đảng viên" in a report of nine months is
answered by the note's "quý II: 15 đảng viên" (not "not found" for want of a 3-month column); a note of
quarters marked after a rate ("… đạt 84% kế hoạch, tăng 5% so với cùng kỳ³") explains the count the
quarters add up to; "chia theo từng quý" takes the note's quarters, not the appendix's sources;
"thu khác" keeps "khác" (a stop word elsewhere).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, shown_values, written

COMMUNE_NINE_MONTHS = """

ĐẢNG BỘ TỈNH BÌNH SƠN
ĐẢNG ỦY XÃ TÂN HÒA
*
Số 45-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hòa, ngày 05 tháng 10 năm 2026

BÁO CÁO
kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026

I- KẾT QUẢ

1. Thu ngân sách

Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 60.300 triệu đồng¹, đạt 75,38% dự toán năm. Thu khác ngân sách 5.200 triệu đồng², đạt 65% dự toán.

¹ Quý I thu 18.100 triệu đồng; quý II thu 21.700 triệu đồng; quý III thu 20.500 triệu đồng.
² Thu phạt vi phạm hành chính 1.300 triệu đồng; thu hoa lợi công sản 3.900 triệu đồng.

2. Xây dựng Đảng

Kết nạp 42 đảng viên, đạt 84% kế hoạch, tăng 5% so với cùng kỳ³.

³ Quý I: 9 đảng viên; quý II: 15 đảng viên; quý III: 18 đảng viên.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2026\tThực hiện 9 tháng 2026\t% so KH
1\tTổng thu ngân sách nhà nước trên địa bàn\tTriệu đồng\t80.000\t60.300\t75,38
-\tThuế ngoài quốc doanh\tTriệu đồng\t30.000\t22.100\t73,67
-\tThu tiền sử dụng đất\tTriệu đồng\t42.000\t33.000\t78,57
-\tThu khác ngân sách\tTriệu đồng\t8.000\t5.200\t65,00
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "45-BC-DU-2026.txt", COMMUNE_NINE_MONTHS))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("quý 2 kết nạp mấy đảng viên", "15"),
        ("quy 3 ket nap bao nhieu dang vien", "18"),
        ("quý 1 kết nạp được bao nhiêu đv", "9"),
        ("quý II thu ngân sách bao nhiêu", "21700"),
    ],
    ids=["quarter-2", "quarter-3-plain", "quarter-1-no-3-month-column", "quarter-roman-money"],
)
def test_a_quarter_asked_is_the_notes_quarter(commune: Engine, question: str, expected: str) -> None:
    answer = commune.ask(question)
    assert answer.status == "answered" and answer.figure is not None, answer.reply
    assert answer.figure.value == Decimal(expected), answer.reply


@pytest.mark.parametrize(
    "question",
    ["quý 4 kết nạp bao nhiêu đảng viên", "quý 4 năm 2025 kết nạp bao nhiêu đảng viên"],
    ids=["a-quarter-not-reported", "another-years-quarter"],
)
def test_a_quarter_no_figure_is_said_of_is_not_found(commune: Engine, question: str) -> None:
    answer = commune.ask(question)
    assert answer.status == "not_found", answer.reply


def test_no_quarter_asked_is_the_whole_span(commune: Engine) -> None:
    answer = commune.ask("kết nạp bao nhiêu đảng viên")
    assert answer.figure is not None and answer.figure.value == Decimal("42"), answer.reply


def test_a_notes_quarters_marked_after_a_rate_explain_the_count(commune: Engine) -> None:
    """"Kết nạp 42 đảng viên, đạt 84% kế hoạch, tăng 5% so với cùng kỳ³": the quarters are of the 42."""
    answer = commune.ask("kết nạp đảng viên theo từng quý")
    assert answer.figure is not None and answer.figure.value == Decimal("42"), answer.reply
    assert {p.value for p in answer.parts} == {Decimal("9"), Decimal("15"), Decimal("18")}, answer.reply


@pytest.mark.parametrize(
    ("question", "total", "parts"),
    [
        ("tổng thu ngân sách chia theo từng quý", "60300", {"18100", "21700", "20500"}),
        ("tổng thu ngân sách gồm những nguồn nào", "60300", {"22100", "33000", "5200"}),
        ("thu khác ngân sách gồm những khoản nào", "5200", {"1300", "3900"}),
    ],
    ids=["by-quarter-from-the-note", "by-source-from-the-appendix", "other-revenue-is-not-the-total"],
)
def test_the_breakdown_named_is_given(commune: Engine, question: str, total: str, parts: set[str]) -> None:
    answer = commune.ask(question)
    assert answer.figure is not None and answer.figure.value == Decimal(total), answer.reply
    assert {p.value for p in answer.parts} == {Decimal(p) for p in parts}, answer.reply
    assert Decimal(total) in shown_values(answer)
