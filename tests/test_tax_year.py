"""A tax department's year, written small in our own words.

It holds what session 16's data taught: a column "Dự toán 2025" is the budget set (a target), not a
second figure of 2025; the shorthand of taxes (TNCN, VAT, GTGT, HĐĐT) reads as the report writes it;
"thuế giá trị gia tăng" holds no "trị giá" (money) and no "tăng bao nhiêu" (growth); "2%" typed before
"bao nhiêu tiền" is a figure given, not a percentage asked; "hóa đơn không có mã" is not "có mã";
"21,3 triệu hóa đơn" counts invoices, it is no money; two digits swapped against a row the clause names
are a conflict.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, written

TAX_YEAR = """

ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY CỤC THUẾ TỈNH NAM HÀ
*
Số 12-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Hà, ngày 10 tháng 01 năm 2026

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025

I- KẾT QUẢ

Tổng thu ngân sách do ngành thuế quản lý năm 2025 đạt 9.140,5 tỷ đồng¹, bằng 114,26% dự toán Bộ Tài chính giao (8.000 tỷ đồng); trong đó thuế giá trị gia tăng 2.310,4 tỷ đồng, thuế thu nhập cá nhân 815,2 tỷ đồng. Thực hiện giảm thuế giá trị gia tăng 2% với số tiền 236,8 tỷ đồng. Toàn tỉnh sử dụng 40,6 triệu hóa đơn điện tử². Ban hành 812 quyết định cưỡng chế nợ thuế, thu được 254,7 tỷ đồng.

¹ Quý I đạt 2.010,3 tỷ đồng; quý II đạt 2.300,1 tỷ đồng; quý III đạt 2.215,6 tỷ đồng; quý IV đạt 2.614,5 tỷ đồng.
² Hóa đơn có mã của cơ quan thuế 12,4 triệu hóa đơn; hóa đơn không có mã 28,2 triệu hóa đơn.

PHỤ LỤC

STT\tNội dung\tĐơn vị tính\tThực hiện 2024\tDự toán 2025\tThực hiện 2025\t% so dự toán\t% so cùng kỳ
1\tTổng thu ngân sách do ngành thuế quản lý\tTỷ đồng\t8.012,3\t8.000\t9.140,5\t114,26\t114,08
2\tThuế giá trị gia tăng\tTỷ đồng\t2.104,7\t2.150\t2.310,4\t107,46\t109,77
3\tThuế thu nhập cá nhân\tTỷ đồng\t702,9\t760\t815,2\t107,26\t115,98
4\tThu tiền nợ thuế qua cưỡng chế\tTỷ đồng\t198,3\t230\t245,7\t106,83\t123,90
"""


@pytest.fixture(scope="module")
def tax(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "12-BC-DU-2026.txt", TAX_YEAR))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("thuế thu nhập cá nhân thu được bao nhiêu", "815.2"),
        ("thu thue gia tri gia tang bao nhieu", "2310.4"),
        ("thuế TNCN năm 2024 thu bao nhiêu", "702.9"),
        ("thu thuế VAT được bao nhiêu", "2310.4"),
        ("dự toán thuế GTGT năm 2025 là bao nhiêu", "2150"),
        ("khoản giảm 2% thuế VAT là bao nhiêu tiền", "236.8"),
        ("quý 1 năm 2025 thu ngân sách bao nhiêu", "2010.3"),
    ],
    ids=["done-not-the-budget", "vat-no-growth-asked", "tncn-a-year", "vat", "the-budget-set", "given-percent", "a-quarter-of-the-year-reported"],
)
def test_the_figure_asked(tax: Engine, question: str, expected: str) -> None:
    answer = tax.ask(question)
    assert answer.status == "answered" and answer.figure is not None, answer.reply
    assert answer.figure.value == Decimal(expected), answer.reply


def test_a_label_saying_not_is_not_what_is_asked(tax: Engine) -> None:
    """"sl HĐĐT có mã": the 12,4 million with a code first; never the 28,2 million "không có mã"."""
    answer = tax.ask("sl HĐĐT có mã")
    assert answer.figure is not None and answer.figure.value == Decimal("12.4"), answer.reply
    assert Decimal("28.2") not in {a.value for a in answer.alternatives}, answer.reply


def test_two_digits_swapped_in_a_clause_naming_the_row_are_a_conflict(tax: Engine) -> None:
    """"quyết định cưỡng chế nợ thuế, thu được 254,7 tỷ đồng" against the row's 245,7: the clause names the
    row's words though the figure's own label is only "thu"."""
    answer = tax.ask("thu nợ qua cưỡng chế được bao nhiêu tiền")
    assert answer.conflict, answer.reply
    assert {Decimal("254.7"), Decimal("245.7")} <= {answer.figure.value, *(a.value for a in answer.alternatives)}, answer.reply


def test_a_budget_column_is_a_target(tax: Engine) -> None:
    kinds = {f.kind for f in tax.index.facts if f.value == Decimal("760")}
    assert kinds == {"target"}, kinds


def test_a_budget_a_ministry_gave_in_brackets_is_a_target(tax: Engine) -> None:
    """"bằng 114,26% dự toán Bộ Tài chính giao (8.000 tỷ đồng)": the 8.000 is the budget set, no rival of 9.140,5."""
    assert {f.kind for f in tax.index.facts if f.value == Decimal("8000")} == {"target"}
    answer = tax.ask("tong thu ngan sach nam 2025")
    assert answer.status == "answered" and answer.figure is not None, answer.reply
    assert answer.figure.value == Decimal("9140.5"), answer.reply


def test_millions_of_invoices_are_no_money(tax: Engine) -> None:
    units = {f.unit for f in tax.index.facts if f.value == Decimal("40.6")}
    assert units == {"triệu hóa đơn"}, units
