"""A year's report looking back over its term, written small in our own words (session 22's report90).

Before: "Nhìn lại cả nhiệm kỳ 2020-2025, tổng thu … 5 năm đạt 91.948 tỷ đồng" had no period, so it stood for
the year's revenue; and "cả nhiệm kỳ đạt bao nhiêu % chỉ tiêu" found only shares of plans and said nothing.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

FINANCE = """

ĐẢNG BỘ TỈNH BÌNH LÂM
ĐẢNG ỦY SỞ TÀI CHÍNH
*
Số 74-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bình Lâm, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I- KẾT QUẢ

Kết quả, tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 21.486 tỷ đồng, đạt 111,91% dự toán, bằng 112,37% so với cùng kỳ.

Nhìn lại cả nhiệm kỳ 2020-2025, tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 91.948 tỷ đồng, đạt 108,17% chỉ tiêu Nghị quyết (85.000 tỷ đồng); có 5.233 doanh nghiệp thành lập mới, đạt 104,66% chỉ tiêu.

PHỤ LỤC
THU NGÂN SÁCH QUA CÁC NĂM

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2021\tNăm 2022\tNăm 2023\tNăm 2024\tNăm 2025
1\tTổng thu ngân sách nhà nước trên địa bàn\ttỷ đồng\t15.872\t17.364\t18.105\t19.121\t21.486
2\tDoanh nghiệp thành lập mới\tDoanh nghiệp\t1.010\t1.022\t1.047\t1.064\t1.090
"""


@pytest.fixture(scope="module")
def finance(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "74-BC-DU-2025.txt", FINANCE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tổng thu ngân sách nhà nước bao nhiêu", "21486"),
        ("thu ngân sách cả nhiệm kỳ đạt bao nhiêu % chỉ tiêu nghị quyết", "108.17"),
        ("tổng thu ngân sách cả nhiệm kỳ", "91948"),
    ],
    ids=["the-years-own-revenue", "the-terms-share-of-its-target", "the-terms-revenue"],
)
def test_the_year_and_its_term(finance: Engine, question: str, value: str) -> None:
    """The year's figure unless the term is asked; the term's when it is."""
    answered_with(finance, question, value)
