"""The excess over a target as the report states it, and "NSNN" read in full, in our own words (session 32).

- "đã làm rõ 62 vụ, đạt 96,88%, vượt 6,88% so với chỉ tiêu Quốc hội giao (trên 90%)": "vượt chỉ tiêu bao nhiêu %"
  is the 6,88 the sentence states, with the 96,88 and the target 90 beside it; before, the 96,88 was answered
  (the target in brackets after the excess was not found as its target).
- "ĐTKP" is "điều tra khám phá" (crimes solved).
- "NSNN" is "ngân sách nhà nước", not any "ngân sách": "thu NSNN đạt bao nhiêu % dự toán" is the state budget
  revenue's 76,82 %, not the commune budget's 87,39 %.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

POLICE_YEAR = """
ĐẢNG ỦY CÔNG AN TỈNH LAM SƠN

Số 72-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Lam Sơn, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ

Phát hiện 468 vụ phạm tội về trật tự xã hội, đã điều tra làm rõ 404 vụ, tỷ lệ điều tra khám phá đạt 86,32%, vượt 11,32% so với chỉ tiêu Quốc hội giao (trên 75%). Các vụ án rất nghiêm trọng, đặc biệt nghiêm trọng xảy ra 48 vụ, đã làm rõ 46 vụ, đạt 95,83%, vượt 5,83% so với chỉ tiêu Quốc hội giao (trên 90%).
"""

COMMUNE_YEAR = """
ĐẢNG ỦY XÃ PHÚ LỘC

Số 18-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Phú Lộc, ngày 30 tháng 9 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng năm 2025

I. KẾT QUẢ

Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 14.327,6 triệu đồng, đạt 76,82% dự toán tỉnh giao (18.650 triệu đồng).

Tổng thu ngân sách xã 41.862,4 triệu đồng, đạt 87,39% dự toán (47.905 triệu đồng).
"""


@pytest.fixture(scope="module")
def police(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "72-BC-DU-2025.txt", POLICE_YEAR))


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "18-BC-DU-2025.txt", COMMUNE_YEAR))


@pytest.mark.parametrize(
    "question",
    ["án rất nghiêm trọng làm rõ vượt chỉ tiêu QH bao nhiêu %", "an rat nghiem trong lam ro vuot chi tieu bao nhieu phan tram"],
    ids=["abbrev", "plain"],
)
def test_the_excess_is_the_one_stated(police: Engine, question: str) -> None:
    """5,83 as stated, with 95,83 and the target 90 shown beside it."""
    answer = answered_with(police, question, "5.83")
    assert {Decimal("95.83"), Decimal("90")} <= {p.value for p in answer.parts}, answer.reply


def test_crimes_solved_in_shorthand(police: Engine) -> None:
    """"tỷ lệ ĐTKP vượt chỉ tiêu QH bao nhiêu": ĐTKP is "điều tra khám phá"; the 11,32 stated."""
    answered_with(police, "tỷ lệ ĐTKP vượt chỉ tiêu QH bao nhiêu", "11.32")


@pytest.mark.parametrize(
    ("question", "value"),
    [("thu NSNN đạt bao nhiêu % dự toán", "76.82"), ("thu ngân sách xã đạt bao nhiêu % dự toán", "87.39")],
    ids=["abbrev", "spelled-guard"],
)
def test_the_state_budget_is_not_the_communes(commune: Engine, question: str, value: str) -> None:
    """NSNN: the state budget's 76,82 %; the commune's own budget stays 87,39 % when it is asked (a guard)."""
    answered_with(commune, question, value)
