"""A bank branch's year, written small in our own words.

It holds what session 16's held-back data taught: an appendix of stocks at two dates ("31/12/2025 |
Kế hoạch 2026 | 31/12/2026 | Tăng/giảm so đầu năm | % so KH") answers a question naming no date with the
newest stock, not the start of the year; a date the report aims at ("đến 31/12/2027") is no newer stock;
"dư nợ" asks a sum of money; "năm 2025" asked is the column "31/12/2025"; a figure of the report's year meets the column of its last day ("31/12/2026"),
one said of the year's start does not.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, written

BANK_YEAR = """

ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH
ĐẢNG ỦY CHI NHÁNH NGÂN HÀNG AN BÌNH
*
Số 21-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Bình, ngày 12 tháng 01 năm 2027

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2026

I- KẾT QUẢ

Đầu năm 2026, Đảng bộ Chi nhánh có 09 chi bộ trực thuộc với 214 đảng viên. Đến 31/12/2026, tổng dư nợ đạt 9.412 tỷ đồng, tăng 8,6% so với đầu năm; dư nợ tín dụng xanh 402 tỷ đồng; tổng dư nợ vốn vay ủy thác qua tổ chức hội 412,6 tỷ đồng. Thu dịch vụ ròng 86,4 tỷ đồng, tăng 12,1% so với năm 2025. Thu nhập bình quân người lao động năm 2025 đạt 21,4 triệu đồng/tháng. Đề nghị Đảng ủy cấp trên xét tặng Huy hiệu 30 năm tuổi Đảng cho 03 đồng chí.

II- PHƯƠNG HƯỚNG NĂM 2027

Phấn đấu đến 31/12/2027 tổng dư nợ đạt 10.300 tỷ đồng.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\t31/12/2025\tKế hoạch 2026\t31/12/2026\tTăng/giảm so đầu năm\t% so KH
1\tTổng dư nợ\tTỷ đồng\t8.667\t9.300\t9.412\t745\t101,20
2\tDư nợ tín dụng xanh\tTỷ đồng\t318\t380\t402\t84\t105,79
3\tMáy ATM\tMáy\t36\t38\t38\t2\t100,00
4\tSố khách hàng sử dụng ngân hàng số\tKhách hàng\t152.400\t170.000\t176.930\t24.530\t104,08
5\tThu dịch vụ ròng\tTỷ đồng\t77,1\t85\t68,4\t-8,7\t80,47
7\tDư nợ vốn vay ủy thác Ngân hàng Chính sách xã hội\tTỷ đồng\t398,2\t420\t416,2\t18,0\t99,10
6\tSố chi bộ trực thuộc\tChi bộ\t9\t\t8\t-1\t
"""


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "21-BC-DU-2027.txt", BANK_YEAR))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("du no tin dung xanh", "402"),
        ("so may atm", "38"),
        ("so khach hang dung ngan hang so", "176930"),
        ("tổng dư nợ bao nhiêu", "9412"),
        ("số máy ATM đến 31/12/2025", "36"),
    ],
    ids=["green-loans-now", "atms-now", "digital-customers-now", "loans-now", "a-date-named"],
)
def test_the_newest_stock_unless_a_date_is_named(bank: Engine, question: str, expected: str) -> None:
    answer = bank.ask(question)
    assert answer.status == "answered" and answer.figure is not None, answer.reply
    assert answer.figure.value == Decimal(expected), answer.reply


@pytest.mark.parametrize(
    ("question", "expected"),
    [("số máy ATM năm 2025", "36"), ("du no tin dung xanh nam 2025 bn", "318"), ("thu nhập bình quân NLĐ năm 2025", "21.4")],
    ids=["atms", "green-loans", "a-sentence-of-the-year"],
)
def test_a_year_asked_is_the_column_of_its_last_day(bank: Engine, question: str, expected: str) -> None:
    """"năm 2025" where the text dates a figure 2025 too: the cell "31/12/2025" is that year's."""
    answer = bank.ask(question)
    assert answer.status == "answered" and answer.figure is not None, answer.reply
    assert answer.figure.value == Decimal(expected), answer.reply


def test_the_years_figure_meets_the_column_of_its_last_day(bank: Engine) -> None:
    """"Thu dịch vụ ròng 86,4 tỷ đồng" (the year 2026) against the cell "31/12/2026" of 68,4: a conflict."""
    answer = bank.ask("thu dịch vụ ròng bao nhiêu")
    assert answer.conflict, answer.reply
    assert {Decimal("86.4"), Decimal("68.4")} <= {answer.figure.value, *(a.value for a in answer.alternatives)}, answer.reply


def test_the_years_start_is_not_its_last_day(bank: Engine) -> None:
    """"Đầu năm 2026 … có 09 chi bộ" is the start of the year: no conflict with the 8 of "31/12/2026"."""
    assert not any(
        bank.index.conflicts.get(i) for i, f in enumerate(bank.index.facts) if f.value == Decimal("9") and f.unit == "chi bộ"
    )


def test_digits_swapped_over_the_decimal_comma_are_a_conflict(bank: Engine) -> None:
    """"412,6" in the text against the cell "416,2": the 2 and the 6 swapped, the comma between them."""
    answer = bank.ask("dư nợ vốn vay ủy thác qua tổ chức hội")
    assert answer.conflict, answer.reply
    assert {Decimal("412.6"), Decimal("416.2")} <= {answer.figure.value, *(a.value for a in answer.alternatives)}, answer.reply


def test_a_badge_class_not_written_is_not_another_class(bank: Engine) -> None:
    """"Huy hiệu 40 năm" where only "Huy hiệu 30 năm tuổi Đảng cho 03 đồng chí" is written: not found."""
    assert bank.ask("bao nhiêu đảng viên được tặng huy hiệu 40 năm tuổi đảng").status != "answered"
    answer = bank.ask("huy hiệu 30 năm tuổi đảng mấy đồng chí")
    assert answer.figure is not None and answer.figure.value == Decimal("3"), answer.reply
