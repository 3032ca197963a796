"""Two years asked in one question, on a small mid-term review written in our own words (session 26).

Before: "số đảng viên năm 2020 và năm 2022" gave the bundled report's 7.261 members of now, "tỷ lệ … năm 2021
và 2022" the term's average, "… năm 2022 so với năm 2023" only 2022's cell (the second year was read as the base
of a rise nobody asked), and "từ 2021 đến giữa 2024" (a span to a half year's end) found nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

REVIEW = """
ĐẢNG BỘ TỈNH HÒA BÌNH NAM
ĐẢNG ỦY KHỐI DOANH NGHIỆP
*
Số 52-BC/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình Nam, ngày 20 tháng 7 năm 2024

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Khối lần thứ V, nhiệm kỳ 2021 - 2026

I- KẾT QUẢ

1. Xây dựng tổ chức đảng

Đảng bộ Khối hiện có 41 tổ chức cơ sở đảng với 3.262 đảng viên. Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên
bình quân đạt 91,2%³ (chỉ tiêu 90%).
³Năm 2021, đạt tỷ lệ 90,1%; năm 2022, đạt tỷ lệ 91,5%; năm 2023, đạt tỷ lệ 92,4%.

2. Kiểm tra, giám sát

Cấp ủy các cấp đã kiểm tra, giám sát 3.520 lượt đảng viên.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU

STT\tChỉ tiêu\tĐVT\t2021\t2022\t2023\t6 tháng 2024\tThực hiện
1\tTổng số đảng viên\tđảng viên\t3.120\t3.188\t3.240\t3.262\t
2\tKiểm tra, giám sát\tđảng viên\t1.020\t980\t1.110\t410\t3.520
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "52-BC-DUK-2024.txt", REVIEW))


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("số đảng viên năm 2021 và năm 2023", "3120", "3240"),
        ("nam 2021 va nam 2022 ty le chi bo hoan thanh tot nhiem vu tro len", "90.1", "91.5"),
        ("số đảng viên được kiểm tra, giám sát năm 2022 so với năm 2023", "980", "1110"),
    ],
    ids=["members-two-years", "rate-two-years-unaccented", "two-years-compared"],
)
def test_both_years_shown(review: Engine, question: str, first: str, second: str) -> None:
    """Each year's figure, the first as the answer and both in the series shown, nothing of another time (the
    members' row was answered so before too: a guard)."""
    answer = answered_with(review, question, first)
    assert answer.series, answer.reply
    assert [p.value for p in answer.parts] == [Decimal(first), Decimal(second)], answer.reply


def test_a_rise_asked_keeps_its_base(review: Engine) -> None:
    """A change asked ("tăng bao nhiêu … so với năm 2022"): the earlier year is no second figure to list (a guard:
    so before too)."""
    answer = review.ask("số đảng viên năm 2023 tăng bao nhiêu so với năm 2022")
    assert not answer.series, answer.reply


@pytest.mark.parametrize(
    "question",
    ["tổng số đảng viên được kiểm tra giám sát từ 2021 đến giữa 2024", "sl đv được KTGS từ năm 2021 đến 6 tháng 2024"],
    ids=["to-mid-year", "to-half-year-abbreviated"],
)
def test_a_span_to_the_reports_half_year(review: Engine, question: str) -> None:
    """From the term's first year to the report's half year: all done so far (the row's sum)."""
    answered_with(review, question, "3520")
