"""The figure in brackets after "so với …" is the measure's own at that base (session 34), in our own words.

- "Tổng doanh thu đạt 1.245,6 tỷ đồng, vượt 45,6 tỷ đồng so với kế hoạch (1.200 tỷ đồng), tăng 112,4 tỷ đồng so
  với năm 2024 (1.133,2 tỷ đồng)¹": the 1.133,2 is 2024's revenue, and the note's "Năm 2023 đạt 1.087,9 tỷ đồng"
  items are earlier years of it. Before, they were all named "tăng" (the change beside them) and "doanh thu năm
  2023" found nothing.
- "giảm 04 vụ so với cùng kỳ (23 vụ)" in a half-year report: the 23 are the first half of the year before. Before,
  the 23 had no period and "cùng kỳ năm ngoái có mấy vụ …" found nothing.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

PORT_YEAR = """
TỔNG CÔNG TY HÀNG HẢI LẠC GIANG
ĐẢNG ỦY CÔNG TY CẢNG BẾN THÀNH
*
Số 27-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Lạc Giang, ngày 22 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. SẢN XUẤT KINH DOANH

Tổng doanh thu đạt 1.245,6 tỷ đồng, vượt 45,6 tỷ đồng so với kế hoạch (1.200 tỷ đồng), tăng 112,4 tỷ đồng so với năm 2024 (1.133,2 tỷ đồng)¹; lợi nhuận trước thuế 186,3 tỷ đồng.

¹ Năm 2022 đạt 1.012,5 tỷ đồng; năm 2023 đạt 1.087,9 tỷ đồng.
"""

WARD_HALF = """
ĐẢNG BỘ QUẬN HẢI AN
ĐẢNG ỦY PHƯỜNG TÂN LẬP
*
Số 88-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lập, ngày 25 tháng 6 năm 2026

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ 6 tháng đầu năm 2026

I. QUỐC PHÒNG, AN NINH

An ninh chính trị được giữ vững; 6 tháng xảy ra 19 vụ phạm pháp hình sự, giảm 04 vụ so với cùng kỳ (23 vụ); điều tra làm rõ 16 vụ, đạt 84,21%.
"""


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "27-BC-DU-2025.txt", PORT_YEAR))


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "88-BC-DU-2026.txt", WARD_HALF))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("doanh thu năm 2023", "1087.9"),
        ("năm 2022 tổng doanh thu đạt bao nhiêu tỷ", "1012.5"),
        ("doanh thu nam 2024 la bao nhieu", "1133.2"),
        ("tổng doanh thu năm 2025", "1245.6"),
    ],
    ids=["note-2023", "note-2022", "bracket-2024", "this-year-guard"],
)
def test_earlier_years_of_the_measure(port: Engine, question: str, value: str) -> None:
    """Each year's revenue, named as revenue (this year's is a guard: it passed before)."""
    answer = answered_with(port, question, value)
    assert answer.figure is not None and "doanh thu" in answer.figure.label.casefold()


@pytest.mark.parametrize(
    ("question", "value"),
    [("bao nhiêu vụ phạm pháp hình sự", "19"), ("cùng kỳ năm ngoái có mấy vụ phạm pháp hình sự", "23")],
    ids=["this-half-guard", "same-half-last-year"],
)
def test_the_same_span_a_year_before(ward: Engine, question: str, value: str) -> None:
    """This half year's cases (a guard: it passed before), or those of the same half a year before when asked."""
    answered_with(ward, question, value)
