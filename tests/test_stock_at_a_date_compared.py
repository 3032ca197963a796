"""A stock compared with its value on a day before, given in brackets (session 27, in our own words).

Before: in "… có 5.904 đảng viên …, tăng 92 đảng viên so với thời điểm 31/12/2025 (5.812 đảng viên)" the
5.812 was read as a rise dated 30/9/2026, so "cuối năm 2025 có bao nhiêu đảng viên" found only figures of
other things.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

NINE_MONTHS = """
HUYỆN ỦY PHÚ LẠC
*
Số 301-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lạc, ngày 05 tháng 10 năm 2026

BÁO CÁO
kết quả công tác xây dựng Đảng 9 tháng đầu năm 2026

I- KẾT QUẢ

1. Công tác đảng viên
Đến ngày 30/9/2026, Đảng bộ huyện có 5.904 đảng viên (5.588 đảng viên chính thức, 316 đảng viên dự bị), tăng 92 đảng viên so với thời điểm 31/12/2025 (5.812 đảng viên).
2. Công tác cán bộ
Tổng số giường bệnh của Trung tâm Y tế huyện đến ngày 30/9/2026 là 312 giường, tăng 18 giường so với ngày 31/12/2025 (294 giường).
"""


@pytest.fixture(scope="module")
def nine_months(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "301-BC-HU-2026.txt", NINE_MONTHS))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cuối năm 2025 đảng bộ có bao nhiêu đảng viên", "5812"),
        ("so dang vien ngay 31/12/2025", "5812"),
        ("hiện nay đảng bộ có bao nhiêu đảng viên", "5904"),
        ("giường bệnh cuối năm 2025 bao nhiêu", "294"),
    ],
    ids=["year-end", "date-typed", "now-guard", "beds-year-end"],
)
def test_the_stock_on_each_day(nine_months: Engine, question: str, value: str) -> None:
    """The bracket's figure is the stock on the day compared with; the sentence's own is of its own day."""
    answered_with(nine_months, question, value)
