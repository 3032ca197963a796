"""An agriculture department's year, written small in our own words.

Session 18's unseen data taught: "với tổng số 2.789.530 liều vắc xin" is a total, not a document's number
("số 12"), and "liều" counts doses; "trong tổng số 43.041 cựu chiến binh" is the whole the rate is taken of;
"Cuối năm 2024 … có 1.512 đảng viên; trong năm tăng 110 …, giảm 136 …; đến nay còn 1.486": the flows are the
year's, not 2024's, and 136 that went is no state at the term's start.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

FARM_YEAR = """

ĐẢNG BỘ TỈNH TÂY LÂM
ĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
*
Số 208-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tây Lâm, ngày 18 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025

I- KẾT QUẢ

Tổ chức tiêm phòng đợt 1 và đợt 2 năm 2025 với tổng số 2.789.530 liều vắc xin các loại⁵; tỷ lệ tiêm phòng lở mồm
long móng trên đàn trâu, bò đạt 84,6% tổng đàn trong diện tiêm. Hội Cựu chiến binh Sở tập hợp được 97,26% trong
tổng số 1.041 cựu chiến binh trên địa bàn.

II- XÂY DỰNG ĐẢNG

Năm 2025 kết nạp 47 đảng viên, đạt 117,50% chỉ tiêu. Cuối năm 2024 Đảng bộ (tính gộp hai đảng bộ) có 1.512 đảng
viên; trong năm tăng 110 đảng viên, giảm 136 đảng viên; đến nay còn 1.486 đảng viên.

⁵ Lở mồm long móng 218.420 liều; dịch tả lợn 125.090 liều; cúm gia cầm 2.446.020 liều.
"""


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "208-BC-DU-2025.txt", FARM_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tieem phong tong bao nhieu lieu vac xin", "2789530"),
        ("năm 2025 tiêm bao nhiêu liều vắc-xin", "2789530"),
        ("tổng số cựu chiến binh trên địa bàn", "1041"),
    ],
    ids=["doses-telex", "doses-hyphen", "veterans-whole"],
)
def test_a_total_after_tong_so_is_a_figure(farm: Engine, question: str, value: str) -> None:
    """"với tổng số 2.789.530 liều", "trong tổng số 1.041 cựu chiến binh": figures, not document numbers."""
    answered_with(farm, question, value)


def test_doses_break_down_by_disease(farm: Engine) -> None:
    """The note's three diseases add up to the doses given."""
    answer = answered_with(farm, "tiêm phòng bao nhiêu liều vắc xin, chia theo từng bệnh", "2789530")
    assert {str(p.value) for p in answer.parts} == {"218420", "125090", "2446020"}, answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [("so dang vien cuoi nam 2024", "1512"), ("hiện nay đảng bộ còn bao nhiêu đảng viên", "1486")],
    ids=["end-of-2024", "now"],
)
def test_a_stock_and_the_years_flows(farm: Engine, question: str, value: str) -> None:
    """"Cuối năm 2024" dates the 1.512, not the "trong năm tăng 110" after it."""
    answered_with(farm, question, value)


def test_flows_are_not_dated_by_the_opening_year(farm: Engine) -> None:
    """The 110 added and 136 gone are of the year reported, not "cuối năm 2024" nor the term's start."""
    periods = {f.value: f.period for f in farm.index.facts if f.unit == "đảng viên"}
    assert periods[Decimal("110")] is None and periods[Decimal("136")] is None, periods
