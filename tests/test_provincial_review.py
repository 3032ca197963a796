"""A province's mid-term review, written small in our own words.

It holds what session 14's unseen data taught: counts stated in millions of another unit ("3,86 triệu
lượt khách", "1.286,42 triệu kWh") are no money; the last item of a footnote's list named by a count
before it ("07 Điện lực còn lại 1.243,96 triệu kWh") is that item, not the list's heading; officials'
shorthand ("ktra", "hộ KD").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

REVIEW = """

ĐẢNG BỘ TỈNH HÒA GIANG
TỈNH ỦY
*
Số 41-BC/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Giang, ngày 15 tháng 10 năm 2023

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT

I- LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI

1. Kinh tế

Du lịch phục hồi, năm 2022 đón 2,74 triệu lượt khách, doanh thu 3.180 tỷ đồng; 9 tháng năm 2023 đón 2,31 triệu lượt khách. Điện thương phẩm năm 2022 đạt 3.412,50 triệu kWh¹. Năm 2022 cấp mới 418 giấy chứng nhận đăng ký hộ kinh doanh.

¹ Sản lượng điện thương phẩm của các đơn vị: Điện lực thành phố Hòa Giang 1.204,30 triệu kWh; Điện lực Tây Sơn 856,20 triệu kWh; 05 Điện lực còn lại 1.352,00 triệu kWh.

2. Xây dựng Đảng

Cấp ủy các cấp kiểm tra 1.126 tổ chức đảng, 4.310 đảng viên; giám sát 1.480 tổ chức đảng.
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-TU-2023.txt", REVIEW))


@pytest.mark.parametrize(
    ("question", "value", "shown"),
    [
        ("khach du lich nam 2022 bao nhieu luot", "2.74", "2,74 triệu lượt"),
        ("9 tháng 2023 đón bao nhiêu lượt khách du lịch", "2.31", "2,31 triệu lượt"),
        ("điện thương phẩm năm 2022 bao nhiêu", "3412.50", "3.412,5 triệu kWh"),
    ],
    ids=["visits-in-millions", "visits-nine-months", "kwh-in-millions"],
)
def test_millions_of_another_unit_are_no_money(review: Engine, question: str, value: str, shown: str) -> None:
    answer = answered_with(review, question, value)
    assert answer.figure is not None and shown in answer.figure.shown, answer.reply
    assert "đồng" not in answer.figure.unit


def test_a_money_question_is_not_answered_with_visits(review: Engine) -> None:
    answered_with(review, "doanh thu du lịch năm 2022 bao nhiêu tỷ", "3180")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("điện lực thành phố hòa giang sản lượng điện thương phẩm bao nhiêu", "1204.30"),
        ("sản lượng điện thương phẩm của 5 điện lực còn lại", "1352.00"),
    ],
    ids=["named-unit", "the-rest-counted-before"],
)
def test_an_item_of_a_footnotes_list(review: Engine, question: str, value: str) -> None:
    answered_with(review, question, value)


def test_the_footnotes_items_break_the_total_down(review: Engine) -> None:
    answer = answered_with(review, "điện thương phẩm năm 2022 chia theo đơn vị", "3412.50")
    assert [p.value for p in answer.parts] == [Decimal("1204.30"), Decimal("856.20"), Decimal("1352.00")], answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cấp ủy các cấp ktra bn tổ chức đảng", "1126"),
        ("sl giấy cn đăng ký hộ KD cấp mới năm 2022", "418"),
    ],
    ids=["ktra", "ho-KD"],
)
def test_officials_shorthand(review: Engine, question: str, value: str) -> None:
    answered_with(review, question, value)
