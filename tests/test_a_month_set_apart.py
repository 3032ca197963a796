"""A month set apart in a year's report, in our own words (session 34).

- "Riêng tháng 12 xảy ra 14 vụ tai nạn giao thông, làm chết 6 người": the month's figures are December's, not the
  year's. Before, they had no period at all and "bao nhiêu người chết vì tai nạn giao thông" was answered by the
  month's 6 (its short sentence held every word asked), a wrong figure quoted as the year's 91.
- "tai nạn xe cộ" is a road accident ("tai nạn giao thông"): before, nothing was found.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

ROAD_YEAR = """
CÔNG AN TỈNH HÀ LAM
ĐẢNG ỦY
*
Số 64-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Lam, ngày 20 tháng 12 năm 2025

BÁO CÁO
kết quả công tác năm 2025

I. TRẬT TỰ AN TOÀN GIAO THÔNG

Năm 2025, trên địa bàn tỉnh xảy ra 173 vụ tai nạn giao thông, giảm 8,47% so với năm trước, làm chết 91 người, bị thương 138 người; lực lượng chức năng xử phạt 41.260 trường hợp vi phạm, nộp ngân sách 62,8 tỷ đồng. Riêng tháng 12 xảy ra 14 vụ tai nạn giao thông, làm chết 6 người, bị thương 11 người.

Trong năm xảy ra 19 vụ cháy, làm chết 1 người, thiệt hại tài sản ước tính 7,4 tỷ đồng.
"""


@pytest.fixture(scope="module")
def road_year(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "64-BC-DU-2025.txt", ROAD_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bao nhiêu người chết vì tai nạn giao thông", "91"),
        ("so nguoi bi thuong do tai nan giao thong", "138"),
        ("số vụ tai nạn giao thông trong năm", "173"),
    ],
    ids=["dead", "injured", "accidents"],
)
def test_the_year_not_the_month_set_apart(road_year: Engine, question: str, value: str) -> None:
    """No month asked: the year's figure."""
    answered_with(road_year, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("tháng 12 có bao nhiêu người chết vì tai nạn giao thông", "6"), ("riêng tháng 12 xảy ra mấy vụ TNGT", "14")],
    ids=["dead", "accidents"],
)
def test_the_month_asked(road_year: Engine, question: str, value: str) -> None:
    """December asked: December's figure, dated so in the reply."""
    answer = answered_with(road_year, question, value)
    assert "tháng 12/2025" in answer.reply


def test_a_car_accident_is_a_road_accident(road_year: Engine) -> None:
    """"tai nạn xe cộ" in everyday words."""
    answered_with(road_year, "bao nhiêu người thiệt mạng do tai nạn xe cộ", "91")
