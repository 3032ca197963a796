"""An agriculture department's year, written small in our own words.

Session 18's unseen data taught: "với tổng số 2.789.530 liều vắc xin" is a total, not a document's number
("số 12"), and "liều" counts doses; "trong tổng số 43.041 cựu chiến binh" is the whole the rate is taken of.
"""

from __future__ import annotations

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
